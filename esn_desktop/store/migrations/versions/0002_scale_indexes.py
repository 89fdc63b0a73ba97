"""Indexes for 100,000 prospects and 500,000 activities: KPI period queries and list sorting.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Sorting 100,000 accounts by an indexed column reads the index in order instead of sorting.
# (0006 moves the index of `size` to `size_floor`, by which the head-count bands sort.)
SORTABLE_ACCOUNT_COLUMNS = ("segment", "sector", "city", "size", "referencing")


def upgrade() -> None:
    op.create_index("ix_activities_kind_date", "activities", ["kind", "activity_date", "status", "owner_id"])
    op.create_index("ix_activities_owner_date", "activities", ["owner_id", "activity_date"])
    op.create_index("ix_opportunities_created", "opportunities", ["created_on"])
    op.create_index("ix_opportunities_closed", "opportunities", ["closed_on"])
    for column in SORTABLE_ACCOUNT_COLUMNS:
        op.create_index(f"ix_accounts_{column}", "accounts", [column])


def downgrade() -> None:
    for column in SORTABLE_ACCOUNT_COLUMNS:
        op.drop_index(f"ix_accounts_{column}", "accounts")
    op.drop_index("ix_opportunities_closed", "opportunities")
    op.drop_index("ix_opportunities_created", "opportunities")
    op.drop_index("ix_activities_owner_date", "activities")
    op.drop_index("ix_activities_kind_date", "activities")
