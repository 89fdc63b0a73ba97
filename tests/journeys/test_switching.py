"""Switching clients, played in the real window (switching.py)."""

from __future__ import annotations

from pathlib import Path

from tests.journeys.clients import client_workspaces, distinctive_names
from tests.journeys.conftest import Player

# (client, through File > Recent, meeting mode): A, B, C forward, then C, B, A back; the
# third and the sixth in meeting mode, each followed by the welcome screen.
ORDER = [[0, 0, 0], [1, 0, 0], [2, 0, 1], [0, 1, 0], [2, 1, 0], [1, 1, 1], [0, 1, 0]]


def test_switching_clients_three_times_each_way(journey: Player, tmp_path: Path) -> None:
    clients = client_workspaces(tmp_path, 3)
    names = distinctive_names([path for path, _company in clients])
    assert all(len(own) > 100 for own in names)  # enough to tell the workspaces apart
    played = journey(
        "tests.journeys.switching:switching",
        clients=[list(client) for client in clients],
        names=names,
        order=ORDER,
    )
    steps = list(played.timings)
    assert len([step for step in steps if step.endswith("-dashboard")]) == len(ORDER)
    assert len([step for step in steps if step.endswith("-meeting-welcome")]) == 2
    for name, seconds in played.timings.items():
        print(f"timing {name} {seconds:.2f}")
