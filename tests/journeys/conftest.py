"""Plays a journey (driver.py) in the real app: its own process, on xcb under Xvfb, with a fresh home.

The screenshots go to `ESN_JOURNEY_SHOTS/<journey>/` when that variable names a folder (to look
at them), else to the test's temporary folder. Each journey must end with the app quitting by
itself: a process still there, or any process left in its group, fails the test.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: A journey of a dozen screens takes a minute on a loaded two-core machine.
JOURNEY_LIMIT_S = 600
#: After the journey quits the app, the process ends by itself within this time or never will.
EXIT_LIMIT_S = 30


@dataclass
class Played:
    output: list[str]
    shots: Path

    @property
    def timings(self) -> dict[str, float]:
        pairs = (line.split()[1:] for line in self.output if line.startswith("timing "))
        return {name: float(seconds) for name, seconds in pairs}


Player = Callable[..., Played]


@pytest.fixture
def journey(xvfb: Any, tmp_path: Path) -> Player:
    """`journey("tests.journeys.visit:visit", **arguments)` plays it and returns what it printed."""
    if xvfb is None:
        pytest.skip("needs Xvfb (the real window on xcb); .ci/run installs it")

    def play(target: str, **arguments: Any) -> Played:
        name = target.rsplit(":", 1)[1]
        chosen = os.environ.get("ESN_JOURNEY_SHOTS")
        shots = Path(chosen) / name if chosen else tmp_path / "shots" / name
        home = tmp_path / "home"
        for folder in (".config", ".local/share", ".cache"):
            (home / folder).mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": f":{xvfb.display}",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.journeys.play", target, str(shots), json.dumps(arguments)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=ROOT,
            env=env,
            start_new_session=True,  # its group: whatever it started must be gone when it quits
        )
        try:
            out, _ = process.communicate(timeout=JOURNEY_LIMIT_S + EXIT_LIMIT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, _ = process.communicate()
            pytest.fail(f"{name}: the app was still running after {JOURNEY_LIMIT_S + EXIT_LIMIT_S} s\n{out}")
        output = out.splitlines()
        assert process.returncode == 0, f"{name} failed (status {process.returncode}):\n{out}"
        assert "journey succeeded" in output, out
        left = _group_members(process.pid)
        if left:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"{name}: processes left after quitting: {left}")
        return Played(output, shots)

    return play


def _group_members(group: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group:  # the process group, after the state and the parent
                members.append(int(entry.name))
    return members
