"""PostgreSQL as a backend: the migrations, a seed of the bundled texts, the span invariant, the cookbook
and concurrent seeders, against a real server (conftest.postgres_server), compared with SQLite."""
import re
import shutil
import subprocess
import sys
from collections import Counter

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

import models
from conftest import REPO, TEXTS, libpq_url, pg_query, query, seed_into
from factstore.store import alembic_config
from test_corpus import SPANS

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


def test_migrations_started_at_once_run_one_after_the_other(new_postgres_database):
    """Three `factstore migrate` at once on a new database (processes: Alembic's context is one per process)."""
    url = new_postgres_database("migrate_race")
    migrators = [subprocess.Popen([sys.executable, "-m", "factstore.cli", "migrate", "--db", url],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for migrator in migrators:
        _, err = migrator.communicate(timeout=300)
        assert migrator.returncode == 0, err
    assert views_of(url) == VIEWS
    assert pg_query(url, "select count(*) from alembic_version") == [(1,)]


@pytest.fixture(scope="module")
def pg_bundled(new_postgres_database):
    """The five bundled articles seeded into PostgreSQL, as `make seed` seeds them into SQLite."""
    url = new_postgres_database("bundled")
    assert seed_into_url(url, REPO / "texts") == 0
    return url


def seed_into_url(url: str, *paths) -> int:
    import seed
    return seed.main(["--db", url, *map(str, paths)])


# What the seed produced, without row ids: the same questions of either database, rows in a fixed order.
FACTS = {
    "articles": "select source_file, sha256, title, byline, outlet, dateline, published_on, url from articles",
    "people": "select name, gender, article_count, mention_count from people",
    "aliases": "select p.name, a.alias from person_aliases a join people p on p.id = a.person_id",
    "mentions": "select a.source_file, m.start_char, m.end_char, m.text, m.kind, p.name from person_mentions m "
                "join articles a on a.id = m.article_id join people p on p.id = m.person_id",
    "claims": "select a.source_file, c.start_char, c.end_char, c.content, c.kind, c.act, c.factuality, "
              "c.source_start_char, c.source_text, c.cue_start_char, c.cue_text, c.cue_lemma, p.name, "
              "c.sentence_start_char, c.sentence_end_char, s.text, s.article_count, s.outlet_count, "
              "s.first_reported_on from claims c join articles a on a.id = c.article_id "
              "left join people p on p.id = c.speaker_id left join statements s on s.id = c.statement_id",
    "statements": "select coalesce(p.name, s.source_text), s.text, s.article_count, s.outlet_count, "
                  "s.first_reported_on from statements s left join people p on p.id = s.speaker_id",
    "events": "select event_type, cameo_root, occurred_on, date_precision, place, status, participants, "
              "article_count, outlet_count, first_reported_on from event_timeline",
    "event_mentions": "select a.source_file, m.start_char, m.end_char, m.text, m.trigger_text, m.status, "
                      "m.date_text, m.occurred_on, m.date_precision, pl.name, m.ordinal, m.ordinal_text, "
                      "e.event_type, e.occurred_on from event_mentions m join articles a on a.id = m.article_id "
                      "join events e on e.id = m.event_id left join places pl on pl.id = m.place_id",
    "disputed": "select e.event_type, e.occurred_on, pl.name from events e left join places pl "
                "on pl.id = e.place_id where e.disputed = true",
}


def facts(rows_of) -> dict[str, list[tuple]]:
    return {name: sorted(rows_of(sql), key=repr) for name, sql in FACTS.items()}


def test_the_bundled_texts_give_the_same_facts_on_both_databases(pg_bundled, bundled_db):
    on_sqlite, on_postgres = facts(lambda sql: query(bundled_db, sql)), facts(lambda sql: pg_query(pg_bundled, sql))
    assert len(on_postgres["claims"]) > 50 and len(on_postgres["events"]) > 20
    for name in FACTS:
        assert on_postgres[name] == on_sqlite[name], name


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_view_gives_the_same_rows_on_both_databases(pg_bundled, bundled_db, view):
    on_sqlite = query(bundled_db, f"select * from {view}")
    on_postgres = pg_query(pg_bundled, f"select * from {view}")
    assert on_sqlite, view
    assert sorted(on_postgres, key=repr) == sorted(on_sqlite, key=repr)


def test_every_span_is_exactly_its_surface_text_on_postgresql(pg_bundled):
    columns = set(pg_query(pg_bundled, "select c.table_name, c.column_name from information_schema.columns c "
                                       "join information_schema.tables t on t.table_name = c.table_name "
                                       "and t.table_schema = c.table_schema where t.table_type = 'BASE TABLE' "
                                       "and c.table_schema = current_schema() and c.column_name like '%start_char'"))
    assert columns - {("claims", "sentence_start_char")} == {(t, s) for t, s, _, _ in SPANS}, \
        "a span column is missing from the check"
    outside = pg_query(pg_bundled, "select count(*) from claims where sentence_start_char > least(start_char, "
                                   "coalesce(source_start_char, start_char), coalesce(cue_start_char, start_char)) "
                                   "or sentence_end_char < greatest(end_char, coalesce(source_end_char, end_char), "
                                   "coalesce(cue_end_char, end_char))")
    assert outside == [(0,)], "a claim's sentences must hold its content, source and cue"
    checked = 0
    for table, start, end, surface in SPANS:
        rows = pg_query(pg_bundled, f"select a.text, t.{start}, t.{end}, t.{surface} from {table} t "
                                    f"join articles a on a.id = t.article_id where t.{start} is not null")
        for text, s, e, expected in rows:
            assert text[s:e] == expected, (table, s, e, expected)
        checked += len(rows)
    assert checked > 200


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
    with psycopg.connect(libpq_url(url)) as con:
        con.execute("set enable_seqscan = off")  # a handful of rows: make the planner show what it can use
        for sql, index in ((articles.replace("%s", "'Oliveira'"), "ix_articles_fts"),
                           ("select * from claim_context c where to_tsvector('simple', c.content) "
                            "@@ websearch_to_tsquery('simple', 'bridge')", "ix_claims_fts")):
            plan = "\n".join(row[0] for row in con.execute("explain " + sql))
            assert f"Bitmap Index Scan on {index}" in plan, plan


# The cookbook: each ```sql block with the ```text block under it; a ```sql postgresql block after them is the
# query's PostgreSQL form, and a ```text postgresql block its output there when that differs.
FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```[ \t]*$", re.S | re.M)


def cookbook() -> list[dict]:
    examples = []
    for m in FENCE.finditer((REPO / "docs" / "queries.md").read_text(encoding="utf-8")):
        info, body = m["info"].strip(), m["body"]
        if info == "sql":
            examples.append({"sql": body})
        elif info == "text" and examples and "output" not in examples[-1]:
            examples[-1]["output"] = body
        elif info in ("sql postgresql", "text postgresql"):
            assert examples and "output" in examples[-1], f"a {info} block with no example before it"
            examples[-1]["postgresql" if info.startswith("sql") else "postgresql_output"] = body
    return [e for e in examples if "output" in e]


def shell_output(rows) -> str:
    return "".join("|".join("" if v is None else str(v) for v in row) + "\n" for row in rows)


def test_the_cookbook_shows_postgresql_forms():
    examples = cookbook()
    assert len(examples) >= 15
    assert sum("postgresql" in e for e in examples) >= 4  # full-text search and group_concat


@pytest.mark.parametrize("example", [pytest.param(e, id=f"queries.md-{n + 1}") for n, e in enumerate(cookbook())])
def test_the_cookbook_on_postgresql(pg_bundled, example):
    sql = example.get("postgresql", example["sql"])
    assert shell_output(pg_query(pg_bundled, sql)) == example.get("postgresql_output", example["output"])


def test_two_seeders_at_once_on_one_database(new_postgres_database, bundled_db, tmp_path):
    """Two seeders started together on overlapping parts of the bundled texts: both finish, every article is
    stored once, and the database is what one run over all the articles gives (on SQLite here), whichever
    seeder reaches the database first."""
    url = new_postgres_database("two_seeders")
    texts = sorted((REPO / "texts").glob("*.txt"))
    parts = {"first": texts[:4], "second": texts[2:]}
    for name, files in parts.items():
        (tmp_path / name).mkdir()
        for path in files:
            shutil.copy(path, tmp_path / name / path.name)
    seeders = [subprocess.Popen([sys.executable, str(REPO / "seed.py"), "--db", url, str(tmp_path / name)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in parts]
    outputs = [seeder.communicate(timeout=600) for seeder in seeders]
    for seeder, (out, err) in zip(seeders, outputs):
        assert seeder.returncode == 0, err
    added = [int(re.search(r"articles: (\d+) added, \d+ already present, 0 failed", out)[1]) for out, _ in outputs]
    assert sum(added) == 5
    assert Counter(n for (n,) in pg_query(url, "select count(*) from articles group by sha256")) == {1: 5}

    assert facts(lambda sql: pg_query(url, sql)) == facts(lambda sql: query(bundled_db, sql))
