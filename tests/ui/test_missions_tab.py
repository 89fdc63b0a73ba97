from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt

from esn_desktop.services.missions import list_missions
from esn_desktop.services.topics import Topic
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.window_tabs import Tab

TODAY = date(2026, 3, 10)


def window_on(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    for tab in (window.consultants, window.missions):
        tab.today = TODAY
    return window


def test_create_consultant_and_mission_and_read_the_margin_on_screen(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = window_on(qtbot, small_workspace)
    consultants = window.consultants
    dialogs = []
    monkeypatch.setattr(type(consultants), "run_dialog", lambda _self, dialog: dialogs.append(dialog))
    consultants.new_button.click()
    dialog = dialogs.pop()
    qtbot.addWidget(dialog)  # closed and deleted with the test, not at interpreter exit
    assert dialog.field_errors.shown() == {}  # nothing typed yet: nothing to reproach
    qtbot.keyClicks(dialog.name, "Nadia Roux")
    qtbot.keyClicks(dialog.cost, "380")
    qtbot.keyClicks(dialog.target_rate, "600")
    dialog.start.setDate(QDate(2025, 1, 6))
    assert dialog.field_errors.shown() == {}
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    window.events.data_changed.emit(frozenset({Topic.CONSULTANTS}))
    assert "Nadia Roux" in [consultants.model.row_at(r).name for r in range(consultants.model.rowCount())]

    missions = window.missions
    monkeypatch.setattr(type(missions), "run_dialog", lambda _self, dialog: dialogs.append(dialog))
    missions.new_button.click()
    mission = dialogs.pop()
    qtbot.addWidget(mission)
    qtbot.keyClicks(mission.account, "Mutuelle Horizon")
    mission.consultant.setCurrentIndex(mission.consultant.findText("Nadia Roux"))
    qtbot.keyClicks(mission.daily_rate, "550")
    mission.start.setDate(QDate(2026, 3, 2))
    mission.end.setDate(QDate(2026, 3, 27))
    # Numbers are formatted the French way by default, whatever the interface language.
    assert mission.cells[("revenue", "whole")].text() == "11\u202f000,00\xa0€"
    assert mission.cells[("cost", "whole")].text() == "7\u202f600,00\xa0€"
    assert mission.cells[("margin", "whole")].text() == "3\u202f400,00\xa0€"
    assert mission.cells[("rate", "whole")].text() == "30,9\u202f%"
    assert mission.cells[("worked", "month")].text() == "20,0"  # days keep their tenth, everywhere
    assert mission.warning.isHidden()
    mission.unbilled.setValue(5)
    assert mission.cells[("margin", "whole")].text() == "650,00\xa0€"
    qtbot.mouseClick(mission.save_button, Qt.MouseButton.LeftButton)
    assert [m.consultant for m in list_missions(small_workspace) if m.id == mission.saved_id] == [
        "Nadia Roux"
    ]


def test_an_invalid_mission_shows_why_and_saves_nothing(qtbot, monkeypatch, small_workspace) -> None:
    window = window_on(qtbot, small_workspace)
    missions = window.missions
    dialogs = []
    monkeypatch.setattr(type(missions), "run_dialog", lambda _self, dialog: dialogs.append(dialog))
    missions.new_button.click()
    mission = dialogs.pop()
    qtbot.addWidget(mission)
    before = len(list_missions(small_workspace))
    qtbot.keyClicks(mission.account, "Mutuelle Horizon")
    mission.consultant.setCurrentIndex(mission.consultant.findText("Lucas Moreau"))
    qtbot.keyClicks(mission.daily_rate, "300")  # under Lucas Moreau's CJM of 410
    mission.time_ratio.setText("1,5")
    mission.start.setDate(QDate(2026, 3, 27))
    mission.end.setDate(QDate(2026, 3, 2))
    assert mission.errors["end"].text() == "The end is before the start."
    assert mission.errors["time_ratio"].text().startswith("The time ratio must be above 0 and at most 1")
    qtbot.mouseClick(mission.save_button, Qt.MouseButton.LeftButton)
    assert len(list_missions(small_workspace)) == before  # nothing written
    mission.time_ratio.setText("1")
    mission.end.setDate(QDate(2026, 4, 30))
    mission.unbilled.setValue(60)
    # 27 March to 30 April 2026: 3 working days in March, 21 in April (Easter Monday off).
    assert mission.errors["unbilled_days"].text() == "More than the mission's 24 working days."
    mission.unbilled.setValue(0)
    assert mission.field_errors.shown() == {}
    assert not mission.warning.isHidden()
    assert "410,00\xa0€" in mission.warning.text()


def test_missions_filters(qtbot, small_workspace) -> None:
    window = window_on(qtbot, small_workspace)
    missions = window.missions
    assert missions.model.rowCount() == 2
    qtbot.keyClicks(missions.search, "lemaire")
    assert [missions.model.row_at(r).consultant for r in range(missions.model.rowCount())] == ["Inès Caron"]
    missions.search.clear()
    missions.consultant.setCurrentIndex(missions.consultant.findText("Lucas Moreau"))
    assert missions.model.rowCount() == 1


def test_lists_open_in_a_reading_order(qtbot, small_workspace) -> None:
    window = window_on(qtbot, small_workspace)
    consultants = window.consultants.model
    assert [consultants.row_at(r).name for r in range(consultants.rowCount())] == [
        "Inès Caron",
        "Lucas Moreau",
        "Théo Lambert",
    ]
    missions = window.missions.model
    assert [missions.row_at(r).consultant for r in range(missions.rowCount())] == [
        "Lucas Moreau",
        "Inès Caron",
    ]


def test_mission_creation_and_edit_can_be_undone_and_redone(qtbot, monkeypatch, small_workspace) -> None:
    from decimal import Decimal

    window = window_on(qtbot, small_workspace)
    missions = window.missions

    def create(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.account.setText("Boulangeries Réunies")  # QTest types no accented key
        dialog.consultant.setCurrentIndex(dialog.consultant.findText("Théo Lambert"))
        qtbot.keyClicks(dialog.daily_rate, "520")
        dialog.start.setDate(QDate(2026, 12, 1))
        dialog.end.setDate(QDate(2027, 2, 26))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    monkeypatch.setattr(type(missions), "run_dialog", lambda _self, dialog: create(dialog))
    missions.new_button.click()
    assert len(list_missions(small_workspace)) == 3
    window.undo_stack.undo()
    assert len(list_missions(small_workspace)) == 2
    window.undo_stack.redo()
    assert [m.consultant for m in list_missions(small_workspace, account="boulangeries")] == ["Théo Lambert"]

    def edit(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.daily_rate.setText("650")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    lucas = next(m for m in list_missions(small_workspace) if m.consultant == "Lucas Moreau")
    monkeypatch.setattr(type(missions), "run_dialog", lambda _self, dialog: edit(dialog))
    missions._run(lucas)
    rate = lambda: next(m for m in list_missions(small_workspace) if m.id == lucas.id).terms.daily_rate  # noqa: E731
    assert rate() == Decimal(650)
    assert window.undo_stack.undoText() == "Mission Lucas Moreau at Mutuelle Horizon"
    window.undo_stack.undo()
    assert rate() == Decimal(600)
    window.undo_stack.redo()
    assert rate() == Decimal(650)


def test_deleting_a_consultant_says_what_goes_and_undo_brings_it_all_back(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = window_on(qtbot, small_workspace)
    consultants, missions = window.consultants, window.missions
    questions = []
    monkeypatch.setattr(type(consultants), "confirm", lambda _self, text: questions.append(text) or True)
    names = lambda: [consultants.model.row_at(r).name for r in range(consultants.model.rowCount())]  # noqa: E731
    consultants.table.selectRow(names().index("Lucas Moreau"))
    assert consultants.panel.title.text() == "Lucas Moreau"
    assert consultants.panel.current.text().startswith("Now: Mutuelle Horizon")
    qtbot.mouseClick(consultants.delete_button, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Delete Lucas Moreau along with their missions (1) and leave periods (1)?")
    assert "Lucas Moreau" not in names()
    assert missions.model.rowCount() == 1  # his mission went with him
    window.undo_stack.undo()
    assert "Lucas Moreau" in names()
    assert missions.model.rowCount() == 2
    lucas = next(m for m in list_missions(small_workspace) if m.consultant == "Lucas Moreau")
    assert lucas.account == "Mutuelle Horizon"
    window.undo_stack.redo()
    assert "Lucas Moreau" not in names()


def test_deleting_a_mission_asks_first_and_can_be_undone(qtbot, monkeypatch, small_workspace) -> None:
    window = window_on(qtbot, small_workspace)
    missions = window.missions
    monkeypatch.setattr(type(missions), "confirm", lambda _self, _text: False)
    missions.table.selectRow(0)
    missions.delete_button.click()
    assert missions.model.rowCount() == 2  # the user said no
    monkeypatch.setattr(type(missions), "confirm", lambda _self, _text: True)
    missions.delete_button.click()
    assert missions.model.rowCount() == 1
    window.undo_stack.undo()
    assert missions.model.rowCount() == 2


def test_leave_periods_are_added_refused_when_overlapping_and_removed(qtbot, small_workspace) -> None:
    window = window_on(qtbot, small_workspace)
    consultants = window.consultants
    names = [consultants.model.row_at(r).name for r in range(consultants.model.rowCount())]
    consultants.table.selectRow(names.index("Théo Lambert"))
    panel = consultants.panel
    panel.leave_start.setDate(QDate(2026, 8, 3))
    panel.leave_end.setDate(QDate(2026, 8, 21))
    qtbot.mouseClick(panel.add_leave_button, Qt.MouseButton.LeftButton)
    assert [panel.leaves.item(i).text() for i in range(panel.leaves.count())] == ["03/08/2026 to 21/08/2026"]
    panel.leave_start.setDate(QDate(2026, 8, 17))
    panel.leave_end.setDate(QDate(2026, 8, 28))
    qtbot.mouseClick(panel.add_leave_button, Qt.MouseButton.LeftButton)
    assert panel.leave_error.text() == "This leave overlaps another one."
    assert panel.leaves.count() == 1
    panel.leave_end.setDate(QDate(2026, 8, 10))
    qtbot.mouseClick(panel.add_leave_button, Qt.MouseButton.LeftButton)
    assert panel.leave_error.text() == "The leave ends before it starts."
    panel.leaves.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_leave_button, Qt.MouseButton.LeftButton)
    assert panel.leaves.count() == 0
    window.undo_stack.undo()
    assert panel.leaves.count() == 1


def test_double_clicking_a_mission_opens_its_form_once(qtbot, monkeypatch, small_workspace) -> None:
    window = window_on(qtbot, small_workspace)
    missions = window.missions
    dialogs = []
    monkeypatch.setattr(type(missions), "run_dialog", lambda _self, dialog: dialogs.append(dialog))
    window.show()
    window.show_tab(Tab.MISSIONS)
    cell = missions.table.visualRect(missions.model.index(0, 0)).center()
    qtbot.mouseClick(missions.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(missions.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert [d.before for d in dialogs] == [missions.model.row_at(0)]


def test_a_mission_deleted_is_named_on_the_history_undone_and_redone(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = window_on(qtbot, small_workspace)
    missions = window.missions
    monkeypatch.setattr(type(missions), "confirm", lambda _self, _text: True)
    accounts = lambda: sorted(missions.model.row_at(r).account for r in range(missions.model.rowCount()))  # noqa: E731
    assert accounts() == ["Mutuelle Horizon", "Transports Lemaire"]
    missions.table.selectRow([missions.model.row_at(r).consultant for r in range(2)].index("Lucas Moreau"))
    missions.delete_button.click()
    assert accounts() == ["Transports Lemaire"]
    assert window.undo_stack.undoText() == "Delete Mission Lucas Moreau at Mutuelle Horizon"
    window.undo_stack.undo()
    assert accounts() == ["Mutuelle Horizon", "Transports Lemaire"]
    window.undo_stack.redo()
    assert accounts() == ["Transports Lemaire"]


def test_a_leave_added_is_undone_and_redone_and_its_consultant_stays_on_show(qtbot, small_workspace) -> None:
    window = window_on(qtbot, small_workspace)
    consultants = window.consultants
    names = [consultants.model.row_at(r).name for r in range(consultants.model.rowCount())]
    consultants.table.selectRow(names.index("Théo Lambert"))
    panel = consultants.panel
    panel.leave_start.setDate(QDate(2026, 8, 3))
    panel.leave_end.setDate(QDate(2026, 8, 21))
    qtbot.mouseClick(panel.add_leave_button, Qt.MouseButton.LeftButton)
    leaves = lambda: [panel.leaves.item(i).text() for i in range(panel.leaves.count())]  # noqa: E731
    assert leaves() == ["03/08/2026 to 21/08/2026"]
    assert window.undo_stack.undoText() == "Leave of Théo Lambert"
    window.undo_stack.undo()
    assert (panel.title.text(), leaves()) == ("Théo Lambert", [])
    window.undo_stack.redo()
    assert leaves() == ["03/08/2026 to 21/08/2026"]


def test_the_mission_form_saves_through_the_operations_under_the_missions_name(
    qtbot, small_workspace
) -> None:
    from PySide6.QtGui import QUndoStack

    from esn_desktop.formatting import Formatter
    from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
    from esn_desktop.ui.events import DataEvents
    from esn_desktop.ui.operations import Operations

    events = DataEvents()
    operations = Operations(small_workspace, QUndoStack(), events)
    heard = []
    events.data_changed.connect(heard.append)
    ines = next(m for m in list_missions(small_workspace) if m.consultant == "Inès Caron")
    dialog = MissionDialog(operations, Formatter(), ines, TODAY)
    qtbot.addWidget(dialog)
    dialog.time_ratio.setText("0,5")  # from 0,8
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.saved_id == ines.id
    assert heard == [frozenset({Topic.MISSIONS})]
    assert operations.undo_stack.undoText() == "Mission Inès Caron at Transports Lemaire"
    ratio = lambda: next(m for m in list_missions(small_workspace) if m.id == ines.id).terms.time_ratio  # noqa: E731
    assert ratio() == Decimal("0.5")
    operations.undo_stack.undo()
    assert ratio() == Decimal("0.8") and heard[-1] == frozenset({Topic.MISSIONS})
    operations.undo_stack.redo()
    assert ratio() == Decimal("0.5")


def test_one_status_on_the_day_in_the_missions_list_and_the_consultants_panel(qtbot, small_workspace) -> None:
    """A mission saved as planned on the day it starts reads ongoing in the list, as the panel says
    the consultant is on it now; a departed consultant shows no availability; leave newest first."""
    from esn_desktop.domain.staffing import MissionStatus, MissionTerms
    from esn_desktop.services.consultants import add_leave, list_consultants, save_consultant
    from esn_desktop.services.missions import save_mission

    theo = next(r for r in list_consultants(small_workspace, today=TODAY) if r.name == "Théo Lambert")
    lemaire = next(m for m in list_missions(small_workspace) if m.account == "Transports Lemaire").account_id
    save_mission(
        small_workspace,
        mission_id=None,
        account_id=lemaire,
        consultant_id=theo.id,
        terms=MissionTerms(TODAY, date(2026, 6, 30), Decimal(550)),
        status=MissionStatus.PLANNED,
    )
    save_consultant(
        small_workspace,
        consultant_id=None,
        name="Sarah Garnier",
        start=date(2024, 8, 21),
        end=date(2026, 1, 31),
        typed_cost=Decimal(400),
        annual_salary=None,
        target_rate=None,
    )
    for start, end in [(date(2026, 7, 27), date(2026, 8, 7)), (date(2027, 4, 1), date(2027, 4, 7))]:
        add_leave(small_workspace, consultant_id=theo.id, start=start, end=end)
    window = window_on(qtbot, small_workspace)
    consultants, missions = window.consultants, window.missions
    consultants.panel.today = TODAY
    missions.reload()
    consultants.reload()

    def cell(tab, row: int, key: str) -> str:
        column = [c.key for c in tab.model.columns].index(key)
        return tab.model.index(row, column).data()

    row = [missions.model.row_at(r).consultant for r in range(missions.model.rowCount())].index(
        "Théo Lambert"
    )
    assert cell(missions, row, "status") == "Ongoing"
    names = [consultants.model.row_at(r).name for r in range(consultants.model.rowCount())]
    consultants.table.selectRow(names.index("Théo Lambert"))
    assert consultants.panel.current.text().startswith("Now: Transports Lemaire, 10/03/2026 to 30/06/2026")
    assert cell(consultants, names.index("Théo Lambert"), "availability") == "On mission"
    leaves = [consultants.panel.leaves.item(i).text() for i in range(consultants.panel.leaves.count())]
    assert leaves == ["01/04/2027 to 07/04/2027", "27/07/2026 to 07/08/2026"]
    heading = [w.text() for w in consultants.panel.findChildren(type(consultants.panel.title))]
    assert "<b>Leave</b> (latest first)" in heading
    # Departed in January: « Parti », and no « Available from » date.
    assert cell(consultants, names.index("Sarah Garnier"), "availability") == "Left"
    assert cell(consultants, names.index("Sarah Garnier"), "available_from") == "—"


def test_the_mission_forms_status_follows_its_dates_but_a_cancellation(qtbot, small_workspace) -> None:
    """The form shows the status the lists will show (one rule): a mission starting today is
    ongoing, one starting next week planned; only a cancellation is the user's to choose."""
    from PySide6.QtGui import QUndoStack

    from esn_desktop.formatting import Formatter
    from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
    from esn_desktop.ui.events import DataEvents
    from esn_desktop.ui.operations import Operations

    operations = Operations(small_workspace, QUndoStack(), DataEvents())
    dialog = MissionDialog(operations, Formatter(), None, TODAY)
    qtbot.addWidget(dialog)
    dialog.end.setDate(QDate(2026, 6, 30))
    dialog.start.setDate(QDate(2026, 3, 17))
    assert dialog.status.currentData() == "planned"
    dialog.start.setDate(QDate(2026, 3, 10))  # today
    assert dialog.status.currentData() == "ongoing"
    dialog.status.setCurrentIndex(dialog.status.findData("planned"))  # the dates say otherwise
    assert dialog.status.currentData() == "ongoing"
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    dialog.start.setDate(QDate(2026, 3, 17))
    assert dialog.status.currentData() == "cancelled"
