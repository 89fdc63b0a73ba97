"""A command's public holidays kept for the next one (esn_desktop/holiday_memory.py)."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest

from esn_desktop import holiday_memory
from esn_desktop.domain import calendar
from esn_desktop.domain.calendar import HolidayRegion, Period, WorkingCalendar

YEAR_2026 = Period(date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture(autouse=True)
def nothing_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar, "known_holidays", {})


def count_in_a_run(folder: Path, region: HolidayRegion = HolidayRegion.METROPOLE) -> int:
    """One command's run: what it knows at its start is only what the folder kept."""
    calendar.known_holidays.clear()
    calendar._prefix.cache_clear()  # counts made of the holidays, kept by the process
    with holiday_memory.remembered_holidays(folder):
        return WorkingCalendar(region).count(YEAR_2026)


def refuse_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_package(region: HolidayRegion, year: int) -> frozenset[date]:
        raise AssertionError(f"the holidays package was asked for {region} {year}")

    monkeypatch.setattr(calendar, "public_holidays", no_package)


def test_the_next_run_counts_without_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert count_in_a_run(tmp_path) == 252  # 2026: 261 weekdays, 9 holidays on a weekday
    kept = tmp_path / "holidays.json"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert "2026-07-14" in json.loads(kept.read_text())["years"]["metropole/2026"]

    refuse_the_package(monkeypatch)
    assert count_in_a_run(tmp_path) == 252


def test_each_region_is_kept_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    metropole = count_in_a_run(tmp_path)
    alsace = count_in_a_run(tmp_path, HolidayRegion.ALSACE_MOSELLE)
    assert alsace == metropole - 1  # Good Friday; 26 December 2026 is a Saturday
    refuse_the_package(monkeypatch)
    assert (count_in_a_run(tmp_path), count_in_a_run(tmp_path, HolidayRegion.ALSACE_MOSELLE)) == (
        metropole,
        alsace,
    )


def test_another_install_of_the_package_computes_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count_in_a_run(tmp_path)
    kept = tmp_path / "holidays.json"
    # As an updated package would, were its holidays different: the file says 2026 has none.
    content = json.loads(kept.read_text())
    content["years"]["metropole/2026"] = []
    kept.write_text(json.dumps(content))
    assert count_in_a_run(tmp_path) == 261
    monkeypatch.setattr(holiday_memory, "_package_mark", lambda: "another install")
    assert count_in_a_run(tmp_path) == 252
    assert json.loads(kept.read_text())["package"] == "another install"


@pytest.mark.parametrize(
    "content", ["", "{", '{"package": 1}', "[]", '{"package": "x", "years": {"mars/2026": []}}']
)
def test_an_unreadable_file_is_computed_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setattr(holiday_memory, "_package_mark", lambda: "x")
    (tmp_path / "holidays.json").write_text(content)
    assert count_in_a_run(tmp_path) == 252
    assert json.loads((tmp_path / "holidays.json").read_text())["years"]["metropole/2026"][0] == "2026-01-01"


def test_a_folder_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    assert count_in_a_run(blocked / "cache") == 252


def test_kpi_keeps_them_in_the_users_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.conftest import run
    from tests.conftest import SMALL_WORKSPACE

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calendar._prefix.cache_clear()
    workspace = str(tmp_path / "w.esn")
    assert run("import", workspace, str(SMALL_WORKSPACE))[0] == 0
    assert run("kpi", workspace, "--from", "2026-01-01", "--to", "2026-12-31")[0] == 0
    kept = json.loads((tmp_path / "cache" / "esn-desktop" / "holidays.json").read_text())
    assert "2026-12-25" in kept["years"]["metropole/2026"]
