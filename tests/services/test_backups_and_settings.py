import os
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from esn_desktop.domain.calendar import HolidayRegion
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.settings import WorkspaceSettings
from esn_desktop.interchange.json_format import read_json
from esn_desktop.interchange.validation import parse_settings
from esn_desktop.services.backups import backup_due, last_backup, scheduled_backup
from esn_desktop.services.transfer import export_workspace, import_document
from esn_desktop.services.workspace_settings import update_workspace_settings, workspace_settings
from esn_desktop.store.backup import backups_dir_for
from esn_desktop.store.database import create_workspace, open_workspace
from tests.conftest import leftover_partial, mode, names_in


@pytest.mark.file_only("backups beside a file")
def test_scheduled_backups_are_due_after_the_interval_and_pruned(small_workspace) -> None:
    path = small_workspace.path
    now = datetime.now()
    assert last_backup(path) is None
    assert backup_due(path, every=timedelta(hours=24), now=now)
    written = [scheduled_backup(small_workspace, keep=3) for _ in range(5)]
    kept = sorted(backups_dir_for(path).glob("*-scheduled.esn"))
    assert kept == written[-3:]
    assert not backup_due(path, every=timedelta(hours=24), now=now + timedelta(hours=23))
    assert backup_due(path, every=timedelta(hours=24), now=now + timedelta(hours=25))
    with open_workspace(kept[-1], write=False) as copy:  # a real, openable workspace
        assert workspace_settings(copy).company_name == workspace_settings(small_workspace).company_name


@pytest.mark.file_only("backups beside a file")
def test_a_killed_backup_is_swept_by_the_next_and_never_counts_as_the_last(
    small_workspace, dead_pid, umask_022
) -> None:
    path = small_workspace.path
    first = scheduled_backup(small_workspace)
    folder = backups_dir_for(path)
    assert mode(folder) == 0o700 and mode(first) == 0o600
    os.utime(first, (0, 0))
    killed = leftover_partial(folder / f"{path.stem}-20261120-093000-000000-scheduled.esn", dead_pid, 1 << 20)
    assert last_backup(path) == datetime.fromtimestamp(0)  # the leftover, newer and as large, is no backup
    second = scheduled_backup(small_workspace)
    assert names_in(folder) == sorted([first.name, second.name]) and not killed.exists()


def test_settings_are_saved_or_refused_whole(small_workspace) -> None:
    before = workspace_settings(small_workspace)
    changed = replace(
        before,
        company_name="Numeria Conseil",
        holiday_region=HolidayRegion.ALSACE_MOSELLE,
        employer_charge_rate=Decimal("0.42"),
        yearly_worked_days=Decimal(215),
    )
    update_workspace_settings(small_workspace, changed)
    assert workspace_settings(small_workspace) == changed
    with pytest.raises(ValidationError) as refused:
        update_workspace_settings(
            small_workspace,
            replace(
                changed, company_name=" ", yearly_worked_days=Decimal(0), employer_charge_rate=Decimal(-1)
            ),
        )
    assert sorted(p.field for p in refused.value.problems) == [
        "company_name",
        "employer_charge_rate",
        "yearly_worked_days",
    ]
    assert workspace_settings(small_workspace) == changed


def test_idle_lock_minutes_are_a_setting_of_0_to_240_defaulting_to_10(small_workspace, tmp_path) -> None:
    before = workspace_settings(small_workspace)
    assert before.idle_lock_minutes == 10  # the small document does not say: the default
    update_workspace_settings(small_workspace, replace(before, idle_lock_minutes=0))
    assert workspace_settings(small_workspace).idle_lock_minutes == 0
    with pytest.raises(ValidationError) as refused:
        update_workspace_settings(small_workspace, replace(before, idle_lock_minutes=500))
    assert refused.value.problems == [
        Problem("settings", "idle_lock_minutes", "must be at most 240 (0: never)")
    ]
    assert workspace_settings(small_workspace).idle_lock_minutes == 0
    # The documents carry it; one without it reads as the default.
    export_workspace(small_workspace, tmp_path / "out.json")
    assert read_json(tmp_path / "out.json")["settings"]["idle_lock_minutes"] == 0
    problems: list[Problem] = []
    assert parse_settings({"company_name": "Acme"}, problems) == WorkspaceSettings(company_name="Acme")
    assert parse_settings({"company_name": "Acme", "idle_lock_minutes": "-3"}, problems) is None
    assert problems == [Problem("settings", "idle_lock_minutes", "must be at least 0")]


def test_idle_lock_minutes_travel_in_a_workbook(small_workspace, tmp_path) -> None:
    update_workspace_settings(
        small_workspace, replace(workspace_settings(small_workspace), idle_lock_minutes=25)
    )
    export_workspace(small_workspace, tmp_path / "out.xlsx")
    with create_workspace(tmp_path / "copy.esn") as copy:
        import_document(copy, tmp_path / "out.xlsx")
        assert workspace_settings(copy).idle_lock_minutes == 25
