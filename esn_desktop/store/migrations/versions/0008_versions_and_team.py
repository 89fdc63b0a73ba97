"""Versions on what two people may edit at once; 64-bit money in a team's database.

Accounts, opportunities and missions gain a version (raised by each change), who changed them
last and when: a save made on an older version is refused, not written over another's
(services/concurrency.py). In a file, SQLite adds these columns in place.

A salesperson may be a login of a team database (`salespeople.login`): what they write there is
theirs (store/team_roles.py); a file leaves it empty.

On PostgreSQL, money columns (integer cents) become 64-bit: its INTEGER stops at 21 million
euros, which a firm's revenue goal or a framework contract passes; SQLite's integers are
64-bit already.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

VERSIONED = ("accounts", "opportunities", "missions")
#: As they were when this revision was written: a migration never follows later code.
MONEY_COLUMNS = (
    ("channel_costs", "amount"),
    ("accounts", "potential"),
    ("opportunities", "amount"),
    ("consultants", "daily_cost"),
    ("consultants", "annual_salary"),
    ("consultants", "target_rate"),
    ("missions", "daily_rate"),
    ("objective_criteria", "target"),
    ("action_plans", "revenue_goal"),
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("changed_by", sa.String(length=200), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("salespeople") as batch:
        batch.add_column(sa.Column("login", sa.String(length=63), nullable=True))
    op.create_index("ix_salespeople_login", "salespeople", ["login"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        for table, column in MONEY_COLUMNS:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in MONEY_COLUMNS:
            op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
    op.drop_index("ix_salespeople_login", "salespeople")
    with op.batch_alter_table("salespeople") as batch:
        batch.drop_column("login")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
            batch.drop_column("version")
