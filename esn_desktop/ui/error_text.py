"""Refusals raised below the window, worded in the interface's language.

Errors that carry fields (a lock's holder and time) are said here through tr(), their times
through the one Formatter; the others keep the one line they were raised with.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.store.errors import WorkspaceLockedError


def error_text(error: EsnError, formatter: Formatter, now: datetime | None = None) -> str:
    """What the window says of `error`."""
    if isinstance(error, WorkspaceLockedError):
        return _locked(error, formatter, now or datetime.now().astimezone())
    return str(error)


def _locked(error: WorkspaceLockedError, formatter: Formatter, now: datetime) -> str:
    if error.here:
        return QCoreApplication.translate(
            "ErrorText", "%1 is already open for writing in this window"
        ).replace("%1", error.workspace)
    holder = error.holder
    if holder is None:
        return QCoreApplication.translate(
            "ErrorText", "%1 is already open for writing in another copy of esn-desktop; close it there first"
        ).replace("%1", error.workspace)
    since = holder.since.astimezone(now.tzinfo) if holder.since.tzinfo else holder.since
    time = formatter.time_of_day(since)
    if since.date() == now.date():
        when = QCoreApplication.translate("ErrorText", "since %1").replace("%1", time)
    else:
        when = (
            QCoreApplication.translate("ErrorText", "since %1 at %2")
            .replace("%1", formatter.day(since.date()))
            .replace("%2", time)
        )
    return (
        QCoreApplication.translate(
            "ErrorText", "%1 is already open for writing by %2 on %3 %4; close it there first"
        )
        .replace("%1", error.workspace)
        .replace("%2", holder.user)
        .replace("%3", holder.host)
        .replace("%4", when)
    )
