"""Re-extraction: articles whose facts an older extractor produced are extracted again from their stored text."""
import sqlite3

import pytest
from alembic import command

from conftest import TEXTS, query, seed_into, seeded_db, tables_without_ids
from factstore import store
from factstore.version import EXTRACTION_MODULES, OTHER_MODULES, extractor_version

FIRST_REVISION = "c97c35fdff00"  # articles and people only: no claims, no events


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """The test articles seeded once by the running code."""
    return seeded_db(tmp_path_factory, "fresh", TEXTS / "events")


def test_every_module_is_counted_in_the_extractor_version_or_said_not_to_be():
    modules = {p.stem for p in (store.PACKAGE).glob("*.py")}
    assert modules == set(EXTRACTION_MODULES) | set(OTHER_MODULES)
    from factstore import parse, version
    assert version.MODEL == parse.MODEL


def test_articles_record_the_extractor_version(fresh):
    assert len(extractor_version()) == 12
    assert query(fresh, "select distinct extracted_with from articles") == [(extractor_version(),)]


def test_an_article_stored_by_an_older_extractor_is_extracted_again_by_the_next_run(fresh, tmp_path, capsys):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "events") == 0
    query(db, "update articles set extracted_with = 'older' where source_file in ('oslo_a.txt', 'trip_a.txt')")
    oslo = "(select id from articles where source_file = 'oslo_a.txt')"
    query(db, f"delete from event_mention_participants where event_mention_id in "
              f"(select id from event_mentions where article_id = {oslo})")
    query(db, f"delete from event_mentions where article_id = {oslo}")
    before = query(db, "select id, source_file from articles order by id")
    capsys.readouterr()
    assert seed_into(db, TEXTS / "events") == 0
    out = capsys.readouterr().out
    assert "articles: 0 added, 6 already present, 0 failed" in out
    assert "re-extracted: 2 stored articles" in out
    assert query(db, "select id, source_file from articles order by id") == before  # the same rows, kept
    assert query(db, "select distinct extracted_with from articles") == [(extractor_version(),)]
    assert tables_without_ids(db) == tables_without_ids(fresh)
    assert query(db, "pragma foreign_key_check") == []


def test_reextract_extracts_every_stored_article_again(fresh, tmp_path, capsys):
    db = tmp_path / "facts.db"
    assert seed_into(db, TEXTS / "events") == 0
    with sqlite3.connect(db) as con:  # facts no extraction gives: each must be written anew
        con.execute("update person_mentions set kind = 'tampered'")
        con.execute("update claims set act = 'tampered'")
        con.execute("update event_mentions set status = 'tampered'")
    capsys.readouterr()
    assert seed_into(db, "--reextract", TEXTS / "events" / "oslo_a.txt") == 0
    assert "re-extracted: 6 stored articles" in capsys.readouterr().out
    assert tables_without_ids(db) == tables_without_ids(fresh)


def test_the_factstore_command_takes_reextract(tmp_path, capsys):
    from factstore.cli import main

    db = tmp_path / "facts.db"
    assert main(["seed", "--db", str(db), str(TEXTS / "corpus" / "wire.txt")]) == 0
    assert main(["seed", "--db", str(db), "--reextract", str(TEXTS / "corpus" / "wire.txt")]) == 0
    assert "re-extracted: 1 stored articles" in capsys.readouterr().out


def test_a_database_of_the_first_revision_upgraded_in_place_gets_claims_and_events(fresh, tmp_path, capsys):
    """Made when the schema had articles and people only; the next seed upgrades it and extracts the rest."""
    db = tmp_path / "old.db"
    assert seed_into(db, TEXTS / "events") == 0
    config = store.alembic_config(f"sqlite:///{db}")
    command.downgrade(config, FIRST_REVISION)
    assert query(db, "select count(*) from articles") == [(6,)]
    assert "claims" not in {t for (t,) in query(db, "select name from sqlite_master where type = 'table'")}
    capsys.readouterr()
    assert seed_into(db, TEXTS / "events") == 0
    assert "re-extracted: 6 stored articles" in capsys.readouterr().out
    assert query(db, "select count(*) from claims")[0][0] > 0
    assert query(db, "select count(*) from event_mentions")[0][0] > 0
    assert tables_without_ids(db) == tables_without_ids(fresh)


