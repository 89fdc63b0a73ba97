"""Quitting from every state leaves no process (quitting.py), played in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.journeys.clients import client_workspaces
from tests.journeys.conftest import Player
from tests.journeys.quitting import STATES


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("clients")
    return [path for path, _company in client_workspaces(folder, 3)]


@pytest.mark.parametrize("state", STATES)
def test_quitting_leaves_no_process(journey: Player, tmp_path: Path, clients: list[str], state: str) -> None:
    # In the home folder, where the import dialog opens (the journey's home: see conftest).
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "prospects.csv").write_text("Nom;Ville\nAtelier Quittance;Lyon\n", encoding="utf-8")
    played = journey(
        "tests.journeys.quitting:quitting",
        shots_name=f"quitting-{state}",
        state=state,
        workspaces=clients,
        table="prospects.csv",
    )
    assert played.timings, played.output
    print(f"timing {state} exit {played.exit_s:.2f}")
    if state == "demo-being-built":
        # Built under a partial name and renamed once whole: quitting half-way leaves nothing.
        built = [path for path in (tmp_path / "home").rglob("*demo*") if path.is_file()]
        assert built == [], built
