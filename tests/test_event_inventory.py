"""The event inventory on texts written for it: triggers of every kind, light verbs, status from
negation, modality and tense, participants with a kind, organisations under one name, dates from the
publication date the user gives, and merging that keeps apart what differs."""
import json
from pathlib import Path

import pytest

from conftest import REPO, query, seed_into

INVENTORY = REPO / "tests" / "texts" / "inventory"

EVENTS = """
select e.event_type, e.status, e.occurred_on,
       (select group_concat(a.source_file || ':' || m.trigger_text, ' ') from event_mentions m
        join articles a on a.id = m.article_id where m.event_id = e.id),
       (select group_concat(coalesce(p.name, ep.name) || '/' || ep.kind || '/' || ep.role, ', ')
        from event_participants ep left join people p on p.id = ep.person_id where ep.event_id = e.id),
       pl.name
from events e left join places pl on pl.id = e.place_id
"""


@pytest.fixture(scope="module")
def lakeview(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("inventory")
    sidecar = tmp / "metadata.jsonl"
    # lakeview_b.txt gives no date of its own: the user does
    sidecar.write_text(json.dumps({"source_file": "lakeview_b.txt", "published_on": "2017-03-10"}) + "\n")
    db = tmp / "facts.db"
    assert seed_into(db, "--metadata", str(sidecar), INVENTORY) == 0
    return db


def events(db, event_type):
    return query(db, EVENTS + " where e.event_type = ? order by e.id", event_type)


def seeded_texts(folder: Path, **texts: str) -> Path:
    """A database seeded from the texts, each written to folder/<name>.txt."""
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text)
    db = folder / "facts.db"
    assert seed_into(db, *(folder / f"{name}.txt" for name in texts)) == 0
    return db


@pytest.mark.model
def test_an_investigation_and_its_reopening_are_two_events_and_the_bureau_is_the_fbi(lakeview):
    rows = events(lakeview, "investigation")
    assert len(rows) == 2, rows
    reopened = next(r for r in rows if "lakeview_b.txt" in r[3])
    opened = next(r for r in rows if r is not reopened)
    # the headline's "inquiry", "reopened its investigation", "reopened the probe" and the other outlet's
    # "reopened its investigation": one reopening, by the FBI however the articles spell it
    assert sorted(reopened[3].split()) == sorted(["lakeview_a.txt:inquiry", "lakeview_a.txt:investigation",
                                                  "lakeview_a.txt:probe", "lakeview_b.txt:investigation"])
    assert reopened[4] == "FBI/organization/agent, Dana Whitlock/person/target"  # "into contracts signed by ..."
    assert opened[2] == "2015-01-01" and opened[3] == "lakeview_a.txt:investigation"
    assert opened[4] == "FBI/organization/agent"
    assert reopened[1] == "happened"  # "did not say why it reopened the probe" does not negate it


@pytest.mark.model
def test_status_negated_and_denied(lakeview):
    meeting = events(lakeview, "meeting")
    assert [r[1] for r in meeting] == ["negated"]  # "did not meet investigators"
    payments = events(lakeview, "donation")
    assert ("donation", "denied") in [r[:2] for r in payments]  # "denied taking any payments"
    assert any(r[4] == "Dana Whitlock/person/agent" for r in events(lakeview, "denial"))  # "dismissed the allegations"


@pytest.mark.model
def test_accuses_and_accused_in_two_articles_are_one_accusation(lakeview):
    rows = [r for r in events(lakeview, "accusation") if r[4]]
    assert len(rows) == 1
    assert sorted(rows[0][3].split()) == ["lakeview_a.txt:accused", "lakeview_b.txt:accused", "lakeview_b.txt:accuses"]
    assert rows[0][4] == "Dana Whitlock/person/agent, Paul Ostrander/person/target"


@pytest.mark.model
def test_many_visits_are_not_one_visit_and_travel_within_a_country_is_travel(lakeview):
    visits = events(lakeview, "visit")
    assert len(visits) == 2  # "32 visits to the construction site" and "visited the construction site on Thursday"
    assert {r[3] for r in visits} == {"lakeview_a.txt:visits", "lakeview_b.txt:visited"}
    travel = events(lakeview, "travel")
    assert [(r[2], r[5]) for r in travel] == [("2017-03-08", "Ohio")]  # "traveled to Ohio on Wednesday"


