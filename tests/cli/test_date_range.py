"""The dates the app takes, 1900 to 2200 (domain.calendar): a date outside, in an option or in a
document, is refused in one line naming the option or the field, before anything is written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import run
from tests.conftest import SMALL_WORKSPACE


@pytest.fixture
def workspace_file(imported_file_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(imported_file_template, copy)
    return copy / "exemple.esn"


@pytest.mark.parametrize(
    ("args", "option", "value"),
    [
        (["kpi", "{ws}", "--from", "0001-01-01", "--to", "9999-12-31"], "--from", "0001-01-01"),
        (["kpi", "{ws}", "--from", "2026-11-01", "--to", "9999-12-31"], "--to", "9999-12-31"),
        (["demo", "{new}", "--as-of", "9999-12-31", "--prospects", "2"], "--as-of", "9999-12-31"),
        (["demo", "{new}", "--as-of", "0001-01-01", "--prospects", "2"], "--as-of", "0001-01-01"),
        (["review", "{ws}", "--month", "9999-12", "-o", "{out}/r.pdf"], "--month", "9999-12"),
        (["review", "{ws}", "--month", "0001-01", "-o", "{out}/r.pdf"], "--month", "0001-01"),
        (["plan", "{ws}", "--all", "--month", "0001-01", "-o", "{out}/plans"], "--month", "0001-01"),
        (
            ["calendar", "{ws}", "--from", "1899-12-31", "--to", "2026-12-31", "-o", "{out}/c.ics"],
            "--from",
            "1899-12-31",
        ),
    ],
)
def test_an_option_date_outside_the_years_taken_is_one_line(
    workspace_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    option: str,
    value: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    filled = [a.format(ws=workspace_file, new=tmp_path / "new.esn", out=out) for a in args]
    with pytest.raises(SystemExit) as exited:
        run(*filled)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        f"esn-desktop {args[0]}: argument {option}: {value!r} is outside the years 1900 to 2200, the dates"
        f" the app takes (see esn-desktop {args[0]} --help)\n"
    )
    assert list(out.iterdir()) == [] and not (tmp_path / "new.esn").exists()


def test_the_first_and_last_days_taken_work(workspace_file: Path) -> None:
    code, out, err = run("kpi", str(workspace_file), "--from", "1900-01-01", "--to", "2200-12-31", "--json")
    assert code == 0, err
    assert json.loads(out)["period"] == {"from": "1900-01-01", "to": "2200-12-31"}


def test_stale_older_than_more_years_than_taken_is_one_line(workspace_file: Path) -> None:
    code, _, err = run("stale", str(workspace_file), "--older-than", "99999999y")
    assert (code, err) == (
        1,
        "esn-desktop: --older-than '99999999y' is longer than the 300 years of dates the app takes"
        " (the years 1900 to 2200)\n",
    )


@pytest.mark.parametrize(("start", "end"), [("0001-01-01", "2026-12-31"), ("2026-01-01", "9999-12-31")])
def test_a_document_date_outside_the_years_taken_is_refused_naming_the_field(
    tmp_path: Path, start: str, end: str
) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["missions"][0]["start"], document["missions"][0]["end"] = start, end
    source = tmp_path / "far.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    workspace = tmp_path / "far.esn"
    code, _, err = run("import", str(workspace), str(source))
    assert code == 1
    field, day = ("start", start) if start.startswith("0001") else ("end", end)
    assert (
        f"  missions #1: {field}: {day} is outside the years 1900 to 2200, the dates the app takes\n" in err
    )
    assert "unexpected" not in err and not workspace.exists()
