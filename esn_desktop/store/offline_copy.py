"""An offline copy: a team database copied into a workspace file for one login, which remembers
where it comes from and journals what is made in it, to send back later (services/offline.py).

The copy is one repeatable-read snapshot of what the login may read, built under a partial name
and appearing complete or not at all (`new_workspace`). A salesperson's or a viewer's login reads
no cost: its copy holds each consultant with a daily cost of 0 (the file's CHECK wants a cost,
and 0 tells nothing of the real one) and no channel cost.

The file holds, beside the workspace's tables:

- `offline_origin`: the database (URL without password), the login, its role, the server's time
  of the snapshot and the copy's id;
- `offline_journal`: what changed since the copy, written by SQLite triggers in the same
  transaction as the change, whichever service made it: an activity added, an activity changed
  (its content before the first change kept), a plan edited; and any other row touched, to be
  listed as not sent back;
- `offline_plan_base`: each plan's fingerprint at the copy, to tell a plan edited on the server;
- `offline_pending`: what a sync could not send (a conflict), kept for a later sync.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.engine import Connection, RowMapping

from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.store import models as m
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.cipher import Secret
from esn_desktop.store.database import Workspace, new_workspace
from esn_desktop.store.errors import WorkspaceError

#: What an offline copy sends back; every other table's changes are listed as not sent back.
SENT_BACK = ("activities", "action_plans", "action_plan_accounts", "action_plan_rules", "action_plan_pushes")
_PLAN_CHILDREN = ("action_plan_accounts", "action_plan_rules", "action_plan_pushes")
#: An activity's content a no-show mark or a reschedule changes, compared with the server's.
ACTIVITY_CONTENT = ("kind", "status", "activity_date", "start_time", "rescheduled_on", "notes", "account_id")


@dataclass(frozen=True, slots=True)
class OfflineOrigin:
    """Where an offline copy comes from."""

    url: str
    database: str
    login: str
    role: str
    copied_at: datetime
    copy_id: str

    @property
    def sees_costs(self) -> bool:
        """Whether the copy holds the costs (a director's); a salesperson's or a viewer's holds 0s."""
        return self.role == "director"

    def team_database(self) -> TeamDatabase:
        from esn_desktop.store.address import workspace_address

        address = workspace_address(self.url)
        assert isinstance(address, TeamDatabase)
        return address

    def note(self, french: bool = True) -> str:
        """« Copie hors ligne de DB du 02/12/2026 à 09:14 »."""
        if french:
            return (
                f"Copie hors ligne de {self.database} du {self.copied_at:%d/%m/%Y} à {self.copied_at:%H:%M}"
            )
        return f"Offline copy of {self.database} of {self.copied_at:%Y-%m-%d} at {self.copied_at:%H:%M}"


@dataclass(frozen=True, slots=True)
class Pending:
    """An item a sync could not send, kept in the file: its first copy's id and local id keep it
    sent once at most, whatever copy carries it."""

    copy_id: str
    item: str
    local_id: int
    payload: dict[str, Any]
    reason: str

    @property
    def name(self) -> str:
        """How `sync` names it, and how a person names it back to decide it: `plan:3`."""
        return f"{self.item}:{self.local_id}"


_OFFLINE_TABLES = (
    "CREATE TABLE offline_origin (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE offline_journal (tbl TEXT NOT NULL, row_id INTEGER NOT NULL, op TEXT NOT NULL,"
    " before TEXT, PRIMARY KEY (tbl, row_id))",
    "CREATE TABLE offline_plan_base (plan_id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL)",
    "CREATE TABLE offline_pending (copy_id TEXT NOT NULL, item TEXT NOT NULL, local_id INTEGER NOT NULL,"
    " payload TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (copy_id, item, local_id))",
)


def _journal(table: str, row: str, op: str, before: str = "NULL") -> str:
    """The journal's line for a row, unless it has one: the first change keeps the content before.
    (No INSERT OR IGNORE: an outer upsert's conflict handling, an undo's, would override it.)"""
    return (
        f"INSERT INTO offline_journal (tbl, row_id, op, before) SELECT '{table}', {row}, '{op}', {before} "
        f"WHERE NOT EXISTS (SELECT 1 FROM offline_journal WHERE tbl = '{table}' AND row_id = {row});"
    )


def _triggers() -> list[str]:
    before = "json_object(" + ", ".join(f"'{column}', OLD.{column}" for column in ACTIVITY_CONTENT) + ")"
    statements = [
        "CREATE TRIGGER offline_activity_added AFTER INSERT ON activities BEGIN "
        f"{_journal('activities', 'NEW.id', 'insert')} END",
        "CREATE TRIGGER offline_activity_changed AFTER UPDATE ON activities BEGIN "
        f"{_journal('activities', 'OLD.id', 'update', before)} END",
        # One added here and deleted here (an undo) was never there: nothing to send.
        "CREATE TRIGGER offline_activity_deleted AFTER DELETE ON activities BEGIN "
        "DELETE FROM offline_journal WHERE tbl = 'activities' AND row_id = OLD.id AND op = 'insert'; END",
        "CREATE TRIGGER offline_copied_activity_deleted AFTER DELETE ON activities "
        "WHEN OLD.id <= (SELECT CAST(value AS INTEGER) FROM offline_origin WHERE key = 'activities_max') "
        f"BEGIN {_journal('activities', 'OLD.id', 'delete')} END",
    ]
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        statements.append(
            f"CREATE TRIGGER offline_plan_{event.lower()} AFTER {event} ON action_plans BEGIN "
            f"{_journal('action_plans', f'{row}.id', 'edit')} END"
        )
        for child in _PLAN_CHILDREN:
            statements.append(
                f"CREATE TRIGGER offline_{child}_{event.lower()} AFTER {event} ON {child} BEGIN "
                f"{_journal('action_plans', f'{row}.plan_id', 'edit')} END"
            )
    for table in m.Base.metadata.tables:
        if table in SENT_BACK or table == "settings":
            continue
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            statements.append(
                f"CREATE TRIGGER offline_{table}_{event.lower()} AFTER {event} ON {table} BEGIN "
                f"{_journal(table, f'{row}.id', 'other')} END"
            )
    return statements


def make_offline_copy(
    database: TeamDatabase,
    target: Path,
    *,
    passphrase: Secret | None = None,
    pending: Sequence[Pending] = (),
    progress: Progress = no_progress,
) -> tuple[OfflineOrigin, dict[str, int]]:
    """Copies what `database`'s login may read into the new file `target`, with its origin and
    `pending` (what a previous sync kept); the origin and the rows copied, per table. Rows are
    told to `progress` as they are copied (which may cancel: then no file is left)."""
    # Here, not above: reading a copy's origin (kpi, check, the window) loads nothing of PostgreSQL.
    from esn_desktop.store.team_copy import begin_snapshot, copy_tables
    from esn_desktop.store.team_database import connect, team_engine
    from esn_desktop.store.team_roles import TeamRole, role_here
    from esn_desktop.store.versions import editor

    engine = team_engine(database, read_only=True, pooled=False)
    try:
        with connect(engine, database) as source, source.begin():
            begin_snapshot(source, database)
            role = role_here(source, database.database)
            login, now = editor(source)  # the server's clock, in this computer's time
            origin = OfflineOrigin(
                url=database.shown,
                database=database.database,
                login=str(login),
                role=role.value,
                copied_at=now.replace(second=0, microsecond=0),
                copy_id=str(uuid.uuid4()),
            )
            bases = plan_fingerprints(source)
            with new_workspace(target, passphrase=passphrase) as workspace, workspace.engine.begin() as copy:
                copied = copy_tables(
                    source,
                    copy,
                    progress=progress,
                    adjust=partial(_without_costs, role is not TeamRole.DIRECTOR),
                )
                _mark_offline(copy, origin, bases, pending)
    finally:
        engine.dispose()
    return origin, copied


def _without_costs(hidden: bool, table: Table, batch: list[dict[str, Any]]) -> None:
    """A login that reads no cost copies its consultants with a daily cost of 0 (the column is
    required; the view gives none): an offline copy's role says they are hidden, not 0."""
    if hidden and table.name == "consultants":
        for row in batch:
            if row["daily_cost"] is None and row["annual_salary"] is None:
                row["daily_cost"] = Decimal(0)


def _mark_offline(
    copy: Connection, origin: OfflineOrigin, bases: Mapping[int, str], pending: Iterable[Pending]
) -> None:
    for statement in (*_OFFLINE_TABLES, *_triggers()):
        copy.exec_driver_sql(statement)
    fields = {
        "url": origin.url,
        "database": origin.database,
        "login": origin.login,
        "role": origin.role,
        "copied_at": origin.copied_at.isoformat(),
        "copy_id": origin.copy_id,
        # Above it, an activity was made here.
        "activities_max": str(copy.exec_driver_sql("SELECT coalesce(max(id), 0) FROM activities").scalar()),
    }
    copy.execute(
        text("INSERT INTO offline_origin (key, value) VALUES (:key, :value)"),
        [{"key": k, "value": v} for k, v in fields.items()],
    )
    if bases:
        copy.execute(
            text("INSERT INTO offline_plan_base (plan_id, fingerprint) VALUES (:id, :fingerprint)"),
            [{"id": k, "fingerprint": v} for k, v in bases.items()],
        )
    kept = [
        {
            "copy_id": p.copy_id,
            "item": p.item,
            "local_id": p.local_id,
            "payload": json.dumps(p.payload),
            "reason": p.reason,
        }
        for p in pending
    ]
    if kept:
        copy.execute(
            text(
                "INSERT INTO offline_pending (copy_id, item, local_id, payload, reason) "
                "VALUES (:copy_id, :item, :local_id, :payload, :reason)"
            ),
            kept,
        )


def offline_origin(workspace: Workspace) -> OfflineOrigin | None:
    """Where the workspace was copied from, when it is an offline copy."""
    if workspace.team is not None:
        return None
    with workspace.engine.connect() as connection:
        return origin_in(connection)


def required_origin(connection: Connection, path: Path) -> OfflineOrigin:
    """Where the offline copy at `path` comes from; refused in one line for any other workspace."""
    origin = origin_in(connection)
    if origin is None:
        raise WorkspaceError(
            f"{path.name} is not an offline copy: make one with 'esn-desktop offline URL -o FILE.esn'",
            "not_offline",
            file=path.name,
        )
    return origin


def origin_in(connection: Connection) -> OfflineOrigin | None:
    present = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'offline_origin'"
    ).scalar()
    if not present:
        return None
    fields = {str(k): str(v) for k, v in connection.exec_driver_sql("SELECT key, value FROM offline_origin")}
    return OfflineOrigin(
        url=fields["url"],
        database=fields["database"],
        login=fields["login"],
        role=fields["role"],
        copied_at=datetime.fromisoformat(fields["copied_at"]),
        copy_id=fields["copy_id"],
    )