@pytest.mark.model
def test_light_verbs_and_places_only_where_the_text_places_the_event(lakeview):
    rally = events(lakeview, "rally")
    assert [(r[1], r[2], r[4], r[5]) for r in rally] == [
        ("happened", "2017-03-04", "Paul Ostrander/person/agent", "Lakeview")]  # "held a rally in Lakeview on Saturday"
    assert [r[4] for r in events(lakeview, "vote")] == ["Paul Ostrander/person/agent"]  # "cast a vote"
    # "The Denver-based chef Tomas Reyes, who donated $5,000 to Whitlock's campaign": the chef gave it, to
    # Whitlock's campaign; Denver is no participant
    donated = [r for r in events(lakeview, "donation") if r[3] == "lakeview_a.txt:donated"]
    assert donated and donated[0][4] == "Tomas Reyes/person/agent, Dana Whitlock/person/target"
    everyone = query(lakeview, "select distinct ep.name from event_participants ep where ep.name is not null")
    assert ("Denver",) not in everyone and ("F.B.I.",) not in everyone
    assert query(lakeview, "select count(*) from event_participants where kind = 'country'") == [(0,)]


@pytest.mark.model
def test_weekdays_of_an_undated_article_follow_the_date_the_user_gives(lakeview):
    resigned = events(lakeview, "resignation")
    assert [(r[2], r[4]) for r in resigned] == [("2017-03-07", "Paul Ostrander/person/agent")]  # "on Tuesday"


@pytest.mark.model
def test_organisations_are_stored_once_with_their_spellings(lakeview):
    rows = query(lakeview, "select o.name, o.kind, group_concat(a.alias, '; ') from organizations o "
                           "join organization_aliases a on a.organization_id = o.id group by o.id order by o.name")
    fbi = [r for r in rows if r[0] == "FBI"]
    assert len(fbi) == 1 and fbi[0][1] == "organization"
    assert {"F.B.I.", "Federal Bureau of Investigation", "FBI"} <= set(fbi[0][2].split("; "))
    assert query(lakeview, "select count(*) from event_participants ep join organizations o "
                           "on o.id = ep.organization_id where o.name = 'FBI' and ep.name = 'FBI'") == [(2,)]  # the probe and its reopening


LONG_NAME = "The Federal Trade Commission opened an investigation into Brightwater Dairy on Monday."
ABBREVIATION = "The FTC sued Brightwater Dairy on Tuesday."


