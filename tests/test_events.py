"""Events end to end: texts written for the tests, then the bundled corpus."""
import pytest

from conftest import TEXTS, query, seed_into, seeded_db

EVENTS_SQL = """
select e.event_type, e.occurred_on, e.date_precision, pl.name, e.status, e.article_count,
       (select group_concat(coalesce(p.name, ep.name) || ':' || ep.role, ', ')
        from event_participants ep left join people p on p.id = ep.person_id where ep.event_id = e.id)
from events e left join places pl on pl.id = e.place_id
"""


@pytest.fixture(scope="module")
def events_db(tmp_path_factory):
    return seeded_db(tmp_path_factory, "events", TEXTS / "events")


@pytest.mark.model
def test_written_articles_events(events_db):
    rows = query(events_db, EVENTS_SQL + " order by e.event_type, e.occurred_on")
    assert ("meeting", "2023-03-07", "day", "Riga", "happened", 2,
            "Kaja Lind:agent, Edgars Ozols:counterpart") in rows  # two outlets, one meeting
    assert ("meeting", "2023-01-01", "month", "Tallinn", "happened", 1,
            "Kaja Lind:agent, Edgars Ozols:counterpart") in rows  # the same pair in January: another meeting
    assert ("membership application", "2023-02-01", "month", None, "happened", 1, "Lithuania:applicant") in rows
    planned = [r for r in rows if r[0] == "meeting" and r[3] == "Vilnius"]
    assert planned and planned[0][4] in ("planned", "expected") and "Rasa Petraitis:counterpart" in planned[0][6]


@pytest.mark.model
def test_each_report_keeps_its_reading(events_db):
    rows = query(events_db, "select a.source_file, m.date_text, m.occurred_on from event_mentions m "
                            "join articles a on a.id = m.article_id join events e on e.id = m.event_id "
                            "join places pl on pl.id = e.place_id where pl.name = 'Riga' and m.date_text is not null")
    assert sorted(rows) == [("summit_a.txt", "Tuesday", "2023-03-07"), ("summit_b.txt", "Tuesday", "2023-03-07")]


@pytest.mark.model
def test_undated_article_and_the_visit_that_dates_a_meeting(events_db):
    """oslo_b.txt has no date; the talks it shares with oslo_a.txt place its "Wednesday"."""
    rows = query(events_db, EVENTS_SQL + " where pl.name in ('Oslo', 'Copenhagen') order by e.id")
    assert rows == [
        ("meeting", "2023-05-10", "day", "Oslo", "happened", 2, "Pieter Vos:agent, Ingrid Dahl:counterpart"),
        ("visit", "2023-05-10", "day", "Oslo", "happened", 1, "Pieter Vos:agent"),
        # no date of its own: it took place during the visit, in Oslo
        ("meeting", "2023-05-10", "day", "Oslo", "happened", 1, "Pieter Vos:agent, Harald Berg:counterpart"),
        # not where the visit went: no date
        ("meeting", None, None, "Copenhagen", "happened", 1, "Pieter Vos:agent, Lars Holm:counterpart"),
    ]
    parts = query(events_db, "select p.name from events e join events v on v.id = e.part_of_event_id "
                             "join event_participants ep on ep.event_id = e.id and ep.role = 'counterpart' "
                             "join people p on p.id = ep.person_id")
    # the talks with Dahl are dated by their own reports, to the day of the visit: a part of it too
    assert sorted(parts) == [("Harald Berg",), ("Ingrid Dahl",)]