def extracted_again_without(db, monkeypatch, stored: str, new: str, facts: str) -> None:
    """Store `stored` alone, mark it extracted by an older version, then seed it with `new` in one run,
    the extractor now finding no `facts` ("claims" or "events") in it."""
    from factstore import pipeline

    real_extract = pipeline.extract_facts
    headline = (TEXTS / stored).read_text().splitlines()[0]
    read_again = []

    def without(doc, **options):
        people, descriptions, claims, events = real_extract(doc, **options)
        if headline in doc.text:
            read_again.append(doc)
            claims, events = ([] if facts == "claims" else claims), ([] if facts == "events" else events)
        return people, descriptions, claims, events

    assert seed_into(db, TEXTS / stored) == 0
    query(db, "update articles set extracted_with = 'older'")
    monkeypatch.setattr(pipeline, "extract_facts", without)
    assert seed_into(db, TEXTS / stored, TEXTS / new) == 0
    assert len(read_again) == 1


def test_an_article_extracted_again_may_drop_the_event_the_next_article_of_its_run_joins(tmp_path, monkeypatch):
    """oslo_a, stored alone, is the only report of the Oslo meeting. Extracted again by a reader that
    finds no event in it, it drops the meeting; oslo_b, new in the same run, was resolved to that
    meeting before, and is stored with it written anew, not pointing at a row that is gone."""
    db = tmp_path / "facts.db"
    extracted_again_without(db, monkeypatch, "events/oslo_a.txt", "events/oslo_b.txt", "events")
    assert query(db, "select count(*) from event_mentions m join articles a on a.id = m.article_id "
                     "where a.source_file = 'oslo_a.txt'") == [(0,)]
    assert query(db, "select count(*) from event_mentions where event_id not in (select id from events)") == [(0,)]
    assert query(db, "select count(*) from events e join event_mentions m on m.event_id = e.id "
                     "join event_participants p on p.event_id = e.id join people on people.id = p.person_id "
                     "where e.event_type = 'meeting' and people.name = 'Ingrid Dahl'")[0][0] > 0
    assert query(db, "pragma foreign_key_check") == []


def test_an_article_extracted_again_may_drop_the_statement_the_next_article_of_its_run_carries(
        tmp_path, monkeypatch):
    """echo_one, stored alone, is the only carrier of a remark echo_two reports too. Extracted again by a
    reader that finds no claim in it, it drops that statement; echo_two's claims are stored with it
    written anew, not pointing at a row that is gone."""
    db = tmp_path / "facts.db"
    extracted_again_without(db, monkeypatch, "claims/echo_one.txt", "claims/echo_two.txt", "claims")
    assert query(db, "select count(*) from claims c join articles a on a.id = c.article_id "
                     "where a.source_file = 'echo_one.txt'") == [(0,)]
    assert query(db, "select count(*) from claims c join articles a on a.id = c.article_id "
                     "where a.source_file = 'echo_two.txt' and c.statement_id is not null")[0][0] > 0
    assert query(db, "select count(*) from claims where statement_id not in (select id from statements)") == [(0,)]
    assert query(db, "pragma foreign_key_check") == []


def test_a_rolled_back_transaction_gives_back_the_ids_things_had_before_it():
    from factstore.resolve import ResolvedPerson

    new, dropped_and_written_anew = ResolvedPerson(), ResolvedPerson(id=7)
    created = []
    store.assign_ids([new, dropped_and_written_anew], [11, 12], created)
    assert (new.id, dropped_and_written_anew.id) == (11, 12)
    store.forget(created)
    assert (new.id, dropped_and_written_anew.id) == (None, 7)
