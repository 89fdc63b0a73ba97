"""Objectives set, changed and deleted in the window (the trial found no way but an import):
the dialog's checks said under their fields, a duplicate refused, the tab's scores refreshed,
and every change undone and redone from the history."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.objectives import Metric
from esn_desktop.services.objectives import objectives_in
from esn_desktop.ui.dialogs.objective_dialog import ObjectiveDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.objectives_tab import ObjectivesTab
from esn_desktop.ui.window_tabs import Tab

TODAY = date(2026, 11, 22)


def tab_on(qtbot, workspace) -> tuple[MainWindow, ObjectivesTab]:
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    tab = ObjectivesTab(window.scope.operations, window.formatter, today=TODAY)
    qtbot.addWidget(tab)
    return window, tab


def shown(tab: ObjectivesTab) -> dict[str, tuple[str, str]]:
    """Each row's salesperson: (period, score)."""
    table = tab.table
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }


def select(tab: ObjectivesTab, who: str) -> None:
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == who)
    tab.table.selectRow(row)


def pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_an_objective_is_added_edited_deleted_and_each_change_undone(
    qtbot, monkeypatch, small_workspace
) -> None:
    window, tab = tab_on(qtbot, small_workspace)
    dialogs: list[ObjectiveDialog] = []
    monkeypatch.setattr(
        type(tab.editing), "run_dialog", lambda _self, dialog: dialogs.append(dialog) or False
    )
    assert not tab.delete_button.isEnabled()  # nothing selected yet

    # Add: the whole team's objective for this quarter, revenue 60% and meetings 40%.
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.pop()
    qtbot.addWidget(dialog)
    assert dialog.field_errors.shown() == {}  # nothing typed yet: nothing to reproach
    assert dialog.period.currentText().startswith("This quarter (01/10/2026")
    first, second = dialog.rows[0], dialog.rows[1]
    assert (first.chosen(), first.weight.text(), second.chosen(), second.weight.text()) == (
        Metric.SIGNED_REVENUE,
        "60",
        Metric.MEETINGS,
        "40",
    )
    pick(dialog.salesperson, None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no target typed
    assert dialog.field_errors.shown() == {
        "criterion 1": "Type the target of Revenue signed.",
        "criterion 2": "Type the target of Meetings.",
    }
    assert len(objectives_in(small_workspace, Period.month(2026, 11)).outcomes) == 2  # nothing written
    qtbot.keyClicks(first.target, "80 000")
    qtbot.keyClicks(second.target, "5")
    pick(dialog.rows[2].metric, Metric.MEETINGS)  # meetings twice
    assert dialog.field_errors.shown() == {
        "criterion 3": "Type the target of Meetings.",
        "criteria": "Meetings is chosen twice: each criterion once.",
    }
    pick(dialog.rows[2].metric, None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() and dialog.field_errors.shown() == {}
    # 96,000 € signed of 80,000 (120%) x 0.6 + 3 meetings of 5 (60%) x 0.4 = 96%.
    assert shown(tab)["Whole team"] == ("01/10/2026 – 31/12/2026", "96\u202f%")
    assert window.undo_stack.undoText() == "Objective of Whole team"

    # A second objective of Hélène Garnier over her quarter is refused, at the period.
    tab.new_item()
    duplicate = dialogs.pop()
    qtbot.addWidget(duplicate)
    assert duplicate.salesperson.currentText() == "Hélène Garnier"
    qtbot.keyClicks(duplicate.rows[0].target, "1000")
    qtbot.keyClicks(duplicate.rows[1].target, "2")
    qtbot.mouseClick(duplicate.save_button, Qt.MouseButton.LeftButton)
    assert not duplicate.result()
    assert duplicate.field_errors.shown() == {
        "start": "Hélène Garnier already has an objective over these dates: change that one instead."
    }
    # Over December only, it is another objective; the dates name no choice but "Other dates"
    # until they are a month.
    duplicate.start.setDate(QDate(2026, 12, 2))
    assert duplicate.period.currentText() == "Other dates"
    duplicate.start.setDate(QDate(2026, 12, 1))
    assert duplicate.period.currentText().startswith("Next month (01/12/2026")
    duplicate.end.setDate(QDate(2026, 11, 30))
    assert duplicate.field_errors.shown()["end"] == "The end is before the start."
    duplicate.period.setCurrentIndex(0)  # this month: November
    assert (duplicate.start.date(), duplicate.end.date()) == (QDate(2026, 11, 1), QDate(2026, 11, 30))
    assert "end" not in duplicate.field_errors.shown()
    duplicate.reject()

    # Edit Hélène Garnier's: a double-click on her row.
    tab.show()
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "Hélène Garnier")
    cell = tab.table.visualItemRect(tab.table.item(row, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert tab.delete_button.isEnabled()
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    edit = dialogs.pop()
    qtbot.addWidget(edit)
    assert edit.windowTitle() == "Edit objective"
    assert [(r.chosen(), r.target.text(), r.weight.text()) for r in edit.rows] == [
        (Metric.SIGNED_REVENUE, "120\u202f000", "70"),
        (Metric.MEETINGS, "6", "30"),
        (None, "", ""),
        (None, "", ""),
    ]
    edit.rows[0].target.setText("100 000")
    edit.rows[1].target.setText("2")
    edit.rows[0].weight.setText("50")
    edit.rows[1].weight.setText("50")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert edit.result()
    # 96% x 0.5 + 50% x 0.5 = 73%.
    assert shown(tab)["Hélène Garnier"][1] == "73\u202f%"

    # Delete Karim Benali's, after saying which one goes.
    questions: list[str] = []
    monkeypatch.setattr(type(tab.editing), "confirm", lambda _self, text: questions.append(text) or True)
    select(tab, "Karim Benali")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Delete the objective of Karim Benali over 01/10/2026 – 31/12/2026?")
    assert "Karim Benali" not in shown(tab)

    # Undo each, newest first; then redo them all.
    window.undo_stack.undo()
    assert shown(tab)["Karim Benali"][1] == "14\u202f%"
    window.undo_stack.undo()
    assert shown(tab)["Hélène Garnier"][1] == "61\u202f%"
    window.undo_stack.undo()
    assert "Whole team" not in shown(tab)
    for _ in range(3):
        window.undo_stack.redo()
    assert set(shown(tab)) == {"Whole team", "Hélène Garnier"}
    assert shown(tab)["Hélène Garnier"][1] == "73\u202f%"


def test_the_context_menu_and_ctrl_n_open_the_objective_form(qtbot, monkeypatch, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    window.show_tab(Tab.OBJECTIVES)
    tab = window.objectives
    dialogs: list[ObjectiveDialog] = []
    monkeypatch.setattr(
        type(tab.editing), "run_dialog", lambda _self, dialog: dialogs.append(dialog) or False
    )
    window.new_shortcut.activated.emit()  # Ctrl+N on the Objectives tab
    assert [d.windowTitle() for d in dialogs] == ["New objective"]
    select(tab, "Hélène Garnier")
    menu = tab.editing.context_menu(tab.table.currentRow())
    qtbot.addWidget(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Edit this objective…", "Delete this objective…", "New objective…"]
    menu.actions()[0].trigger()
    assert dialogs[-1].windowTitle() == "Edit objective"
    assert dialogs[-1].salesperson.currentText() == "Hélène Garnier"
    for dialog in dialogs:
        qtbot.addWidget(dialog)


def test_meeting_mode_keeps_a_margin_target_off_the_form(qtbot, monkeypatch, small_workspace) -> None:
    _window, tab = tab_on(qtbot, small_workspace)
    dialogs: list[ObjectiveDialog] = []
    monkeypatch.setattr(
        type(tab.editing), "run_dialog", lambda _self, dialog: dialogs.append(dialog) or False
    )
    select(tab, "Hélène Garnier")
    tab.editing.edit_selected()
    dialog = dialogs.pop()
    qtbot.addWidget(dialog)
    pick(dialog.rows[1].metric, Metric.MARGIN)
    dialog.rows[1].target.setText("30 000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result()

    tab.meeting.set(True)
    assert tab.meeting.on
    assert "hidden in meeting mode" in tab.table.item(0, 2).text()
    select(tab, "Hélène Garnier")
    tab.editing.edit_selected()
    hidden = dialogs.pop()
    qtbot.addWidget(hidden)
    hidden.show()
    assert not hidden.rows[1].target.isVisible()  # the margin's target stays off the screen
    assert hidden.hint.text().endswith("Its margin criterion is hidden in meeting mode, and kept as it is.")
    assert hidden.rows[2].metric.findData(Metric.MARGIN) == -1  # and no new margin is offered
    hidden.rows[0].weight.setText("80")
    qtbot.mouseClick(hidden.save_button, Qt.MouseButton.LeftButton)
    assert hidden.result()
    criteria = next(
        o.result.criteria
        for o in objectives_in(small_workspace, Period.month(2026, 11)).outcomes
        if o.salesperson == "Hélène Garnier"
    )
    assert [(c.criterion.metric, c.criterion.target) for c in criteria][1] == (Metric.MARGIN, 30000)


def test_an_objective_saved_outside_the_period_shown_is_brought_into_view(
    qtbot, monkeypatch, small_workspace
) -> None:
    _window, tab = tab_on(qtbot, small_workspace)
    assert tab.period.currentText().startswith("This quarter")

    def save_next_year(dialog: ObjectiveDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.period.setCurrentIndex(dialog.period.findText("Next year", Qt.MatchFlag.MatchStartsWith))
        dialog.rows[0].target.setText("500 000")
        dialog.rows[1].target.setText("40")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    monkeypatch.setattr(type(tab.editing), "run_dialog", lambda _self, dialog: save_next_year(dialog))
    tab.new_item()
    assert tab.period.currentText().startswith("Next year (01/01/2027")
    assert shown(tab) == {"Hélène Garnier": ("01/01/2027 – 31/12/2027", "0\u202f%")}
    assert tab.editing.selected_id() is not None  # the new one, selected

    def save_2030(dialog: ObjectiveDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.start.setDate(QDate(2030, 1, 1))
        dialog.end.setDate(QDate(2030, 6, 30))
        dialog.rows[0].target.setText("500 000")
        dialog.rows[1].target.setText("40")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    monkeypatch.setattr(type(tab.editing), "run_dialog", lambda _self, dialog: save_2030(dialog))
    tab.new_item()
    assert tab.period.currentText() == "Its dates (01/01/2030 – 30/06/2030)"
    assert list(shown(tab).values()) == [("01/01/2030 – 30/06/2030", "0\u202f%")]


def test_editing_an_objective_deleted_meanwhile_says_so_and_drops_it(
    qtbot, monkeypatch, small_workspace
) -> None:
    from esn_desktop.services.objectives import delete_objective

    _window, tab = tab_on(qtbot, small_workspace)
    said: list[str] = []
    monkeypatch.setattr(type(tab.editing), "warn", lambda _self, text: said.append(text))
    monkeypatch.setattr(type(tab.editing), "run_dialog", lambda _self, dialog: pytest.fail("no form"))
    select(tab, "Karim Benali")
    objective_id = tab.editing.selected_id()
    assert objective_id is not None
    delete_objective(small_workspace, objective_id=objective_id)  # by another member of the team
    tab.editing.edit_selected()
    assert said == ["This objective no longer exists: it was deleted meanwhile."]
    assert "Karim Benali" not in shown(tab)
