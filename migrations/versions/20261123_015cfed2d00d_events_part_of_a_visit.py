"""events part of a visit

Revision ID: 015cfed2d00d
Revises: 8c4b3c641163
Create Date: 2026-11-23 21:58:31.583251

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '015cfed2d00d'
down_revision: Union[str, Sequence[str], None] = '8c4b3c641163'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("part_of_event_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_events_part_of_event_id"), ["part_of_event_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_events_part_of_event_id_events"), "events",
                                    ["part_of_event_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_events_part_of_event_id_events"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_events_part_of_event_id"))
        batch_op.drop_column("part_of_event_id")
