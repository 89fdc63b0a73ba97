"""A workspace that cannot be written (a read-only file in a read-only folder: a backup disk, a
colleague's share) is read by every reading command, refused by the writing ones as read-only,
never called damaged, and left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import create_workspace
from tests.conftest import SMALL_WORKSPACE

ROOT = Path(__file__).resolve().parents[2]


def _as_a_user() -> list[str]:
    """Root reads and writes whatever the modes say: the commands run without that power."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes cannot be made to bind")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_as_a_user(), sys.executable, "-m", "esn_desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def read_only_workspace(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "archive"
    folder.mkdir()
    workspace = folder / "client.esn"
    with create_workspace(workspace) as ws:
        import_document(ws, SMALL_WORKSPACE)
    workspace.chmod(0o444)
    folder.chmod(0o555)
    before = _snapshot(folder)
    yield workspace
    assert _snapshot(folder) == before  # not a byte written, not a file added
    folder.chmod(0o755)


@pytest.mark.parametrize(
    "command",
    [
        ["kpi", "{ws}", "--from", "2026-01-01", "--to", "2026-12-31", "--json"],
        ["check", "{ws}"],
        ["export", "{ws}", "{out}/export.json"],
        ["export", "{ws}", "{out}/export.xlsx"],
        ["backup", "{ws}", "-o", "{out}/copy.esn"],
        ["plan", "{ws}", "--all", "--month", "2026-11", "-o", "{out}/plans"],
        ["review", "{ws}", "--month", "2026-11", "-o", "{out}/review.pdf"],
    ],
)
def test_reading_commands_work_on_a_read_only_workspace(
    read_only_workspace: Path, tmp_path: Path, command: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = _run(*(word.format(ws=read_only_workspace, out=out) for word in command))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" or "damaged" not in result.stderr
    assert any(out.rglob("*")) or command[0] in ("kpi", "check")


def test_writing_commands_say_read_only_never_damaged(read_only_workspace: Path) -> None:
    imported = _run("import", str(read_only_workspace), str(SMALL_WORKSPACE))
    assert (imported.returncode, imported.stderr) == (
        1,
        "esn-desktop: client.esn is read-only; it can be opened for reading only\n",
    )
    backup = _run("backup", str(read_only_workspace))
    assert (backup.returncode, backup.stderr) == (
        1,
        "esn-desktop: cannot back up client.esn beside it: its folder is read-only "
        "(backup -o writes elsewhere)\n",
    )


def test_a_workspace_open_for_reading_serves_many_threads_at_once(tmp_path: Path) -> None:
    """The window reads from several background threads at once (board, no-shows, plans,
    exports): each must keep its own connection while it reads."""
    import threading

    from sqlalchemy import text

    from esn_desktop.store.database import Workspace, open_workspace

    path = tmp_path / "client.esn"
    with create_workspace(path) as ws:
        import_document(ws, SMALL_WORKSPACE)
    failures: list[BaseException] = []
    start = threading.Barrier(12)

    def read(workspace: Workspace) -> None:
        start.wait()
        try:
            for _ in range(40):
                with workspace.session() as session:
                    session.execute(text("SELECT count(*) FROM accounts, contacts, activities")).one()
        except BaseException as error:  # collected, then reported by the test
            failures.append(error)

    with open_workspace(path, write=False) as reader:
        threads = [threading.Thread(target=read, args=(reader,)) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []


def test_an_older_workspace_in_a_read_only_place_says_how_to_open_it(tmp_path: Path) -> None:
    from sqlalchemy import text

    from esn_desktop.store.migrations_runner import downgrade

    folder = tmp_path / "archive"
    folder.mkdir()
    workspace = folder / "old.esn"
    with create_workspace(workspace) as ws, ws.engine.begin() as connection:
        connection.execute(text("INSERT INTO salespeople (name) VALUES ('Hélène')"))
        downgrade(connection, "0001")
    workspace.chmod(0o444)
    folder.chmod(0o555)
    try:
        result = _run("kpi", str(workspace), "--from", "2026-01-01", "--to", "2026-12-31")
    finally:
        folder.chmod(0o755)
    assert (result.returncode, result.stderr) == (
        1,
        "esn-desktop: old.esn cannot be read here: it was saved by an older version (schema 0001) "
        "and must be upgraded, and it is read-only; copy it to a folder you can write to, then open "
        "the copy\n",
    )


def test_a_read_only_folder_holding_unfinished_changes_says_how_to_open_them(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    workspace = folder / "client.esn"
    with create_workspace(workspace) as ws:
        import_document(ws, SMALL_WORKSPACE)
        # A copy taken while the app wrote: the file and its log, without the log's index.
        shutil.copyfile(workspace, tmp_path / "copy.esn")
        shutil.copyfile(f"{workspace}-wal", tmp_path / "copy.esn-wal")
    for name in ("client.esn", "client.esn.lock"):
        (folder / name).unlink()
    for name in ("copy.esn", "copy.esn-wal"):
        (tmp_path / name).rename(folder / name)
    folder.chmod(0o555)
    try:
        result = _run("kpi", str(folder / "copy.esn"), "--from", "2026-01-01", "--to", "2026-12-31")
    finally:
        folder.chmod(0o755)
    assert (result.returncode, result.stderr) == (
        1,
        "esn-desktop: copy.esn has unfinished changes in copy.esn-wal and its folder is read-only; "
        "copy both files to a folder you can write to, then open the copy\n",
    )
