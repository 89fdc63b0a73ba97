"""The register of erasures: the date and kind of each person forgotten, never the person.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("erased_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("erasures")
