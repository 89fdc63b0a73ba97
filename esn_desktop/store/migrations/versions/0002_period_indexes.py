"""Indexes for the period queries behind the KPIs, needed at 500,000 activities.

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


def upgrade() -> None:
    op.create_index("ix_activities_kind_date", "activities", ["kind", "activity_date", "status", "owner_id"])
    op.create_index("ix_activities_owner_date", "activities", ["owner_id", "activity_date"])
    op.create_index("ix_opportunities_created", "opportunities", ["created_on"])
    op.create_index("ix_opportunities_closed", "opportunities", ["closed_on"])


def downgrade() -> None:
    op.drop_index("ix_opportunities_closed", "opportunities")
    op.drop_index("ix_opportunities_created", "opportunities")
    op.drop_index("ix_activities_owner_date", "activities")
    op.drop_index("ix_activities_kind_date", "activities")
