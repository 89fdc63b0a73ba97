"""Opening, creating and naming a company's workspace: what the window needs of a workspace's file.

The window never reaches the store (issue 12): it opens files, asks where they lie and tells
their refusals apart through this module alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from esn_desktop.domain.errors import EsnError

# Re-exported for the window: why a new passphrase is refused, as a reason it words itself.
from esn_desktop.store.address import TeamDatabase, team_database
from esn_desktop.store.cipher import MIN_PASSPHRASE, Secret, passphrase_refusal
from esn_desktop.store.database import Workspace, inspect_file, is_encrypted, new_workspace, open_workspace

# Re-exported for the window: it tells a locked, a read-only and a changed workspace apart (to
# offer reading only, to close it) and words each refusal by its reason; these classes are the
# store's own, and the window may not import the store.
from esn_desktop.store.errors import (
    PassphraseNeededError,
    WorkspaceChangedError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
    WrongPassphraseError,
)

# Re-exported for the window: whether a folder (a synced or network one) can corrupt a workspace.
from esn_desktop.store.location import storage_risk
from esn_desktop.store.settings_store import load_settings, save_settings
from esn_desktop.store.team_database import open_team_workspace

__all__ = [
    "MIN_PASSPHRASE",
    "PassphraseNeededError",
    "Secret",
    "TeamDatabase",
    "Workspace",
    "WorkspaceChangedError",
    "WorkspaceError",
    "WorkspaceLockedError",
    "WorkspaceReadOnlyError",
    "WrongPassphraseError",
    "company_name",
    "create_company_workspace",
    "is_encrypted",
    "open_team",
    "open_workspace",
    "passphrase_opens",
    "passphrase_refusal",
    "storage_risk",
    "team_database",
    "team_database_at",
    "unlock_file",
]


def create_company_workspace(path: Path, *, company_name: str, passphrase: str | None = None) -> Workspace:
    """A new empty workspace at `path`, named after the company, encrypted with `passphrase`
    when one is given; returned open for writing."""
    name = company_name.strip()
    if not name:
        raise EsnError("the company name is required")
    with new_workspace(path, passphrase=passphrase) as workspace, workspace.session() as session:
        save_settings(session, replace(load_settings(session), company_name=name))
    return open_workspace(path, passphrase=passphrase)


def passphrase_opens(workspace: Workspace, passphrase: str) -> bool:
    """Whether `passphrase` is the open `workspace`'s (never for a plain one): the idle lock's check,
    made on the key already in memory, without touching the file."""
    return workspace.key is not None and workspace.key.opens_with(passphrase)


def unlock_file(path: Path, passphrase: str) -> Secret | None:
    """What opens the encrypted workspace at `path` if `passphrase` is its own (the key derived
    once, handed to `open_workspace`), checked before the window closes the workspace it shows;
    None for a wrong passphrase. Any other refusal is the opening's to say: the passphrase then."""
    try:
        return inspect_file(path.expanduser().resolve(), passphrase).key or passphrase
    except WrongPassphraseError:
        return None
    except WorkspaceError:
        return passphrase


def company_name(workspace: Workspace) -> str:
    """The company the workspace is of; else its file's name, or its team database's."""
    with workspace.session() as session:
        named = load_settings(session).company_name
    if named:
        return named
    return workspace.team.database if workspace.team is not None else workspace.path.stem


def team_database_at(
    *,
    host: str,
    port: int,
    database: str,
    user: str,
    password: str,
    ssl: bool,
    options: dict[str, str] | None = None,
) -> TeamDatabase:
    """The team database the connection form names (its fields taken as typed: a user or a
    password with `@` or `:` needs no quoting), with libpq's `options` of the URL it was filled
    from; `sslmode=require` when the connection must be encrypted and the URL asked for no
    stricter mode (verify-ca, verify-full), else libpq's own default (`prefer`)."""
    from sqlalchemy.engine import URL

    names = {"host": host.strip(), "database": database.strip(), "username": user.strip()}
    missing = [name for name, value in names.items() if not value]
    if missing:
        raise EsnError(f"required: {', '.join(missing)}")
    url = URL.create(
        "postgresql",
        username=names["username"],
        password=password or None,
        host=names["host"],
        port=port,
        database=names["database"],
        query=_with_ssl(options or {}, ssl),
    )
    return team_database(url.render_as_string(hide_password=False))


def _with_ssl(options: dict[str, str], ssl: bool) -> dict[str, str]:
    kept = {key: value for key, value in options.items() if key != "sslmode"}
    asked = options.get("sslmode")
    if ssl:
        kept["sslmode"] = asked if asked in ("require", "verify-ca", "verify-full") else "require"
    elif asked in ("disable", "allow", "prefer"):
        kept["sslmode"] = asked
    return kept


def open_team(database: TeamDatabase) -> Workspace:
    """The workspace in the team's `database`, open for writing (an older schema upgraded
    first). Takes up to the connection's timeout when the server does not answer: the window
    calls it off its UI thread."""
    return open_team_workspace(database, write=True)
