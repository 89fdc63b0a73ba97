"""What the workspace holds about one person, and forgetting them (GDPR: access, erasure, retention).

Forgetting a contact deletes them; the activities naming them keep their date and kind but lose
the contact, and every trace of them in a note (full name, email, phone, mobile) becomes
"[effacé]". It is one transaction, kept off the undo history (an undo would bring the person
back), written with `secure_delete` on, then the file is vacuumed and its log emptied so the
bytes go too. A register (`erasures`) keeps the date and kind of each erasure, never the person.
Backups are changed only when asked: `backups_holding` says which ones still hold the person,
`rewrite_backup` erases them from one the same way, on a checked copy put in its place.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, TypeVar, cast

from sqlalchemy import create_engine, delete, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from esn_desktop.domain.erasure import Span, TraceFinder, is_prospect, is_stale, traces
from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.staffing import MissionStatus
from esn_desktop.private_files import (
    SQLITE_HEADER,
    create_private_file,
    flush_to_disk,
    looks_encrypted,
    partial_path,
    private_output,
    read_header,
    remove_database,
)
from esn_desktop.services.changes import Changed, changing
from esn_desktop.services.topics import Topic
from esn_desktop.store import models as m
from esn_desktop.store.backup import backups_dir_for
from esn_desktop.store.cipher import FileKey, connect, database_errors, driver
from esn_desktop.store.database import Workspace
from esn_desktop.store.errors import check_verdict
from esn_desktop.store.migrations_runner import SCHEMA_HEAD
from esn_desktop.store.read_only import read_only_uri

T = TypeVar("T")

#: The register's kinds of erasure.
CONTACT, STALE_CONTACT = "contact", "stale contact"


class BackupNotRewritten(EsnError):
    """A backup left as it was: of another schema (`schema`), or unreadable (`unreadable`)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Person:
    """A contact as erasure needs them: who, where, and what identifies them in a note."""

    contact_id: int
    first_name: str
    last_name: str
    account: str
    email: str | None
    phone: str | None
    mobile: str | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def traces(self) -> tuple[str, ...]:
        return traces(self.first_name, self.last_name, self.email, self.phone, self.mobile)


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What forgetting these people removes: the people, the activities that lose their contact,
    the mentions in notes replaced."""

    people: tuple[Person, ...]
    activities: int
    mentions: int


@dataclass(frozen=True, slots=True)
class StaleContact:
    person: Person
    last_exchange: date | None


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _person(contact: m.Contact, account: str) -> Person:
    return Person(
        contact.id,
        contact.first_name,
        contact.last_name,
        account,
        contact.email,
        contact.phone,
        contact.mobile,
    )


def _one_named(items: list[T], name: str, exact: Callable[[T], str], what: str) -> T | None:
    """The item named so: exactly, else whatever the case and spacing if only one is; refused
    in one line when several are."""
    matches = [i for i in items if exact(i) == name.strip()] or [
        i for i in items if _norm(exact(i)) == _norm(name)
    ]
    if len(matches) > 1:
        raise EsnError(f"several {what} are named {name!r}: write the name exactly as stored")
    return matches[0] if matches else None


def find_person(session: Session, *, contact: str, account: str) -> Person:
    """The contact named "FIRST LAST" at the account named so; refused in one line otherwise."""
    found = session.execute(select(m.Account).where(m.Account.name == account.strip())).scalar_one_or_none()
    if found is None:  # whatever the case and spacing: read the names, not an index
        accounts = list(session.execute(select(m.Account)).scalars())
        found = _one_named(accounts, account, lambda a: a.name, "accounts")
    if found is None:
        raise EsnError(f"no account named {account!r}; nothing was written")
    people = list(session.execute(select(m.Contact).where(m.Contact.account_id == found.id)).scalars())
    match = _one_named(
        people, contact, lambda c: f"{c.first_name} {c.last_name}", f"contacts at {found.name}"
    )
    if match is None:
        raise EsnError(f"no contact named {contact!r} at {found.name}; nothing was written")
    return _person(match, found.name)


#: SQL cannot say whether a note names someone ("HÉLÈNE" for "Hélène", "01.23.45.67.89" for
#: "+33 1 23 45 67 89"): each connection is given this function, the domain's rule.
MENTIONS = "esn_mentions"


def _finder(people: tuple[Person, ...]) -> TraceFinder:
    """The domain's rule for many people at once: each person's traces, found through an index."""
    return TraceFinder([p.traces for p in people])


def _with_mentions(connection: sqlite3.Connection, finder: TraceFinder) -> None:
    connection.create_function(MENTIONS, 1, lambda notes: int(finder.mentions(notes)), deterministic=True)


def _mentioning(session: Session, finder: TraceFinder) -> list[m.Activity]:
    """Activities whose note holds a trace of these people."""
    if not finder.people:
        return []
    if session.get_bind().dialect.name != "sqlite":
        # A team's server runs no Python: the notes come to the rule, a batch at a time.
        notes = session.execute(
            select(m.Activity.id, m.Activity.notes)
            .where(m.Activity.notes.is_not(None))
            .execution_options(yield_per=IDS_AT_ONCE)
        )
        ids = [activity_id for activity_id, note in notes if finder.mentions(note)]
        return [
            a
            for some in _chunks(ids)
            for a in session.scalars(select(m.Activity).where(m.Activity.id.in_(some)))
        ]
    # sqlite3's connection, or SQLCipher's with the same interface (store/cipher.py).
    raw = cast(sqlite3.Connection, session.connection().connection.dbapi_connection)
    _with_mentions(raw, finder)
    return list(session.execute(select(m.Activity).where(func.esn_mentions(m.Activity.notes) == 1)).scalars())


#: Ids given to SQL at once: SQLite takes at most 32,766 parameters in a statement, and the
#: stale contacts of a big workspace are more.
IDS_AT_ONCE = 10_000


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[start : start + IDS_AT_ONCE] for start in range(0, len(ids), IDS_AT_ONCE)]


def _naming(session: Session, people: tuple[Person, ...]) -> int:
    return sum(
        session.execute(select(func.count(m.Activity.id)).where(m.Activity.contact_id.in_(ids))).scalar_one()
        for ids in _chunks([p.contact_id for p in people])
    )


def _scrubbed(activity: m.Activity, finder: TraceFinder) -> tuple[str, int]:
    """The note with each person's traces replaced, person after person, and how many."""
    return finder.scrub(activity.notes or "")


