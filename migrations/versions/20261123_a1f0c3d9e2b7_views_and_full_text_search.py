"""views and full-text search

The views answer the questions users ask most; the FTS5 tables index article
text and claim content and are kept in step with their tables by triggers, so
every seed (and any other write) updates them. SQLite only: on another
database this revision does nothing.

Revision ID: a1f0c3d9e2b7
Revises: f4105200d949
Create Date: 2026-11-23 20:45:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = "a1f0c3d9e2b7"
down_revision: Union[str, Sequence[str], None] = "f4105200d949"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

VIEWS = {
    "claim_evidence": """
        -- Every claim with who said it, where and when it was published, and its evidence.
        SELECT c.id AS claim_id, p.name AS speaker, c.source_text, c.cue_text, c.kind, c.factuality,
               c.content, c.statement_id, a.id AS article_id, a.source_file, a.outlet, a.published_on,
               a.title, c.start_char, c.end_char, c.speaker_id
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN people p ON p.id = c.speaker_id""",
    "statement_reach": """
        -- Every remark with how far it travelled and who carried it first.
        SELECT s.id AS statement_id, p.name AS speaker, coalesce(p.name, s.source_text) AS source, s.text,
               s.article_count, s.outlet_count, s.first_reported_on,
               (SELECT coalesce(a.outlet, a.source_file) FROM claims c JOIN articles a ON a.id = c.article_id
                WHERE c.statement_id = s.id
                ORDER BY a.published_on IS NULL, a.published_on, a.id LIMIT 1) AS first_reported_by,
               s.speaker_id
        FROM statements s
        LEFT JOIN people p ON p.id = s.speaker_id""",
    "event_timeline": """
        -- Events in date order with their place and participants.
        SELECT e.id AS event_id, e.occurred_on, e.date_precision, e.event_type, e.cameo_root, e.status,
               pl.name AS place,
               (SELECT group_concat(coalesce(p.name, ep.name) || ' (' || ep.role || ')', ', ')
                FROM event_participants ep LEFT JOIN people p ON p.id = ep.person_id
                WHERE ep.event_id = e.id) AS participants,
               e.article_count, e.outlet_count, e.first_reported_on
        FROM events e
        LEFT JOIN places pl ON pl.id = e.place_id""",
    "person_profile": """
        -- One row per person: names, roles and how much of the news they are in.
        SELECT p.id AS person_id, p.name,
               (SELECT group_concat(alias, '; ') FROM person_aliases WHERE person_id = p.id) AS aliases,
               (SELECT group_concat(DISTINCT role) FROM person_roles WHERE person_id = p.id) AS roles,
               (SELECT count(DISTINCT article_id) FROM person_mentions WHERE person_id = p.id) AS article_count,
               (SELECT count(*) FROM person_mentions WHERE person_id = p.id) AS mention_count,
               (SELECT count(*) FROM claims WHERE speaker_id = p.id) AS claim_count,
               (SELECT count(DISTINCT event_id) FROM event_participants WHERE person_id = p.id) AS event_count
        FROM people p""",
    "event_disagreements": """
        -- Where reports of one event disagree: each reading of its date or place, with the articles giving it.
        SELECT m.event_id, e.event_type, 'date' AS aspect, m.occurred_on AS reading, count(*) AS reports,
               group_concat(DISTINCT a.source_file) AS articles
        FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id
        WHERE m.occurred_on IS NOT NULL AND m.event_id IN (
            SELECT event_id FROM event_mentions WHERE occurred_on IS NOT NULL
            GROUP BY event_id HAVING count(DISTINCT occurred_on) > 1)
        GROUP BY m.event_id, m.occurred_on
        UNION ALL
        SELECT m.event_id, e.event_type, 'place', pl.name, count(*), group_concat(DISTINCT a.source_file)
        FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id
        JOIN places pl ON pl.id = m.place_id
        WHERE m.event_id IN (
            SELECT event_id FROM event_mentions WHERE place_id IS NOT NULL
            GROUP BY event_id HAVING count(DISTINCT place_id) > 1)
        GROUP BY m.event_id, pl.name""",
}

# (FTS table, source table, indexed columns)
FULL_TEXT = [("articles_fts", "articles", ("title", "text")), ("claims_fts", "claims", ("content",))]


def full_text_statements(fts: str, table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",  # index the rows already there
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")
    for fts, table, columns in FULL_TEXT:
        for statement in full_text_statements(fts, table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, table, _ in FULL_TEXT:
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
