"""Monthly action plans: target accounts, actions per segment, opportunities to push, notes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


#: As they were when this revision was written: a migration never follows later code.
ACTIVITY_KINDS = ("call", "email", "meeting", "proposal", "follow_up", "event")


def _plan_id() -> sa.Column[int]:
    return sa.Column(
        "plan_id", sa.Integer(), sa.ForeignKey("action_plans.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "action_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "salesperson_id",
            sa.Integer(),
            sa.ForeignKey("salespeople.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("revenue_goal", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.UniqueConstraint("salesperson_id", "month", name="uq_action_plans_salesperson_month"),
        sa.CheckConstraint("revenue_goal IS NULL OR revenue_goal >= 0", name="revenue_goal"),
    )
    op.create_table(
        "action_plan_accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _plan_id(),
        sa.Column(
            "account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.UniqueConstraint("plan_id", "account_id", name="uq_action_plan_accounts_plan_account"),
    )
    op.create_index("ix_action_plan_accounts_account_id", "action_plan_accounts", ["account_id"])
    op.create_table(
        "action_plan_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        _plan_id(),
        sa.Column("segment", sa.String(50), nullable=False),
        sa.Column("kind", _enum("kind", ACTIVITY_KINDS), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("per", _enum("per", ("month", "quarter", "year")), nullable=False),
        sa.CheckConstraint("count > 0", name="count"),
    )
    op.create_index("ix_action_plan_rules_plan_id", "action_plan_rules", ["plan_id"])
    op.create_table(
        "action_plan_pushes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _plan_id(),
        sa.Column(
            "opportunity_id",
            sa.Integer(),
            sa.ForeignKey("opportunities.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("next_step", sa.String(300), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.UniqueConstraint("plan_id", "opportunity_id", name="uq_action_plan_pushes_plan_opportunity"),
    )
    op.create_index("ix_action_plan_pushes_opportunity_id", "action_plan_pushes", ["opportunity_id"])


def downgrade() -> None:
    op.drop_table("action_plan_pushes")
    op.drop_table("action_plan_rules")
    op.drop_table("action_plan_accounts")
    op.drop_table("action_plans")
