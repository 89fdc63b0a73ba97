"""Creating and editing accounts, contacts and deals with real widgets; the pipeline board; logging
an activity; undo and redo of stage moves, no-show marks and deletions from the account panel;
exporting a list as shown."""

import csv
from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.accounts import account_detail
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.models.stage_model import MIME_TYPE
from esn_desktop.ui.tabs.prospects_tab import PIPELINE_PAGE
from esn_desktop.ui.won_deal import WonDeals

TODAY = date(2026, 11, 23)


def shown_names(tab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def timeline_texts(panel) -> list[str]:
    return [panel.timeline.item(row).text() for row in range(panel.timeline.count())]


def click_save(qtbot, dialog) -> bool:
    # Not given to qtbot: the window deletes its activity form once done with it.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return bool(dialog.result())


def open_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    window.prospects.panel.today = TODAY
    return window


def test_create_an_account_a_contact_and_a_deal_then_move_it_through_stages(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = open_window(qtbot, small_workspace)
    tab, panel = window.prospects, window.prospects.panel

    def new_account(dialog) -> bool:
        assert dialog.field_errors.shown() == {}  # not a word before anything is typed
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.field_errors.shown() == {"name": "The name is required."}
        assert dialog.result() == 0 and dialog.focusWidget() is dialog.name
        dialog.name.setText("Énergies Nouvelles")
        dialog.segment.setCurrentIndex(dialog.segment.findData("eti"))
        qtbot.keyClicks(dialog.headcount, "beaucoup")
        assert dialog.errors["size"].text() == (
            "Type a number of people, such as 250, or a band, such as 11-50 or 501+."
        )
        dialog.headcount.setText("de 11 à 50 salariés")
        dialog.phone.setText("01 42 00 00 00")
        qtbot.keyClicks(dialog.email, "accueil")
        assert dialog.errors["email"].text() == "This is not an email address."
        qtbot.keyClicks(dialog.email, "@energies.example")
        dialog.owner.setCurrentText("Claire Martin")  # a salesperson not yet in the workspace
        return click_save(qtbot, dialog)

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: new_account(dialog))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert "Énergies Nouvelles" in shown_names(tab)
    assert panel.title.text() == "Énergies Nouvelles"
    assert panel.facts.text().splitlines() == [
        "Mid-cap · Not referenced · 11-50 people",
        "Salesperson: Claire Martin",
        "Switchboard: 01 42 00 00 00 · accueil@energies.example",
    ]
    assert tab.owner.findData("Claire Martin") > 0  # the filter offers the new salesperson

    def new_contact(dialog) -> bool:
        dialog.first_name.setText("Anne")
        dialog.last_name.setText("Vidal")
        dialog.role.setCurrentIndex(dialog.role.findData("decision_maker"))
        dialog.job_title.setText("DSI")
        dialog.mobile.setText("06 12 34 56 78")
        qtbot.keyClicks(dialog.email, "anne.vidal")
        assert dialog.errors["email"].text() == "This is not an email address."
        qtbot.keyClicks(dialog.email, "@energies.example")
        return click_save(qtbot, dialog)

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: new_contact(dialog))
    qtbot.mouseClick(panel.add_contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.contacts.rowCount() == 1)
    assert [panel.contacts.item(0, c).text() for c in range(5)] == [
        "Anne Vidal",
        "Decision maker",
        "DSI",
        "anne.vidal@energies.example",
        "06 12 34 56 78",  # no desk phone: the mobile
    ]

    def new_deal(dialog) -> bool:
        dialog.title.setText("Supervision réseau")  # QTest types no accented key
        qtbot.keyClicks(dialog.amount, "84000")
        dialog.expected.setDate(QDate(2027, 3, 31))
        assert dialog.owner.currentText() == "Claire Martin"  # the account's salesperson
        return click_save(qtbot, dialog)

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: new_deal(dialog))
    qtbot.mouseClick(panel.add_deal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.deals.rowCount() == 1)
    assert panel.deals.item(0, 1).text() == "84\u202f000\xa0€"

    # Won is asked for (yes), then its mission offered (not now).
    answers = [True, False]
    monkeypatch.setattr(WonDeals, "ask", lambda _won, _parent, _title, _text: answers.pop(0))
    for stage in (Stage.QUALIFIED, Stage.PROPOSAL, Stage.WON):
        box = panel.deals.cellWidget(0, 2)
        box.setCurrentIndex(box.findData(stage))
        qtbot.waitUntil(lambda box=box: panel.deals.cellWidget(0, 2) is not box)
    deal = account_detail(small_workspace, panel.detail.id).opportunities[0]
    assert [(h.stage, h.day) for h in deal.history] == [
        (Stage.LEAD, TODAY),
        (Stage.QUALIFIED, TODAY),
        (Stage.PROPOSAL, TODAY),
        (Stage.WON, TODAY),
    ]
    assert answers == []
    assert window.undo_stack.undoText() == "Move Supervision réseau to Won"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.deals.cellWidget(0, 2).currentData() == Stage.PROPOSAL)
    deal = account_detail(small_workspace, panel.detail.id).opportunities[0]
    assert (deal.stage, deal.history[-1].stage, deal.probability) == (
        Stage.PROPOSAL,
        Stage.PROPOSAL,
        deal.probability,
    )
    assert deal.history[-1].stage is Stage.PROPOSAL and len(deal.history) == 3


