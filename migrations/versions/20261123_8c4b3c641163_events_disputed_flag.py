"""events disputed flag

Revision ID: 8c4b3c641163
Revises: f96ee4f91878
Create Date: 2026-11-23 20:43:39.100311

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '8c4b3c641163'
down_revision: Union[str, Sequence[str], None] = 'f96ee4f91878'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


# CROSS JOIN makes SQLite start from the few disputed events (by index), not from every mention.
EVENT_DISAGREEMENTS = """
        -- Where reports of one event disagree: each reading of its date or place, with the articles giving it.
        SELECT m.event_id, e.event_type, 'date' AS aspect, m.occurred_on AS reading, count(*) AS reports,
               group_concat(DISTINCT a.source_file) AS articles
        FROM events e CROSS JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        WHERE e.disputed = 1 AND m.occurred_on IS NOT NULL AND e.id IN (
            SELECT event_id FROM event_mentions WHERE event_id = e.id
            GROUP BY event_id HAVING count(DISTINCT occurred_on) > 1)
        GROUP BY m.event_id, m.occurred_on
        UNION ALL
        SELECT m.event_id, e.event_type, 'place', pl.name, count(*), group_concat(DISTINCT a.source_file)
        FROM events e CROSS JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        JOIN places pl ON pl.id = m.place_id
        WHERE e.disputed = 1 AND e.id IN (
            SELECT event_id FROM event_mentions WHERE event_id = e.id
            GROUP BY event_id HAVING count(DISTINCT place_id) > 1)
        GROUP BY m.event_id, pl.name"""

OLD_EVENT_DISAGREEMENTS = """
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
        GROUP BY m.event_id, pl.name"""


def upgrade() -> None:
    # Plain ALTER TABLE, not batch mode: rebuilding `events` would cascade-delete what refers to it.
    op.add_column("events", sa.Column("disputed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index("ix_events_disputed_article_count", "events", ["disputed", "article_count"])
    op.execute("UPDATE events SET disputed = ("
               "(SELECT count(DISTINCT occurred_on) FROM event_mentions WHERE event_id = events.id) > 1 OR "
               "(SELECT count(DISTINCT place_id) FROM event_mentions WHERE event_id = events.id) > 1)")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP VIEW IF EXISTS event_disagreements")
        op.execute(f"CREATE VIEW event_disagreements AS {EVENT_DISAGREEMENTS}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP VIEW IF EXISTS event_disagreements")
    op.drop_index("ix_events_disputed_article_count", "events")
    op.drop_column("events", "disputed")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE VIEW event_disagreements AS {OLD_EVENT_DISAGREEMENTS}")
