"""One family in six articles of two stories (tests/texts/pemberton/): a former governor written
"William Pemberton", "William R. Pemberton", "Bill Pemberton" and "Mr. Pemberton"; his son
"William Pemberton Jr.", a state senator; his wife ("Mrs. Pemberton") and daughter ("Ms. Pemberton");
and a bartender, Gary Pemberton, no relation."""
import pytest

from conftest import TEXTS, query, seeded_db

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def family_db(tmp_path_factory):
    return seeded_db(tmp_path_factory, "family", TEXTS / "pemberton")


def person_at(db, source_file: str, text: str, nth: int = 0) -> str:
    """The person of the nth mention written `text` in the article."""
    rows = query(db, "select p.name from person_mentions m join people p on p.id = m.person_id "
                     "join articles a on a.id = m.article_id where a.source_file = ? and m.text = ? "
                     "order by m.start_char", source_file, text)
    return rows[nth][0]


def speaker_of(db, source_file: str, words: str) -> list[str]:
    return [name for name, in query(db, "select p.name from claims c join articles a on a.id = c.article_id "
                                        "left join people p on p.id = c.speaker_id where a.source_file = ? "
                                        "and c.content like ?", source_file, f"%{words}%")]


def test_the_father_is_one_person_under_every_form_of_his_name(family_db):
    # "Bill" is short for William: where articles name William Pemberton beside William Pemberton Jr.,
    # a plain "Bill Pemberton" is the father, written twice in one article and once only one person
    forms = query(family_db, "select distinct p.name from person_mentions m join people p on p.id = m.person_id "
                             "where m.text in ('Bill Pemberton', 'William R. Pemberton', 'William Pemberton')")
    assert forms == [("William Pemberton",)]
    assert query(family_db, "select count(*) from people where name like '%Pemberton%'") == [(5,)]


def test_an_office_title_picks_the_bearer_who_holds_the_office(family_db):
    # "William Pemberton, Jr., a state senator" and Gary Pemberton the bartender, then "Sen. Pemberton"
    assert person_at(family_db, "a2_tavern.txt", "Pemberton", 0) == "Gary Pemberton"  # '"…," Pemberton, 58, said'
    assert person_at(family_db, "a2_tavern.txt", "Pemberton", 1) == "William Pemberton Jr."  # "Sen. Pemberton"
    assert speaker_of(family_db, "a2_tavern.txt", "small businesses like the tavern") == ["William Pemberton Jr."]


def test_a_courtesy_title_the_article_gave_one_woman_is_not_another_s(family_db):
    # "Ms. Pemberton" is the daughter, so "Mrs. Pemberton" is the mother, named in full before her
    assert person_at(family_db, "a2_tavern.txt", "Ms. Pemberton") == "Caroline Pemberton"
    assert person_at(family_db, "a2_tavern.txt", "Mrs. Pemberton") == "Eleanor Pemberton"


def test_a_bare_surname_goes_on_meaning_the_person_it_meant_before(family_db):
    # the son is "Pemberton" early on; the last paragraph's "Pemberton" comes after his sister is named
    assert person_at(family_db, "a1_pemberton_launch.txt", "Pemberton", 0) == "William Pemberton Jr."
    assert person_at(family_db, "a1_pemberton_launch.txt", "Pemberton", 1) == "William Pemberton Jr."


def test_she_said_in_a_paragraph_naming_nobody_is_the_woman_the_paragraph_before_is_about(family_db):
    # "His daughter, Caroline Pemberton, ... spoke briefly" then '"The law is on your side," she told the crowd'
    assert speaker_of(family_db, "a6_rally.txt", "The law is on your side") == ["Caroline Pemberton"]


@pytest.fixture(scope="module")
def namesakes_db(tmp_path_factory):
    # a developer and his namesake son: a New York Times-style article ("Mr. Marrick", "the younger Mr.
    # Marrick") and a wire story ("Marrick", "Marrick Jr.", "The elder Marrick")
    return seeded_db(tmp_path_factory, "namesakes", TEXTS / "marrick")


def test_the_younger_and_the_elder_are_the_son_with_the_suffix_and_his_father(namesakes_db):
    assert person_at(namesakes_db, "a1_nyt.txt", "Mr. Marrick", 2) == "Thomas R. Marrick Jr."  # the younger
    assert person_at(namesakes_db, "a2_wire.txt", "Marrick", 3) == "Thomas R. Marrick"  # The elder Marrick


def test_a_surname_written_alike_goes_on_meaning_the_father_after_the_son_is_named(namesakes_db):
    # "Mr. Marrick" after "the younger Mr. Marrick" and "Mr. Marrick Jr."; a bare "Marrick" after "Marrick Jr."
    nyt = [person_at(namesakes_db, "a1_nyt.txt", "Mr. Marrick", n) for n in (0, 1, 3, 4, 5)]
    assert set(nyt) == {"Thomas R. Marrick"}
    assert speaker_of(namesakes_db, "a2_wire.txt", "never met the judge") == ["Thomas R. Marrick"]
