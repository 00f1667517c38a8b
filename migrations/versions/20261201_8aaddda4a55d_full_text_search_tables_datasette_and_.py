"""full-text search tables Datasette and sqlite-utils detect

The FTS5 tables were declared with content='claims' (single quotes).
sqlite-utils (`table.detect_fts()`, `sqlite-utils search`) and Datasette (its
search box and `?_search=`) find a table's index by looking for
content="claims" or content=[claims] in the virtual table's SQL, so they saw
none. This revision drops each FTS table and its triggers, creates them again
with the name in double quotes, and rebuilds the index from the rows already
there. Same columns, same triggers, same `rowid` = source `id`. SQLite only:
on another database this revision does nothing, as the one that made them.

Revision ID: 8aaddda4a55d
Revises: 79c91b8e8b8b
Create Date: 2026-12-01 23:55:00.096048
"""
from typing import Sequence, Union

from alembic import op

revision: str = '8aaddda4a55d'
down_revision: Union[str, Sequence[str], None] = '79c91b8e8b8b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# (FTS table, source table, indexed columns), as revision a1f0c3d9e2b7 made them
FULL_TEXT = [("articles_fts", "articles", ("title", "text")), ("claims_fts", "claims", ("content",))]


def drop(fts: str) -> None:
    for suffix in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {fts}")


def create(fts: str, table: str, columns: tuple[str, ...], quote: str) -> None:
    """The FTS table over `table`, its triggers, and its index rebuilt from the rows already there."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content={quote}{table}{quote}, "
               f"content_rowid={quote}id{quote})")
    op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER {fts}_update AFTER UPDATE ON {table} BEGIN {delete} {insert} END")
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, table, columns in FULL_TEXT:
        drop(fts)
        create(fts, table, columns, '"')


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, table, columns in FULL_TEXT:
        drop(fts)
        create(fts, table, columns, "'")