@pytest.mark.model
def test_a_trip_two_reports_number_differently(events_db):
    """trip_a.txt says Lithuania and "first trip", trip_b.txt Vilnius and "second trip": one visit, in
    Vilnius, disputed only over which trip it is; "her second trip" in trip_b is that visit."""
    rows = query(events_db, EVENTS_SQL + " where e.id in (select ep.event_id from event_participants ep "
                            "join people p on p.id = ep.person_id where p.name = 'Aino Laine')")
    assert rows == [("visit", "2023-06-06", "day", "Vilnius", "happened", 2, "Aino Laine:agent")]
    readings = query(events_db, "select aspect, reading, articles from event_disagreements order by 1, 2")
    assert readings == [("ordinal", "first trip abroad since the election", "trip_a.txt"),
                        ("ordinal", "second trip abroad", "trip_b.txt"),
                        ("place", "Lithuania", "trip_a.txt"), ("place", "Vilnius", "trip_b.txt")]
    assert query(events_db, "select name, country from places where name in ('Lithuania', 'Vilnius') "
                            "order by name") == [("Lithuania", "Lithuania"), ("Vilnius", "Lithuania")]


@pytest.mark.parametrize("event_type, on, place, status, people, articles", [
    ("meeting", "2022-07-19", "Tehran", "happened", {"Vladimir Putin", "Ali Khamenei"}, {"001", "002", "003", "004"}),
    # no report dates these two: they take the date of the visit they took place during
    ("meeting", "2022-07-19", "Tehran", "happened", {"Vladimir Putin", "Ebrahim Raisi"}, {"002", "004"}),
    ("meeting", "2022-07-19", "Tehran", "happened", {"Vladimir Putin", "Recep Tayyip Erdogan"}, {"001", "002", "004"}),
    ("visit", "2022-07-19", "Tehran", "happened", {"Vladimir Putin"}, {"001", "002", "004"}),
    ("meeting", "2022-06-28", "Dushanbe", "planned", {"Vladimir Putin", "Imomali Rakhmon"}, {"000"}),
    ("meeting", "2022-06-29", "Ashgabat, Turkmenistan", "planned", {"Vladimir Putin", "Ebrahim Raisi"}, {"000"}),
    ("meeting", "2022-01-01", "Moscow", "happened", {"Vladimir Putin", "Ebrahim Raisi"}, {"000"}),
    ("membership application", "2022-06-27", None, "happened", set(), {"000"}),
])
def test_bundled_events(bundled_db, event_type, on, place, status, people, articles):
    rows = query(bundled_db, """
        select e.id, e.occurred_on, pl.name, e.status, group_concat(distinct p.name),
               group_concat(distinct substr(a.source_file, 1, 3))
        from events e left join places pl on pl.id = e.place_id
        left join event_participants ep on ep.event_id = e.id left join people p on p.id = ep.person_id
        join event_mentions m on m.event_id = e.id join articles a on a.id = m.article_id
        where e.event_type = ? group by e.id""", event_type)
    found = [r for r in rows if (r[1], r[2], r[3]) == (on, place, status)
             and set((r[4] or "").split(",")) - {""} == people]
    assert len(found) == 1, rows
    assert set(found[0][5].split(",")) >= articles


def test_bundled_agreement_is_one_event_from_three_outlets(bundled_db):
    rows = query(bundled_db, "select e.id, e.article_count from events e where e.event_type = 'agreement' "
                             "and exists (select 1 from event_participants ep where ep.event_id = e.id "
                             "and ep.name like '%Gazprom%')")
    assert len(rows) == 1 and rows[0][1] == 3


def test_event_counts_and_first_report(bundled_db):
    rows = query(bundled_db, "select e.article_count, e.outlet_count, e.first_reported_on, e.part_of_event_id "
                             "from events e where e.occurred_on = '2022-07-19' and e.event_type = 'meeting' "
                             "order by e.article_count desc")
    visit = query(bundled_db, "select id from events where event_type = 'visit' and occurred_on = '2022-07-19'")
    assert rows[0] == (4, 4, "2022-07-19", visit[0][0])  # Khamenei: dated by its reports, during the visit


