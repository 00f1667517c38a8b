"""people counts, and indexes for event status and reach

Revision ID: f96ee4f91878
Revises: a1f0c3d9e2b7
Create Date: 2026-11-23 20:40:43.917003

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f96ee4f91878'
down_revision: Union[str, Sequence[str], None] = 'a1f0c3d9e2b7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


PERSON_PROFILE = """
        -- One row per person: names, roles and how much of the news they are in.
        SELECT p.id AS person_id, p.name,
               (SELECT group_concat(alias, '; ') FROM person_aliases WHERE person_id = p.id) AS aliases,
               (SELECT group_concat(DISTINCT role) FROM person_roles WHERE person_id = p.id) AS roles,
               p.article_count, p.mention_count,
               (SELECT count(*) FROM claims WHERE speaker_id = p.id) AS claim_count,
               (SELECT count(DISTINCT event_id) FROM event_participants WHERE person_id = p.id) AS event_count
        FROM people p"""

OLD_PERSON_PROFILE = """
        -- One row per person: names, roles and how much of the news they are in.
        SELECT p.id AS person_id, p.name,
               (SELECT group_concat(alias, '; ') FROM person_aliases WHERE person_id = p.id) AS aliases,
               (SELECT group_concat(DISTINCT role) FROM person_roles WHERE person_id = p.id) AS roles,
               (SELECT count(DISTINCT article_id) FROM person_mentions WHERE person_id = p.id) AS article_count,
               (SELECT count(*) FROM person_mentions WHERE person_id = p.id) AS mention_count,
               (SELECT count(*) FROM claims WHERE speaker_id = p.id) AS claim_count,
               (SELECT count(DISTINCT event_id) FROM event_participants WHERE person_id = p.id) AS event_count
        FROM people p"""


def upgrade() -> None:
    # Plain ALTER TABLE, not batch mode: rebuilding `people` would cascade-delete what refers to it.
    op.create_index("ix_events_article_count", "events", ["article_count"])
    op.create_index("ix_events_status_occurred_on", "events", ["status", "occurred_on"])
    op.add_column("people", sa.Column("article_count", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("people", sa.Column("mention_count", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_people_article_count", "people", ["article_count"])
    op.execute("UPDATE people SET "
               "article_count = (SELECT count(DISTINCT article_id) FROM person_mentions WHERE person_id = people.id), "
               "mention_count = (SELECT count(*) FROM person_mentions WHERE person_id = people.id)")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP VIEW IF EXISTS person_profile")
        op.execute(f"CREATE VIEW person_profile AS {PERSON_PROFILE}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP VIEW IF EXISTS person_profile")
    op.drop_index("ix_people_article_count", "people")
    op.drop_column("people", "mention_count")
    op.drop_column("people", "article_count")
    op.drop_index("ix_events_status_occurred_on", "events")
    op.drop_index("ix_events_article_count", "events")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE VIEW person_profile AS {OLD_PERSON_PROFILE}")
