import os
import sqlite3
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEXTS = Path(__file__).resolve().parent / "texts"

import seed


def seed_into(db: Path, *paths: Path) -> int:
    return seed.main(["--db", f"sqlite:///{db}", *map(str, paths)])


def seeded_db(tmp_path_factory, name: str, *paths: Path) -> Path:
    """A new database, facts.db in a new folder named after `name`, with `paths` seeded into it."""
    db = tmp_path_factory.mktemp(name) / "facts.db"
    assert seed_into(db, *paths) == 0
    return db


def query(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


@pytest.fixture(scope="session", autouse=True)
def own_cache_folder(tmp_path_factory):
    """The tests, and the seeders they start, keep the gazetteer's cache (places.gazetteer_cache) in a
    folder of their own, not in the user's."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory) -> Path:
    """The five bundled articles, seeded the way `make seed` does."""
    return seeded_db(tmp_path_factory, "bundled", REPO / "texts")


@pytest.fixture(scope="session")
def written_db(tmp_path_factory) -> Path:
    """Articles written for the tests, never part of the bundled corpus."""
    return seeded_db(tmp_path_factory, "written", TEXTS / "corpus")


@pytest.fixture(scope="session")
def claims_db(tmp_path_factory) -> Path:
    """Articles written to exercise every form of attribution."""
    return seeded_db(tmp_path_factory, "claims", TEXTS / "claims")


CLAIM_COLUMNS = ("p.name", "c.source_text", "c.cue_text", "c.kind", "c.factuality", "c.content")


def claims_of(db: Path, source_file: str) -> list[tuple]:
    """(speaker, source, cue, kind, factuality, content) of an article's claims, in text order."""
    return query(db, f"select {', '.join(CLAIM_COLUMNS)} from claims c join articles a on a.id = c.article_id "
                     "left join people p on p.id = c.speaker_id where a.source_file = ? order by c.start_char",
                 source_file)


# Everything the database says, without ids: two databases seeded from the same articles compare equal.
TABLES_WITHOUT_IDS = {
    "articles": "select source_file, sha256, title, byline, outlet, dateline, published_on, url from articles",
    "people": "select name, gender, article_count, mention_count from people",
    "aliases": "select p.name, a.alias from person_aliases a join people p on p.id = a.person_id",
    "roles": "select a.source_file, r.start_char, r.end_char, p.name from person_roles r "
             "join articles a on a.id = r.article_id join people p on p.id = r.person_id",
    "mentions": "select a.source_file, m.start_char, m.end_char, m.kind, p.name from person_mentions m "
                "join articles a on a.id = m.article_id join people p on p.id = m.person_id",
    "claims": "select a.source_file, c.start_char, c.end_char, c.kind, c.act, c.source_text, p.name, s.text "
              "from claims c join articles a on a.id = c.article_id left join people p on p.id = c.speaker_id "
              "left join statements s on s.id = c.statement_id",
    "statements": "select p.name, s.source_text, s.text, s.first_reported_on, s.article_count, s.outlet_count "
                  "from statements s left join people p on p.id = s.speaker_id",
    "events": "select e.event_type, e.occurred_on, e.date_precision, pl.name, e.status, e.article_count, "
              "e.outlet_count, e.first_reported_on, e.disputed, v.event_type, v.occurred_on from events e "
              "left join places pl on pl.id = e.place_id left join events v on v.id = e.part_of_event_id",
    "event_mentions": "select a.source_file, m.start_char, m.end_char, m.status, m.occurred_on, e.event_type, "
                      "e.occurred_on from event_mentions m join articles a on a.id = m.article_id "
                      "join events e on e.id = m.event_id",
    "participants": "select e.event_type, e.occurred_on, p.name, x.name, x.kind, x.role from event_participants x "
                    "join events e on e.id = x.event_id left join people p on p.id = x.person_id",
    "report_participants": "select a.source_file, m.start_char, pp.name, x.name, x.kind, x.role "
                           "from event_mention_participants x join event_mentions m on m.id = x.event_mention_id "
                           "join articles a on a.id = m.article_id left join people pp on pp.id = x.person_id",
    "contributors": "select a.source_file, c.name, c.role, c.start_char from article_contributors c "
                    "join articles a on a.id = c.article_id",
    "boilerplate": "select a.source_file, b.kind, b.start_char, b.end_char from boilerplate_spans b "
                   "join articles a on a.id = b.article_id",
}


def tables_without_ids(db: Path) -> dict[str, list[tuple]]:
    """Each table's rows, ids replaced by what they point to, sorted."""
    return {name: sorted(query(db, sql), key=repr) for name, sql in TABLES_WITHOUT_IDS.items()}


# PostgreSQL: the tests marked `postgres` run against a real server. FACTS_TEST_PG names a database on it
# (postgresql+psycopg://USER@HOST:PORT/DB, a role that may create databases); without it, a throwaway server
# is started here when PostgreSQL is installed (tools/postgres_server.py). With no server to reach, those
# tests are skipped and say why; with FACTS_TEST_PG_REQUIRED=1 (as .ci/run sets) they fail instead.

def postgres_unavailable(reason: str):
    if os.environ.get("FACTS_TEST_PG_REQUIRED") == "1":
        pytest.fail(f"{reason} (FACTS_TEST_PG_REQUIRED=1)", pytrace=False)
    pytest.skip(reason)


def libpq_url(url: str) -> str:
    """The psycopg connection string for a SQLAlchemy URL (postgresql+psycopg://...)."""
    from sqlalchemy.engine import make_url
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_server():
    """The SQLAlchemy URL of a database on a PostgreSQL server the tests may create databases on."""
    try:
        import psycopg
    except ImportError:
        postgres_unavailable("psycopg is not installed (pip install -r requirements-postgres.txt; make test does)")
    url, folder = os.environ.get("FACTS_TEST_PG"), None
    if not url:
        import postgres_server
        folder = Path(tempfile.mkdtemp(prefix="factstore-pg-"))
        try:
            url = postgres_server.start(folder)
        except (postgres_server.NoPostgres, subprocess.CalledProcessError, OSError) as error:
            postgres_server.stop(folder)
            postgres_unavailable(f"no PostgreSQL server: FACTS_TEST_PG is not set and none could be started "
                                 f"here ({error}); bash .ci/run installs and starts one")
    try:
        psycopg.connect(libpq_url(url), connect_timeout=10).close()
    except psycopg.Error as error:
        postgres_unavailable(f"no PostgreSQL server at FACTS_TEST_PG={url}: {' '.join(str(error).split())}")
    yield url
    if folder is not None:
        import postgres_server
        postgres_server.stop(folder)


def postgres_admin(server_url: str, sql: str) -> None:
    import psycopg
    with psycopg.connect(libpq_url(server_url), autocommit=True) as con:
        con.execute(sql)


@pytest.fixture(scope="session")
def new_postgres_database(postgres_server):
    """Makes a new, empty database on the server and returns its URL; every one is dropped at the end."""
    from sqlalchemy.engine import make_url
    made = []

    def make(label: str) -> str:
        name = f"factstore_test_{label}_{uuid.uuid4().hex[:8]}"
        postgres_admin(postgres_server, f"CREATE DATABASE {name}")
        made.append(name)
        return make_url(postgres_server).set(database=name).render_as_string(hide_password=False)

    yield make
    for name in made:
        postgres_admin(postgres_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def pg_query(url: str, sql: str, *params) -> list[tuple]:
    """Rows from a PostgreSQL database, as `query` gives them from SQLite (params as %s)."""
    import psycopg
    with psycopg.connect(libpq_url(url)) as con:
        return con.execute(sql, params or None).fetchall()
