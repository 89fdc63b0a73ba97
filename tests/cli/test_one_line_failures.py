"""Failures that used to print SQLite's or SQLAlchemy's many lines: one line each, the first
problem and how many more; the detail is for `esn-desktop check`, not the terminal."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import run


@pytest.fixture
def workspace_file(imported_file_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(imported_file_template, copy)
    return copy / "exemple.esn"


def _root_page(path: Path, table: str) -> tuple[int, int]:
    with sqlite3.connect(path) as db:
        (page,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        (size,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    return page, size


def test_a_backup_failing_its_check_is_one_line(workspace_file: Path, tmp_path: Path) -> None:
    page, size = _root_page(workspace_file, "activities")
    data = bytearray(workspace_file.read_bytes())
    start = (page - 1) * size
    data[start + size // 2 : start + size] = b"\xff" * (size // 2)  # the cells, not the page's header
    workspace_file.write_bytes(bytes(data))
    copy = tmp_path / "copy.esn"
    code, _, err = run("backup", str(workspace_file), "-o", str(copy))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(
        f"esn-desktop: the backup of exemple.esn failed its check (On tree page {page} cell "
    )
    assert lines[0].endswith("more problems); nothing was kept; run 'esn-desktop check exemple.esn'")
    assert not copy.exists()


def test_a_failed_upgrade_is_one_line_without_the_sql(workspace_file: Path) -> None:
    with sqlite3.connect(workspace_file) as db:  # a schema 0008 file claiming to be 0003
        db.execute("UPDATE alembic_version SET version_num = '0003'")
    db.close()
    code, _, err = run("kpi", str(workspace_file), "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("esn-desktop: upgrading exemple.esn from schema 0003 failed (table ")
    assert "already exists); the file is unchanged and a checked copy is at " in lines[0]
    assert "[SQL:" not in err and "CREATE TABLE" not in err
