"""PostgreSQL as a backend, against a real server (conftest.postgres_server), compared with SQLite."""
import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

import models
from conftest import REPO, TEXTS, pg_query, query
from factstore.store import alembic_config

pytestmark = pytest.mark.postgres

VIEWS = {"claim_context", "claim_evidence", "event_disagreements", "event_timeline", "person_profile",
         "statement_reach"}


def views_of(url: str) -> set[str]:
    return {name for (name,) in pg_query(url, "select table_name from information_schema.views "
                                              "where table_schema = current_schema()")}


def test_migrations_to_head_and_back_and_alembic_check(new_postgres_database):
    url = new_postgres_database("migrations")
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.check(config)  # the models and the migrations agree on PostgreSQL too
    engine = create_engine(url)
    assert set(models.Base.metadata.tables) <= set(inspect(engine).get_table_names())
    assert views_of(url) == VIEWS
    indexes = {name for (name,) in pg_query(url, "select indexname from pg_indexes where indexname like '%_fts'")}
    assert indexes == {"ix_articles_fts", "ix_claims_fts"}
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"} and views_of(url) == set()
    command.upgrade(config, "head")
    assert views_of(url) == VIEWS
    engine.dispose()


@pytest.fixture(scope="module")
def pg_bundled(new_postgres_database):
    """The five bundled articles seeded into PostgreSQL, as `make seed` seeds them into SQLite."""
    url = new_postgres_database("bundled")
    assert seed_into_url(url, REPO / "texts") == 0
    return url


def seed_into_url(url: str, *paths) -> int:
    import seed
    return seed.main(["--db", url, *map(str, paths)])


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_view_gives_the_same_rows_on_both_databases(pg_bundled, bundled_db, view):
    on_sqlite = query(bundled_db, f"select * from {view}")
    on_postgres = pg_query(pg_bundled, f"select * from {view}")
    assert on_sqlite, view
    assert sorted(on_postgres, key=repr) == sorted(on_sqlite, key=repr)


def test_full_text_search_follows_every_seed_and_uses_the_index(new_postgres_database):
    url = new_postgres_database("search")
    articles = "select count(*) from articles where " \
               "to_tsvector('simple', coalesce(title, '') || ' ' || text) @@ websearch_to_tsquery('simple', %s)"
    assert seed_into_url(url, TEXTS / "corpus" / "wire.txt") == 0
    assert pg_query(url, articles, "Oliveira") == [(0,)]
    assert seed_into_url(url, TEXTS / "corpus" / "midstory.txt") == 0
    assert pg_query(url, articles, "Oliveira") == [(1,)]
    assert pg_query(url, "select content from claims where to_tsvector('simple', content) "
                         "@@ websearch_to_tsquery('simple', 'bridge')") == [
        ("the two countries would build a new bridge",)]
    import psycopg
    from conftest import libpq_url
    with psycopg.connect(libpq_url(url)) as con:
        con.execute("set enable_seqscan = off")  # a handful of rows: make the planner show what it can use
        for sql, index in ((articles.replace("%s", "'Oliveira'"), "ix_articles_fts"),
                           ("select * from claim_context c where to_tsvector('simple', c.content) "
                            "@@ websearch_to_tsquery('simple', 'bridge')", "ix_claims_fts")):
            plan = "\n".join(row[0] for row in con.execute("explain " + sql))
            assert f"Bitmap Index Scan on {index}" in plan, plan
