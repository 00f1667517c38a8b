import sqlite3
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
