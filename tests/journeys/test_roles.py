"""A salesperson in the real window of a team database (roles.py): no cost on any tab, a call
logged, an account they may not edit."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.team_database import open_team_workspace
from tests.journeys.conftest import Player
from tests.team_roles import PASSWORD, make_role_team


def test_a_salesperson_sees_no_cost_logs_a_call_and_cannot_edit_an_account(
    journey: Player, team_database: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = make_role_team(team_database, monkeypatch)
    login = team.salesperson.url.username
    played = journey(
        "tests.journeys.roles:salesperson",
        server=["127.0.0.1", str(team_database.url.port), team_database.database, login, PASSWORD],
        company="Exemple Numérique SAS",
        account="Transports Lemaire",
        own="Camille Martin",
    )
    assert (played.shots / "07-3-account-not-editable.png").exists()
    with open_team_workspace(team.director) as workspace, workspace.session() as session:
        owners = session.execute(
            text(
                "SELECT s.name FROM activities a JOIN salespeople s ON s.id = a.owner_id"
                " WHERE a.notes = 'Rappeler après le comité'"
            )
        ).scalars()
        assert list(owners) == ["Camille Martin"]