def test_editing_an_account_refuses_a_duplicate_name_beside_the_field(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = open_window(qtbot, small_workspace)
    tab, panel = window.prospects, window.prospects.panel
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    dialogs = []

    def rename(dialog) -> bool:
        dialogs.append(dialog)
        dialog.name.setText("mutuelle HORIZON")
        return click_save(qtbot, dialog)

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: rename(dialog))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert (
        dialogs[0].errors["name"].text() == "Another account already has this name (case and accents aside)."
    )
    assert "Transports Lemaire" in shown_names(tab)
    assert window.undo_stack.count() == 0  # nothing saved, nothing to undo


def test_pipeline_board_moves_a_dropped_deal_and_undo_puts_it_back(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.pages.setCurrentIndex(PIPELINE_PAGE)
    board = tab.board
    qtbot.waitUntil(lambda: board.models[Stage.PROPOSAL].rowCount() == 1)
    assert board.headers[Stage.PROPOSAL].text() == "<b>Proposal sent</b> (1)<br>140\u202f000\xa0€"
    source = board.models[Stage.PROPOSAL]
    card = source.index(0)
    assert card.data().startswith("Transports Lemaire\nMigration cloud\n140\u202f000\xa0€ · Karim Benali")
    # What Qt does on a drop: the source packs the cards, the target column takes them.
    mime = source.mimeData([card])
    assert mime.hasFormat(MIME_TYPE)
    board.today = date(2026, 1, 5)  # before the deal's last change: refused, nothing moved
    board.models[Stage.NEGOTIATION].dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, card.parent())
    qtbot.waitUntil(lambda: board.error.isVisibleTo(board))
    assert board.error.text().startswith("Nothing moved: Migration cloud date is before its last change")
    assert window.undo_stack.count() == 0
    board.today = date(2026, 12, 4)
    with qtbot.waitSignal(board.loaded):
        board.models[Stage.NEGOTIATION].dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, card.parent())
    assert [d.title for d in board.models[Stage.NEGOTIATION].deals] == ["Migration cloud"]
    assert board.models[Stage.PROPOSAL].rowCount() == 0
    history = account_detail(small_workspace, 2).opportunities[0].history
    assert (history[-1].stage, history[-1].day) == (Stage.NEGOTIATION, date(2026, 12, 4))
    with qtbot.waitSignal(board.loaded):
        window.undo_stack.undo()
    assert [d.title for d in board.models[Stage.PROPOSAL].deals] == ["Migration cloud"]
    assert account_detail(small_workspace, 2).opportunities[0].history[-1].stage is Stage.PROPOSAL
    # Double-clicking a card opens its account.
    board.account_requested.emit(2)
    assert tab.pages.currentIndex() == 0 and tab.panel.title.text() == "Transports Lemaire"