def test_bundled_meetings_dated_by_the_visit_they_took_place_during(bundled_db):
    rows = query(bundled_db, """
        select group_concat(distinct p.name), e.occurred_on, v.event_type, v.occurred_on, vp.name
        from events e join events v on v.id = e.part_of_event_id join places vp on vp.id = v.place_id
        join event_participants ep on ep.event_id = e.id join people p on p.id = ep.person_id
        group by e.id order by 1""")
    rows = sorted((sorted(names.split(",")), *rest) for names, *rest in rows)  # names in any order
    # the meetings in Tehran (the one with Raisi dated by the visit alone), and the one in Ashgabat in June
    assert rows == [(["Ali Khamenei", "Vladimir Putin"], "2022-07-19", "visit", "2022-07-19", "Tehran"),
                    (["Ebrahim Raisi", "Vladimir Putin"], "2022-06-29", "visit", "2022-06-29", "Ashgabat, Turkmenistan"),
                    (["Ebrahim Raisi", "Vladimir Putin"], "2022-07-19", "visit", "2022-07-19", "Tehran"),
                    (["Recep Tayyip Erdogan", "Vladimir Putin"], "2022-07-19", "visit", "2022-07-19", "Tehran")]


def test_bundled_trip_numbers_disagree_and_iran_agrees_with_tehran(bundled_db):
    rows = query(bundled_db, "select d.reading, d.articles from event_disagreements d "
                             "where d.aspect = 'ordinal' order by 1")
    assert ("second trip outside Russia", "002_5eca74da1ad7106b.txt") in rows
    assert ("first trip outside his country since the invasion of Ukraine", "002_5eca74da1ad7106b.txt") in rows
    disputed = query(bundled_db, "select e.event_type, pl.name, e.article_count from events e "
                                 "join places pl on pl.id = e.place_id where e.disputed = 1")
    assert disputed == [("visit", "Tehran", 4)]  # the trip number, not Iran against Tehran


def test_undated_article_reads_its_weekdays_by_the_events_it_shares(bundled_db):
    """Article 004 has no date; its "landed in Tehran on Tuesday" is the Tuesday other reports date, while
    "At the NATO summit last month" counts from a publication date nobody knows, and stays NULL."""
    rows = query(bundled_db, "select m.date_text, m.occurred_on from event_mentions m "
                             "join articles a on a.id = m.article_id "
                             "where a.source_file like '004%' and m.date_text is not null order by m.id")
    # "landed in Tehran on Tuesday", and the meeting that landing marked
    assert rows == [("Tuesday", "2022-07-19"), ("Tuesday", "2022-07-19"), ("last month", None)]


def test_seeding_in_two_runs_groups_events_as_one_run_does(bundled_db, tmp_path):
    from conftest import REPO
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for n, path in enumerate(sorted((REPO / "texts").glob("*.txt"))):
        (first if n < 3 else second).joinpath(path.name).write_bytes(path.read_bytes())
    db = tmp_path / "facts.db"
    assert seed_into(db, first) == 0 and seed_into(db, second) == 0
    sql = ("select event_type, occurred_on, place, status, article_count, participants from event_timeline "
           "order by 1, 2, 3, 5, 6")
    assert query(db, sql) == query(bundled_db, sql)


def dates_of_events(text: str, time_entity: str = "") -> list[tuple[str, str]]:
    """(type, date text) of each event extracted from the text; `time_entity`, if given, is made the
    model's reading of those words (a TIME entity), whatever it read."""
    from spacy.tokens import Span

    from factstore.events import extract_events
    from factstore.parse import load_model

    doc = load_model()(text)
    if time_entity:
        start = text.index(time_entity)
        span = doc.char_span(start, start + len(time_entity), label="TIME")
        doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return [(e.event_type, e.date.text if e.date else None) for e in extract_events(doc)]


