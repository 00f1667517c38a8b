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
    "contributors": "select a.source_file, c.name, c.role, c.start_char from article_contributors c "
                    "join articles a on a.id = c.article_id",
    "boilerplate": "select a.source_file, b.kind, b.start_char, b.end_char from boilerplate_spans b "
                   "join articles a on a.id = b.article_id",
}


def tables_without_ids(db: Path) -> dict[str, list[tuple]]:
    """Each table's rows, ids replaced by what they point to, sorted."""
    return {name: sorted(query(db, sql), key=repr) for name, sql in TABLES_WITHOUT_IDS.items()}
