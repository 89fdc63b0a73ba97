"""Refusals raised below the window, worded in the interface's language.

Errors that carry a reason and fields (a workspace's file and folder, a lock's holder and
time) are said here through tr(), times through the one Formatter; the others keep the
English line they were raised with (the command line's).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter

if TYPE_CHECKING:
    from esn_desktop.services.changes import ChangedMeanwhileError
    from esn_desktop.services.workspaces import WorkspaceLockedError

    # PySide6's stubs declare the result as object; the call returns its message unchanged.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# A workspace's refusals by reason; {names} are the error's fields.
WORKSPACE_REASONS = {
    "missing": QT_TRANSLATE_NOOP("ErrorText", "There is no workspace at {path}"),
    "folder": QT_TRANSLATE_NOOP("ErrorText", "{path} is a folder, not a workspace file"),
    "unreadable": QT_TRANSLATE_NOOP("ErrorText", "{file} cannot be read: permission denied"),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "ErrorText", "{file} is not an esn-desktop workspace (it is not a SQLite database)"
    ),
    "unfinished_read_only": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{file} has unfinished changes in {file}-wal and its folder is read-only; copy both files "
        "to a folder you can write to, then open the copy",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "ErrorText", "{file} is damaged and cannot be read ({error}); restore one of its backups"
    ),
    "other_application": QT_TRANSLATE_NOOP(
        "ErrorText", "{file} is a SQLite database of another application, not an esn-desktop workspace"
    ),
    "newer": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{file} was saved by a newer version of esn-desktop (schema {revision}, this version reads "
        "up to {head}); update esn-desktop to open it",
    ),
    "changed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{file} was changed by another program while open here; this change was not saved. Close "
        "the workspace and open it again",
    ),
    "read_only": QT_TRANSLATE_NOOP("ErrorText", "{file} is read-only; it can be opened for reading only"),
    "exists": QT_TRANSLATE_NOOP("ErrorText", "{path} already exists"),
    "no_folder": QT_TRANSLATE_NOOP("ErrorText", "Cannot create {file}: the folder {folder} does not exist"),
    "folder_read_only": QT_TRANSLATE_NOOP(
        "ErrorText", "Cannot create {file}: the folder {folder} is read-only"
    ),
    "log_in_use": QT_TRANSLATE_NOOP("ErrorText", "{file} could not be completed: its log is still in use"),
    "upgrade_failed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Upgrading {file} from schema {revision} failed ({error}); the file is unchanged and a "
        "checked copy is at {backup}",
    ),
    "team_unreachable": QT_TRANSLATE_NOOP("ErrorText", "Cannot connect to {name}: {error}"),
    "team_wrong_password": QT_TRANSLATE_NOOP(
        "ErrorText", "{name} refused the password: check the user and the password"
    ),
    "team_password_needed": QT_TRANSLATE_NOOP("ErrorText", "{name} asks for a password: type it above"),
    "team_empty": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{name} holds no workspace yet: 'esn-desktop import' or 'esn-desktop demo' makes one from "
        "the command line",
    ),
    "team_other_application": QT_TRANSLATE_NOOP(
        "ErrorText", "{name} holds another application's tables, not an esn-desktop workspace"
    ),
    "team_upgrade_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "Upgrading {name} from schema {revision} failed ({error}); it is unchanged"
    ),
    "team_no_server": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Cannot connect to {name}: no database server answers there (check the server and the port)",
    ),
    "team_unknown_host": QT_TRANSLATE_NOOP(
        "ErrorText", "Cannot connect to {name}: this server's name is unknown (check it, or the network)"
    ),
    "team_no_ssl": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Cannot connect to {name}: the server does not accept the encrypted (SSL) connection asked for",
    ),
    "team_timeout": QT_TRANSLATE_NOOP(
        "ErrorText", "Cannot connect to {name}: the server did not answer in time (check the network)"
    ),
    "team_no_answer": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The team database {name} does not answer (its server is stopped or out of reach): nothing "
        "was saved; try again once it answers",
    ),
    "team_no_answer_read": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The team database {name} does not answer (its server is stopped or out of reach): try "
        "again once it answers",
    ),
    "team_commit_unknown": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The team database {name} stopped answering as the change was saved: it may have been "
        "saved. Check it before saving again",
    ),
    "team_role": QT_TRANSLATE_NOOP("ErrorText", "This needs a director's login in {name}"),
    "not_a_url": QT_TRANSLATE_NOOP(
        "ErrorText", "{url} is not a PostgreSQL URL (expected postgresql://USER@SERVER:PORT/DATABASE)"
    ),
    "url_no_database": QT_TRANSLATE_NOOP(
        "ErrorText", "{url} names no database (expected postgresql://USER@SERVER:PORT/DATABASE)"
    ),
}

# libpq's reasons (English, whatever the interface), by what they say is at fault.
_PASSWORD_REASONS = {
    "password authentication failed": "team_wrong_password",
    "no password supplied": "team_password_needed",
    "accepting TCP/IP connections": "team_no_server",
    "Connection refused": "team_no_server",
    "failed to resolve host": "team_unknown_host",
    "could not translate host name": "team_unknown_host",
    "does not support SSL": "team_no_ssl",
    "timeout expired": "team_timeout",
}


def error_text(error: EsnError, formatter: Formatter, now: datetime | None = None) -> str:
    """What the window says of `error`."""
    # Imported when a refusal is worded, not with the welcome screen: the services' workspaces
    # module loads the database code.
    from esn_desktop.services.changes import ChangedMeanwhileError
    from esn_desktop.services.workspaces import WorkspaceError, WorkspaceLockedError

    if isinstance(error, ChangedMeanwhileError):
        return changed_meanwhile(error, formatter)
    if isinstance(error, WorkspaceLockedError):
        return _locked(error, formatter, now or datetime.now().astimezone())
    if isinstance(error, WorkspaceError) and error.reason == "team_not_allowed":
        return role_refusal(error.fields["role"], error.fields["name"])
    if isinstance(error, WorkspaceError) and error.reason in WORKSPACE_REASONS:
        reason, fields = error.reason, dict(error.fields)
        if reason == "team_unreachable":
            said = fields.get("error", "")
            reason = next((r for cause, r in _PASSWORD_REASONS.items() if cause in said), reason)
        if reason.startswith("team_") and " on " in fields.get("name", ""):
            fields["name"] = team_name(fields["name"])
        text = QCoreApplication.translate("ErrorText", WORKSPACE_REASONS[reason])
        for name, value in fields.items():
            text = text.replace("{" + name + "}", value)
        return text
    return str(error)


def role_refusal(role: str, name: str) -> str:
    """A write the login's role forbids (another salesperson's deal, say), refused whole."""
    from esn_desktop.ui.role_rights import role_in_sentence

    return (
        QCoreApplication.translate(
            "ErrorText", "Your role (%1) does not allow this change in %2: nothing was saved."
        )
        .replace("%1", role_in_sentence(role))
        .replace("%2", team_name(name))
    )


# What another person changed meanwhile, by its kind; %1 its name, %2 who, %3 when.
_CHANGED_MEANWHILE = {
    "account": QT_TRANSLATE_NOOP("ErrorText", "The account “%1” was changed by %2 %3 since you opened it."),
    "deal": QT_TRANSLATE_NOOP("ErrorText", "The deal “%1” was changed by %2 %3 since you opened it."),
    "mission": QT_TRANSLATE_NOOP("ErrorText", "The mission “%1” was changed by %2 %3 since you opened it."),
    "": QT_TRANSLATE_NOOP("ErrorText", "What you changed was changed by %2 %3 meanwhile."),
}


def changed_meanwhile(error: ChangedMeanwhileError, formatter: Formatter) -> str:
    """Who changed what a person was editing, and when; nothing of theirs was saved."""
    translate = QCoreApplication.translate
    who = error.who or translate("ErrorText", "someone else")
    when = ""
    if error.when is not None:
        when = (
            translate("ErrorText", "on %1 at %2")
            .replace("%1", formatter.day(error.when.date()))
            .replace("%2", formatter.clock(error.when))
        )
    said = translate("ErrorText", _CHANGED_MEANWHILE.get(error.kind, _CHANGED_MEANWHILE[""]))
    said = said.replace("%1", error.name).replace("%2", who).replace("%3", when)
    # No time known leaves two spaces; the no-break ones around « » and before : stay as they are.
    said = " ".join(part for part in said.split(" ") if part)
    advice = translate("ErrorText", "Nothing was saved: reload it to see that change, then make yours again.")
    return f"{said} {advice}"


def team_name(name: str) -> str:
    """A team database's name, `acme on db.example` (`TeamDatabase.name`), in the interface's
    language."""
    database, _, host = name.rpartition(" on ")
    return QCoreApplication.translate("ErrorText", "%1 on %2").replace("%1", database).replace("%2", host)


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
    time = formatter.clock(since)
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
