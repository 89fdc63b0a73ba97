"""A team database in the real window (team.py): connected through File > Connect…, switched to
a client's file and back through File > Recent."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from esn_desktop.services.demo import create_demo
from esn_desktop.services.workspaces import company_name
from esn_desktop.store.address import team_database
from esn_desktop.store.team_database import open_team_workspace
from tests.journeys.clients import PROSPECTS, client_workspaces, distinctive_names
from tests.journeys.conftest import Player
from tests.postgres_server import ADMIN, ADMIN_PASSWORD, PostgresServer


def test_a_team_database_opened_in_the_window_and_switched_with_a_file(
    journey: Player, postgres: PostgresServer, tmp_path: Path
) -> None:
    # Two demo companies; the second's twin (same seed, same content) is made in the team database.
    (client, company), (twin, team_company) = client_workspaces(tmp_path, 2)
    seed = int(re.search(r"client-(\d+)\.esn$", twin).group(1))  # type: ignore[union-attr]
    name = "journey_team"
    postgres.create_database(name)
    database = team_database(postgres.url(name))
    create_demo(database, prospects=PROSPECTS, seed=seed, as_of=date.today())
    with open_team_workspace(database, write=False) as workspace:
        assert company_name(workspace) == team_company
    names = distinctive_names([twin, client])
    try:
        played = journey(
            "tests.journeys.team:team",
            server=["127.0.0.1", str(postgres.port), name, ADMIN, ADMIN_PASSWORD],
            team_company=team_company,
            client=[client, company],
            names=names,
        )
    finally:
        postgres.drop_database(name)
    assert (played.shots / "team-connect.png").exists()
    assert len([step for step in played.timings if step.endswith("-dashboard")]) == 3
    for step, seconds in played.timings.items():
        print(f"timing {step} {seconds:.2f}")
