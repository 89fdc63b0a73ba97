"""An activity's start time (`time`, HH:MM, Paris wall-clock) and a no-show's `rescheduled` mark go
out and come back in JSON and XLSX."""

import json
from datetime import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from esn_desktop.domain.errors import ValidationError
from esn_desktop.services.transfer import export_workspace, import_document
from esn_desktop.store import models as m
from esn_desktop.store.database import create_workspace
from tests.conftest import SMALL_WORKSPACE


def timed_document(tmp_path: Path) -> Path:
    """The small example with a time on its first two activities (one at 9:05, to keep the zero)."""
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["activities"][0]["time"] = "14:30"
    document["activities"][1]["time"] = "09:05"
    path = tmp_path / "timed.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def start_times(workspace) -> list[time | None]:
    with workspace.session() as session:
        return list(session.execute(select(m.Activity.start_time).order_by(m.Activity.id)).scalars())


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_times_survive_export_import_export(workspace, tmp_path: Path, suffix: str) -> None:
    import_document(workspace, timed_document(tmp_path))
    assert start_times(workspace)[:3] == [time(14, 30), time(9, 5), None]
    export_workspace(workspace, tmp_path / "first.json")
    export_workspace(workspace, tmp_path / f"out{suffix}")
    with create_workspace(tmp_path / "copy.esn") as copy:
        import_document(copy, tmp_path / f"out{suffix}")
        assert start_times(copy) == start_times(workspace)
        export_workspace(copy, tmp_path / "again.json")
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again == first
    assert [a["time"] for a in first["activities"][:3]] == ["14:30", "09:05", None]


def test_the_workbook_holds_times_as_hh_mm_text(workspace, tmp_path: Path) -> None:
    import_document(workspace, timed_document(tmp_path))
    export_workspace(workspace, tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx")["activities"]
    column = [cell.value for cell in sheet[1]].index("time") + 1
    cells = [sheet.cell(row, column) for row in (2, 3, 4)]
    assert [cell.value for cell in cells] == ["14:30", "09:05", None]
    assert cells[0].data_type == "s"


def test_a_time_typed_into_a_spreadsheet_cell_reads_as_that_time(workspace, tmp_path: Path) -> None:
    """Excel turns 14:30 typed in a cell into a time value, not text."""
    workbook = Workbook()
    workbook.active.title = "settings"
    workbook["settings"].append(["key", "value"])
    workbook["settings"].append(["format", "esn-desktop/1"])
    accounts = workbook.create_sheet("accounts")
    accounts.append(["name"])
    accounts.append(["Transports Lemaire"])
    activities = workbook.create_sheet("activities")
    activities.append(["kind", "status", "date", "account", "time"])
    activities.append(["meeting", "planned", "2026-12-03", "Transports Lemaire", time(14, 30)])
    activities.append(["call", "planned", "2026-12-03", "Transports Lemaire", "9:00"])
    workbook.save(tmp_path / "typed.xlsx")
    import_document(workspace, tmp_path / "typed.xlsx")
    assert start_times(workspace) == [time(14, 30), time(9, 0)]


@pytest.mark.parametrize(
    ("written", "shown"),
    [("25:00", "'25:00'"), ("14h30", "'14h30'"), ("14:60", "'14:60'"), ("2 pm", "'2 pm'"), (1430, "1430")],
)
def test_a_wrong_time_is_refused_in_one_line_naming_item_and_field(
    workspace, tmp_path: Path, written: object, shown: str
) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["activities"][2]["time"] = written
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_document(workspace, path)
    assert [str(p) for p in refused.value.problems] == [
        f"activities #3: time: must be a time written HH:MM on a 24-hour clock, not {shown}"
    ]
    assert start_times(workspace) == []


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_a_no_show_marked_rescheduled_stays_out_of_the_queue_after_export_and_import(
    small_workspace, tmp_path: Path, suffix: str
) -> None:
    """Agreed by phone: the mark travels as `rescheduled`, or the no-show would come back."""
    from datetime import date

    from esn_desktop.services.no_shows import mark_no_show, mark_rescheduled, no_show_queue

    with small_workspace.session() as session:
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    mark_no_show(small_workspace, activity_id=meeting)
    today = date(2026, 11, 22)
    assert len(no_show_queue(small_workspace, today=today)) == 1
    mark_rescheduled(small_workspace, no_show_id=meeting, today=today)
    export_workspace(small_workspace, tmp_path / f"out{suffix}")
    with create_workspace(tmp_path / "copy.esn") as copy:
        import_document(copy, tmp_path / f"out{suffix}")
        assert no_show_queue(copy, today=today) == []
        export_workspace(copy, tmp_path / "again.json")
    activities = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["activities"]
    assert [a["rescheduled"] for a in activities if a["status"] == "no_show"] == ["2026-11-22", None]


@pytest.mark.parametrize(
    ("status", "rescheduled", "reason"),
    [
        ("done", "2026-11-20", "only a no-show is rescheduled"),
        ("no_show", "2026-11-01", "is before the missed meeting's date"),
        ("no_show", "20/11/2026", "must be a date written YYYY-MM-DD, not '20/11/2026'"),
    ],
)
def test_a_wrong_rescheduled_mark_is_refused(
    workspace, tmp_path: Path, status: str, rescheduled: str, reason: str
) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["activities"][1] |= {"status": status, "rescheduled": rescheduled}  # a meeting on 6 Nov
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_document(workspace, path)
    assert [str(p) for p in refused.value.problems] == [f"activities #2: rescheduled: {reason}"]
