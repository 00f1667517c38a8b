"""Work that spans articles (event parts, counts, what nothing refers to) is recomputed by every run,
so an interrupted or partly failed run cannot lose it."""
import subprocess

import pytest

from conftest import REPO, TEXTS, query, seed_into, tables_without_ids
from test_faults import SEED_AND_DIE, assert_sound, python

PARTS = "select count(*) from events where part_of_event_id is not null"


def test_event_parts_lost_to_a_run_killed_after_storing_are_linked_by_the_next_run(tmp_path, capsys):
    whole = tmp_path / "whole.db"
    assert seed_into(whole, TEXTS / "events") == 0
    assert query(whole, PARTS) == [(2,)]
    db = tmp_path / "facts.db"
    # SIGKILL as the run, every article stored, begins the work across articles
    killed = python(SEED_AND_DIE, "DELETE FROM events ", "1", "--db", f"sqlite:///{db}", str(TEXTS / "events"),
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert killed.wait(120) == -9
    assert query(db, "select count(*) from articles") == [(6,)]
    assert query(db, PARTS) == [(0,)]
    capsys.readouterr()
    assert seed_into(db, TEXTS / "events") == 0  # adds nothing
    assert "articles: 0 added, 6 already present, 0 failed" in capsys.readouterr().out
    assert query(db, PARTS) == [(2,)]
    assert_sound(db)
    assert tables_without_ids(db) == tables_without_ids(whole)


def test_a_run_that_adds_nothing_puts_the_counts_and_links_right(tmp_path):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "events") == 0
    right = tables_without_ids(db)
    query(db, "update events set part_of_event_id = null, article_count = 0, outlet_count = 0, disputed = 1")
    query(db, "update people set article_count = 7, mention_count = 0")
    query(db, "update statements set article_count = 0, first_reported_on = null")
    query(db, "insert into people (name, article_count, mention_count) values ('Nobody At All', 0, 0)")
    assert tables_without_ids(db) != right
    assert seed_into(db, TEXTS / "events") == 0
    assert tables_without_ids(db) == right


def test_an_event_no_longer_dated_by_its_visit_is_unlinked_and_undated(tmp_path):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "events") == 0
    (part, on), = query(db, "select id, occurred_on from events where part_of_event_id is not null and id not in "
                            "(select event_id from event_mentions where occurred_on is not null)")  # dated by its visit
    assert on is not None
    # the visit loses the place that made it the event's: the link and the date it gave go
    query(db, "update events set place_id = null where id = (select part_of_event_id from events where id = ?)", part)
    assert seed_into(db, TEXTS / "events") == 0
    assert query(db, "select part_of_event_id, occurred_on from events where id = ?", part) == [(None, None)]


def test_the_counts_kept_while_a_run_stores_its_articles_match_a_recount(tmp_path, monkeypatch):
    from factstore import pipeline
    monkeypatch.setattr(pipeline, "refresh_all", lambda engine: None)  # only what storing each batch keeps
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
    assert seed_into(db, TEXTS / "events") == 0  # adds nothing; what nothing refers to is dropped
    assert query(db, "select count(*) from people where id = ?", person) == [(1,)]
    assert query(db, "select count(*) from people where name = 'Nobody At All'") == [(0,)]
