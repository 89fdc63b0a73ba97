"""No acknowledged commit is lost while other processes read the open workspace.

Each trigger below once dropped the writer's locks on the file (closing any descriptor on a
database drops every POSIX lock the process holds on it); a reader in another process then
took itself for the last connection, checkpointed and deleted the live log, and the writer's
next commits vanished. Here a real writer process commits, meets the trigger, readers run the
documented commands, the writer commits again and dies without closing: every commit is there.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from esn_desktop.store.database import create_workspace

WRITER = Path(__file__).with_name("workspace_writer.py")
ROOT = Path(__file__).resolve().parents[2]


class WriterProcess:
    def __init__(self, workspace: Path) -> None:
        self.process = subprocess.Popen(
            [
                "strace",
                "-f",
                "-e",
                "trace=openat,close,fcntl",
                "-o",
                "/tmp/st2.txt",
                sys.executable,
                str(WRITER),
                str(workspace),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def say(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def crash(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("exit\n")
        self.process.stdin.flush()
        assert self.process.wait(timeout=30) == 0
        self.process.stdin.close()
        assert self.process.stdout is not None
        self.process.stdout.close()


def _readers(workspace: Path, folder: Path) -> None:
    """The documented commands that read a workspace while the app has it open, one after the
    other in one process of their own, as a script beside the app would run them."""
    commands = [
        ["kpi", str(workspace), "--from", "2026-01-01", "--to", "2026-12-31"],
        ["check", str(workspace)],
        ["backup", str(workspace), "-o", str(folder / "copy.esn")],
        ["export", str(workspace), str(folder / "export.json")],
        ["review", str(workspace), "--month", "2026-11", "-o", str(folder / "review.pdf")],
    ]
    script = (
        f"import sys; from esn_desktop.cli import main; sys.exit(max(main(args) for args in {commands!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr


def _writer_after_five_commits_and(trigger: str, workspace: Path) -> WriterProcess:
    create_workspace(workspace).close()
    writer = WriterProcess(workspace)
    assert writer.say("commit 5") == "ok 5"
    assert writer.say(f"trigger {trigger}") == "ok"
    return writer


def _saved_names(workspace: Path) -> list[str]:
    connection = sqlite3.connect(workspace)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in connection.execute("SELECT name FROM accounts ORDER BY name")]
    finally:
        connection.close()


@pytest.mark.parametrize(
    "trigger",
    ["nothing", "second-opening", "inspect", "foreign-open", "mime", "qt-file-dialog", "app-file-dialog"],
)
def test_commits_survive_a_trigger_then_readers_then_a_crash(tmp_path: Path, trigger: str) -> None:
    workspace = tmp_path / "client.esn"
    writer = _writer_after_five_commits_and(trigger, workspace)
    _readers(workspace, tmp_path)
    assert writer.say("commit 5") == "ok 10"
    writer.crash()

    assert _saved_names(workspace) == [f"Edit {n:05d}" for n in range(10)]


def _foreign_reader(workspace: Path) -> None:
    """Another program that opens the file for writing, reads and closes: it would remove the
    log if it found no other connection holding the file."""
    script = (
        f"import sqlite3; c = sqlite3.connect({str(workspace)!r}); "
        "c.execute('SELECT COUNT(*) FROM accounts').fetchone(); c.close()"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


@pytest.mark.parametrize("trigger", ["nothing", "second-opening", "inspect", "app-file-dialog"])
def test_the_app_keeps_its_locks_on_the_open_workspace(tmp_path: Path, trigger: str) -> None:
    """Nothing in the app's process opens the file but SQLite: even a program that is not ours
    finds the workspace held, and leaves its log alone."""
    workspace = tmp_path / "client.esn"
    writer = _writer_after_five_commits_and(trigger, workspace)
    _foreign_reader(workspace)
    assert Path(f"{workspace}-wal").exists()
    assert writer.say("commit 5") == "ok 10"
    writer.crash()

    assert _saved_names(workspace) == [f"Edit {n:05d}" for n in range(10)]


@pytest.mark.parametrize("trigger", ["foreign-open", "mime", "qt-file-dialog"])
def test_a_writer_whose_log_was_removed_refuses_to_acknowledge(tmp_path: Path, trigger: str) -> None:
    """Code outside the app's control (another library reading the file, Qt's own dialog) does
    drop the locks, and a program that is not ours then removes the log: the writer refuses
    every change in one line, and what it acknowledged before is kept."""
    workspace = tmp_path / "client.esn"
    writer = _writer_after_five_commits_and(trigger, workspace)
    _foreign_reader(workspace)
    assert not Path(f"{workspace}-wal").exists()  # the trap is real: the log is gone

    answer = writer.say("commit 1")
    writer.crash()

    assert answer == (
        "refused 5 client.esn was changed by another program while open here; this change was not "
        "saved. Close the workspace and open it again"
    )
    assert _saved_names(workspace) == [f"Edit {n:05d}" for n in range(5)]
