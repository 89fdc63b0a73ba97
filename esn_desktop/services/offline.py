"""Working offline on a copy of the team database, and sending back what was made there.

What goes back: activities logged, an activity's no-show mark or reschedule (any change of an
activity that was in the copy), and action-plan edits. The file knows them from its journal
(store/offline_copy.py), written by SQLite triggers in the change's own transaction. Other edits
made offline (accounts, contacts, deals, missions...) are not refused; they are listed by `sync`
as not sent back, and the refreshed copy no longer holds them.

`sync` sends them in ONE server transaction, each item in a savepoint of its own: an item the
server cannot take (a conflict, or a write its row-level security refuses) is listed and kept in
the file, never dropped nor written over the team's change. The server records, in that same
transaction, each item sent (`esn_offline.sent`: copy id, item, local id -> server id): a sync run
twice, or killed between its commit and the file's refresh, sends nothing twice. Then the file is
replaced by a new snapshot (same passphrase), holding what was kept.

A kept item is decided by the person, not listed forever: `sync` names each (`plan:3`), and a
later sync given `theirs` drops those (the refreshed copy holds the team's version), given `mine`
sends those over the team's version (an activity change, a plan: what has one); either way it is
sent once at most.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.services.no_shows import reminder_notes
from esn_desktop.store import models as m
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.cipher import Secret
from esn_desktop.store.database import Workspace
from esn_desktop.store.lock import WorkspaceLock, lock_path_for
from esn_desktop.store.offline_copy import (
    ACTIVITY_CONTENT,
    OfflineOrigin,
    Pending,
    fingerprint,
    make_offline_copy,
    offline_origin,
    origin_in,
    plain,
    plan_content,
    required_origin,
    typed,
)
from esn_desktop.store.places import open_workspace_at

ACTIVITIES = m.Base.metadata.tables["activities"]
PLANS = m.Base.metadata.tables["action_plans"]
#: What an item is called in the summary: one, several.
_NAMES = {
    "activity": ("activity", "activities"),
    "activity-mark": ("activity change", "activity changes"),
    "plan": ("plan", "plans"),
}
_RECORD = text(
    "INSERT INTO esn_offline.sent (copy_id, item, local_id, server_id) VALUES (:copy, :item, :local, :server)"
)
_SENT = text(
    "SELECT server_id FROM esn_offline.sent WHERE copy_id = :copy AND item = :item AND local_id = :local"
)


def copy_for_offline(
    database: TeamDatabase, target: Path, *, passphrase: Secret | None, progress: Progress = no_progress
) -> OfflineOrigin:
    """The window's File > Work offline…: what the login of `database` may read, copied into the
    new file `target` (encrypted with `passphrase`), its rows told to `progress`."""
    return make_offline_copy(database, target, passphrase=passphrase, progress=progress)[0]


def offline_copy_of(workspace: Workspace) -> OfflineOrigin | None:
    """Where the open workspace was copied from, and when: None unless it is an offline copy."""
    return offline_origin(workspace)


class _Conflict(Exception):
    """An item the server's state does not take: its reason, said to the person, and its key (the
    window words each in its language: ui/offline_sync.py)."""

    def __init__(self, key: str, said: str) -> None:
        super().__init__(said)
        self.key = key


#: The kept items whose version may be sent over the team's (`mine`): what the team has one of.
MINE_ALLOWED = ("activity-mark", "plan")
#: What a change kept because its meeting was deleted on the server says of it (`_Conflict`).
_DELETED_ON_SERVER = ": deleted on the server;"


def mine_allowed(item: Pending) -> bool:
    """Whether this kept item's version can be sent over the team's: the team has one (a plan, or a
    meeting's change whose meeting is still there; a deleted plan is made again)."""
    if item.item not in MINE_ALLOWED:
        return False
    return not (item.item == "activity-mark" and _DELETED_ON_SERVER in item.reason)


@dataclass(frozen=True, slots=True)
class Kept:
    """An item a sync kept in the file: its name (`plan:3`), why (a key, and the English line the
    command prints) and what it is (`Pending.payload`: its `what`, for the window's words)."""

    name: str
    item: str
    key: str
    line: str
    payload: dict[str, Any]

    @property
    def mine_allowed(self) -> bool:
        """Whether `mine` can send it over the team's version: the team has one to write over
        (not a new activity, nor a change of a meeting deleted there, nor what the server refused)."""
        return self.item in MINE_ALLOWED and self.key not in ("refused", "deleted_on_server")


@dataclass(slots=True)
class Outbox:
    """What an offline copy has to send back, read from its journal."""

    origin: OfflineOrigin
    items: list[Pending] = field(default_factory=list)
    not_sent: list[str] = field(default_factory=list)
    #: What `not_sent` says, for the window's words: changes by table, and deletions.
    others: Counter[str] = field(default_factory=Counter)
    deletions: int = 0

    @property
    def to_send(self) -> int:
        """How many items it sends (the kept ones included)."""
        return len(self.items)


@dataclass(slots=True)
class SyncReport:
    sent: Counter[str] = field(default_factory=Counter)
    #: Items a previous sync had sent already (killed before its refresh): not sent again.
    already: int = 0
    conflicts: list[str] = field(default_factory=list)
    #: The conflicts, each with its name and reason key.
    kept: list[Kept] = field(default_factory=list)
    #: Kept items dropped as asked (`theirs`): the team's version stays, and the refreshed copy has it.
    dropped: list[Kept] = field(default_factory=list)
    #: Kept items sent over the team's version as asked (`mine`); counted in `sent` too.
    forced: list[Kept] = field(default_factory=list)
    not_sent: list[str] = field(default_factory=list)
    others: Counter[str] = field(default_factory=Counter)
    deletions: int = 0
    refreshed: OfflineOrigin | None = None
    rows: int = 0

    def summary(self) -> str:
        parts = [f"{n} {_NAMES[item][0 if n == 1 else 1]}" for item, n in sorted(self.sent.items()) if n] or [
            "nothing new"
        ]
        said = ", ".join(parts)
        if self.already:
            said += f" ({self.already} sent by an earlier sync, not again)"
        return said


def read_outbox(path: Path, passphrase: Secret | None) -> Outbox:
    """What the offline copy at `path` sends back. Opened for writing: the window or another
    command writing it meanwhile is refused in one line."""
    with (
        open_workspace_at(path, write=True, passphrase=passphrase) as workspace,
        workspace.engine.connect() as c,
    ):
        return _outbox(c, required_origin(c, path))


def outbox_of(workspace: Workspace) -> Outbox | None:
    """What the open offline copy `workspace` would send back (the window's count of it); None for
    any other workspace."""
    if workspace.team is not None:
        return None
    with workspace.engine.connect() as c:
        origin = origin_in(c)
        return None if origin is None else _outbox(c, origin)


def _outbox(c: Connection, origin: OfflineOrigin) -> Outbox:
    outbox = Outbox(origin)
    for copy_id, item, local_id, payload, reason in c.exec_driver_sql(
        "SELECT copy_id, item, local_id, payload, reason FROM offline_pending ORDER BY rowid"
    ):
        outbox.items.append(Pending(copy_id, item, local_id, json.loads(payload), reason))
    others = outbox.others
    bases: dict[int, str] = dict(
        c.exec_driver_sql("SELECT plan_id, fingerprint FROM offline_plan_base").all()
    )
    journal = c.exec_driver_sql("SELECT tbl, row_id, op, before FROM offline_journal ORDER BY rowid").all()
    for table, row_id, op, before in journal:
        if table == "activities":
            _activity_item(c, outbox, row_id, op, before)
        elif table == "action_plans":
            _plan_item(c, outbox, row_id, bases.get(row_id))
        else:
            others[table] += 1
    for table, n in sorted(others.items()):
        outbox.not_sent.append(
            f"{n} change{'s' if n > 1 else ''} to {table}: edits of {table} are not sent back from an "
            "offline copy"
        )
    return outbox


def _activity_item(c: Connection, outbox: Outbox, row_id: int, op: str, before: str | None) -> None:
    row = c.execute(select(ACTIVITIES).where(ACTIVITIES.c.id == row_id)).mappings().first()
    if row is None:
        if op != "insert":
            outbox.not_sent.append(f"activity #{row_id} deleted offline: deletions are not sent back")
            outbox.deletions += 1
        return
    if op == "delete":
        return  # deleted here, then put back (an undo): as it was
    values = {k: plain(v) for k, v in row.items()}
    said, what = _said_activity(c, row)
    if op == "insert":
        del values["id"]  # the server gives its own
        outbox.items.append(
            Pending(
                outbox.origin.copy_id, "activity", row_id, {"row": values, "said": said, "what": what}, ""
            )
        )
    else:
        was = typed(ACTIVITIES, json.loads(before or "{}"))
        if all(plain(was.get(c)) == values[c] for c in ACTIVITY_CONTENT):
            return  # changed, then put back as it was (an undo): nothing to send
        payload = {"row": values, "before": json.loads(before or "{}"), "said": said, "what": what}
        outbox.items.append(Pending(outbox.origin.copy_id, "activity-mark", row_id, payload, ""))


def _said_activity(c: Connection, row: Any) -> tuple[str, dict[str, Any]]:
    """The activity in the command's words, and what the window says it with."""
    account = None
    if row["account_id"] is not None:
        account = c.execute(select(m.Account.name).where(m.Account.id == row["account_id"])).scalar()
    kind = str(plain(row["kind"])).replace("_", "-")
    said = f"the {kind} of {row['activity_date'].isoformat()}" + (f" with {account}" if account else "")
    return said, {"kind": plain(row["kind"]), "date": row["activity_date"].isoformat(), "account": account}


def _plan_item(c: Connection, outbox: Outbox, plan_id: int, base: str | None) -> None:
    plan = c.execute(select(PLANS).where(PLANS.c.id == plan_id)).mappings().first()
    if plan is None:
        if base is None:
            return  # made here and taken back here (an undo): nothing to send
        outbox.not_sent.append(f"plan #{plan_id} deleted offline: deletions are not sent back")
        outbox.deletions += 1
        return
    name = c.execute(select(m.Salesperson.name).where(m.Salesperson.id == plan["salesperson_id"])).scalar()
    said = f"the plan of {name} for {plan['month']:%Y-%m}"
    what = {"salesperson": name, "month": f"{plan['month']:%Y-%m}"}
    payload = {"content": plan_content(c, plan), "base": base, "said": said, "what": what}
    outbox.items.append(Pending(outbox.origin.copy_id, "plan", plan_id, payload, ""))


def sync(
    path: Path,
    database: TeamDatabase,
    *,
    passphrase: Secret | None,
    refresh: bool = True,
    theirs: Collection[str] = (),
    mine: Collection[str] = (),
) -> SyncReport:
    """Sends what the offline copy at `path` holds to `database` (its origin, logged in), then
    replaces the file by a new snapshot holding what was kept. The kept items named in `theirs`
    are dropped, those in `mine` sent over the team's version; a name that is not one of them,
    or one `mine` cannot send over anything, is refused in one line before anything is sent."""
    outbox = read_outbox(path, passphrase)
    _check_decisions(path, outbox, theirs, mine)
    # Held until the file is replaced: the window cannot open the copy being refreshed.
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        return _send(
            path, database, outbox, passphrase=passphrase, refresh=refresh, theirs=set(theirs), mine=set(mine)
        )
    finally:
        lock.release()


def _check_decisions(path: Path, outbox: Outbox, theirs: Collection[str], mine: Collection[str]) -> None:
    kept = {p.name: p for p in outbox.items if p.reason}
    for name in (*theirs, *mine):
        if name not in kept:
            known = ", ".join(sorted(kept)) or "none"
            raise EsnError(
                f"{name} is not an item kept in {path.name} (kept: {known}); "
                f"'esn-desktop sync {path.name}' lists them"
            )
    both = sorted(set(theirs) & set(mine))
    if both:
        raise EsnError(f"{both[0]} is given both --theirs and --mine: choose one")
    for name in mine:
        if kept[name].item not in MINE_ALLOWED:
            raise EsnError(
                f"{name} is a new activity: the team has no version of it to write over; "
                "--theirs drops it, or sync later"
            )
        if not mine_allowed(kept[name]):
            raise EsnError(
                f"{name}: the meeting was deleted on the server, there is nothing to write over; "
                "--theirs drops it"
            )


def _send(
    path: Path,
    database: TeamDatabase,
    outbox: Outbox,
    *,
    passphrase: Secret | None,
    refresh: bool,
    theirs: Collection[str] = (),
    mine: Collection[str] = (),
) -> SyncReport:
    from esn_desktop.store.team_database import connect, team_engine

    report = SyncReport(not_sent=list(outbox.not_sent), others=outbox.others, deletions=outbox.deletions)
    kept: list[Pending] = []
    engine = team_engine(database, read_only=False, pooled=False)
    try:
        with connect(engine, database) as server, server.begin():
            # Changes first: a reminder a no-show mark made goes with it, or stays with it.
            held_marks: set[tuple[Any, ...]] = set()
            #: No-show marks dropped (`theirs`): their reminders go with them.
            dropped_marks: set[tuple[Any, ...]] = set()
            for item in sorted(outbox.items, key=lambda item: item.item != "activity-mark"):
                params = {"copy": item.copy_id, "item": item.item, "local": item.local_id}
                if server.execute(_SENT, params).first() is not None:
                    report.already += 1
                    continue
                decided = item.name if item.reason else None  # kept by an earlier sync: decided?
                reminder = _reminder_of(item.payload["row"]) if item.item == "activity" else None
                if decided in theirs or (reminder is not None and reminder in dropped_marks):
                    report.dropped.append(
                        Kept(item.name, item.item, "theirs", item.payload["said"], item.payload)
                    )
                    if item.item == "activity-mark":  # a plan has no row, only its content
                        row = item.payload["row"]
                        if row["status"] == ActivityStatus.NO_SHOW.value:
                            dropped_marks.update(_marked(row))
                    continue
                force = decided in mine
                kept_before = len(kept)
                savepoint = server.begin_nested()
                try:
                    if item.item == "activity" and _reminder_of(item.payload["row"]) in held_marks:
                        raise _Conflict(
                            "reminder_kept",
                            f"{item.payload['said']}: the reminder of a no-show mark kept; kept with it",
                        )
                    server_id = _SENDERS[item.item](server, item.payload, force)
                    server.execute(_RECORD, {**params, "server": server_id})
                    savepoint.commit()
                    report.sent[item.item] += 1
                    if force:
                        report.forced.append(
                            Kept(item.name, item.item, "mine", item.payload["said"], item.payload)
                        )
                except _Conflict as why:
                    savepoint.rollback()
                    kept.append(_kept(item, str(why)))
                    report.kept.append(Kept(item.name, item.item, why.key, str(why), item.payload))
                except DBAPIError as error:
                    savepoint.rollback()
                    reason = str(error.orig).strip().splitlines()[0]
                    line = f"{item.payload['said']}: refused by the server ({reason})"
                    kept.append(_kept(item, line))
                    report.kept.append(Kept(item.name, item.item, "refused", line, item.payload))
                if item.item == "activity-mark" and len(kept) > kept_before:
                    row = item.payload["row"]
                    if row["status"] == ActivityStatus.NO_SHOW.value:
                        held_marks.update(_marked(row))
    finally:
        engine.dispose()
    report.conflicts = [p.reason for p in kept]
    if refresh:
        report.refreshed, report.rows = refresh_copy(path, database, passphrase=passphrase, pending=kept)
    return report


def _marked(row: dict[str, Any]) -> set[tuple[Any, ...]]:
    """What the reminder of a no-show marked on `row` holds (services/no_shows.py `mark_no_show`),
    in each form its note has had."""
    missed = date.fromisoformat(row["activity_date"])
    return {(row["account_id"], row["owner_id"], note) for note in reminder_notes(missed)}


def _reminder_of(row: dict[str, Any]) -> tuple[Any, ...] | None:
    """The no-show mark the activity `row` is the reminder of, as `_marked` says it; None for others."""
    if row["kind"] != ActivityKind.FOLLOW_UP.value:
        return None
    return (row["account_id"], row["owner_id"], row["notes"])


def _kept(item: Pending, reason: str) -> Pending:
    return Pending(item.copy_id, item.item, item.local_id, item.payload, reason)


def refresh_copy(
    path: Path, database: TeamDatabase, *, passphrase: Secret | None, pending: list[Pending]
) -> tuple[OfflineOrigin, int]:
    """`path` replaced by a new snapshot of `database`, with `pending` kept: built beside it, then
    moved over it in one rename."""
    fresh = path.with_name(f".{path.stem}-refresh-{uuid.uuid4().hex[:8]}{path.suffix}")
    origin, copied = make_offline_copy(database, fresh, passphrase=passphrase, pending=pending)
    fresh.replace(path)
    lock_path_for(fresh).unlink(missing_ok=True)
    return origin, sum(copied.values())


def _exists(server: Connection, table: str, row_id: int) -> bool:
    return server.execute(text(f"SELECT 1 FROM {table} WHERE id = :id"), {"id": row_id}).first() is not None


def _send_activity(server: Connection, payload: dict[str, Any], _force: bool) -> int:
    row = typed(ACTIVITIES, payload["row"])
    said = payload["said"]
    if row["account_id"] is not None and not _exists(server, "accounts", row["account_id"]):
        raise _Conflict("account_deleted", f"{said}: its account was deleted on the server; kept in the file")
    if row["opportunity_id"] is not None and not _exists(server, "opportunities", row["opportunity_id"]):
        raise _Conflict("deal_deleted", f"{said}: its deal was deleted on the server; kept in the file")
    for key, table in (("contact_id", "contacts"), ("owner_id", "salespeople")):
        if row[key] is not None and not _exists(server, table, row[key]):
            row[key] = None  # as the server's ON DELETE SET NULL would have left it
    return int(server.execute(ACTIVITIES.insert().values(row).returning(ACTIVITIES.c.id)).scalar_one())


def _send_activity_change(server: Connection, payload: dict[str, Any], force: bool) -> int:
    said = payload["said"]
    row_id = payload["row"].get("id")
    local = typed(ACTIVITIES, payload["row"])
    before = typed(ACTIVITIES, payload["before"])
    current = (
        server.execute(select(ACTIVITIES).where(ACTIVITIES.c.id == row_id).with_for_update())
        .mappings()
        .first()
        if row_id is not None
        else None
    )
    if current is None:
        raise _Conflict("deleted_on_server", f"{said}{_DELETED_ON_SERVER} your change kept in the file")
    changed = [c for c in ACTIVITY_CONTENT if plain(current[c]) != plain(before.get(c))]
    if changed and not force:
        raise _Conflict(
            "changed_on_server",
            f"{said}: changed on the server since the copy ({', '.join(changed)}); "
            "your change kept in the file",
        )
    fields = {c: local[c] for c in ("status", "activity_date", "start_time", "rescheduled_on", "notes")}
    server.execute(ACTIVITIES.update().where(ACTIVITIES.c.id == row_id).values(fields))
    return int(row_id)


def _send_plan(server: Connection, payload: dict[str, Any], force: bool) -> int:
    content, base, said = payload["content"], payload["base"], payload["said"]
    month = typed(PLANS, {"month": content["month"]})["month"]
    current = (
        server.execute(
            select(PLANS)
            .where(PLANS.c.salesperson_id == content["salesperson_id"], PLANS.c.month == month)
            .with_for_update()
        )
        .mappings()
        .first()
    )
    if base is not None and current is None and not force:  # `mine`: made again as it is here
        raise _Conflict("plan_deleted", f"{said}: deleted on the server; your edit kept in the file")
    edited = current is not None and (base is None or fingerprint(plan_content(server, current)) != base)
    if edited and not force:
        raise _Conflict(
            "plan_both_sides",
            f"{said}: edited on both sides; yours kept in the file, the server's left as it is",
        )
    values = typed(PLANS, {"revenue_goal": content["revenue_goal"], "notes": content["notes"]})
    if current is None:
        plan_id = int(
            server.execute(
                PLANS.insert()
                .values(salesperson_id=content["salesperson_id"], month=month, **values)
                .returning(PLANS.c.id)
            ).scalar_one()
        )
    else:
        plan_id = int(current["id"])
        server.execute(PLANS.update().where(PLANS.c.id == plan_id).values(values))
    for child in ("action_plan_accounts", "action_plan_rules", "action_plan_pushes"):
        table = m.Base.metadata.tables[child]
        server.execute(table.delete().where(table.c.plan_id == plan_id))
        rows = [{**typed(table, row), "plan_id": plan_id} for row in content[child]]
        for row in rows:
            for key, parent, what in (
                ("account_id", "accounts", "an account"),
                ("opportunity_id", "opportunities", "a deal"),
            ):
                if key in row and not _exists(server, parent, row[key]):
                    raise _Conflict(
                        "plan_names_deleted", f"{said}: names {what} deleted on the server; kept in the file"
                    )
        if rows:
            server.execute(table.insert(), rows)
    return plan_id


_SENDERS = {"activity": _send_activity, "activity-mark": _send_activity_change, "plan": _send_plan}
