"""An unknown --locale is refused in one line by the parser, before a folder or file is made."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import run


@pytest.fixture
def workspace_file(imported_file_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(imported_file_template, copy)
    return copy / "exemple.esn"


@pytest.mark.parametrize("locale", ["xx", "C", "../../etc"])
@pytest.mark.parametrize("command", ["plan", "review", "kpi"])
def test_an_unknown_locale_is_one_line_and_nothing_is_made(
    workspace_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], locale: str, command: str
) -> None:
    target = tmp_path / "zz"
    args = {
        "plan": ["plan", str(workspace_file), "--all", "--month", "2026-11", "-o", str(target)],
        "review": ["review", str(workspace_file), "--month", "2026-11", "-o", str(target)],
        "kpi": ["kpi", str(workspace_file), "--from", "2026-11-01", "--to", "2026-11-30"],
    }[command]
    with pytest.raises(SystemExit) as exited:
        run(*args, "--locale", locale)
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        f"esn-desktop {command}: argument --locale: {locale!r} is not a locale the app knows: write a"
        f" language and a country, fr_FR or en_GB (see esn-desktop {command} --help)\n"
    )
    assert not target.exists()


def test_a_known_locale_writes_the_plans(workspace_file: Path, tmp_path: Path) -> None:
    code, out, err = run(
        "plan",
        str(workspace_file),
        "--all",
        "--month",
        "2026-11",
        "--locale",
        "en_GB",
        "-o",
        str(tmp_path / "p"),
    )
    assert code == 0, err
    assert out.count("written ") == 2
