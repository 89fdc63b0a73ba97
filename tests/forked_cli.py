"""The command line in processes of their own, forked from one that imported it once: a test
that runs many commands as a script would pays Python's start and the imports once, not each
time.

The forkserver process imports this module and every module of the package but the window's,
then runs `demo` and `import` a first time in a temporary folder, so that what a command
imports or loads when it runs is there too. Each process started after is a fork of it: an
ordinary process of its own, with its own environment, standard input not a terminal (/dev/null),
that a SIGKILL stops wherever it is, as one started by `python -m esn_desktop`.
"""

from __future__ import annotations

import importlib
import io
import multiprocessing
import os
import pkgutil
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
    import esn_desktop

    for module in pkgutil.walk_packages(esn_desktop.__path__, "esn_desktop."):
        if not module.name.startswith(("esn_desktop.ui", "esn_desktop.app", "esn_desktop.__main__")):
            importlib.import_module(module.name)
    with tempfile.TemporaryDirectory() as folder:
        for index, (command, *rest) in enumerate(WARMED):
            workspace = str(Path(folder) / f"warm-{index}.esn")
            assert main([command, workspace, *rest], out=io.StringIO(), err=io.StringIO()) == 0
            assert main(["check", workspace], out=io.StringIO(), err=io.StringIO()) == 0


_started: list[bool] = []
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
    if _started:
        return
    _started.append(True)
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


def _captured_main(args: list[str], env: dict[str, str], out: str, err: str) -> None:
    os.environ.clear()
    os.environ.update(env)
    for stream, path in ((1, out), (2, err)):
        opened = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(opened, stream)
        os.close(opened)
    sys.exit(main(args))


def run(args: list[str], env: dict[str, str], *, timeout: float = 120) -> tuple[int, str, str]:
    """`esn-desktop ARGS` in a process of its own with environment `env` and standard input
    /dev/null: its exit status, standard output and standard error (`ready()` first)."""
    with tempfile.TemporaryDirectory() as folder:
        out, err = str(Path(folder) / "out"), str(Path(folder) / "err")
        process = multiprocessing.get_context("forkserver").Process(
            target=_captured_main, args=(args, env, out, err), daemon=True
        )
        process.start()
        process.join(timeout)
        if process.exitcode is None:
            process.kill()
            process.join()
            raise TimeoutError(f"esn-desktop {' '.join(args)} ran over {timeout} s")
        return process.exitcode, Path(out).read_text(encoding="utf-8"), Path(err).read_text(encoding="utf-8")
