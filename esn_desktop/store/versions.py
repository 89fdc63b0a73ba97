"""Who changed an account, a deal or a mission last, and when; and refusing a save made on an
older version of it than the one stored (two people editing the same row at once).

Every insert or update of a `models.Versioned` row through the ORM is stamped here: by the
server's login and clock in a team database (one clock for the whole team), by this computer's
user and clock in a file. SQLAlchemy raises the version and refuses a flush whose row changed
between its read and its write (`StaleDataError`); `check_seen` refuses a save whose form was
filled from an older version, naming who changed it and when.
"""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import object_session

from esn_desktop.domain.errors import EsnError
from esn_desktop.store.models import Versioned


class ChangedMeanwhileError(EsnError):
    """What a person was editing was changed and saved by someone else meanwhile: nothing was
    written. `kind` ("account", "deal", "mission", or "" when not known), `name`, `who` and `when`
    let the window say it in the person's language and offer to reload it."""

    def __init__(self, kind: str, name: str, who: str | None = None, when: datetime | None = None) -> None:
        self.kind, self.name, self.who, self.when = kind, name, who, when
        what = f"the {kind} {name!r}" if kind else "what was saved"
        by = f" by {who}" if who else ""
        at = f" at {when.isoformat(sep=' ', timespec='minutes')}" if when else ""
        super().__init__(
            f"{what} was changed{by}{at} since it was opened here; nothing was written: "
            "reload it to see that change, then make yours again"
        )


def check_seen(row: Versioned, seen: int | None, kind: str, name: str) -> None:
    """Refuses the save of `row` when the form was filled from another version than the stored one
    (`seen`; None when the caller read it in this very transaction)."""
    if seen is not None and row.version != seen:
        raise ChangedMeanwhileError(kind, name, row.changed_by, row.changed_at)


def editor(connection: Connection) -> tuple[str, datetime]:
    """Who writes through `connection`, and the time it is for them."""
    if connection.dialect.name == "postgresql":
        # The server's clock (one for the whole team), said in this computer's time zone: a
        # managed server runs in UTC.
        who, now = connection.execute(text("SELECT current_user, now()")).one()
        return str(who), now.astimezone().replace(tzinfo=None, microsecond=0)
    return _user_here(), datetime.now().replace(microsecond=0)


def _user_here() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container, say)
        return "?"


@event.listens_for(Versioned, "before_insert", propagate=True)
def _stamp_new(_mapper: Any, connection: Connection, target: Versioned) -> None:
    target.changed_by, target.changed_at = editor(connection)


@event.listens_for(Versioned, "before_update", propagate=True)
def _stamp_changed(_mapper: Any, connection: Connection, target: Versioned) -> None:
    # Called for every row marked dirty, even one given back the values it had (a form saved
    # unchanged, a flush after the last): stamped then, the new time would be a change of its
    # own, raising the version again, once per flush whose clock moved on.
    session = object_session(target)
    if session is not None and not session.is_modified(target, include_collections=False):
        return
    target.changed_by, target.changed_at = editor(connection)