def _plan(session: Session, people: tuple[Person, ...], finder: TraceFinder | None = None) -> ErasurePlan:
    finder = finder or _finder(people)
    mentions = sum(_scrubbed(a, finder)[1] for a in _mentioning(session, finder))
    return ErasurePlan(people, _naming(session, people), mentions)


def erasure_plan(workspace: Workspace, *, contact: str, account: str) -> ErasurePlan:
    """What `forget` would do, writing nothing."""
    with workspace.session() as session:
        return _plan(session, (find_person(session, contact=contact, account=account),))


def forget(workspace: Workspace, *, contact: str, account: str, today: date) -> Changed[ErasurePlan]:
    """Forgets one contact (see the module): one transaction, then the bytes are vacuumed away."""
    with changing(workspace, adds_to=("erasures",)) as change:
        person = find_person(change.session, contact=contact, account=account)
        plan = _erase(change.session, (person,), today=today, kind=CONTACT)
        changes = change.unrecorded(frozenset({Topic.CONTACTS, Topic.ACTIVITIES}), ends_history=True)
    purge_freed_bytes(workspace)
    return Changed(plan, changes)


def people_of(session: Session, contact_ids: tuple[int, ...]) -> tuple[Person, ...]:
    """These contacts as erasure needs them, in the order given; refused in one line if one is
    gone (deleted meanwhile), so that what is erased is what was shown."""
    rows = {
        contact.id: _person(contact, account)
        for ids in _chunks(list(contact_ids))
        for contact, account in session.execute(
            select(m.Contact, m.Account.name)
            .join(m.Account, m.Contact.account_id == m.Account.id)
            .where(m.Contact.id.in_(ids))
        ).all()
    }
    if len(rows) != len(set(contact_ids)):
        raise EsnError("a contact to forget was deleted or changed meanwhile; nothing was written")
    return tuple(rows[i] for i in contact_ids)


