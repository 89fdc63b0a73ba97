"""Rescheduling no-shows: a planned activity's time, a no-show answered by phone, slots held.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns only: SQLite adds them in place, without copying 500,000 activities.
    with op.batch_alter_table("activities") as batch:
        batch.add_column(sa.Column("start_time", sa.Time(), nullable=True))
        batch.add_column(sa.Column("rescheduled_on", sa.Date(), nullable=True))
    op.create_table(
        "slot_holds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "no_show_id", sa.Integer(), sa.ForeignKey("activities.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_slot_holds_no_show_id", "slot_holds", ["no_show_id"])


def downgrade() -> None:
    op.drop_table("slot_holds")
    with op.batch_alter_table("activities") as batch:
        batch.drop_column("rescheduled_on")
        batch.drop_column("start_time")
