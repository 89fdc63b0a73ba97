"""New workspaces appear whole or not at all, whatever moment a kill chooses.

`demo` and `import` are killed (SIGKILL) at moments spread over their run; each time the folder
holds either no workspace or one that `check` finds complete, and the same command run again
succeeds and sweeps what the killed run left. Each command runs in a process of its own, forked
from one that imported the command line once (tests/forked_cli.py): Python's start is
paid once, not 32 times.
"""

from __future__ import annotations

import io
import random
import signal
import time
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from esn_desktop.cli import main
from esn_desktop.domain.errors import EsnError
from esn_desktop.services.workspaces import create_company_workspace
from esn_desktop.store.database import new_workspace
from tests import forked_cli
from tests.conftest import SMALL_WORKSPACE

KILLS_PER_COMMAND = 15


def _command(kind: str, workspace: Path) -> list[str]:
    if kind == "demo":
        return ["demo", str(workspace), "--prospects", "150", "--seed", "3", "--as-of", "2026-11-20"]
    return ["import", str(workspace), str(SMALL_WORKSPACE), "--quiet"]


def _run(args: list[str]) -> BaseProcess:
    return forked_cli.start(args)


def _partial_appears(folder: Path, process: BaseProcess) -> float:
    """When the command began writing its workspace under a partial name."""
    while not any(p.name.endswith(".part") for p in folder.iterdir()):
        assert process.is_alive(), "the command ended without writing a partial file"
        time.sleep(0.002)
    return time.monotonic()


def _complete(workspace: Path) -> bool:
    return main(["check", str(workspace)], out=io.StringIO()) == 0


@pytest.mark.parametrize("kind", ["demo", "import"])
def test_a_kill_at_any_moment_leaves_no_workspace_or_a_whole_one(tmp_path: Path, kind: str) -> None:
    chooser = random.Random(kind)
    # How long the writing takes here (from the partial file's appearance), so that the kills
    # spread over the whole of it rather than over the interpreter's start.
    timed = tmp_path / "timed"
    timed.mkdir()
    forked_cli.ready()
    process = _run(_command(kind, timed / "client.esn"))
    writing_from = _partial_appears(timed, process)
    process.join(timeout=120)
    assert process.exitcode == 0
    writing = time.monotonic() - writing_from
    folders = [tmp_path / f"kill-{attempt}" for attempt in range(KILLS_PER_COMMAND)]
    delays = [chooser.uniform(0, writing * 1.1) for _ in folders]
    _kill_while_writing(kind, list(zip(folders, delays, strict=True)))
    outcomes = {"none": 0, "whole": 0}
    for attempt, folder in enumerate(folders):
        workspace = folder / "client.esn"
        if workspace.exists():
            assert _complete(workspace), attempt
            outcomes["whole"] += 1
            continue
        outcomes["none"] += 1
        assert main(_command(kind, workspace), out=io.StringIO(), err=io.StringIO()) == 0, attempt
        assert _complete(workspace)
        # The killed run's partial file and its companions were swept by the next one.
        assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == [], attempt
    assert outcomes["none"] > 0  # the kills did land during the work


def _kill_while_writing(kind: str, jobs: list[tuple[Path, float]], at_once: int = 3) -> None:
    """Runs the command in each folder, a few at a time, each killed after its own delay from its
    own partial file's appearance.

    One thread starts, watches and kills them all: multiprocessing's processes are not to be
    watched from several threads (starting one polls the others, and two polls of a forkserver's
    child race for its exit status, one of them reading 255).
    """
    waiting = list(jobs)
    running: list[tuple[BaseProcess, Path, float, float | None]] = []
    while waiting or running:
        while waiting and len(running) < at_once:
            folder, delay = waiting.pop()
            folder.mkdir()
            running.append((_run(_command(kind, folder / "client.esn")), folder, delay, None))
        for entry in list(running):
            process, folder, delay, kill_at = entry
            now = time.monotonic()
            if kill_at is None:
                if any(p.name.endswith(".part") for p in folder.iterdir()):
                    running[running.index(entry)] = (process, folder, delay, now + delay)
                else:
                    assert process.is_alive(), "the command ended without writing a partial file"
            elif now >= kill_at:
                process.kill()  # SIGKILL
                process.join(timeout=30)
                assert process.exitcode in (-signal.SIGKILL, 0)  # killed, or done before the kill
                running.remove(entry)
        time.sleep(0.002)


def test_a_workspace_refused_midway_leaves_nothing(tmp_path: Path) -> None:
    workspace = tmp_path / "client.esn"
    with pytest.raises(EsnError, match="refused"), new_workspace(workspace):
        raise EsnError("refused")
    assert list(tmp_path.iterdir()) == []
    create_company_workspace(workspace, company_name="Client SA").close()
    assert workspace.stat().st_mode & 0o777 == 0o600