@pytest.mark.model
def test_dates_of_noun_events_after_a_participle_in_a_span_to_come_and_at_night():
    assert ("lawsuit", "Friday") in dates_of_events("The court struck down the law in a ruling issued Friday.")
    assert ("debate", "in 12 days") in dates_of_events(
        "The two candidates will meet for a debate in 12 days, organisers said.")
    assert ("debate", "Thursday night") in dates_of_events(
        "The governor stumbled during the second televised debate Thursday night, with critics pouncing.",
        time_entity="Thursday night")
    assert ("debate", None) in dates_of_events(
        "The governor stumbled during the second televised debate for two hours, with critics pouncing.",
        time_entity="two hours")



@pytest.mark.model
def test_event_with_no_date_of_its_own_takes_the_date_of_the_clause_it_sits_in():
    assert dates_of_events("In March 2011, the two senators learned of a meeting between the envoys.") == [
        ("meeting", "March 2011")]
    assert dates_of_events("Last week, the mayor confirmed that she had resigned from the party board.") == [
        ("resignation", "Last week")]
    assert dates_of_events("The senators learned of a meeting between the envoys in a letter they read aloud.") == [
        ("meeting", None)]


@pytest.mark.model
def test_an_event_named_in_or_at_a_dated_event_takes_its_date():
    assert dates_of_events("While celebrating sweeping victories in five Republican primaries Tuesday night, Trump "
                           "mocked the front-runner.") == [
        ("election", "Tuesday night"), ("election", "Tuesday night"), ("accusation", "Tuesday night")]
    assert dates_of_events("Hillary Clinton's victory in the New York primary Tuesday has brought Sanders closer to "
                           "defeat.") == [("election", "Tuesday"), ("election", "Tuesday")]
    # not across "since"
    assert ("attack", None) in dates_of_events(
        "His visit to Tehran on Tuesday was his first trip abroad since the attack on the port.")

def stored_meetings_of(db, name: str) -> dict[str, set[int]]:
    """The dates of the stored meetings a person took part in, with their ids."""
    rows = query(db, "select e.occurred_on, e.id from events e join event_participants ep on ep.event_id = e.id "
                     "join people p on p.id = ep.person_id where p.name = ? and e.event_type = 'meeting'", name)
    dates: dict[str, set[int]] = {}
    for on, event_id in rows:
        dates.setdefault(on, set()).add(event_id)
    return dates


@pytest.mark.model
def test_a_batch_loads_only_the_stored_events_its_reports_could_join(bundled_db):
    from sqlalchemy.orm import Session

    from factstore import store
    from factstore.event_merge import EventParticipant, EventReport
    from factstore.facts import EventCandidate, TextSpan
    from factstore.resolve import ResolvedPerson

    (putin_id,) = query(bundled_db, "select id from people where name = 'Vladimir Putin'")[0]
    meetings = stored_meetings_of(bundled_db, "Vladimir Putin")
    assert len(meetings["2022-07-19"]) >= 2 and len(meetings) >= 3

    def report(on, person_id=putin_id, event_type="meeting", reported_on=None):
        candidate = EventCandidate(event_type, "04", "happened", 0, 0, TextSpan(0, 0, ""))
        return EventReport(0, candidate, [EventParticipant("agent", ResolvedPerson(id=person_id))], on,
                           "day" if on else None, None, reported_on)

    engine = store.connect(f"sqlite:///{bundled_db}")
    with Session(engine) as session:
        def loaded(*reports):
            return {g.id for g in store.known_events(session, list(reports)) if g.event_type == "meeting"}

        assert loaded(report("2022-07-19")) == meetings["2022-07-19"] | meetings.get(None, set())
        assert loaded(report(None)) == set().union(*meetings.values())
        assert meetings.get(None)  # a meeting no report dates, in articles of July 2022: not one of 2019
        assert loaded(report("2019-03-01")) == set()
        # the undated meeting's articles are of July 20: a report dated within a week of them, or
        # undated in an article within 30 days, could be the same meeting (event_merge.dates_agree)
        assert loaded(report("2022-07-26")) & meetings[None]
        assert not loaded(report("2022-07-30")) & meetings[None]
        assert loaded(report(None, reported_on="2022-08-15")) & meetings[None]
        assert not loaded(report(None, reported_on="2022-08-25")) & meetings[None]
        assert loaded(report("2022-07-19", event_type="summit")) == set()
        assert loaded(report("2022-07-19", person_id=-1)) == set()
    engine.dispose()