def contacts_plan(workspace: Workspace, *, contact_ids: tuple[int, ...]) -> ErasurePlan:
    """What `forget_contacts` would do, writing nothing: the window's preview."""
    with workspace.session() as session:
        return _plan(session, people_of(session, contact_ids))


def forget_contacts(
    workspace: Workspace, *, contact_ids: tuple[int, ...], today: date, kind: str = CONTACT
) -> Changed[ErasurePlan]:
    """Forgets these contacts (picked in the window by their ids) in one transaction, kept off the
    undo history and ending it (earlier entries hold pictures of their rows); the caller then
    calls `purge_freed_bytes`, which may be refused while the erasure stays done."""
    with changing(workspace, adds_to=("erasures",)) as change:
        plan = _erase(change.session, people_of(change.session, contact_ids), today=today, kind=kind)
        changes = change.unrecorded(frozenset({Topic.CONTACTS, Topic.ACTIVITIES}), ends_history=True)
    return Changed(plan, changes)


def _erase(
    session: Session,
    people: tuple[Person, ...],
    *,
    today: date,
    kind: str,
    contact_ids: tuple[int, ...] | None = None,
) -> ErasurePlan:
    """The one erasure rule, for the workspace and its backups alike (where the people's rows may
    bear other `contact_ids`): notes scrubbed, contacts deleted, one register line per person."""
    connection = session.connection()
    in_file = connection.dialect.name == "sqlite"
    if in_file:
        connection.exec_driver_sql("PRAGMA secure_delete = ON")  # what this write frees is zeroed
    try:
        finder = _finder(people)
        plan = _plan(session, people, finder)
        for activity in _mentioning(session, finder):
            notes, count = _scrubbed(activity, finder)
            if count:
                activity.notes = notes
        session.flush()
        ids = [p.contact_id for p in people] if contact_ids is None else list(contact_ids)
        _delete_contacts(session, ids)
        session.add_all(m.Erasure(erased_on=today, kind=kind) for _ in people)
        session.flush()
    finally:
        if in_file:
            connection.exec_driver_sql("PRAGMA secure_delete = OFF")
    return plan


def _delete_contacts(session: Session, ids: list[int]) -> None:
    """Deletes these contacts; their activities keep everything but the contact (ON DELETE SET
    NULL, found through `ix_activities_contact_id`: without it, 31,002 stale contacts on 80,000
    activities took 5 minutes)."""
    for some in _chunks(ids):
        session.execute(delete(m.Contact).where(m.Contact.id.in_(some)))


def purge_freed_bytes(workspace: Workspace) -> None:
    """Rewrites the file without its free pages and empties its write-ahead log, so that what
    was deleted can no longer be read from the file's bytes.

    A team database's tables holding people are rewritten by its server (VACUUM FULL), which
    only their owner may ask: for another login the erasure stays done, and the server's own
    vacuum frees the rows' space later. Its log and backups are its administrator's.
    """
    if workspace.team is not None:
        _vacuum_team_tables(workspace)
        return
    with workspace.engine.connect() as connection:
        autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
        autocommit.exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            autocommit.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            autocommit.exec_driver_sql("VACUUM")
            busy = autocommit.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
        finally:
            autocommit.exec_driver_sql("PRAGMA secure_delete = OFF")
    if busy:
        raise EsnError(
            f"{workspace.name}: the erasure is saved, but a reader kept its old pages in the log; "
            "close the other copies of the workspace and run the command again"
        )


#: The tables an erasure deletes from or rewrites, rewritten whole on a team's server.
_ERASED_TABLES = ("contacts", "activities", "stage_changes")


