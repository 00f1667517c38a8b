"""The schema comes from models.py through Alembic, and only from there."""
from alembic import command
from sqlalchemy import create_engine, inspect

import models
from factstore.store import alembic_config


def test_models_and_migrations_agree(tmp_path):
    url = f"sqlite:///{tmp_path / 'check.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.check(config)  # raises if autogenerate would write a new revision


def test_upgrade_to_head_and_down_to_base(tmp_path):
    url = f"sqlite:///{tmp_path / 'updown.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    engine = create_engine(url)
    assert set(models.Base.metadata.tables) <= set(inspect(engine).get_table_names())
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    command.upgrade(config, "head")
    engine.dispose()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as con:
        assert con.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert con.exec_driver_sql("pragma journal_mode").scalar() == "wal"


def test_an_existing_database_upgrades_in_place_and_keeps_its_data(tmp_path):
    """Seeded before the views and search tables existed, then upgraded: nothing lost, all searchable."""
    from conftest import TEXTS, query, seed_into

    db = tmp_path / "old.db"
    url = f"sqlite:///{db}"
    assert seed_into(db, TEXTS / "corpus" / "wire.txt") == 0 and seed_into(db, TEXTS / "events") == 0
    rows = "select (select count(*) from articles), (select count(*) from event_mentions), " \
           "(select count(*) from event_participants)"
    seeded = query(db, rows)
    assert seeded[0][1] > 0
    config = alembic_config(url)
    # the revision before views and full-text search; on the way, `events` is rebuilt
    command.downgrade(config, "f4105200d949")
    assert query(db, rows) == seeded
    command.upgrade(config, "head")
    assert query(db, rows) == seeded
    assert query(db, "select count(*) from articles_fts where articles_fts match 'budget'") == [(1,)]
    assert query(db, "pragma foreign_key_check") == []
    # counts added after the data was written are filled in from it
    assert query(db, "select name, article_count, mention_count from people where name = 'Anna Keller'") == [
        ("Anna Keller", 1, 4)]


def test_full_text_search_follows_every_seed(tmp_path):
    from conftest import TEXTS, query, seed_into

    db = tmp_path / "fts.db"
    assert seed_into(db, TEXTS / "corpus" / "wire.txt") == 0
    assert query(db, "select count(*) from articles_fts where articles_fts match 'Oliveira'") == [(0,)]
    assert seed_into(db, TEXTS / "corpus" / "midstory.txt") == 0
    assert query(db, "select count(*) from articles_fts where articles_fts match 'Oliveira'") == [(1,)]
    hits = query(db, "select c.content from claims_fts f join claims c on c.id = f.rowid "
                     "where claims_fts match 'bridge'")
    assert hits == [("the two countries would build a new bridge",)]


def test_sqlite_utils_and_datasette_find_the_full_text_search_of_an_upgraded_database(tmp_path):
    """Made before the search tables were declared the way the tools detect them, then upgraded."""
    import sqlite_utils
    from datasette.utils import detect_fts

    from conftest import TEXTS, query, seed_into

    db = tmp_path / "tools.db"
    assert seed_into(db, TEXTS / "corpus" / "midstory.txt") == 0
    config = alembic_config(f"sqlite:///{db}")
    command.downgrade(config, "79c91b8e8b8b")  # content='claims': the tools see no index
    assert sqlite_utils.Database(db)["claims"].detect_fts() is None
    assert query(db, "select count(*) from claims_fts where claims_fts match 'bridge'") == [(1,)]
    command.upgrade(config, "head")

    tools = sqlite_utils.Database(db)
    assert tools["claims"].detect_fts() == "claims_fts" and tools["articles"].detect_fts() == "articles_fts"
    assert [detect_fts(tools.conn, t) for t in ("claims", "articles", "people")] == [
        "claims_fts", "articles_fts", None]
    assert [row["content"] for row in tools["claims"].search("bridge")] == [
        "the two countries would build a new bridge"]
    tools.close()
    # the index was rebuilt from the rows already there, and its triggers follow the next seed
    assert seed_into(db, TEXTS / "corpus" / "variants.txt") == 0
    assert query(db, "select count(*) from articles_fts where articles_fts match 'Oliveira'") == [(2,)]
    assert query(db, "select c.content from claims_fts f join claims c on c.id = f.rowid "
                     "where claims_fts match 'useful'") == [("the meeting was useful",)]


