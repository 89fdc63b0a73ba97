"""Outputs that are not regular files (a device, a pipe, a folder, links): refused in one line,
whatever --force says, and left as they were; a link to a file is written through."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import run

NOVEMBER = ["--month", "2026-11", "--as-of", "2026-11-20"]


@pytest.fixture
def workspace_file(imported_file_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(imported_file_template, copy)
    return copy / "exemple.esn"


def _writers(workspace: Path, output: Path) -> dict[str, list[str]]:
    return {
        "review": ["review", str(workspace), *NOVEMBER, "-o", str(output)],
        "plan": ["plan", str(workspace), "--salesperson", "Karim Benali", *NOVEMBER, "-o", str(output)],
        "export": ["export", str(workspace), str(output)],
        "calendar": [
            "calendar",
            str(workspace),
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "-o",
            str(output),
        ],
        "person": [
            "person",
            str(workspace),
            "--contact",
            "Sophie Marchand",
            "--account",
            "Mutuelle Horizon",
            "-o",
            str(output),
        ],
    }


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "unexpected" not in err and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("command", ["review", "plan", "export", "calendar", "person"])
def test_a_fifo_given_as_output_is_refused_and_stays_a_fifo(
    workspace_file: Path, tmp_path: Path, command: str
) -> None:
    fifo = tmp_path / "mypipe.json"
    os.mkfifo(fifo)
    code, _, err = run(*_writers(workspace_file, fifo)[command], "--force")
    assert code != 0
    assert (
        _one_line(err) == f"esn-desktop: {fifo} is not a regular file: it is a named pipe; choose a file name"
    )
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mypipe.json", "ws"]  # no partial left


@pytest.mark.skipif(not Path("/dev/null").is_char_device(), reason="a system without /dev/null")
def test_a_device_given_as_output_is_refused(workspace_file: Path) -> None:
    code, _, err = run(*_writers(workspace_file, Path("/dev/null"))["review"], "--force")
    assert code != 0
    assert "/dev/null is not a regular file: it is a device" in _one_line(err)
    assert Path("/dev/null").is_char_device()


def test_a_folder_given_as_output_is_refused(workspace_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "dir.pdf"
    folder.mkdir()
    code, _, err = run(*_writers(workspace_file, folder)["review"], "--force")
    assert code != 0
    assert "is not a regular file: it is a folder" in _one_line(err)


def test_a_link_is_refused_even_forced_and_what_it_points_to_is_untouched(
    workspace_file: Path, tmp_path: Path
) -> None:
    """The rule for links (private_files._not_regular): refused, never replaced nor followed."""
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _, err = run(*_writers(workspace_file, link)["export"], "--force")
    assert code != 0
    assert (
        _one_line(err)
        == f"esn-desktop: {link} is not a regular file: it is a link to {real}; name the file itself"
    )
    assert link.is_symlink() and real.read_text() == "{}"
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere.json")
    code, _, err = run(*_writers(workspace_file, dangling)["review"], "--force")
    assert code != 0
    assert "is not a regular file: it is a link to nothing; name a file" in _one_line(err)
    assert not (tmp_path / "nowhere.json").exists()
