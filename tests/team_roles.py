"""The example workspace in a team database with a login of each role, for the window's tests
(logins are the server's: each bears its database's name, as in tests/cli/test_team_roles.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from esn_desktop.cli import main
from esn_desktop.store.address import TeamDatabase
from tests.conftest import SMALL_WORKSPACE

PASSWORD = "role-secret-1"


@dataclass(frozen=True)
class RoleTeam:
    """The example in a team database: its director's address, a salesperson's (Camille Martin,
    of the example) and a viewer's."""

    director: TeamDatabase
    salesperson: TeamDatabase
    viewer: TeamDatabase


def _url(database: TeamDatabase) -> str:
    return database.url.set(drivername="postgresql").render_as_string(hide_password=False)


def make_role_team(database: TeamDatabase, monkeypatch: pytest.MonkeyPatch) -> RoleTeam:
    url = _url(database)
    assert main(["import", url, str(SMALL_WORKSPACE)]) == 0
    monkeypatch.setenv("ESN_USER_PASSWORD", PASSWORD)
    camille, victor = f"camille_{database.database}", f"victor_{database.database}"
    role = ("--role", "salesperson", "--salesperson", "Camille Martin")
    assert main(["team", "add-user", url, "--name", camille, *role]) == 0
    assert main(["team", "add-user", url, "--name", victor, "--role", "viewer"]) == 0
    monkeypatch.delenv("ESN_USER_PASSWORD")
    return RoleTeam(database, database.as_user(camille, PASSWORD), database.as_user(victor, PASSWORD))
