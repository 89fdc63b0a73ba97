"""What a write changed, said by the service that made it, so the window can refresh and undo
without knowing a table.

Every write service runs inside `changing(...)`, which declares beside its SQL the rows it may
update or delete and the tables it may add to. The declaration is pictured in the write's own
transaction, before anything is written; on `done` the rows added are found above each table's
highest id. The service returns a `Changed` (its value with the `Changes`) or `Changes` alone:
the topics touched, the rows touched and added, and the picture that puts them back.
`revert` applies that picture and returns the change that reverts the revert: undo and redo are
one function.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from esn_desktop.domain.errors import EsnError
from esn_desktop.services.topics import TOPIC_OF_TABLE, Topic, Topics
from esn_desktop.store.connection_errors import connection_lost
from esn_desktop.store.database import Workspace
from esn_desktop.store.errors import WorkspaceError
from esn_desktop.store.snapshots import (
    Picture,
    Rows,
    added_since,
    by_id,
    highest_ids,
    put_back,
    same_rows,
    take_picture,
)
from esn_desktop.store.versions import ChangedMeanwhileError

T = TypeVar("T")
Row = TypeVar("Row")
Value_co = TypeVar("Value_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Changes:
    """What one write changed. `undo` puts the touched and added rows back as they were; None
    for a change that is not undone row by row (the settings, an import). `ends_history`: the
    undo history before it must go, whatever its tables (an erasure: its pictures hold the
    person erased, and an undo would bring them back)."""

    topics: Topics
    touched: tuple[Rows, ...] = ()
    added: tuple[Rows, ...] = ()
    undo: Picture | None = None
    ends_history: bool = False
    #: The same rows as the change left them: an undo finding them otherwise (another member of the
    #: team changed them since) is refused rather than written over their change.
    after: Picture | None = None


@dataclass(frozen=True, slots=True)
class Changed(Generic[Value_co]):
    """A write's result (the id it saved...) with what it changed."""

    value: Value_co
    changes: Changes


class Change:
    """A write in progress in one transaction: `touches` and `may_add` declare its scope (before
    writing those rows), `done` says what it changed."""

    def __init__(self, workspace: Workspace, session: Session) -> None:
        self.workspace, self.session = workspace, session
        self._before: dict[Rows, list[dict[str, object]]] = {}
        self._marks: dict[str, int] = {}
        self._topics: set[Topic] = set()

    def touches(self, *scopes: Rows) -> None:
        """Pictures these rows now, so undoing puts them back: call it before writing them."""
        fresh = [scope for scope in scopes if scope not in self._before]
        self._before.update(take_picture(self.session, fresh).rows)
        self._topics.update(TOPIC_OF_TABLE[scope.table] for scope in scopes)

    def touches_by_id(self, *scopes: Rows) -> None:
        """`touches` for rows the write keeps but takes out of their scope (activities whose
        contact or deal is deleted lose it: `ON DELETE SET NULL`): pictured by their ids, so a
        redo finds them again and empties that column rather than deleting them."""
        self.touches(*(by_id(self.session, scope) for scope in scopes))

    def may_add(self, *tables: str) -> None:
        """Notes where these tables end now: rows above it once the write is done are its own."""
        self._marks.update(highest_ids(self.session, [t for t in tables if t not in self._marks]))

    def lock(self, model: type[Row], row_id: int) -> Row | None:
        """The row `row_id` of `model` (in a team database locked until this write ends; SQLite
        has one writer at a time); None when there is none.

        A salesperson's login reads rows it may not write (another salesperson's activity, deal
        or plan): row-level security leaves them out of a locking read, where an update would
        silently match no row and read as "changed meanwhile". Such a row is refused here as the
        role's, before anything is written; one deleted meanwhile is None."""
        row = self.session.get(model, row_id, with_for_update=True)
        if row is None and self.workspace.role == "salesperson":
            # Read from the server, not the session's memory of it: a row loaded earlier in this
            # transaction and deleted since would otherwise look merely hidden.
            table = inspect(model).local_table
            if self.session.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None:
                raise not_allowed(self.workspace)
        return row

    def changes(self) -> Changes:
        self.session.flush()
        added = tuple(added_since(self.session, self._marks))
        topics = self._topics | {TOPIC_OF_TABLE[scope.table] for scope in added}
        undo = Picture({**self._before, **{scope: [] for scope in added}})
        after = take_picture(self.session, undo.scopes)
        return Changes(frozenset(topics), tuple(self._before), added, undo, after=after)

    def done(self, value: T) -> Changed[T]:
        return Changed(value, self.changes())

    def unrecorded(self, topics: Topics, *, ends_history: bool = False) -> Changes:
        """What a write kept off the undo history changed (an import, the slots held for a message
        sent): these topics, and the rows it added, whose ids the history must not hand out twice;
        `ends_history` when no earlier change may be undone after it (see `Changes`)."""
        return Changes(topics, (), self.changes().added, None, ends_history)


