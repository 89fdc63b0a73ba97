"""The mission form's second looks: over-booking named live, Save asking before over-booking or
selling under cost, the list flagging such missions (out of sight in meeting mode), and errors
that wait for the user and do not move the form."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QIcon

from esn_desktop.services.missions import list_missions
from esn_desktop.services.topics import Topic
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.models.table_model import FLAG_COLOR

TODAY = date(2026, 3, 10)
NNBSP, NBSP = "\u202f", "\xa0"


@pytest.fixture
def window(qtbot, small_workspace) -> MainWindow:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    window.missions.today = TODAY
    return window


class Questions(list[tuple[str, str]]):
    """The questions Save asked (title, text), answered with `answer`."""

    answer = True


@pytest.fixture
def questions(monkeypatch) -> Questions:
    asked = Questions()

    def confirm(_self, title: str, text: str) -> bool:
        asked.append((title, text))
        return asked.answer

    monkeypatch.setattr(MissionDialog, "confirm_save", confirm)
    return asked


def new_mission(qtbot, monkeypatch, window: MainWindow) -> MissionDialog:
    dialogs: list[MissionDialog] = []
    monkeypatch.setattr(type(window.missions), "run_dialog", lambda _self, dialog: dialogs.append(dialog))
    window.missions.new_button.click()
    dialog = dialogs.pop()
    qtbot.addWidget(dialog)
    return dialog


def fill(qtbot, dialog: MissionDialog, account: str, rate: str, start: QDate, end: QDate) -> None:
    qtbot.keyClicks(dialog.account, account)
    dialog.consultant.setCurrentIndex(dialog.consultant.findText("Lucas Moreau"))
    qtbot.keyClicks(dialog.daily_rate, rate)
    dialog.start.setDate(start)
    dialog.end.setDate(end)


def test_booking_a_full_time_consultant_again_names_the_clash_live_and_asks_on_save(
    qtbot, monkeypatch, window, questions, small_workspace
) -> None:
    dialog = new_mission(qtbot, monkeypatch, window)
    # Lucas Moreau is full time at Mutuelle Horizon from 16 November 2026 to 14 May 2027.
    fill(qtbot, dialog, "Transports Lemaire", "650", QDate(2026, 12, 1), QDate(2026, 12, 31))
    assert not dialog.overbooking.isHidden()
    assert dialog.overbooking.text() == (
        "Lucas Moreau would be booked above full time:\n"
        f"• 01/12/2026 to 31/12/2026 (22 working days), at 200{NNBSP}%\n"
        f"    with Mutuelle Horizon, 16/11/2026 to 14/05/2027, 100{NNBSP}%"
    )
    dialog.start.setDate(QDate(2027, 5, 17))  # after Horizon ends: the warning goes as you type
    dialog.end.setDate(QDate(2027, 6, 30))
    assert dialog.overbooking.isHidden()
    dialog.start.setDate(QDate(2027, 5, 3))
    # Two weeks, less Ascension Thursday (6 May 2027).
    assert "03/05/2027 to 14/05/2027 (9 working days), at 200" in dialog.overbooking.text()
    dialog.time_ratio.setText("0,5")
    assert "at 150" in dialog.overbooking.text()

    before = len(list_missions(small_workspace))
    questions.answer = False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [(title, text)] = questions
    assert title == "Over-booked consultant"
    assert "with Mutuelle Horizon, 16/11/2026 to 14/05/2027" in text
    assert text.endswith("Save the mission anyway?")
    assert len(list_missions(small_workspace)) == before and dialog.result() == 0
    questions.answer = True
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(list_missions(small_workspace)) == before + 1


def test_a_mission_under_cost_asks_with_the_loss_then_is_flagged_in_the_list(
    qtbot, monkeypatch, window, questions, small_workspace
) -> None:
    missions = window.missions
    dialog = new_mission(qtbot, monkeypatch, window)
    # June 2027: 22 working days, after Lucas Moreau's other mission; his CJM is 410 €.
    fill(qtbot, dialog, "Transports Lemaire", "380", QDate(2027, 6, 1), QDate(2027, 6, 30))
    assert dialog.overbooking.isHidden()
    assert f"a loss of 30,00{NBSP}€ per worked day" in dialog.warning.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert questions == [
        (
            "Mission sold under cost",
            f"The daily rate (380,00{NBSP}€) is below the daily cost of Lucas Moreau (410,00{NBSP}€): "
            f"a loss of 30,00{NBSP}€ per worked day, 660,00{NBSP}€ over the whole mission "
            "(22,0 worked days).\n\nSave the mission anyway?",
        )
    ]
    assert dialog.saved_id is not None

    window.events.data_changed.emit(frozenset({Topic.MISSIONS}))
    column = [c.key for c in missions.model.columns].index("margin_a_day")
    rows = {missions.model.row_at(r).consultant: r for r in range(missions.model.rowCount())}
    # Lucas Moreau now has two missions: the new one at Transports Lemaire sorts first (latest).
    lemaire = missions.model.index(0, column)
    assert missions.model.row_at(0).account == "Transports Lemaire"
    horizon = missions.model.index(1, column)
    assert missions.model.row_at(1).account == "Mutuelle Horizon"
    ines = missions.model.index(rows["Inès Caron"], column)
    assert lemaire.data() == f"-30{NBSP}€"
    assert lemaire.data(Qt.ItemDataRole.ForegroundRole) == FLAG_COLOR
    assert isinstance(lemaire.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert lemaire.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Sold under cost: 380,00{NBSP}€ a day against a CJM of 410,00{NBSP}€, "
        f"a loss of 30,00{NBSP}€ per worked day."
    )
    assert horizon.data() == f"190{NBSP}€"  # 600 € a day against 410 €
    assert horizon.data(Qt.ItemDataRole.ForegroundRole) is None
    assert horizon.data(Qt.ItemDataRole.ToolTipRole) is None
    assert ines.data() == f"312{NBSP}€"  # 640 € against a CJM of 328,44 € from her salary
    missions.below_cost.setChecked(True)
    assert [missions.model.row_at(r).terms.daily_rate for r in range(missions.model.rowCount())] == [
        Decimal(380)
    ]
    missions.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)  # the worst first
    missions.below_cost.setChecked(False)
    assert missions.model.row_at(0).margin_a_day == -30

    window.meeting.set(True)
    assert missions.table.isColumnHidden(column)
    assert missions.below_cost.isHidden() and not missions.below_cost.isChecked()
    window.meeting.set(False)
    assert not missions.table.isColumnHidden(column) and not missions.below_cost.isHidden()


def test_in_meeting_mode_the_form_asks_without_a_figure_that_tells_the_cost(
    qtbot, monkeypatch, window, questions
) -> None:
    window.meeting.set(True)
    dialog = new_mission(qtbot, monkeypatch, window)
    fill(qtbot, dialog, "Transports Lemaire", "380", QDate(2027, 6, 1), QDate(2027, 6, 30))
    assert dialog.warning.isHidden()
    assert all(dialog.cells[(key, "whole")].isHidden() for key in ("cost", "margin", "rate"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [(_title, text)] = questions
    assert text == (
        "The daily rate is below the consultant's daily cost (the figures stay hidden in meeting mode)."
        "\n\nSave the mission anyway?"
    )


def test_errors_wait_for_the_user_and_the_form_does_not_move(qtbot, monkeypatch, window) -> None:
    dialog = new_mission(qtbot, monkeypatch, window)
    dialog.show()
    qtbot.waitExposed(dialog)

    def positions() -> list[int]:
        dialog.layout().activate()
        fields = (dialog.time_ratio, dialog.unbilled, dialog.status, dialog.save_button)
        return [field.mapTo(dialog, QPoint(0, 0)).y() for field in fields] + [dialog.height()]

    assert dialog.field_errors.shown() == {}  # an empty form reproaches nothing
    before = positions()
    qtbot.keyClicks(dialog.daily_rate, "abc")
    assert dialog.field_errors.shown() == {"daily_rate": "Type an amount, such as 650 or 650,50."}
    assert positions() == before
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors.shown() == {
        "account": "Pick an account from the list.",
        "daily_rate": "Type an amount, such as 650 or 650,50.",
    }
    assert positions() == before
    assert dialog.result() == 0 and dialog.focusWidget() is dialog.account
    dialog.daily_rate.setText("650")
    assert dialog.field_errors.shown() == {"account": "Pick an account from the list."}


def test_the_consultant_form_in_meeting_mode_hides_cost_rows_with_their_error_lines(
    qtbot, small_workspace
) -> None:
    from PySide6.QtGui import QUndoStack

    from esn_desktop.formatting import Formatter
    from esn_desktop.ui.dialogs.consultant_dialog import ConsultantDialog
    from esn_desktop.ui.events import DataEvents
    from esn_desktop.ui.operations import Operations

    dialog = ConsultantDialog(Operations(small_workspace, QUndoStack(), DataEvents()), Formatter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    costs = (dialog.cost, dialog.errors["daily_cost"], dialog.salary, dialog.errors["annual_salary"])
    assert all(widget.isVisible() for widget in costs)
    dialog.hide_costs(True)
    assert not any(widget.isVisible() for widget in costs)
    assert dialog.name.isVisible() and dialog.errors["name"].isVisible()
    dialog.hide_costs(False)
    assert all(widget.isVisible() for widget in costs)


def test_editing_a_known_clash_or_price_asks_only_when_days_or_rate_change(
    qtbot, monkeypatch, window, questions, small_workspace
) -> None:
    missions = window.missions
    dialog = new_mission(qtbot, monkeypatch, window)
    # Under cost (380 € against 410 €) and over-booked (Horizon runs full time in December).
    fill(qtbot, dialog, "Transports Lemaire", "380", QDate(2026, 12, 1), QDate(2026, 12, 31))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [title for title, _text in questions] == ["Over-booked consultant"]
    assert "a loss of 30,00" in questions[0][1]  # both said in one question
    questions.clear()

    saved = next(m for m in list_missions(small_workspace) if m.id == dialog.saved_id)
    edits: list[MissionDialog] = []
    monkeypatch.setattr(type(missions), "run_dialog", lambda _self, form: edits.append(form))
    missions._run(saved)
    edit = edits.pop()
    qtbot.addWidget(edit)
    edit.status.setCurrentIndex(edit.status.findData("ongoing"))
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert questions == [] and edit.result() == 1  # nothing new to confirm

    missions._run(saved)
    edit = edits.pop()
    qtbot.addWidget(edit)
    edit.daily_rate.setText("370")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    [(title, text)] = questions
    assert title == "Mission sold under cost" and "a loss of 40,00" in text


def test_the_margin_a_day_follows_the_workspace_settings(window, small_workspace) -> None:
    from dataclasses import replace

    from esn_desktop.services.workspace_settings import update_workspace_settings, workspace_settings

    missions = window.missions
    column = [c.key for c in missions.model.columns].index("margin_a_day")

    def ines() -> str:
        rows = [missions.model.row_at(r).consultant for r in range(missions.model.rowCount())]
        return missions.model.index(rows.index("Inès Caron"), column).data()

    assert ines() == f"312{NBSP}€"  # 640 € against (48,000 x 1.45 + 2,000) / 218
    settings = workspace_settings(small_workspace)
    update_workspace_settings(small_workspace, replace(settings, yearly_worked_days=Decimal(100)))
    window.events.data_changed.emit(frozenset({Topic.SETTINGS}))
    assert ines() == f"-76{NBSP}€"  # 71,600 / 100 days = 716 € a day: now under cost
