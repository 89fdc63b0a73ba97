"""Initial schema: every object of the domain, and opportunities' stage history.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 19:20:22.671286
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


#: Marks the file as an esn-desktop workspace in its SQLite header ('ESND').
APPLICATION_ID = 0x45534E44
#: Marks a PostgreSQL database as one, on Alembic's table (PostgreSQL has no application id).
TEAM_DATABASE_MARK = "esn-desktop workspace"


def _mark_as_ours(*, ours: bool) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID if ours else 0}")
    else:
        mark = f"'{TEAM_DATABASE_MARK}'" if ours else "NULL"
        op.execute(f"COMMENT ON TABLE alembic_version IS {mark}")


def upgrade() -> None:
    _mark_as_ours(ours=True)
    op.create_table(
        "channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channels")),
        sa.UniqueConstraint("name", name=op.f("uq_channels_name")),
    )
    op.create_table(
        "consultants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("daily_cost", sa.Integer(), nullable=True),
        sa.Column("annual_salary", sa.Integer(), nullable=True),
        sa.Column("target_rate", sa.Integer(), nullable=True),
        sa.Column("seniority", sa.String(length=50), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "daily_cost IS NOT NULL OR annual_salary IS NOT NULL", name=op.f("ck_consultants_cost_known")
        ),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name=op.f("ck_consultants_dates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultants")),
        sa.UniqueConstraint("name", name=op.f("uq_consultants_name")),
    )
    op.create_table(
        "salespeople",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_salespeople")),
        sa.UniqueConstraint("name", name=op.f("uq_salespeople_name")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("segment", sa.String(length=50), nullable=True),
        sa.Column("sector", sa.String(length=100), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("potential", sa.Integer(), nullable=True),
        sa.Column(
            "referencing",
            sa.Enum(
                "not_referenced",
                "in_progress",
                "referenced",
                name="referencing",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["channels.id"], name=op.f("fk_accounts_channel_id_channels"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["salespeople.id"],
            name=op.f("fk_accounts_owner_id_salespeople"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("name", name=op.f("uq_accounts_name")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_channel_id"), ["channel_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "channel_costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_channel_costs_dates")),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channels.id"],
            name=op.f("fk_channel_costs_channel_id_channels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_costs")),
    )
    with op.batch_alter_table("channel_costs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_channel_costs_channel_id"), ["channel_id"], unique=False)

    op.create_table(
        "consultant_skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultants.id"],
            name=op.f("fk_consultant_skills_consultant_id_consultants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultant_skills")),
        sa.UniqueConstraint("consultant_id", "skill", name="uq_consultant_skills_skill"),
    )
    op.create_table(
        "leaves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_leaves_dates")),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultants.id"],
            name=op.f("fk_leaves_consultant_id_consultants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leaves")),
    )
    with op.batch_alter_table("leaves", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leaves_consultant_id"), ["consultant_id"], unique=False)

    op.create_table(
        "objectives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salesperson_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_objectives_dates")),
        sa.ForeignKeyConstraint(
            ["salesperson_id"],
            ["salespeople.id"],
            name=op.f("fk_objectives_salesperson_id_salespeople"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objectives")),
    )
    with op.batch_alter_table("objectives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objectives_salesperson_id"), ["salesperson_id"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "decision_maker",
                "buyer",
                "prescriber",
                "user",
                "purchasing",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_contacts_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("account_id", "first_name", "last_name", name="uq_contacts_account_person"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_email"), ["email"], unique=False)

    op.create_table(
        "missions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("daily_rate", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("time_ratio", sa.Integer(), nullable=False),
        sa.Column("unbilled_days", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "ongoing",
                "ended",
                "cancelled",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.CheckConstraint("daily_rate > 0", name=op.f("ck_missions_daily_rate")),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name=op.f("ck_missions_dates")),
        sa.CheckConstraint("time_ratio > 0 AND time_ratio <= 1000000", name=op.f("ck_missions_time_ratio")),
        sa.CheckConstraint("unbilled_days >= 0", name=op.f("ck_missions_unbilled_days")),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_missions_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultants.id"],
            name=op.f("fk_missions_consultant_id_consultants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missions")),
    )
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_missions_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_missions_consultant_id"), ["consultant_id"], unique=False)

    op.create_table(
        "objective_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column(
            "metric",
            sa.Enum(
                "signed_revenue",
                "margin",
                "new_clients",
                "qualified_leads",
                "calls",
                "meetings",
                "proposals",
                name="metric",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.CheckConstraint("target > 0", name=op.f("ck_objective_criteria_target")),
        sa.CheckConstraint("weight > 0", name=op.f("ck_objective_criteria_weight")),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objectives.id"],
            name=op.f("fk_objective_criteria_objective_id_objectives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objective_criteria")),
    )
    with op.batch_alter_table("objective_criteria", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objective_criteria_objective_id"), ["objective_id"], unique=False
        )

    op.create_table(
        "opportunities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "lead",
                "qualified",
                "meeting",
                "proposal",
                "negotiation",
                "won",
                "lost",
                name="stage",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_opportunities_amount")),
        sa.CheckConstraint("probability BETWEEN 0 AND 1000000", name=op.f("ck_opportunities_probability")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_opportunities_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channels.id"],
            name=op.f("fk_opportunities_channel_id_channels"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["salespeople.id"],
            name=op.f("fk_opportunities_owner_id_salespeople"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
        sa.UniqueConstraint("account_id", "title", name="uq_opportunities_account_title"),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunities_channel_id"), ["channel_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunities_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "email",
                "meeting",
                "proposal",
                "follow_up",
                "event",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "done",
                "no_show",
                "cancelled",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("activity_date", sa.Date(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_activities_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_activities_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_activities_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["salespeople.id"],
            name=op.f("fk_activities_owner_id_salespeople"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_account_id"), ["account_id"], unique=False)

    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "lead",
                "qualified",
                "meeting",
                "proposal",
                "negotiation",
                "won",
                "lost",
                name="stage",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_stage_changes_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_changes_opportunity_id"), ["opportunity_id"], unique=False)


def downgrade() -> None:
    _mark_as_ours(ours=False)
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_changes_opportunity_id"))

    op.drop_table("stage_changes")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_account_id"))

    op.drop_table("activities")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunities_owner_id"))
        batch_op.drop_index(batch_op.f("ix_opportunities_channel_id"))

    op.drop_table("opportunities")
    with op.batch_alter_table("objective_criteria", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_criteria_objective_id"))

    op.drop_table("objective_criteria")
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_missions_consultant_id"))
        batch_op.drop_index(batch_op.f("ix_missions_account_id"))

    op.drop_table("missions")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_email"))

    op.drop_table("contacts")
    with op.batch_alter_table("objectives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objectives_salesperson_id"))

    op.drop_table("objectives")
    with op.batch_alter_table("leaves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leaves_consultant_id"))

    op.drop_table("leaves")
    op.drop_table("consultant_skills")
    with op.batch_alter_table("channel_costs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_channel_costs_channel_id"))

    op.drop_table("channel_costs")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_owner_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_name_key"))
        batch_op.drop_index(batch_op.f("ix_accounts_channel_id"))

    op.drop_table("accounts")
    op.drop_table("settings")
    op.drop_table("salespeople")
    op.drop_table("consultants")
    op.drop_table("channels")