#: PostgreSQL's code for a privilege or a row-level policy refusing a statement.
INSUFFICIENT_PRIVILEGE = "42501"


@contextmanager
def changing(
    workspace: Workspace, *, touches: Iterable[Rows] = (), adds_to: Iterable[str] = ()
) -> Iterator[Change]:
    """One write's transaction, its scope declared: committed on leaving, or nothing if it raises.
    A row another person changed between this write's read and its flush refuses it whole."""
    try:
        with answering(workspace), workspace.session() as session:
            change = Change(workspace, session)
            change.touches(*touches)
            change.may_add(*adds_to)
            yield change
    except StaleDataError:
        raise ChangedMeanwhileError("", "") from None


@contextmanager
def answering(workspace: Workspace, *, reading: bool = False) -> Iterator[None]:
    """Says in one line, by its reason, what the team database's server refused or left
    unanswered in this block: the role's refusal (`not_allowed`), or the server not answering
    (`no_answer`, of a read when `reading`: nothing was being saved); any other error goes on as
    it came."""
    try:
        yield
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise not_allowed(workspace) from None
        if workspace.team is not None and connection_lost(error):
            raise no_answer(workspace, reading=reading) from None
        raise


def no_answer(workspace: Workspace, *, reading: bool = False) -> WorkspaceError:
    """The team database's server did not answer a write (or the reads before it: the
    transaction, if it began, never committed), or a read (`reading`)."""
    if reading:
        return WorkspaceError(
            f"{workspace.name} does not answer (its server is stopped or out of reach): "
            "try again once it does",
            "team_no_answer_read",
            name=workspace.name,
        )
    return WorkspaceError(
        f"{workspace.name} does not answer (its server is stopped or out of reach); nothing was written",
        "team_no_answer",
        name=workspace.name,
    )


def not_allowed(workspace: Workspace) -> WorkspaceError:
    """The refusal of a change the login's role does not allow (PostgreSQL's privileges or its
    row-level security said no)."""
    return WorkspaceError(
        f"your login ({workspace.role}) may not make this change in {workspace.name}; nothing was written",
        "team_not_allowed",
        role=workspace.role or "",
        name=workspace.name,
    )


class CannotUndo(EsnError):
    """The rows of a change cannot be put back: the file has moved on (a name taken meanwhile)."""


def revert(workspace: Workspace, changes: Changes) -> Changes:
    """Puts back the rows `changes` changed, in one transaction; returns the change that redoes it.
    Refused whole (`CannotUndo`), writing nothing, when the file no longer takes them back."""
    if changes.undo is None:
        raise ValueError("this change cannot be undone")
    try:
        with answering(workspace), workspace.session() as session:
            current = take_picture(session, changes.undo.scopes)
            if changes.after is not None and not same_rows(current, changes.after):
                raise CannotUndo(
                    "the change cannot be undone: what it changed was changed again since "
                    "(by another member of the team)"
                )
            put_back(session, changes.undo)
            after = take_picture(session, changes.undo.scopes)
    except IntegrityError as error:
        raise CannotUndo(f"the change cannot be undone: {error.orig}") from error
    return Changes(changes.topics, changes.touched, changes.added, current, after=after)