def test_the_search_triggers_survive_every_downgrade_and_upgrade_after_them(tmp_path):
    """Batch mode's copy of a table drops its triggers; no revision after the search tables may use it there."""
    from alembic.script import ScriptDirectory

    from conftest import query

    db = tmp_path / "triggers.db"
    config = alembic_config(f"sqlite:///{db}")
    command.upgrade(config, "head")
    triggers = "select name from sqlite_master where type = 'trigger' order by name"
    made = query(db, triggers)
    assert len(made) == 6
    later = []  # the revisions after the one that made the search tables, newest first
    for script in ScriptDirectory.from_config(config).walk_revisions():
        if script.revision == "a1f0c3d9e2b7":
            break
        later.append(script)
    for script in later:
        command.downgrade(config, script.down_revision)
        assert query(db, triggers) == made, f"downgrade of {script.revision}"
    for script in reversed(later):
        command.upgrade(config, script.revision)
        assert query(db, triggers) == made, f"upgrade to {script.revision}"


def test_aliases_stored_before_surname_keys_get_them_on_upgrade(tmp_path):
    from conftest import TEXTS, query, seed_into
    from factstore.names import surname_key

    db = tmp_path / "old.db"
    assert seed_into(db, TEXTS / "corpus" / "wire.txt") == 0
    config = alembic_config(f"sqlite:///{db}")
    command.downgrade(config, "67b64041e008")  # the revision before person_aliases.surname_key
    aliases = query(db, "select alias from person_aliases order by id")
    assert aliases
    command.upgrade(config, "head")
    assert query(db, "select alias, surname_key from person_aliases order by id") == [
        (alias, surname_key(alias)) for alias, in aliases]


def test_reports_stored_before_their_participants_were_are_extracted_again_after_the_upgrade(tmp_path):
    """Before event_mention_participants, an event's participants were not kept per report: the upgrade
    marks the articles with reports for extraction again, and the next seed run stores them per report."""
    from conftest import TEXTS, query, seed_into, tables_without_ids

    fresh = tmp_path / "fresh.db"
    assert seed_into(fresh, TEXTS / "events") == 0
    db = tmp_path / "old.db"
    assert seed_into(db, TEXTS / "events") == 0
    config = alembic_config(f"sqlite:///{db}")
    command.downgrade(config, "e52e9014ef42")  # the revision before event_mention_participants
    participants = query(db, "select * from event_participants order by id")
    command.upgrade(config, "head")
    assert query(db, "select * from event_participants order by id") == participants  # kept until then
    assert query(db, "select count(*) from event_mention_participants") == [(0,)]
    with_reports = query(db, "select count(distinct article_id) from event_mentions")[0][0]
    assert query(db, "select count(*) from articles where extracted_with is null") == [(with_reports,)]
    assert seed_into(db, TEXTS / "events") == 0
    assert query(db, "select count(*) from event_mention_participants")[0][0] > 0
    assert tables_without_ids(db) == tables_without_ids(fresh)
    assert query(db, "pragma foreign_key_check") == []


def test_statements_stored_before_source_keys_get_them_on_upgrade(tmp_path):
    from conftest import TEXTS, query, seed_into
    from factstore.resolve import normalise_phrase

    db = tmp_path / "old.db"
    assert seed_into(db, TEXTS / "corpus") == 0
    config = alembic_config(f"sqlite:///{db}")
    command.downgrade(config, "cf02f6467391")  # the revision before statements.source_key
    sources = query(db, "select source_text from statements where source_text is not null order by id")
    assert sources
    command.upgrade(config, "head")
    assert query(db, "select source_text, source_key from statements where source_text is not null order by id") \
        == [(source, normalise_phrase(source)) for source, in sources]
