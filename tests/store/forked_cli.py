"""The command line in processes of their own, forked from one that imported it once: a test
that starts and kills many commands pays Python's start and the imports once, not each time.

The forkserver process imports this module, then runs each command a first time in a
temporary folder, so that what a command imports when it runs is imported there too. Each
process started after is a fork of it: an ordinary process of its own, that a SIGKILL stops
wherever it is, as one started by `python -m esn_desktop`.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import sys
import tempfile
from multiprocessing import forkserver
from multiprocessing.process import BaseProcess
from pathlib import Path

from esn_desktop.cli import main
from tests.conftest import SMALL_WORKSPACE

#: The commands whose imports are done before any fork (their arguments, after the workspace).
WARMED = (
    ("demo", "--prospects", "2", "--seed", "3", "--as-of", "2026-11-20"),
    ("import", str(SMALL_WORKSPACE), "--quiet"),
)


def _warm() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for index, (command, *rest) in enumerate(WARMED):
            workspace = str(Path(folder) / f"warm-{index}.esn")
            assert main([command, workspace, *rest], out=io.StringIO(), err=io.StringIO()) == 0
            assert main(["check", workspace], out=io.StringIO(), err=io.StringIO()) == 0


#: Set while the forkserver starts: the process that warms, never the tests' own.
_WARM = "ESN_FORKED_CLI_WARM"
if os.environ.get(_WARM):
    _warm()


def _quiet_main(args: list[str]) -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    sys.exit(main(args))


def ready() -> None:
    """Starts the forkserver, which imports this module and warms the commands (once a session)."""
    multiprocessing.get_context("forkserver").set_forkserver_preload([__name__])
    os.environ[_WARM] = "1"
    try:
        forkserver.ensure_running()
    finally:
        del os.environ[_WARM]


def start(args: list[str]) -> BaseProcess:
    """`esn-desktop ARGS` started in a process of its own (`ready()` first), its output thrown away."""
    process = multiprocessing.get_context("forkserver").Process(target=_quiet_main, args=(args,), daemon=True)
    process.start()
    return process
