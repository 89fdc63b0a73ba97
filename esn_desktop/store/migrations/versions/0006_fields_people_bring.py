"""Fields people bring from their CRM: a contact's job title and mobile; an account's head count
as a band ("11-50") with the floor it sorts by, its switchboard and its generic mailbox.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# No batch copy of `accounts`: the migration runs with foreign keys on, and dropping the old
# table would cascade into every contact, deal and activity. SQLite (3.35 and later) adds,
# drops and renames a column in place; 100,000 accounts take well under a second.


def upgrade() -> None:
    op.add_column("contacts", sa.Column("job_title", sa.String(length=200), nullable=True))
    op.add_column("contacts", sa.Column("mobile", sa.String(length=50), nullable=True))
    op.add_column("accounts", sa.Column("phone", sa.String(length=50), nullable=True))
    op.add_column("accounts", sa.Column("email", sa.String(length=320), nullable=True))
    op.add_column("accounts", sa.Column("size_floor", sa.Integer(), nullable=True))
    op.add_column("accounts", sa.Column("size_text", sa.String(length=50), nullable=True))
    # A number of people is its own band ("250") and floor (250): domain.headcount's written form.
    op.execute("UPDATE accounts SET size_floor = size, size_text = CAST(size AS TEXT) WHERE size IS NOT NULL")
    op.drop_index("ix_accounts_size", "accounts")
    op.execute("ALTER TABLE accounts DROP COLUMN size")
    op.execute("ALTER TABLE accounts RENAME COLUMN size_text TO size")
    op.create_index("ix_accounts_size_floor", "accounts", ["size_floor"])


def downgrade() -> None:
    # A band goes back to the number it starts at ("11-50" -> 11): what the old column holds.
    op.drop_index("ix_accounts_size_floor", "accounts")
    op.add_column("accounts", sa.Column("size_number", sa.Integer(), nullable=True))
    op.execute("UPDATE accounts SET size_number = size_floor")
    for column in ("size", "size_floor", "email", "phone"):
        op.execute(f"ALTER TABLE accounts DROP COLUMN {column}")
    op.execute("ALTER TABLE accounts RENAME COLUMN size_number TO size")
    op.create_index("ix_accounts_size", "accounts", ["size"])
    for column in ("mobile", "job_title"):
        op.execute(f"ALTER TABLE contacts DROP COLUMN {column}")
