"""Why a workspace file could not be opened or written, in words a director understands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from esn_desktop.domain.errors import EsnError


def first_line(error: BaseException | str) -> str:
    """An error's reason in one line: a driver's own message (SQLAlchemy's `orig`) without the
    SQL statement and parameters SQLAlchemy adds below it, nor a check's list beneath its first."""
    text = str(getattr(error, "orig", None) or error)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def check_verdict(verdict: str) -> str:
    """SQLite's `quick_check` or `integrity_check` answer in one line: its first problem, and how
    many more ("*** in database main ***" headings left out)."""
    problems = [line.strip() for line in verdict.splitlines() if line.strip() and not line.startswith("***")]
    if not problems:
        return verdict.strip()
    more = len(problems) - 1
    return problems[0] + (f", and {more} more problem{'s' if more > 1 else ''}" if more else "")


class WorkspaceError(EsnError):
    """A workspace cannot be used as asked; the message says why in one line, in English.

    `reason` names the case and `fields` its particulars (file, folder...), so the window can
    say it in the person's language (esn_desktop/ui/error_text.py); the command line prints
    the message.
    """

    def __init__(self, message: str, reason: str = "", **fields: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.fields = {name: str(value) for name, value in fields.items()}


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who writes a workspace, as its lock file says."""

    user: str
    host: str
    pid: int
    since: datetime


class WorkspaceLockedError(WorkspaceError):
    """Another running copy of the app is writing this workspace.

    Its fields let the window word it in the person's language (esn_desktop/ui/error_text.py);
    `str()` is the command line's English one-liner. `holder` is None when the lock file does
    not say; `here` when this very process holds it.
    """

    def __init__(self, workspace: str, holder: LockHolder | None = None, *, here: bool = False) -> None:
        self.workspace = workspace
        self.holder = holder
        self.here = here
        if here:
            text = f"{workspace} is already open for writing in this window"
        else:
            who = (
                f"{holder.user} on {holder.host} (process {holder.pid}, since "
                f"{holder.since.isoformat(timespec='seconds')})"
                if holder is not None
                else "another running copy of esn-desktop"
            )
            text = f"{workspace} is already open for writing by {who}; close it there first"
        super().__init__(text)


class WorkspaceReadOnlyError(WorkspaceError):
    """The file or its folder cannot be written: the workspace can be read, not changed."""


class WorkspaceChangedError(WorkspaceError):
    """Another program removed the log this process writes: no change can be saved any more."""


class PassphraseNeededError(WorkspaceError):
    """The workspace is encrypted and no passphrase was given: ask for one, or refuse."""


class WrongPassphraseError(WorkspaceError):
    """The passphrase given does not open the workspace; nothing was written."""

    @classmethod
    def of(cls, path: Path) -> WrongPassphraseError:
        return cls(f"wrong passphrase for {path.name}", "wrong_passphrase", file=path.name)
