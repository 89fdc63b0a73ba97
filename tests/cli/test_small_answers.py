"""Small things a person meets at the command line: a pipe closed early, one problem said in
the singular, a lock file replaced by a link."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from esn_desktop.store.database import create_workspace
from esn_desktop.store.migrations_runner import downgrade
from tests.cli.conftest import Place, run
from tests.conftest import SMALL_WORKSPACE

ROOT = Path(__file__).resolve().parents[2]


def test_a_reader_that_stops_early_gets_no_complaint(imported: Place) -> None:
    # As `esn-desktop kpi … | head -1` once the first line is read: the pipe closes.
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "esn_desktop",
            "kpi",
            str(imported),
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    complaint = process.stderr.read()
    process.stderr.close()
    assert (process.wait(timeout=120), complaint) == (0, b"")


def test_check_says_one_problem_in_the_singular(tmp_path: Path) -> None:
    path = tmp_path / "old.esn"
    with create_workspace(path) as ws, ws.engine.begin() as connection:
        connection.execute(text("SELECT 1"))
        downgrade(connection, "0001")
    code, _, err = run("check", str(path))
    assert (code, err.splitlines()[0]) == (1, "esn-desktop: old.esn has 1 problem")


@pytest.mark.file_only("a lock file beside the workspace file")
def test_a_link_in_place_of_the_lock_file_is_refused_and_followed_nowhere(
    imported: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    lock = Path(f"{imported}.lock")
    lock.unlink()
    lock.symlink_to(victim)
    code, _, err = run("import", str(imported), str(SMALL_WORKSPACE))
    assert (code, err) == (
        1,
        "esn-desktop: exemple.esn.lock is a link, not a lock file; remove it, then open the workspace\n",
    )
    assert victim.read_text() == "untouched"


def test_kpi_names_each_objective_by_its_dates(imported: Place) -> None:
    code, out, err = run("kpi", str(imported), "--from", "2026-01-01", "--to", "2026-12-31")
    assert (code, err) == (0, "")
    objectives = [line.split("  ")[0] for line in out.splitlines() if line.startswith("Objective: ")]
    assert objectives == [
        "Objective: Hélène Garnier, 01/10/2026 – 31/12/2026",
        "Objective: Karim Benali, 01/10/2026 – 31/12/2026",
    ]
