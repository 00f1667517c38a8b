import sqlite3
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEXTS = Path(__file__).resolve().parent / "texts"
sys.path.insert(0, str(REPO))

import seed  # noqa: E402


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
