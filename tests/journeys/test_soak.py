"""The soak of issue 10: the real window writes while other processes read, then it is killed.

The main window (xcb, under Xvfb) logs 1,000 activities through its own form while three other
processes loop over `kpi`, `review` and `backup` on the same workspace, and the window's file
dialog lists the workspace's folder. Then `kill -9`: every activity the window acknowledged
is in the file, and the file is whole.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import create_workspace
from tests.conftest import SMALL_WORKSPACE

ROOT = Path(__file__).resolve().parents[2]
EDITS = 1000
READERS_FOR_S = 60
SOAK_LIMIT_S = 600  # the thousand edits, however busy the machine

_READER_LOOP = """
import io, sys, time
from pathlib import Path
from esn_desktop.cli import main
workspace, folder, kind, until = sys.argv[1], Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
runs = 0
while time.time() < until:
    if kind == "kpi":
        args = ["kpi", workspace, "--from", "2026-01-01", "--to", "2026-12-31", "--json"]
    elif kind == "review":
        args = ["review", workspace, "--month", "2026-11", "-o", str(folder / f"review-{runs}.pdf")]
    else:
        args = ["backup", workspace, "-o", str(folder / f"backup-{runs}.esn")]
    code = main(args, out=io.StringIO())
    if code != 0:
        sys.exit(code)
    runs += 1
print(runs)
"""


def _stream_lines(process: subprocess.Popen[str], into: list[str]) -> threading.Thread:
    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            into.append(line.strip())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_a_thousand_edits_in_the_window_survive_readers_a_file_dialog_and_kill_9(
    xvfb, tmp_path: Path
) -> None:
    if xvfb is None:
        pytest.skip("needs Xvfb (the real window on xcb); .ci/run installs it")
    workspace = tmp_path / "client.esn"
    with create_workspace(workspace) as ws:
        import_document(ws, SMALL_WORKSPACE)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{xvfb.display}"}
    errors = tmp_path / "window-errors.txt"
    error_file = errors.open("w")
    window = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("window_soak.py")),
            str(workspace),
            str(EDITS),
            str(tmp_path / "settings"),
        ],
        stdout=subprocess.PIPE,
        stderr=error_file,  # what a window that stops says of it
        text=True,
        cwd=ROOT,
        env=env,
    )
    error_file.close()  # the window holds its own
    said: list[str] = []
    reader_thread = _stream_lines(window, said)
    deadline = time.time() + SOAK_LIMIT_S
    while "ready" not in said and time.time() < deadline and window.poll() is None:
        time.sleep(0.1)
    assert "ready" in said, f"the window did not open the workspace: {errors.read_text()[-2000:]}"
    until = time.time() + READERS_FOR_S
    outputs = {kind: tmp_path / kind for kind in ("kpi", "review", "backup")}
    readers = []
    for kind, folder in outputs.items():
        folder.mkdir()
        readers.append(
            subprocess.Popen(
                [sys.executable, "-c", _READER_LOOP, str(workspace), str(folder), kind, str(until)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
        )
    # The readers loop for their minute; the window goes on until its thousand edits are done.
    reader_results = [reader.communicate(timeout=SOAK_LIMIT_S) for reader in readers]
    while "finished" not in said and time.time() < deadline and window.poll() is None:
        time.sleep(0.2)
    window.send_signal(signal.SIGKILL)
    window.wait(timeout=30)
    reader_thread.join(timeout=10)
    assert window.stdout is not None
    window.stdout.close()

    for reader, (out, err) in zip(readers, reader_results, strict=True):
        assert reader.returncode == 0, err
        assert int(out) > 0  # each looped while the window wrote
    acknowledged = [line for line in said if line.startswith("Soak ")]
    assert "finished" in said and len(acknowledged) == EDITS, (said[-3:], errors.read_text()[-2000:])
    assert not [line for line in said if line.startswith("not saved")]
    connection = sqlite3.connect(workspace)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        saved = {
            row[0] for row in connection.execute("SELECT notes FROM activities WHERE notes LIKE 'Soak %'")
        }
    finally:
        connection.close()
    lost = [line for line in acknowledged if line not in saved]
    assert lost == []