def plan_fingerprints(connection: Connection, plan_ids: Iterable[int] | None = None) -> dict[int, str]:
    """Each plan's content (its goal, notes, targets, rules and pushes, without ids), hashed: the
    same on both engines for the same content."""
    plans = m.Base.metadata.tables["action_plans"]
    query = select(plans)
    if plan_ids is not None:
        query = query.where(plans.c.id.in_(list(plan_ids)))
    found: dict[int, str] = {}
    for plan in connection.execute(query).mappings():
        found[plan["id"]] = fingerprint(plan_content(connection, plan))
    return found


def plan_content(connection: Connection, plan: Mapping[str, Any] | RowMapping) -> dict[str, Any]:
    """A plan and its children as plain values, without ids, its children in the order the person
    put them (which a plan sent back keeps)."""
    content: dict[str, Any] = {
        "salesperson_id": plan["salesperson_id"],
        "month": plain(plan["month"]),
        "revenue_goal": plain(plan["revenue_goal"]),
        "notes": plan["notes"],
    }
    for child in _PLAN_CHILDREN:
        table = m.Base.metadata.tables[child]
        rows = connection.execute(
            select(table).where(table.c.plan_id == plan["id"]).order_by(table.c.id)
        ).mappings()
        content[child] = [{k: plain(v) for k, v in row.items() if k not in ("id", "plan_id")} for row in rows]
    return content


def fingerprint(content: Mapping[str, Any]) -> str:
    """What two engines compare of a plan: its children as a set (their ids differ by engine)."""
    # Sorted as copies made before kept them (their fingerprints stay the same).
    children = {
        child: sorted(content[child], key=lambda row: json.dumps(row, sort_keys=True))
        for child in _PLAN_CHILDREN
    }
    return hashlib.sha256(json.dumps({**content, **children}, sort_keys=True).encode()).hexdigest()


def plain(value: Any) -> Any:
    """A column's value as JSON holds it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def typed(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """`row` read back from JSON (or SQLite's own text) with each column's Python type."""
    result: dict[str, Any] = {}
    for key, value in row.items():
        result[key] = (
            value if value is None or key not in table.c else _typed(table.c[key].type.python_type, value)
        )
    return result


def _typed(kind: type, value: Any) -> Any:
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if kind is time and isinstance(value, str):
        return time.fromisoformat(value)
    if kind is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind is Decimal:
        return Decimal(str(value))
    if issubclass(kind, Enum):
        return kind(value)
    return value
