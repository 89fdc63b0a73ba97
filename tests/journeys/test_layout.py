"""Issue 11: at 1280×800, in French, no label, button, header or cell of the window is cut.

The real main window (xcb, under Xvfb) opens a 300-prospect demo workspace and
tests/journeys/window_layout.py walks every tab, page and dialog, comparing each text's width
with the space it has (tests/journeys/cut_text.py). Screenshots of each step go to
`ESN_JOURNEY_SHOTS/layout/` when that variable names a folder, else to the test's folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from esn_desktop.services.demo import create_demo

ROOT = Path(__file__).resolve().parents[2]
WALK_LIMIT_S = 600  # the walk takes about 40 s here; the limit only stops a hung window


def test_no_text_is_cut_at_1280_by_800_in_french(xvfb, tmp_path: Path) -> None:
    if xvfb is None:
        pytest.skip("needs Xvfb (the real window on xcb); .ci/run installs it")
    assert xvfb.width >= 1280 and xvfb.height >= 800, "set xvfb_width/xvfb_height in pyproject.toml"
    workspace = tmp_path / "demo.esn"
    create_demo(workspace, prospects=300, seed=7, as_of=date(2026, 11, 20))
    settings = tmp_path / "settings"
    settings.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{xvfb.display}"}
    chosen = os.environ.get("ESN_JOURNEY_SHOTS")
    shots = Path(chosen) / "layout" if chosen else tmp_path / "shots"
    walk = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("window_layout.py")),
            str(workspace),
            str(settings),
            str(shots),
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=WALK_LIMIT_S,
    )
    said = walk.stdout.splitlines()
    assert walk.returncode == 0 and "done" in said, walk.stderr[-2000:]
    cuts = [line.removeprefix("CUT ") for line in said if line.startswith("CUT ")]
    assert not cuts, "cut at 1280×800:\n" + "\n".join(cuts)
    steps = sorted(shots.glob("*.png"))
    assert len(steps) >= 30  # every tab, page and dialog was shown, not just the first
