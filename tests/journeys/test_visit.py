"""The visit, played in the real window (visit.py)."""

from __future__ import annotations

from pathlib import Path

from tests.journeys.clients import client_workspaces
from tests.journeys.conftest import Player


def test_the_visit_open_dashboard_meeting_mode_quit(journey: Player, tmp_path: Path) -> None:
    (workspace, company), *others = client_workspaces(tmp_path, 2)
    played = journey(
        "tests.journeys.visit:visit",
        workspace=workspace,
        company=company,
        other_companies=[name for _path, name in others],
    )
    assert list(played.timings) == [
        "welcome",
        "open-dialog",
        "prospects",
        "dashboard",
        "dashboard-meeting",
        "dashboard-again",
    ]
