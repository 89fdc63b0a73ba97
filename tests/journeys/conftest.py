"""Plays a journey (driver.py) in the real app: its own process, on xcb under Xvfb, with a fresh home.

The screenshots go to `ESN_JOURNEY_SHOTS/<journey>/` when that variable names a folder (to look
at them), else to the test's temporary folder. Each journey must end with the app quitting by
itself: a process still there EXIT_LIMIT_S after the journey's end, or any process left in its
group, fails the test; `Played.exit_s` is how long it took.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
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
READER_LIMIT_S = 5


@dataclass
class Played:
    output: list[str]
    shots: Path
    #: From the journey's end (the window closed) to the process gone.
    exit_s: float = 0.0

    @property
    def timings(self) -> dict[str, float]:
        pairs = (line.split()[1:] for line in self.output if line.startswith("timing "))
        return {name: float(seconds) for name, seconds in pairs}


Player = Callable[..., Played]


@pytest.fixture
def journey(xvfb: Any, tmp_path: Path) -> Player:
    """`journey("tests.journeys.visit:visit", **arguments)` plays it and returns what it printed;
    `shots_name` names its screenshots' folder (the journey's name by default)."""
    if xvfb is None:
        pytest.skip("needs Xvfb (the real window on xcb); .ci/run installs it")

    def play(target: str, shots_name: str = "", **arguments: Any) -> Played:
        name = target.rsplit(":", 1)[1]
        chosen = os.environ.get("ESN_JOURNEY_SHOTS")
        folder = shots_name or name
        shots = Path(chosen) / folder if chosen else tmp_path / "shots" / folder
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
        output: list[str] = []
        ended = threading.Event()  # the journey's last line: the app quits from there
        reader = threading.Thread(target=_read, args=(process, output, ended), daemon=True)
        reader.start()
        ended.wait(JOURNEY_LIMIT_S)
        ended_at = time.monotonic()
        try:
            process.wait(EXIT_LIMIT_S if ended.is_set() else 0.1)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            reader.join(READER_LIMIT_S)
            _close(process)
            out = "\n".join(output)
            if ended.is_set():
                pytest.fail(f"{name}: the app was still running {EXIT_LIMIT_S} s after the journey\n{out}")
            pytest.fail(f"{name}: the journey had not ended after {JOURNEY_LIMIT_S} s\n{out}")
        exit_s = time.monotonic() - ended_at
        reader.join(READER_LIMIT_S)  # a process left behind may hold the output open
        _close(process)
        out = "\n".join(output)
        assert process.returncode == 0, f"{name} failed (status {process.returncode}):\n{out}"
        assert "journey succeeded" in output, out
        left = _group_members(process.pid)
        if left:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"{name}: processes left after quitting: {left}")
        played = Played(output, shots, exit_s)
        # Beside the screenshots: how long each step took, and the quitting, for the report.
        lines = [f"{step}\t{seconds:.2f}" for step, seconds in played.timings.items()]
        (shots / "timings.tsv").write_text("\n".join([*lines, f"(exit)\t{exit_s:.2f}", ""]))
        return played

    return play


def _read(process: subprocess.Popen[str], into: list[str], ended: threading.Event) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        into.append(line.rstrip("\n"))
        if line.startswith(("journey succeeded", "journey failed", "FAILED: the app quit")):
            ended.set()
    ended.set()  # the output closed: the process is gone or going


def _close(process: subprocess.Popen[str]) -> None:
    if process.stdout is not None:
        process.stdout.close()


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
