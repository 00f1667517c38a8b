"""views and full-text search on PostgreSQL

The revisions that made the views and the FTS5 tables (a1f0c3d9e2b7, then
f96ee4f91878, 8c4b3c641163, 79c91b8e8b8b and 8aaddda4a55d) did nothing on
any database but SQLite, so a PostgreSQL database had only claim_context.
This revision gives PostgreSQL the other five views, as they stand on SQLite
after those revisions, and full-text search on the same columns; on SQLite
it does nothing, the views and FTS5 tables being there already.

The views differ from SQLite's only where the SQL has to:
- `string_agg(x, sep ORDER BY ...)` where SQLite has `group_concat(x, sep)`,
  in the order SQLite's indexes hand the rows over (aliases by alias,
  roles and participants as stored, by id), and the articles of a reading by
  file name; text is ordered COLLATE "C", by code point as SQLite orders it,
  whatever the database's collation;
- in event_disagreements, `JOIN` where SQLite has `CROSS JOIN ... ON` (a
  hint to SQLite's planner that PostgreSQL does not accept), `e.disputed`
  (a boolean) for `e.disputed = 1`, and `e.event_type` in the GROUP BY.

Full-text search is a GIN index on the tsvector of each searched text, with
the `simple` configuration (lower case, no stemming, no stop words: what the
FTS5 tables' default tokenizer does). A query uses an index when it repeats
its expression:
    to_tsvector('simple', content) @@ websearch_to_tsquery('simple', 'NATO')
on claims (or claim_context, claim_evidence), and
    to_tsvector('simple', coalesce(title, '') || ' ' || text) @@ ...
on articles. PostgreSQL keeps the indexes in step with the tables itself.

Revision ID: 67b64041e008
Revises: 0f4f1f74a913
Create Date: 2026-12-02 01:03:15.170036

"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '67b64041e008'
down_revision: Union[str, Sequence[str], None] = '0f4f1f74a913'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


# The articles giving a reading, by file name (SQLite's group_concat(DISTINCT a.source_file))
ARTICLES = 'string_agg(DISTINCT a.source_file::text COLLATE "C", \',\' ORDER BY a.source_file::text COLLATE "C")'

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
               (SELECT string_agg(coalesce(p.name, ep.name) || ' (' || ep.role || ')', ', ' ORDER BY ep.id)
                FROM event_participants ep LEFT JOIN people p ON p.id = ep.person_id
                WHERE ep.event_id = e.id) AS participants,
               e.article_count, e.outlet_count, e.first_reported_on
        FROM events e
        LEFT JOIN places pl ON pl.id = e.place_id""",
    "person_profile": """
        -- One row per person: names, roles and how much of the news they are in.
        SELECT p.id AS person_id, p.name,
               (SELECT string_agg(alias, '; ' ORDER BY alias COLLATE "C")
                FROM person_aliases WHERE person_id = p.id) AS aliases,
               (SELECT string_agg(role, ',' ORDER BY first_id) FROM (
                    SELECT role, min(id) AS first_id FROM person_roles WHERE person_id = p.id GROUP BY role) r
               ) AS roles,
               p.article_count, p.mention_count,
               (SELECT count(*) FROM claims WHERE speaker_id = p.id) AS claim_count,
               (SELECT count(DISTINCT event_id) FROM event_participants WHERE person_id = p.id) AS event_count
        FROM people p""",
    "event_disagreements": f"""
        -- Where reports of one event disagree: each reading of its date, place or trip number, with the articles giving it.
        SELECT m.event_id, e.event_type, 'date' AS aspect, m.occurred_on AS reading, count(*) AS reports,
               {ARTICLES} AS articles
        FROM events e JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        WHERE e.disputed AND m.occurred_on IS NOT NULL AND e.id IN (
            SELECT event_id FROM event_mentions WHERE event_id = e.id
            GROUP BY event_id HAVING count(DISTINCT occurred_on) > 1)
        GROUP BY m.event_id, e.event_type, m.occurred_on
        UNION ALL
        SELECT m.event_id, e.event_type, 'place', pl.name, count(*), {ARTICLES}
        FROM events e JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        JOIN places pl ON pl.id = m.place_id
        WHERE e.disputed AND e.id IN (
            SELECT event_id FROM event_mentions WHERE event_id = e.id
            GROUP BY event_id HAVING count(DISTINCT place_id) > 1)
        GROUP BY m.event_id, e.event_type, pl.name
        UNION ALL
        SELECT m.event_id, e.event_type, 'ordinal', m.ordinal_text, count(*), {ARTICLES}
        FROM events e JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        WHERE e.disputed AND m.ordinal IS NOT NULL AND e.id IN (
            SELECT event_id FROM event_mentions WHERE event_id = e.id
            GROUP BY event_id HAVING count(DISTINCT ordinal) > 1)
        GROUP BY m.event_id, e.event_type, m.ordinal_text""",
}

CLAIM_CONTEXT_COMMENT = """
-- Each claim with its speaker, its act (speech, thought, other), the sentence or sentences it sits in, and its article's title, outlet and date."""

# (index, table, the tsvector it indexes); the names end in _fts, which env.py keeps out of autogenerate
FULL_TEXT = [
    ("ix_articles_fts", "articles", "to_tsvector('simple', coalesce(title, '') || ' ' || text)"),
    ("ix_claims_fts", "claims", "to_tsvector('simple', content)"),
]


def description(sql: str) -> str:
    """The view's comment line, for COMMENT ON VIEW (PostgreSQL keeps no comments inside a view's SQL)."""
    return next(line.strip()[3:] for line in sql.splitlines() if line.strip().startswith("-- "))


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")
    for name, sql in dict(VIEWS, claim_context=CLAIM_CONTEXT_COMMENT).items():  # claim_context: e18a9ce7c77d's
        op.execute(f"COMMENT ON VIEW {name} IS {literal(description(sql))}")
    for index, table, vector in FULL_TEXT:
        op.execute(f"CREATE INDEX {index} ON {table} USING gin (({vector}))")
        usage = f"Full-text search: WHERE {vector} @@ websearch_to_tsquery('simple', 'some words')"
        op.execute(f"COMMENT ON INDEX {index} IS {literal(usage)}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index, _, _ in FULL_TEXT:
        op.execute(f"DROP INDEX IF EXISTS {index}")
    op.execute("COMMENT ON VIEW claim_context IS NULL")
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
