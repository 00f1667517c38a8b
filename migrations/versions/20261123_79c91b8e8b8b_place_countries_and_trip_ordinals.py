"""place countries and trip ordinals

Revision ID: 79c91b8e8b8b
Revises: 015cfed2d00d
Create Date: 2026-11-23 22:05:37.906405

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from factstore.places import country_of, disagree


# revision identifiers, used by Alembic.
revision: str = '79c91b8e8b8b'
down_revision: Union[str, Sequence[str], None] = '015cfed2d00d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


# Readings of the date and the place, as revision 8c4b3c641163 made them.
DATE_AND_PLACE_READINGS = """
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

# Which trip a visit is: each phrase, where the reports give more than one number.
ORDINAL_READINGS = """
        UNION ALL
        SELECT m.event_id, e.event_type, 'ordinal', m.ordinal_text, count(*), group_concat(DISTINCT a.source_file)
        FROM events e CROSS JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        WHERE e.disputed = 1 AND m.ordinal IS NOT NULL AND e.id IN (
            SELECT event_id FROM event_mentions WHERE event_id = e.id
            GROUP BY event_id HAVING count(DISTINCT ordinal) > 1)
        GROUP BY m.event_id, m.ordinal_text"""


def upgrade() -> None:
    with op.batch_alter_table("event_mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ordinal", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("ordinal_start_char", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("ordinal_end_char", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("ordinal_text", sa.String(length=255), nullable=True))
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_places_country"), ["country"], unique=False)

    bind = op.get_bind()
    for place_id, name in bind.execute(sa.text("SELECT id, name FROM places")).all():
        bind.execute(sa.text("UPDATE places SET country = :country WHERE id = :id"),
                     {"country": country_of(name), "id": place_id})
    # "Iran" and "Tehran" no longer disagree: recount which events do.
    places: dict[int, list[str]] = {}
    for event_id, name in bind.execute(sa.text(
            "SELECT DISTINCT m.event_id, pl.name FROM event_mentions m JOIN places pl ON pl.id = m.place_id")):
        places.setdefault(event_id, []).append(name)
    for event_id, names in places.items():
        dates = bind.execute(sa.text("SELECT count(DISTINCT occurred_on) FROM event_mentions WHERE event_id = :id"),
                             {"id": event_id}).scalar()
        bind.execute(sa.text("UPDATE events SET disputed = :disputed WHERE id = :id"),
                     {"disputed": dates > 1 or disagree(names), "id": event_id})
    if bind.dialect.name == "sqlite":
        op.execute("DROP VIEW IF EXISTS event_disagreements")
        readings = DATE_AND_PLACE_READINGS.replace("date or place", "date, place or trip number")
        op.execute(f"CREATE VIEW event_disagreements AS {readings}{ORDINAL_READINGS}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP VIEW IF EXISTS event_disagreements")
        op.execute(f"CREATE VIEW event_disagreements AS {DATE_AND_PLACE_READINGS}")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_country"))
        batch_op.drop_column("country")
    with op.batch_alter_table("event_mentions", schema=None) as batch_op:
        batch_op.drop_column("ordinal_text")
        batch_op.drop_column("ordinal_end_char")
        batch_op.drop_column("ordinal_start_char")
        batch_op.drop_column("ordinal")
