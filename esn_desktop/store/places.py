"""A workspace wherever it is, a file or a team database, opened or made through one door."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from esn_desktop.store.address import TeamDatabase, WorkspaceAddress
from esn_desktop.store.cipher import Secret
from esn_desktop.store.database import Workspace, new_workspace, open_workspace
from esn_desktop.store.errors import WorkspaceError


def open_workspace_at(
    address: WorkspaceAddress, *, write: bool, passphrase: Secret | None = None
) -> Workspace:
    """Opens the workspace at `address` (see `open_workspace` and `open_team_workspace`)."""
    if isinstance(address, TeamDatabase):
        from esn_desktop.store.team_database import open_team_workspace  # psycopg: for a team only

        return open_team_workspace(address, write=write)
    return open_workspace(address, write=write, passphrase=passphrase)


@contextmanager
def new_workspace_at(address: WorkspaceAddress, *, passphrase: str | None = None) -> Iterator[Workspace]:
    """A new workspace at `address`, there only once the block ends without error: a file made
    under a partial name, or an empty team database filled in one transaction."""
    if isinstance(address, TeamDatabase):
        if passphrase is not None:
            refuse_team_encryption(address)
        from esn_desktop.store.team_database import new_team_workspace

        with new_team_workspace(address) as workspace:
            yield workspace
        return
    with new_workspace(address, passphrase=passphrase) as workspace:
        yield workspace


def workspace_exists(address: WorkspaceAddress) -> bool:
    """Whether a workspace is at `address` already: a file (or anything) there, or a team
    database holding one."""
    if isinstance(address, TeamDatabase):
        from esn_desktop.store.team_database import holds_workspace

        return holds_workspace(address)
    return address.exists()


def refuse_team_encryption(database: TeamDatabase) -> None:
    raise WorkspaceError(
        f"--encrypt applies to workspace files; {database.name} is kept by its server "
        "(add ?sslmode=require to the URL to encrypt the connection)",
        "team_encrypt",
        name=database.name,
    )
