"""An index that counts each salesperson's done activities of a kind over an objective's dates.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_activities_owner_kind_status_date", "activities", ["owner_id", "kind", "status", "activity_date"]
    )


def downgrade() -> None:
    op.drop_index("ix_activities_owner_kind_status_date", "activities")
