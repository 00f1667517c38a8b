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


def query(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory) -> Path:
    """The five bundled articles, seeded the way `make seed` does."""
    db = tmp_path_factory.mktemp("bundled") / "facts.db"
    assert seed_into(db, REPO / "texts") == 0
    return db


@pytest.fixture(scope="session")
def written_db(tmp_path_factory) -> Path:
    """Articles written for the tests, never part of the bundled corpus."""
    db = tmp_path_factory.mktemp("written") / "facts.db"
    assert seed_into(db, TEXTS / "corpus") == 0
    return db


@pytest.fixture(scope="session")
def claims_db(tmp_path_factory) -> Path:
    """Articles written to exercise every form of attribution."""
    db = tmp_path_factory.mktemp("claims") / "facts.db"
    assert seed_into(db, TEXTS / "claims") == 0
    return db


CLAIM_COLUMNS = ("p.name", "c.source_text", "c.cue_text", "c.kind", "c.factuality", "c.content")


def claims_of(db: Path, source_file: str) -> list[tuple]:
    """(speaker, source, cue, kind, factuality, content) of an article's claims, in text order."""
    return query(db, f"select {', '.join(CLAIM_COLUMNS)} from claims c join articles a on a.id = c.article_id "
                     "left join people p on p.id = c.speaker_id where a.source_file = ? order by c.start_char",
                 source_file)


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
