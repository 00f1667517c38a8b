"""Places: which country a place is in, and which readings can both be right."""
import pytest

from factstore.places import country_of, disagree, finest, same_place


@pytest.mark.parametrize("place, country", [
    ("Tehran", "Iran"), ("Iran", "Iran"), ("Ashgabat, Turkmenistan", "Turkmenistan"), ("Dushanbe", "Tajikistan"),
    ("Vilnius", "Lithuania"), ("the North Sea", None), ("Soviet Union", None),
])
def test_country_of(place, country):
    assert country_of(place) == country


def test_readings_that_can_both_be_right():
    assert same_place("Iran", "Tehran") and same_place("Ashgabat", "Ashgabat, Turkmenistan")
    assert same_place("Tehran", "Isfahan") is False and same_place("Iran", "Moscow") is False
    assert same_place("Oman", "Romania") is False  # a word, not a substring
    assert same_place("Tehran", None) is None


def test_the_finer_reading_and_disagreement():
    assert finest(["Iran", "Tehran"]) == ["Tehran"]
    assert finest(["Tehran", "Isfahan"]) == ["Tehran", "Isfahan"]
    assert not disagree(["Iran", "Tehran"]) and disagree(["Tehran", "Isfahan", "Iran"])
