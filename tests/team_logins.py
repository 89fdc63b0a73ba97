"""A team database's example opened by a salesperson login (tests of what the role refuses)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import Workspace
from esn_desktop.store.team_database import open_team_workspace
from esn_desktop.store.team_roles import TeamRole, add_user
from tests.conftest import SMALL_WORKSPACE


@contextmanager
def salesperson_login(director: Workspace, salesperson: str, password: str) -> Iterator[Workspace]:
    """The small example imported into `director`'s (empty) team database, then opened by a new
    salesperson login tied to `salesperson` (logins are the server's: each named after its database)."""
    import_document(director, SMALL_WORKSPACE)
    team = director.team
    assert team is not None
    login = f"{salesperson.split(maxsplit=1)[0].lower()}_{team.database}"
    with director.engine.begin() as connection:
        add_user(
            connection,
            team.database,
            login=login,
            role=TeamRole.SALESPERSON,
            password=password,
            salesperson=salesperson,
        )
    with open_team_workspace(team.as_user(login, password)) as workspace:
        assert workspace.role == "salesperson"
        yield workspace
