"""Work that spans articles (event parts, counts, what nothing refers to) is kept by each batch, in its
transaction, for what it touches: a run killed at any point leaves it right for what was stored, and no run
reads the whole store to redo it. `--recount` redoes it all, for a database changed by other means."""
import subprocess

import pytest

from factstore import derive, pipeline
from factstore.store import connect

from conftest import REPO, TEXTS, query, seed_into, tables_without_ids
from test_faults import SEED_AND_DIE, assert_sound, python

PARTS = "select count(*) from events where part_of_event_id is not null"


@pytest.mark.parametrize("batch_size", [1, 2, 200])
def test_what_each_batch_keeps_is_what_a_recount_of_everything_finds(tmp_path, batch_size):
    db = tmp_path / "facts.db"
    url = f"sqlite:///{db}"
    pipeline.seed([REPO / "texts", TEXTS / "events", TEXTS / "parts_later", TEXTS / "visit_redated"], url, processes=1,
                  batch_size=batch_size)
    pipeline.seed([TEXTS / "people"], url, processes=1, batch_size=batch_size)
    assert query(db, PARTS) != [(0,)]
    kept = tables_without_ids(db)
    derive.refresh_all(connect(url))
    assert tables_without_ids(db) == kept


def test_event_parts_are_linked_by_the_batch_that_stores_the_visit(tmp_path):
    db = tmp_path / "facts.db"
    # SIGKILL once the last article is stored: the parts its batches found are linked already
    killed = python(SEED_AND_DIE, "SELECT count(", "6", "--db", f"sqlite:///{db}", "--batch-size", "2",
                    str(TEXTS / "events"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert killed.wait(120) == -9
    assert query(db, "select count(*) from articles") == [(6,)]
    assert query(db, PARTS) == [(2,)]
    assert_sound(db)


def test_an_event_is_linked_to_its_visit_by_the_batch_that_dates_the_visit(tmp_path):
    # a_talks (June 12): Brandt's visit to Lisbon, no date, and her meeting there; b_arrival (June 13): the visit,
    # on Tuesday; c_madrid (June 14): the meeting again, and Matos's meeting in Madrid to come, which d_madrid
    # (June 18) reports. The second batch touches only the visit: the meeting, stored by the first, takes its date.
    # The fourth touches the Madrid meeting, beside the Lisbon one in c_madrid: that keeps its visit.
    db = tmp_path / "facts.db"
    linked = ("select e.occurred_on, v.event_type, v.occurred_on from events e join events v "
              "on v.id = e.part_of_event_id")
    texts = sorted((TEXTS / "parts_later").glob("*.txt"))
    pipeline.seed(texts[:2], f"sqlite:///{db}", processes=1, batch_size=1)
    assert query(db, linked) == [("2024-06-11", "visit", "2024-06-11")]
    pipeline.seed(texts, f"sqlite:///{db}", processes=1, batch_size=1)
    assert query(db, linked) == [("2024-06-11", "visit", "2024-06-11")]


def test_a_visit_keeps_the_day_one_report_gives_when_later_batches_give_only_its_month(tmp_path):
    # a_oslo (June 12): Fuentes's visit to Oslo on Tuesday, and her meeting there, which takes the visit's day;
    # b_north and c_trips: the visit "in June", which most reports then give. The day lies inside that month,
    # so the visit keeps it, and the meeting its link and its day, whichever batch stored which report.
    db = tmp_path / "facts.db"
    meeting = "select occurred_on, part_of_event_id is not null from events where event_type = 'meeting'"
    visit = ("select occurred_on, date_precision from events where place_id = "
             "(select id from places where name = 'Oslo') and event_type = 'visit'")
    texts = sorted((TEXTS / "visit_redated").glob("*.txt"))
    pipeline.seed(texts[:2], f"sqlite:///{db}", processes=1, batch_size=1)
    assert query(db, meeting) == [("2024-06-11", 1)]
    pipeline.seed(texts, f"sqlite:///{db}", processes=1, batch_size=1)
    assert query(db, visit) == [("2024-06-11", "day")]
    assert query(db, meeting) == [("2024-06-11", 1)]
    one_run = tmp_path / "one_run.db"
    pipeline.seed(texts, f"sqlite:///{one_run}", processes=1)
    assert tables_without_ids(one_run) == tables_without_ids(db)


def test_a_recount_puts_counts_and_links_changed_by_hand_right(tmp_path, capsys):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "events") == 0
    right = tables_without_ids(db)
    query(db, "update events set part_of_event_id = null, article_count = 0, outlet_count = 0, disputed = 1")
    query(db, "update people set article_count = 7, mention_count = 0")
    query(db, "update statements set article_count = 0, first_reported_on = null")
    query(db, "insert into people (name, article_count, mention_count) values ('Nobody At All', 0, 0)")
    assert tables_without_ids(db) != right
    assert seed_into(db, TEXTS / "events") == 0  # adds nothing: reads no more than the files' hashes
    assert tables_without_ids(db) != right
    capsys.readouterr()
    assert seed_into(db, "--recount", TEXTS / "events") == 0
    assert "articles: 0 added, 6 already present, 0 failed" in capsys.readouterr().out
    assert tables_without_ids(db) == right


def test_an_event_no_longer_dated_by_its_visit_is_unlinked_and_undated(tmp_path):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "events") == 0
    (part, on), = query(db, "select id, occurred_on from events where part_of_event_id is not null and id not in "
                            "(select event_id from event_mentions where occurred_on is not null)")  # dated by its visit
    assert on is not None
    # the visit loses the place that made it the event's: the link and the date it gave go
    query(db, "update events set place_id = null where id = (select part_of_event_id from events where id = ?)", part)
    assert seed_into(db, "--recount", TEXTS / "events") == 0
    assert query(db, "select part_of_event_id, occurred_on from events where id = ?", part) == [(None, None)]


