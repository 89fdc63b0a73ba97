"""Every day field takes a whole date typed over it: the trial typed « 07/12/2026 » over a
mission's start and kept 02/12/2026, « 31/03/2027 » over its end and got 02/03/2027."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from esn_desktop.ui.forms import date_edit
from esn_desktop.ui.widgets.day_edit import DayEdit

from .test_mission_warnings import TODAY, new_mission, window  # noqa: F401  (the fixture)


@pytest.fixture
def field(qtbot) -> DayEdit:
    edit = date_edit(date(2026, 12, 2))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    return edit


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("07/12/2026", date(2026, 12, 7)),
        ("31/03/2027", date(2027, 3, 31)),
        ("07122026", date(2026, 12, 7)),
        ("7/1/2027", date(2027, 1, 7)),
        ("29.02.2028", date(2028, 2, 29)),
    ],
)
def test_a_whole_date_typed_over_the_selected_field_is_taken(
    qtbot, field: DayEdit, typed: str, day: date
) -> None:
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, typed)
    assert field.date().toPython() == day
    assert field.text() == day.strftime("%d/%m/%Y")


def test_a_date_typed_from_the_day_section_or_after_ctrl_a_is_taken(qtbot, field: DayEdit) -> None:
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(field, "31/03/2027")
    assert field.date().toPython() == date(2027, 3, 31)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "07/12/2026")
    assert field.date().toPython() == date(2026, 12, 7)


def test_a_short_year_is_taken_when_the_field_is_left(qtbot, field: DayEdit) -> None:
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "1/12/26")
    assert field.text() == "1/12/26"  # as typed, not yet a day
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date().toPython() == date(2026, 12, 1)


def test_a_date_that_does_not_exist_is_refused_visibly(qtbot, field: DayEdit) -> None:
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "31/02/2027")
    assert field.date().toPython() == date(2026, 12, 2)
    assert field.text() == "02/12/2026"
    assert field.toolTip() == "“31/02/2027” is not a date: type it as 07/12/2026."
    assert "#b00020" in field.styleSheet()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "28/02/2027")
    assert (field.date().toPython(), field.toolTip(), field.styleSheet()) == (date(2027, 2, 28), "", "")


def test_a_month_typed_in_its_own_section_stays_qt_s(qtbot, field: DayEdit) -> None:
    field.setSelectedSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClicks(field, "05")
    assert field.date().toPython() == date(2026, 5, 2)


def test_escape_gives_the_day_back(qtbot, field: DayEdit) -> None:
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "07/1")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert (field.text(), field.date().toPython()) == ("02/12/2026", date(2026, 12, 2))


def test_the_mission_form_takes_typed_start_and_end(qtbot, monkeypatch, window) -> None:  # noqa: F811
    dialog = new_mission(qtbot, monkeypatch, window)
    for edit, typed, day in (
        (dialog.start, "07/12/2026", date(2026, 12, 7)),
        (dialog.end, "31/03/2027", date(2027, 3, 31)),
    ):
        edit.setFocus()
        edit.lineEdit().selectAll()
        qtbot.keyClicks(edit, typed)
        assert edit.date().toPython() == day
    assert (dialog.start.text(), dialog.end.text()) == ("07/12/2026", "31/03/2027")


def test_a_read_only_field_takes_nothing_typed(qtbot, field: DayEdit) -> None:
    field.setReadOnly(True)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "07/12/2026")
    assert (field.text(), field.date().toPython()) == ("02/12/2026", date(2026, 12, 2))
