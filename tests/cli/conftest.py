"""The command line run in this process, and a workspace imported from the shared example."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from esn_desktop.cli import main
from tests.conftest import SMALL_WORKSPACE


def run(*args: str) -> tuple[int, str, str]:
    """`esn-desktop ARGS`: its exit status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    path = tmp_path / "exemple.esn"
    code, out, err = run("import", str(path), str(SMALL_WORKSPACE))
    assert code == 0, err
    assert "3 accounts" in out
    return path
