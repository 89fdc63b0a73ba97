"""The command line's WORKSPACE: a file's path, or a team's PostgreSQL database by its URL.

A team database's password comes from the URL, else from `PGPASSWORD` or `~/.pgpass` (which
libpq reads itself), else from the system keychain (kept there by the window), else from the
terminal, as psql asks for it. Without any, the command is refused in one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from esn_desktop.cli_passphrase import at_terminal, passphrase_for, typed
from esn_desktop.store.address import TeamDatabase, WorkspaceAddress, workspace_address
from esn_desktop.store.errors import WorkspaceError

if TYPE_CHECKING:
    from esn_desktop.store.database import Workspace

#: What libpq says when the server asks for a password and none was given.
_NO_PASSWORD = "no password supplied"


def workspace_argument(text: str) -> WorkspaceAddress:
    """argparse's type for WORKSPACE: a bad URL is a usage error, said in one line."""
    try:
        address = workspace_address(text)
    except WorkspaceError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if isinstance(address, Path):
        from esn_desktop.private_files import not_a_file

        kind = not_a_file(address.expanduser())
        # /dev/null is no workspace called "null"; a folder is said by the store, as the window says it.
        if kind is not None and not address.expanduser().is_dir():
            raise argparse.ArgumentTypeError(f"{text} is not a workspace file: it is {kind}")
    return address


def file_argument(text: str) -> Path:
    """argparse's type for a file to read or write: an empty name ('' from an unset variable) is
    refused, where Path('') would be the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a file name is needed, not an empty one")
    return Path(text)


def file_only(address: WorkspaceAddress, what: str) -> Path:
    """The workspace file `address` names; a team database is refused for `what` in one line."""
    if isinstance(address, TeamDatabase):
        raise WorkspaceError(
            f"{what} applies to workspace files; {address.name} is a team database, kept by its server",
            "team_file_only",
            name=address.name,
        )
    return address.expanduser().resolve()


def open_from_cli(address: WorkspaceAddress, *, write: bool) -> Workspace:
    """Opens the workspace a command names: a file (asking for its passphrase when it is
    encrypted), or a team database (finding its password)."""
    from esn_desktop.store.places import open_workspace_at

    if isinstance(address, TeamDatabase):
        return open_workspace_at(logged_in(address), write=write)
    return open_workspace_at(address, write=write, passphrase=passphrase_for(address))


def logged_in(database: TeamDatabase) -> TeamDatabase:
    """`database` with the password it needs: its own, libpq's, the keychain's or one typed."""
    from esn_desktop.store.team_database import connected

    if database.has_password:
        return database
    try:
        with connected(database):
            return database  # PGPASSWORD, ~/.pgpass, or a server that asks none
    except WorkspaceError as error:
        if _NO_PASSWORD not in error.fields.get("error", ""):
            raise
    from esn_desktop.services import keychain

    remembered = keychain.recall(database)
    if remembered is not None:
        return database.with_password(remembered)
    if at_terminal():
        return database.with_password(typed(f"Password for {database.user} on {database.name}: "))
    raise WorkspaceError(
        f"{database.name} needs a password: give it in PGPASSWORD or ~/.pgpass, or run from a terminal",
        "team_password_needed",
        name=database.name,
    )


def say_not_encrypted(workspace: Workspace, written: Path, err: TextIO) -> None:
    """After a file written out of an encrypted workspace (a list, a PDF, a calendar, a person's
    record): it is plain, as the window says before writing one (issue 14)."""
    if workspace.encrypted:
        print(f"note: {written} is not encrypted: whoever holds it reads it", file=err)