def _vacuum_team_tables(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
        owned = autocommit.execute(
            text(
                "SELECT count(*) FROM pg_tables WHERE tablename = ANY(:names) AND tableowner = current_user"
            ),
            {"names": list(_ERASED_TABLES)},
        ).scalar_one()
        if owned == len(_ERASED_TABLES):
            autocommit.exec_driver_sql(f"VACUUM FULL {', '.join(_ERASED_TABLES)}")


# -- retention -------------------------------------------------------------------------------


def stale_contacts(workspace: Workspace, *, as_of: date, span: Span) -> list[StaleContact]:
    """The contacts of prospects with no activity naming them or their account for `span`
    before `as_of` (any status: a meeting planned is a relationship alive), by account then name."""
    with workspace.session() as session:
        return _stale(session, as_of=as_of, span=span)


def _stale(session: Session, *, as_of: date, span: Span) -> list[StaleContact]:
    won = dict(
        session.execute(
            select(m.Opportunity.account_id, func.count())
            .where(m.Opportunity.stage == Stage.WON)
            .group_by(m.Opportunity.account_id)
        ).all()
    )
    ongoing = dict(
        session.execute(
            select(m.Mission.account_id, func.count())
            .where(m.Mission.status == MissionStatus.ONGOING)
            .group_by(m.Mission.account_id)
        ).all()
    )
    by_account = dict(
        session.execute(
            select(m.Activity.account_id, func.max(m.Activity.activity_date)).group_by(m.Activity.account_id)
        ).all()
    )
    by_contact = dict(
        session.execute(
            select(m.Activity.contact_id, func.max(m.Activity.activity_date))
            .where(m.Activity.contact_id.is_not(None))
            .group_by(m.Activity.contact_id)
        ).all()
    )
    rows = session.execute(
        select(m.Contact, m.Account.name)
        .join(m.Account, m.Contact.account_id == m.Account.id)
        .order_by(m.Account.name, m.Contact.last_name, m.Contact.first_name)
    ).all()
    found = []
    for contact, account in rows:
        if not is_prospect(
            won_deals=won.get(contact.account_id, 0), ongoing_missions=ongoing.get(contact.account_id, 0)
        ):
            continue
        dates = [d for d in (by_account.get(contact.account_id), by_contact.get(contact.id)) if d is not None]
        last = max(dates) if dates else None
        if is_stale(last, as_of=as_of, span=span):
            found.append(StaleContact(_person(contact, account), last))
    return found


def forget_stale(workspace: Workspace, *, as_of: date, span: Span, today: date) -> Changed[ErasurePlan]:
    """Forgets every stale contact at once: one transaction, one vacuum."""
    with changing(workspace, adds_to=("erasures",)) as change:
        people = tuple(s.person for s in _stale(change.session, as_of=as_of, span=span))
        plan = (
            _erase(change.session, people, today=today, kind=STALE_CONTACT)
            if people
            else ErasurePlan((), 0, 0)
        )
        changes = change.unrecorded(frozenset({Topic.CONTACTS, Topic.ACTIVITIES}), ends_history=bool(people))
    if people:
        purge_freed_bytes(workspace)
    return Changed(plan, changes)


def stale_plan(workspace: Workspace, *, as_of: date, span: Span) -> ErasurePlan:
    with workspace.session() as session:
        people = tuple(s.person for s in _stale(session, as_of=as_of, span=span))
        return _plan(session, people) if people else ErasurePlan((), 0, 0)


# -- access and backups ----------------------------------------------------------------------


def person_record(workspace: Workspace, *, contact: str, account: str) -> dict[str, object]:
    """Everything held about one contact, as JSON values: their fields, their account's name,
    every activity naming them, and the opportunities of those activities by title."""
    with workspace.session() as session:
        person = find_person(session, contact=contact, account=account)
        row = session.get_one(m.Contact, person.contact_id)
        activities = session.execute(
            select(m.Activity, m.Opportunity.title)
            .outerjoin(m.Opportunity, m.Activity.opportunity_id == m.Opportunity.id)
            .where(m.Activity.contact_id == person.contact_id)
            .order_by(m.Activity.activity_date, m.Activity.id)
        ).all()
    titles = sorted({title for _, title in activities if title})
    return {
        "contact": {
            "first_name": row.first_name,
            "last_name": row.last_name,
            "role": row.role.value if row.role else None,
            "job_title": row.job_title,
            "email": row.email,
            "phone": row.phone,
            "mobile": row.mobile,
        },
        "account": person.account,
        "activities": [
            {
                "date": a.activity_date.isoformat(),
                "kind": a.kind.value,
                "status": a.status.value,
                "notes": a.notes or "",
                "opportunity": title,
            }
            for a, title in activities
        ],
        "opportunities": titles,
    }


def write_person(
    workspace: Workspace, path: Path, *, contact: str, account: str, force: bool
) -> dict[str, object]:
    """`person_record` written to `path`, private, whole or not at all."""
    record = person_record(workspace, contact=contact, account=account)
    with private_output(path, force=force) as partial:
        partial.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return record


def backups_holding(
    workspace_path: Path, people: tuple[Person, ...], key: FileKey | None = None
) -> list[tuple[Path, bool]]:
    """The backups beside the workspace (manual, scheduled, before a migration) that still hold
    one of these people, each opened read-only (an encrypted one with the workspace's `key`):
    (backup, True); (backup, False) for one that cannot be read, which may hold them too (an
    encrypted backup another passphrase opens)."""
    folder = backups_dir_for(workspace_path)
    if not people or not folder.is_dir():
        return []
    found = []
    unreadable: tuple[type[Exception], ...] = (*database_errors(key), BackupNotRewritten)
    for backup in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        if backup.name.endswith(("-wal", "-shm", "-journal")):
            continue
        try:
            opener = _key_of(backup, key)
            if opener is not False and _holds(backup, people, opener):
                found.append((backup, True))
        except unreadable:
            found.append((backup, False))
    return found


def _key_of(backup: Path, key: FileKey | None) -> FileKey | Literal[False] | None:
    """What opens `backup`: None for a plain one, the workspace's key for one encrypted with it;
    False for a file that is no database (a note left in the folder); refused for an encrypted
    one another passphrase opens."""
    header = read_header(backup)
    if header == SQLITE_HEADER:
        return None
    if not looks_encrypted(backup, header):
        return False
    if key is None or header != key.salt:
        raise BackupNotRewritten(f"backup {backup.name} is encrypted with another passphrase", "unreadable")
    return key


def _holds(backup: Path, people: tuple[Person, ...], key: FileKey | None) -> bool:
    db = _open_backup(backup, key)
    _with_mentions(db, _finder(people))
    try:
        for person in people:
            if db.execute(
                "SELECT 1 FROM contacts WHERE (first_name = ? AND last_name = ?)"
                " OR lower(email) = lower(?) LIMIT 1",
                (person.first_name, person.last_name, person.email or ""),
            ).fetchone():
                return True
        return (
            db.execute(f"SELECT 1 FROM activities WHERE {MENTIONS}(notes) = 1 LIMIT 1").fetchone() is not None
        )
    finally:
        db.close()


def _open_backup(path: Path, key: FileKey | None, *, write: bool = False) -> sqlite3.Connection:
    """The one way a backup (or the copy of one being rewritten) is connected to: read-only
    unless `write`, through SQLCipher with `key` when encrypted; never through the store's
    `open_workspace`, which would lock it, migrate it and back it up beside itself."""
    if write:
        return connect(path, key, check_same_thread=False)
    return connect(read_only_uri(path), key, uri=True)


def _not_a_backup(backup: Path) -> BackupNotRewritten:
    return BackupNotRewritten(
        f"backup {backup.name} is not a backup of an esn-desktop workspace: delete it instead", "unreadable"
    )


def _backup_schema(db: sqlite3.Connection, backup: Path) -> None:
    """Refuses, in one line, a backup this version cannot erase from without migrating it."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    row = (
        db.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if row is None:
        raise _not_a_backup(backup)
    if row[0] != SCHEMA_HEAD:
        older = row[0] < SCHEMA_HEAD
        raise BackupNotRewritten(
            f"backup {backup.name} is of an {'older' if older else 'newer'} schema ({row[0]}, this version "
            f"writes {SCHEMA_HEAD}): delete it instead",
            "schema",
        )


def _ids_in_backup(db: sqlite3.Connection, people: tuple[Person, ...]) -> tuple[int, ...]:
    """The people's contact ids in the backup: ids there may differ (a contact deleted, then its
    id given to another), so they are found by name at their account, or by email. The backup's
    contacts are read once: thousands of people, each looked up by a query, took minutes."""
    by_name: dict[tuple[str, str, str], list[int]] = {}
    by_email: dict[str, list[int]] = {}
    for contact_id, first, last, account, email in db.execute(
        "SELECT c.id, c.first_name, c.last_name, a.name, c.email"
        " FROM contacts c JOIN accounts a ON a.id = c.account_id"
    ):
        by_name.setdefault((first, last, account), []).append(contact_id)
        if email:
            by_email.setdefault(email.lower(), []).append(contact_id)
    ids: set[int] = set()
    for person in people:
        ids.update(by_name.get((person.first_name, person.last_name, person.account), ()))
        if person.email:
            ids.update(by_email.get(person.email.lower(), ()))
    return tuple(sorted(ids))


def rewrite_backup(
    backup: Path, people: tuple[Person, ...], *, today: date, kind: str = CONTACT, key: FileKey | None = None
) -> None:
    """Erases these people from `backup` as `forget` did from the workspace (contacts deleted,
    notes scrubbed, the register's kind kept), on a private copy beside it that is vacuumed and
    checked, then put in its place at once: the backup is whole before and after, never half.
    An encrypted backup is opened and rewritten with the workspace's `key`. A backup of another
    schema is refused in one line (it would have to be migrated first)."""
    partial = partial_path(backup)
    try:
        opener = _key_of(backup, key)
        if opener is False:
            raise BackupNotRewritten(
                f"backup {backup.name} is not a backup of an esn-desktop workspace", "unreadable"
            )
        create_private_file(partial)
        source = _open_backup(backup, opener)
        try:
            _backup_schema(source, backup)
            copy = _open_backup(partial, opener, write=True)
            try:
                source.backup(copy, pages=-1)
            finally:
                copy.close()
        finally:
            source.close()
        _erase_in_copy(partial, people, today=today, kind=kind, name=backup.name, key=opener)
        flush_to_disk(partial)
        partial.replace(backup)
    except database_errors(key) as error:
        raise BackupNotRewritten(
            f"backup {backup.name} cannot be rewritten ({error}): delete it instead", "unreadable"
        ) from error
    except OSError as error:
        raise BackupNotRewritten(
            f"backup {backup.name} cannot be rewritten: {error.strerror or error}", "unreadable"
        ) from error
    finally:
        remove_database(partial)


def rewrite_backups(
    workspace_path: Path,
    people: tuple[Person, ...],
    *,
    today: date,
    kind: str = CONTACT,
    key: FileKey | None = None,
) -> list[tuple[Path, str | None]]:
    """Every backup beside the workspace still holding these people, rewritten without them:
    (backup, None) once done, (backup, why not) for one refused or unreadable, left as it was."""
    done: list[tuple[Path, str | None]] = []
    for backup, read in backups_holding(workspace_path, people, key):
        if not read:
            done.append((backup, f"backup {backup.name} cannot be read: it may still hold them; delete it"))
            continue
        try:
            rewrite_backup(backup, people, today=today, kind=kind, key=key)
        except EsnError as error:
            done.append((backup, str(error)))
        else:
            done.append((backup, None))
    return done


def _erase_in_copy(
    partial: Path, people: tuple[Person, ...], *, today: date, kind: str, name: str, key: FileKey | None
) -> None:
    engine = create_engine(
        "sqlite://",
        module=driver(key),
        creator=lambda: _open_backup(partial, key, write=True),
        poolclass=StaticPool,
    )
    try:
        with engine.connect() as connection:
            autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
            autocommit.exec_driver_sql("PRAGMA journal_mode = DELETE")  # a backup is one file
            autocommit.exec_driver_sql("PRAGMA foreign_keys = ON")  # activities lose the contact
        with Session(engine) as session, session.begin():
            raw = cast(sqlite3.Connection, session.connection().connection.dbapi_connection)
            _erase(session, people, today=today, kind=kind, contact_ids=_ids_in_backup(raw, people))
        with engine.connect() as connection:
            autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
            autocommit.exec_driver_sql("PRAGMA secure_delete = ON")
            autocommit.exec_driver_sql("VACUUM")
            verdict = autocommit.exec_driver_sql("PRAGMA quick_check").scalar_one()
    finally:
        engine.dispose()
    if verdict != "ok":
        raise BackupNotRewritten(
            f"backup {name} failed its check once rewritten ({check_verdict(verdict)});"
            " it was left as it was",
            "unreadable",
        )