def test_log_an_activity_in_two_clicks_on_the_account_in_view(qtbot, monkeypatch, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    before = tab.panel.timeline.count()
    dialogs = []
    monkeypatch.setattr(
        type(window), "run_dialog", lambda _self, dialog: dialogs.append(dialog) or click_save(qtbot, dialog)
    )
    button = next(
        b
        for b in window.toolbar.findChildren(type(window.toolbar.widgetForAction(window.log_action)))
        if b.defaultAction() is window.log_action
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # first click: the form, already filled
    # second click: Save (made by click_save)
    dialog = dialogs[0]
    assert dialog.account.text() == "Transports Lemaire"
    assert dialog.owner.currentText() == "Karim Benali"
    qtbot.waitUntil(lambda: tab.panel.timeline.count() == before + 1)
    assert window.undo_stack.undoText() == "Call at Transports Lemaire"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.panel.timeline.count() == before)


def test_undo_a_no_show_mark_takes_the_meeting_out_of_the_queue(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.no_shows.today = date(2026, 11, 22)
    tab.table.selectRow(shown_names(tab).index("Mutuelle Horizon"))
    timeline = tab.panel.timeline
    lines = timeline.count()  # the meeting, and the deal's four moves between its stages
    meeting = next(row for row in range(lines) if "Meeting — done" in timeline.item(row).text())
    timeline.setCurrentRow(meeting)
    qtbot.mouseClick(tab.panel.no_show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.no_shows.list.count() == 1)
    qtbot.waitUntil(lambda: timeline.count() == lines + 1)
    assert window.undo_stack.undoText() == "No-show at Mutuelle Horizon"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.no_shows.list.count() == 0)
    qtbot.waitUntil(lambda: timeline.count() == lines)
    assert account_detail(small_workspace, 1).timeline[0].status == "done"
    # Redone, the meeting is missed again and its follow-up planned again.
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: tab.no_shows.list.count() == 1)
    qtbot.waitUntil(lambda: timeline.count() == lines + 1)
    assert [(a.kind, a.status) for a in account_detail(small_workspace, 1).timeline[:2]] == [
        ("follow_up", "planned"),
        ("meeting", "no_show"),
    ]


def test_a_deleted_contact_comes_back_on_undo_with_their_activities(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab, panel = window.prospects, window.prospects.panel
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    with_julien = [line for line in timeline_texts(panel) if "Julien Faure" in line]
    assert len(with_julien) == 4
    panel.confirm = lambda text: text == "Delete the contact Julien Faure?"
    panel.contacts.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.delete_contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.contacts.rowCount() == 0)
    assert not [line for line in timeline_texts(panel) if "Julien Faure" in line]
    assert window.undo_stack.undoText() == "Delete Julien Faure"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.contacts.rowCount() == 1)
    assert panel.contacts.item(0, 0).text() == "Julien Faure"
    assert [line for line in timeline_texts(panel) if "Julien Faure" in line] == with_julien
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: panel.contacts.rowCount() == 0)


def test_a_deleted_deal_comes_back_on_undo_with_its_history(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab, panel = window.prospects, window.prospects.panel
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    lines = timeline_texts(panel)
    panel.confirm = lambda text: text == "Delete the deal Migration cloud and its stage history?"
    panel.deals.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.delete_deal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.deals.rowCount() == 0)
    assert "Migration cloud" not in " ".join(timeline_texts(panel))  # its move is gone with it
    assert window.undo_stack.undoText() == "Delete Migration cloud"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.deals.rowCount() == 1)
    assert panel.deals.item(0, 0).text() == "Migration cloud"
    assert timeline_texts(panel) == lines
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: panel.deals.rowCount() == 0)
    assert account_detail(small_workspace, 2).opportunities == ()