@pytest.mark.model
def test_a_batch_loads_no_stored_event_whose_place_its_reports_contradict(bundled_db):
    from sqlalchemy.orm import Session

    from factstore import store
    from factstore.event_merge import EventParticipant, EventReport
    from factstore.facts import EventCandidate, TextSpan
    from factstore.resolve import ResolvedPerson

    (putin_id,) = query(bundled_db, "select id from people where name = 'Vladimir Putin'")[0]
    in_tehran = {event_id for (event_id,) in query(
        bundled_db, "select e.id from events e join places pl on pl.id = e.place_id join event_participants ep "
                    "on ep.event_id = e.id where e.event_type = 'meeting' and ep.person_id = ? and pl.name = 'Tehran' "
                    "and e.occurred_on = '2022-07-19'", putin_id)}
    assert len(in_tehran) >= 2

    def report(place, on="2022-07-01", precision="month"):
        candidate = EventCandidate("meeting", "04", "happened", 0, 0, TextSpan(0, 0, ""))
        return EventReport(0, candidate, [EventParticipant("agent", ResolvedPerson(id=putin_id))], on,
                           precision, place, None)

    engine = store.connect(f"sqlite:///{bundled_db}")
    with Session(engine) as session:
        def loads_tehran(*reports):
            loaded = {g.id for g in store.known_events(session, list(reports))}
            assert loaded & in_tehran in (set(), in_tehran)
            return bool(loaded & in_tehran)

        assert loads_tehran(report(None))
        assert loads_tehran(report("Iran"))  # a country the city is in
        assert not loads_tehran(report("Isfahan"))  # another city, in July: another meeting
        assert loads_tehran(report("Isfahan", "2022-07-19", "day"))  # the same day: outlets may disagree
        assert not loads_tehran(report("Isfahan", "2022-07-20", "day"))
        assert loads_tehran(report("Isfahan"), report(None))  # one of the batch's reports could join it
    engine.dispose()


DNC = "Democratic National Committee"


@pytest.mark.parametrize("order", [[(DNC, ()), ("DNC", ())], [("DNC", ()), (DNC, ())], [(DNC, ("DNC",))]],
                         ids=["long name first", "abbreviation first", "both in one report"])
def test_an_organisation_is_named_by_its_abbreviation_whichever_name_came_first(tmp_path, order):
    from sqlalchemy.orm import Session

    from factstore import store

    url = f"sqlite:///{tmp_path / 'facts.db'}"
    store.migrate(url)
    engine = store.connect(url)
    for name, spellings in order:  # each in its own transaction, as in two runs
        with Session(engine) as session, session.begin():
            store.organization_of(session, name, "organization", set(spellings))
    assert query(tmp_path / "facts.db", "select name from organizations") == [("DNC",)]
    engine.dispose()


@pytest.mark.model
def test_a_person_the_model_takes_for_a_place_is_no_place(tmp_path):
    # "Sanders" alone tagged as a place: the article names him as a person, so it is not the accusation's place
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "town_hall.txt").write_text(
        "Rivals trade barbs in Ohio.\n\nDana Whitfield and Paul Sanders met union members in Toledo on "
        "Monday.\n\nIn a Friday town hall in Dayton, Whitfield took some shots at Sanders over his plan for free "
        "bus fares.\n")
    db = tmp_path / "facts.db"
    assert seed_into(db, folder) == 0
    assert query(db, "select pl.name from events e join places pl on pl.id = e.place_id "
                     "where e.event_type = 'accusation'") == []