@pytest.mark.parametrize("where", ["a later run", "a later article of the run", "later in the article"])
def test_an_abbreviation_written_later_renames_the_long_name(tmp_path, where):
    """The database does not depend on which spelling came first: the long name, then the abbreviation,
    in a later run, or later in the same one, where the reports naming it are not stored yet."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    db = tmp_path / "facts.db"
    if where == "later in the article":
        (first / "both.txt").write_text(f"Dairy probe widens\n\n{LONG_NAME}\n\n{ABBREVIATION}\n")
        assert seed_into(db, first) == 0
    else:
        (first / "long.txt").write_text(f"Inquiry opened\n\n{LONG_NAME}\n")
        (second / "short.txt").write_text(f"Dairy probe widens\n\n{ABBREVIATION}\n")
        if where == "a later run":
            assert seed_into(db, first) == 0 and seed_into(db, second) == 0
        else:
            assert seed_into(db, first / "long.txt", second / "short.txt") == 0
    assert query(db, "select name from organizations where name like '%Commission%' or name = 'FTC'") == [("FTC",)]
    for table in ("event_participants", "event_mention_participants"):
        assert set(query(db, f"select distinct name from {table} where organization_id = "
                             "(select id from organizations where name = 'FTC')")) == {("FTC",)}


@pytest.mark.model
def test_a_city_in_front_places_an_agreement_and_a_possessive_country_takes_part(tmp_path):
    db = tmp_path / "facts.db"
    assert seed_into(db, REPO / "tests" / "texts" / "treaties") == 0
    rows = query(db, EVENTS + " order by e.id")
    agreements = sorted((r[3], r[5]) for r in rows if r[0] == "agreement" and r[5])
    # "the Lima agreement" and "the Paris agreement" are two agreements, each placed by its city
    assert agreements == [("accords.txt:agreement", "Lima"), ("accords.txt:agreement", "Paris")]
    assert [r[5] for r in rows if r[0] == "summit"] == ["Vienna"]
    # "Russia's invasion of Georgia": Russia, not "Russia's", invaded
    assert [r[4] for r in rows if r[0] == "attack"] == ["Russia/country/agent, Georgia/country/target"]


@pytest.mark.model
@pytest.mark.parametrize("text, event_type", [
    # a name that modifies a common noun: "Whitlock supporters" are not Whitlock
    ("Senator Dana Whitlock spoke in Lakeview on Saturday. Mr. Whitlock said the party had treated him unfairly."
     "\n\nHundreds of Whitlock supporters protested outside City Hall on Sunday afternoon.\n", "protest"),
    # a name a noun for a person relates to: the aide resigned, not Whitlock
    ("The chief of staff to Governor Dana Whitlock resigned on Monday, days after investigators opened an "
     "inquiry into road contracts.\n\nMark Feld said he had done nothing wrong.\n", "resignation"),
])
def test_a_name_that_only_qualifies_the_participant_is_not_the_participant(tmp_path, text, event_type):
    rows = events(seeded_texts(tmp_path, story=text), event_type)
    assert len(rows) == 1 and "Dana Whitlock" not in (rows[0][4] or ""), rows


@pytest.mark.model
def test_he_or_she_is_the_person_of_that_gender_the_sentence_names_before(tmp_path):
    # the paragraph is about Whitlock, but "he" in Feld's sentence is Feld
    db = seeded_texts(
        tmp_path,
        resign="Senator charged\n\nState Senator Mark Feld was charged on Wednesday.\n\n"
               "Governor Dana Whitlock urged the senator to step down. Feld said he would not resign.\n",
        # and "she" is no man named before her
        deputy="Lakeview mayor quits\n\nTom Reyes, the city's deputy mayor, met Mayor Ellen Brandt on Friday. "
               "She resigned hours later.\n")
    resignations = {r[3].split(":")[0]: r[4] or "" for r in events(db, "resignation")}
    assert "Dana Whitlock" not in resignations["resign.txt"] and "Mark Feld" in resignations["resign.txt"], resignations
    assert "Tom Reyes" not in resignations["deputy.txt"] and "Ellen Brandt" in resignations["deputy.txt"], resignations


@pytest.mark.model
def test_the_speaker_s_i_joins_no_one_s_event_to_another_s(tmp_path):
    # "I voted for him" in two articles: two voters, neither named, not one event with the participant "I"
    db = seeded_texts(
        tmp_path,
        diner="Voters Weigh Their Choices at a Lakeview Diner\n\n"
              "Senator Dana Whitlock spoke at a diner in Lakeview on Saturday.\n\n"
              "\"I voted for him in 2012, and I will vote for him again,\" said Ruth Ames, a retired nurse.\n",
        plant="Workers at Harlan Plant Split on Senate Race\n\n"
              "Governor Amos Kettering toured the Harlan plant on Monday.\n\n"
              "\"I will vote for whoever keeps this plant open,\" said Luis Ortega, a welder.\n")
    assert query(db, "select count(*) from event_participants where name in ('I', 'We', 'You')") == [(0,)]
    rows = events(db, "vote")
    assert rows and not any("diner.txt" in r[3] and "plant.txt" in r[3] for r in rows), rows


def test_a_state_that_acts_and_a_country_taken_for_a_nationality_are_country_participants():
    from factstore.organisations import canonical
    assert canonical("Vermont", "GPE") == ("Vermont", "country")
    assert canonical("F.B.I.", "GPE") == ("FBI", "organization")
    assert canonical("Iraq", "NORP") == ("Iraq", "country")  # "the invasion of Iraq", "Iraq" tagged NORP
    assert canonical("Republicans", "NORP") == ("Republicans", "group")


@pytest.mark.model
def test_a_group_alone_in_common_does_not_join_reports_of_two_articles(tmp_path):
    # "Republicans voted ..." in a story about a budget and in one about a school board: two votes
    db = seeded_texts(
        tmp_path,
        budget="Lakeview Budget Stalls\n\nSenator Dana Whitlock defended the budget. Republicans voted against it, "
               "saying it spent too much on roads.\n",
        schools="Harlan School Board Splits\n\nGovernor Amos Kettering praised the board. Republicans voted to "
                "close two schools, saying enrollment had fallen.\n")
    rows = events(db, "vote")
    assert len(rows) == 2 and all("Republicans/group/agent" in (r[4] or "") for r in rows), rows