def test_a_move_refused_is_said_under_the_panel_and_nothing_is_recorded(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab, panel = window.prospects, window.prospects.panel
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    panel.today = date(2026, 11, 20)  # Migration cloud moved to proposal on 27 November
    box = panel.deals.cellWidget(0, 2)
    box.setCurrentIndex(box.findData(Stage.NEGOTIATION))
    assert panel.message.isVisibleTo(panel)
    assert panel.message.text() == "nothing moved (1 problem); nothing was written"
    assert window.undo_stack.count() == 0
    assert account_detail(small_workspace, 2).opportunities[0].stage is Stage.PROPOSAL


def test_export_the_accounts_as_shown(qtbot, small_workspace, tmp_path) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.owner.setCurrentIndex(tab.owner.findData("Karim Benali"))
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    tab.table.setColumnHidden(2, True)  # a hidden column stays out of the file
    target = tmp_path / "comptes.csv"
    tab.export(target)
    qtbot.waitUntil(target.exists)  # written whole, then renamed
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Account", "Segment", "City"]
    assert [r[0] for r in rows[1:]] == ["Transports Lemaire", "Boulangeries Réunies"]
    assert rows[1][-1] == "56\u202f000\xa0€"  # the text as shown
    workbook = tmp_path / "comptes.xlsx"
    tab.export(workbook)
    qtbot.waitUntil(workbook.exists)  # written whole, then renamed
    sheet = load_workbook(workbook).active
    first = [c.value for c in sheet[2]]
    assert (first[0], first[-1]) == ("Transports Lemaire", 56000)  # a number a spreadsheet can sum


def test_workspace_settings_change_the_cjm_from_salary_and_the_title(
    qtbot, monkeypatch, small_workspace
) -> None:
    from esn_desktop.services.workspace_settings import workspace_settings

    window = open_window(qtbot, small_workspace)

    def change(dialog) -> bool:
        dialog.company.setText("Numeria Conseil")
        dialog.charges.setText("-3")
        assert dialog.errors["employer_charge_rate"].text() == "Must not be negative."
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == 0  # refused while an error stands
        dialog.charges.setText("42")
        dialog.worked_days.setText("215")
        dialog.backup_hours.setValue(6)
        return click_save(qtbot, dialog)

    monkeypatch.setattr(type(window), "run_dialog", lambda _self, dialog: change(dialog))
    window.settings_action.trigger()
    settings = workspace_settings(small_workspace)
    assert (settings.company_name, str(settings.employer_charge_rate), settings.yearly_worked_days) == (
        "Numeria Conseil",
        "0.42",
        215,
    )
    assert window.windowTitle().startswith("Numeria Conseil — ")
    from esn_desktop.ui.main_window import backup_hours

    assert backup_hours() == 6


def test_a_workspace_is_backed_up_when_opened_if_the_last_backup_is_old(qtbot, small_workspace) -> None:
    from PySide6.QtCore import QSettings

    from esn_desktop.store.backup import backups_dir_for

    QSettings().setValue("backups/every_hours", 24)
    window = open_window(qtbot, small_workspace)
    assert window.backup_task is not None
    qtbot.waitUntil(lambda: window.backup_task is None)
    assert len(list(backups_dir_for(small_workspace.path).glob("*-scheduled.esn"))) == 1
    assert window.statusBar().currentMessage().startswith("Backed up at ")
    window.back_up_if_due()  # just done: not due again
    assert window.backup_task is None


def test_the_account_form_says_a_name_holds_a_letter(qtbot, small_workspace) -> None:
    from esn_desktop.ui.dialogs.account_dialogs import AccountDialog

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    assert window.scope is not None
    dialog = AccountDialog(window.scope.operations, window.formatter)
    qtbot.addWidget(dialog)
    dialog.name.setText("1234")
    assert dialog.values()[1] == {"name": "A company's name holds a letter, not only digits or signs."}
    dialog.name.setText("1234 Conseil")
    assert dialog.values()[1] == {}
