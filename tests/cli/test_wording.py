"""Refusals that named the wrong thing: a full disk taken for a damaged workspace, /dev/null for
a workspace called "null", a folder for a missing file, an export told it may end in .txt, an
empty -o for the current folder."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path

import pytest

from esn_desktop import cli
from tests.cli.conftest import run


@pytest.fixture
def workspace_file(imported_file_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(imported_file_template, copy)
    return copy / "exemple.esn"


def test_a_full_disk_is_said_so_not_a_workspace_that_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def full(_args: argparse.Namespace, *_streams: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setitem(cli._HANDLERS, "import", full)
    code, _, err = run("import", str(tmp_path / "new.esn"), str(tmp_path / "any.json"))
    said = "the disk is full (database or disk is full): free some space and run the command again"
    assert (code, err) == (1, f"esn-desktop: {said}\n")


def test_a_device_is_no_workspace_and_no_file_to_import(
    workspace_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run("kpi", "/dev/null", "--from", "2026-11-01", "--to", "2026-11-30")
    assert capsys.readouterr().err == (
        "esn-desktop kpi: argument workspace: /dev/null is not a workspace file: it is a device"
        " (see esn-desktop kpi --help)\n"
    )
    code, _, err = run("import", str(workspace_file), "/dev/null")
    assert (code, err) == (
        1,
        "esn-desktop: /dev/null is a device, not a file to import (.json, .xlsx, .csv, .tsv or .txt)\n",
    )


def test_a_folder_to_import_is_said_a_folder(workspace_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "adir"
    folder.mkdir()
    code, _, err = run("import", str(workspace_file), str(folder))
    assert (code, err) == (
        1,
        f"esn-desktop: {folder} is a folder, not a file to import (.json, .xlsx, .csv, .tsv or .txt)\n",
    )
    code, _, err = run("import", str(workspace_file), str(tmp_path / "missing.json"))
    assert (code, err) == (1, f"esn-desktop: no file at {tmp_path / 'missing.json'}\n")


@pytest.mark.parametrize("name", ["copy.esn", "out.txt", "out.csv"])
def test_an_export_says_the_two_endings_it_takes(workspace_file: Path, tmp_path: Path, name: str) -> None:
    code, _, err = run("export", str(workspace_file), str(tmp_path / name))
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: the export was refused (1 problem); nothing was written",
        f"  {name}: (file): must end in .json or .xlsx: a whole workspace exports to either",
    ]
    assert not (tmp_path / name).exists()


def test_an_empty_output_name_is_refused_not_taken_for_the_current_folder(
    workspace_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run("review", str(workspace_file), "--month", "2026-11", "-o", "")
    assert capsys.readouterr().err == (
        "esn-desktop review: argument -o/--output: a file name is needed, not an empty one"
        " (see esn-desktop review --help)\n"
    )


@pytest.mark.parametrize("count", ["0", "100001", "99999999"])
def test_demo_prospects_outside_1_to_100000_is_one_line_and_nothing_is_made(
    tmp_path: Path, count: str
) -> None:
    code, _, err = run("demo", str(tmp_path / "d.esn"), "--prospects", count)
    assert (code, err) == (1, f"esn-desktop: --prospects must be 1 to 100,000, not {int(count):,}\n")
    assert list(tmp_path.iterdir()) == []