def test_the_counts_kept_while_a_run_stores_its_articles_match_a_recount(tmp_path):
    db = tmp_path / "facts.db"
    url = f"sqlite:///{db}"
    pipeline.seed([REPO / "texts"], url, processes=1, batch_size=2)
    pipeline.seed([TEXTS / "people"], url, processes=1, batch_size=3)
    recount = ("select p.name, count(distinct m.article_id), count(m.id) from people p "
               "left join person_mentions m on m.person_id = p.id group by p.id order by p.id")
    assert query(db, "select name, article_count, mention_count from people order by id") == query(db, recount)
    assert query(db, "select count(*) from people where article_count > 1") != [(0,)]  # counts added to, not set
    for table, reports in (("statements", "claims c on c.statement_id"), ("events", "event_mentions c on c.event_id")):
        kept = query(db, f"select t.id, t.article_count from {table} t order by t.id")
        assert kept == query(db, f"select t.id, count(distinct c.article_id) from {table} t join {reports} = t.id "
                                 f"group by t.id order by t.id")
        assert any(count > 1 for _, count in kept)


# What refers to a person, as (table, column); a person any of them refers to is kept.
REFERRING = [("person_mentions", "person_id"), ("person_roles", "person_id"), ("claims", "speaker_id"),
             ("statements", "speaker_id"), ("event_mention_participants", "person_id")]


@pytest.mark.parametrize("kept_by", REFERRING, ids=[table for table, _ in REFERRING])
def test_a_person_one_table_still_refers_to_is_kept(tmp_path, kept_by):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "events") == 0
    table, column = kept_by
    person, = query(db, f"select min({column}) from {table}")[0]
    for other, other_column in REFERRING:  # every other reference to them gone
        if (other, other_column) == kept_by:
            continue
        if other in ("claims", "statements"):
            query(db, f"update {other} set {other_column} = null where {other_column} = ?", person)
        else:
            query(db, f"delete from {other} where {other_column} = ?", person)
    query(db, "insert into people (name, article_count, mention_count) values ('Nobody At All', 0, 0)")
    assert seed_into(db, "--recount", TEXTS / "events") == 0  # adds nothing; what nothing refers to is dropped
    assert query(db, "select count(*) from people where id = ?", person) == [(1,)]
    assert query(db, "select count(*) from people where name = 'Nobody At All'") == [(0,)]
