"""Versions on what two people may edit at once; 64-bit money in a team's database.

Accounts, opportunities and missions gain a version (raised by each change), who changed them
last and when: a save made on an older version is refused, not written over another's
(store/versions.py). In a file, SQLite adds these columns in place.

Activities get an index on their contact (an erasure deletes many contacts at once).

A salesperson may be a login of a team database (`salespeople.login`): what they write there is
theirs (store/team_roles.py); a file leaves it empty.

On PostgreSQL, every table tells the open windows it changed: a statement-level trigger sends
`NOTIFY esn_changes` with the table's name and the writer's application name, delivered at
commit (store/team_listener.py). And money columns (integer cents) become 64-bit: PostgreSQL's
INTEGER stops at 21 million euros, which a firm's revenue goal or a framework contract passes;
SQLite's integers are 64-bit already.

And a team database keeps what each offline copy sent back (`esn_offline.sent`: copy id, item,
local id -> server id, written in the sync's own transaction), so a sync run twice, or killed
after its commit, sends nothing twice (services/offline.py). In its own schema, each login reading
and writing only its rows; the app's models never name it.

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
#: Every table of the schema at this revision.
TABLES = (
    "accounts",
    "action_plan_accounts",
    "action_plan_pushes",
    "action_plan_rules",
    "action_plans",
    "activities",
    "channel_costs",
    "channels",
    "consultant_skills",
    "consultants",
    "contacts",
    "erasures",
    "leaves",
    "missions",
    "objective_criteria",
    "objectives",
    "opportunities",
    "salespeople",
    "settings",
    "slot_holds",
    "stage_changes",
)
NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION esn_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('esn_changes', TG_TABLE_NAME || ' ' || current_setting('application_name'));
    RETURN NULL;
END
$$
"""
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

#: What offline copies sent back: one row per item, never two (the primary key).
OFFLINE_SENT = (
    "CREATE SCHEMA IF NOT EXISTS esn_offline",
    "CREATE TABLE esn_offline.sent ("
    " copy_id VARCHAR(36) NOT NULL, item VARCHAR(20) NOT NULL, local_id INTEGER NOT NULL,"
    " server_id INTEGER, login VARCHAR(63) NOT NULL DEFAULT current_user,"
    " sent_at TIMESTAMP NOT NULL DEFAULT localtimestamp,"
    " CONSTRAINT pk_sent PRIMARY KEY (copy_id, item, local_id))",
    "ALTER TABLE esn_offline.sent ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY esn_own ON esn_offline.sent FOR ALL TO PUBLIC"
    " USING (login = current_user) WITH CHECK (login = current_user)",
    "GRANT USAGE ON SCHEMA esn_offline TO PUBLIC",
    "GRANT SELECT, INSERT ON esn_offline.sent TO PUBLIC",
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
    # Deleting a contact finds its activities through it (ON DELETE SET NULL): an erasure of
    # thousands of contacts no longer needs an index of its own, which a team's salesperson or
    # a director who does not own the table could not make.
    op.create_index("ix_activities_contact_id", "activities", ["contact_id"])
    if op.get_bind().dialect.name == "postgresql":
        for table, column in MONEY_COLUMNS:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())
        op.execute(NOTIFY_FUNCTION)
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER esn_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION esn_notify_change()"
            )
        for statement in OFFLINE_SENT:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The roles' views without costs (store/team_roles.py) read these tables: PostgreSQL
        # would refuse to alter them.
        op.execute("DROP SCHEMA IF EXISTS esn_limited CASCADE")
        op.execute("DROP SCHEMA IF EXISTS esn_offline CASCADE")
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS esn_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS esn_notify_change()")
        for table, column in MONEY_COLUMNS:
            op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
    op.drop_index("ix_activities_contact_id", "activities")
    op.drop_index("ix_salespeople_login", "salespeople")
    with op.batch_alter_table("salespeople") as batch:
        batch.drop_column("login")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
            batch.drop_column("version")
