"""The director's morning in the Prospects tab, through the real widgets: the search reaching its
results, the panel following the list, contacts' names whole, a call logged with its contact and
deal picked and confirmed, a deal won asked for and turned into its mission, cards that say it all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.account_editing import ContactFields, save_contact
from esn_desktop.services.accounts import account_detail
from esn_desktop.services.missions import list_missions
from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.prospects_tab import PIPELINE_PAGE
from esn_desktop.ui.widgets import account_panel
from esn_desktop.ui.widgets.account_timeline import HIGHLIGHT_COLOUR
from esn_desktop.ui.widgets.deal_card import CARD_ROLE
from esn_desktop.ui.won_deal import WonDeals

TODAY = date(2026, 12, 4)


def open_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.prospects.panel.today = TODAY
    return window


def names(tab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def timeline(panel) -> list[str]:
    return [panel.timeline.item(row).text() for row in range(panel.timeline.count())]


# --- 1. the search box leads to its results ----------------------------------------------------


def test_enter_with_a_single_match_opens_it(qtbot, small_workspace) -> None:
    tab = open_window(qtbot, small_workspace).prospects
    assert tab.panel.detail is None
    qtbot.keyClicks(tab.search, "lemai")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.panel.title.text() == "Transports Lemaire"
    assert tab.table.currentIndex().row() == 0


def test_down_moves_to_the_results_with_the_first_selected(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.focus_search()
    qtbot.keyClicks(tab.search, "e")  # every account has an e
    assert len(names(tab)) == 3
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert window.focusWidget() is tab.table
    assert tab.table.selectionModel().selectedRows()[0].row() == 0
    assert tab.panel.title.text() == names(tab)[0]
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)  # and on down the list, as in any list
    assert tab.panel.title.text() == names(tab)[1]


def test_enter_with_several_matches_goes_to_the_list(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.focus_search()
    qtbot.keyClicks(tab.search, "r")
    qtbot.keyClick(tab.search, Qt.Key.Key_Enter)
    assert window.focusWidget() is tab.table
    assert tab.panel.title.text() == names(tab)[0]


# --- 2. the panel shows only what the list holds ------------------------------------------------


def test_the_panel_empties_when_the_search_or_a_filter_hides_its_account(qtbot, small_workspace) -> None:
    tab = open_window(qtbot, small_workspace).prospects
    tab.table.selectRow(names(tab).index("Transports Lemaire"))
    assert tab.panel.title.text() == "Transports Lemaire"
    qtbot.keyClicks(tab.search, "horizon")
    assert names(tab) == ["Mutuelle Horizon"]
    assert tab.panel.detail is None
    assert tab.panel.title.text() == "Pick an account in the list"
    tab.search.clear()
    tab.table.selectRow(names(tab).index("Mutuelle Horizon"))
    tab.owner.setCurrentIndex(tab.owner.findData("Karim Benali"))  # Mutuelle Horizon is Hélène's
    assert tab.panel.detail is None
    tab.owner.setCurrentIndex(0)
    tab.table.selectRow(names(tab).index("Transports Lemaire"))
    tab.owner.setCurrentIndex(tab.owner.findData("Karim Benali"))  # still listed: still shown
    assert tab.panel.title.text() == "Transports Lemaire"


def test_an_account_asked_for_from_the_board_clears_the_search_that_hid_it(qtbot, small_workspace) -> None:
    tab = open_window(qtbot, small_workspace).prospects
    qtbot.keyClicks(tab.search, "horizon")
    tab.show_account(2)  # Transports Lemaire, as the board's double-click asks
    assert tab.search.text() == ""
    assert tab.panel.title.text() == "Transports Lemaire"
    assert tab.model.id_at(tab.table.currentIndex().row()) == 2


# --- 3. contacts' names whole ---------------------------------------------------------------


def test_a_contacts_name_is_whole_at_1280_by_800(qtbot, small_workspace) -> None:
    save_contact(
        small_workspace,
        ContactFields(
            "Damien",
            "Lefebvre-Castelnau",
            email="damien.lefebvre-castelnau@transports-lemaire-logistique.example",
            phone="+33 4 72 00 00 01",
        ),
        account_id=2,
    )
    tab = open_window(qtbot, small_workspace).prospects
    tab.table.selectRow(names(tab).index("Transports Lemaire"))
    contacts = tab.panel.contacts
    row = next(r for r in range(contacts.rowCount()) if contacts.item(r, 0).text().startswith("Damien"))
    assert contacts.item(row, 0).text() == "Damien Lefebvre-Castelnau"
    needed = contacts.fontMetrics().horizontalAdvance("Damien Lefebvre-Castelnau")
    assert contacts.columnWidth(0) >= needed
    # The long email gives way instead, and stays readable in its tooltip.
    assert (
        contacts.item(row, 3).toolTip() == "damien.lefebvre-castelnau@transports-lemaire-logistique.example"
    )
    assert contacts.horizontalScrollBar().maximum() == 0


# --- 4. logging a call ---------------------------------------------------------------------


def test_a_call_picks_the_only_contact_and_deal_and_says_it_was_logged(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.table.selectRow(names(tab).index("Transports Lemaire"))
    reads = []
    real = account_panel.account_detail
    monkeypatch.setattr(account_panel, "account_detail", lambda *a: reads.append(a) or real(*a))
    dialogs: list[ActivityDialog] = []

    def save(dialog) -> bool:
        dialogs.append(dialog)
        # Julien Faure is Transports Lemaire's only contact, Migration cloud its only open deal.
        assert dialog.contact.currentText() == "Julien Faure (Prescriber)"
        assert dialog.deal.currentText() == "Migration cloud"
        dialog.notes.setPlainText("Rappeler après le comité")  # the window deletes the form after
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    monkeypatch.setattr(type(window), "run_dialog", lambda _self, dialog: save(dialog))
    window.log_action.trigger()
    assert dialogs
    assert window.statusBar().currentMessage() == "Done: Call at Transports Lemaire"
    panel = tab.panel
    qtbot.waitUntil(lambda: any("Rappeler après le comité" in line for line in timeline(panel)))
    current = panel.timeline.currentItem()
    assert "Rappeler après le comité" in current.text()
    assert current.background().color() == QColor(HIGHLIGHT_COLOUR)
    # One read of the account per call logged (the panel showing it again), not three.
    assert len(reads) == 1
    activity = account_detail(small_workspace, 2).timeline
    assert any(a.notes == "Rappeler après le comité" and a.contact == "Julien Faure" for a in activity)


def test_no_contact_picked_when_there_are_several(qtbot, small_workspace) -> None:
    save_contact(small_workspace, ContactFields("Claire", "Dubois"), account_id=2)
    detail = account_detail(small_workspace, 2)
    window = open_window(qtbot, small_workspace)
    dialog = ActivityDialog(window.scope.operations, window.formatter, TODAY, detail=detail)
    qtbot.addWidget(dialog)
    assert dialog.contact.currentData() is None
    assert dialog.deal.currentText() == "Migration cloud"


# --- 5. a deal won ------------------------------------------------------------------------


@dataclass
class Form:
    """The mission form as the person found it (the form is deleted once done with)."""

    title: str
    account: str
    daily_rate: str
    start: date
    end: date
    open_ended: bool
    costs_hidden: bool
    saved: bool = False

    @classmethod
    def of(cls, dialog: MissionDialog) -> Form:
        return cls(
            dialog.windowTitle(),
            dialog.account.text(),
            dialog.daily_rate.text(),
            dialog.start.date().toPython(),
            dialog.end.date().toPython(),
            dialog.open_ended.isChecked(),
            dialog.costs_hidden,
        )


class Answers:
    """Stands in for the person: answers each question in turn and fills the mission form."""

    def __init__(self, qtbot, *answers: bool) -> None:
        self.qtbot, self.answers, self.asked = qtbot, list(answers), []
        self.forms: list[Form] = []

    def ask(self, _parent, _title: str, text: str) -> bool:  # bound to these answers, not the WonDeals
        self.asked.append(text)
        return self.answers.pop(0)

    def run(self, dialog) -> bool:
        form = Form.of(dialog)
        self.forms.append(form)
        dialog.consultant.setCurrentIndex(dialog.consultant.findText("Théo Lambert"))
        self.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        form.saved = dialog.saved_id is not None
        return bool(dialog.result())


def board_of(qtbot, window: MainWindow):
    tab = window.prospects
    tab.pages.setCurrentIndex(PIPELINE_PAGE)
    board = tab.board
    board.today = TODAY
    qtbot.waitUntil(lambda: board.models[Stage.PROPOSAL].rowCount() == 1)
    return board


def test_a_deal_dropped_on_won_asks_first_then_offers_its_mission_prefilled(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = open_window(qtbot, small_workspace)
    board = board_of(qtbot, window)
    answers = Answers(qtbot, False)
    monkeypatch.setattr(WonDeals, "ask", answers.ask)
    monkeypatch.setattr(WonDeals, "run_dialog", answers.run)
    board.move_deals([2], Stage.WON)  # what a drop or the right-click menu asks for
    assert answers.asked == ["Mark Migration cloud as won, for 140\u202f000\xa0€?"]
    assert account_detail(small_workspace, 2).opportunities[0].stage is Stage.PROPOSAL  # said no

    answers.answers = [True, True]
    with qtbot.waitSignal(board.loaded):
        board.move_deals([2], Stage.WON)
    assert answers.asked[2] == "Migration cloud is won. Create its mission now?"
    form = answers.forms[0]
    # Prefilled: the account, its last mission's rate (640), from the expected signature for as
    # many working days as the deal's amount buys (140,000 / 640 = 218 days).
    assert (form.title, form.account, form.daily_rate) == (
        "New mission: Migration cloud",
        "Transports Lemaire",
        "640",
    )
    assert (form.start, form.end, form.open_ended) == (date(2027, 1, 15), date(2027, 11, 24), False)
    assert [d.title for d in board.models[Stage.WON].deals] == ["Migration cloud", "Renfort équipe data"]
    missions = [m for m in list_missions(small_workspace, today=TODAY) if m.consultant == "Théo Lambert"]
    assert [(m.account, m.terms.daily_rate, m.terms.start) for m in missions] == [
        ("Transports Lemaire", Decimal(640), date(2027, 1, 15))
    ]
    # The mission and the move are undone one after the other.
    assert window.undo_stack.undoText() == "Mission for Migration cloud"
    window.undo_stack.undo()
    assert not [m for m in list_missions(small_workspace, today=TODAY) if m.consultant == "Théo Lambert"]
    window.undo_stack.undo()
    assert account_detail(small_workspace, 2).opportunities[0].stage is Stage.PROPOSAL


def test_a_deal_won_from_the_account_panel_is_asked_and_shown_in_its_history(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.table.selectRow(names(tab).index("Transports Lemaire"))
    panel = tab.panel
    answers = Answers(qtbot, False)
    monkeypatch.setattr(WonDeals, "ask", answers.ask)
    monkeypatch.setattr(WonDeals, "run_dialog", answers.run)
    stage = panel.deals.cellWidget(0, 2)
    stage.setCurrentIndex(stage.findData(Stage.WON))
    assert answers.asked == ["Mark Migration cloud as won, for 140\u202f000\xa0€?"]
    # Said no: the stage list shows the deal where it still is.
    qtbot.waitUntil(lambda: panel.deals.cellWidget(0, 2).currentData() == Stage.PROPOSAL)

    answers.answers = [True, False]  # won, but no mission now
    stage = panel.deals.cellWidget(0, 2)
    stage.setCurrentIndex(stage.findData(Stage.WON))
    assert answers.asked[-1] == "Migration cloud is won. Create its mission now?"
    assert not answers.forms
    qtbot.waitUntil(lambda: timeline(panel)[0] == "04/12/2026 — Deal Migration cloud moved to Won")


def test_a_new_deal_saved_as_won_is_asked_then_offers_its_mission(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = open_window(qtbot, small_workspace)
    tab = window.prospects
    tab.table.selectRow(names(tab).index("Boulangeries Réunies"))
    panel = tab.panel
    answers = Answers(qtbot, True, True)
    monkeypatch.setattr(WonDeals, "ask", answers.ask)
    monkeypatch.setattr(WonDeals, "run_dialog", answers.run)

    def new_won_deal(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.title.setText("Renfort caisse")
        dialog.amount.setText("30000")
        dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.WON))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: new_won_deal(dialog))
    panel.edit_deal(None)
    assert answers.asked[0] == "Mark Renfort caisse as won, for 30\u202f000\xa0€?"
    form = answers.forms[0]
    # No mission ever at this account: no rate to suggest, so the mission is open-ended.
    assert (form.account, form.daily_rate, form.open_ended) == ("Boulangeries Réunies", "", True)
    assert not form.saved  # the rate is for the director to type: nothing saved without it


# --- 6. the board's cards -------------------------------------------------------------------


def test_cards_show_title_account_amount_close_date_and_days_in_stage(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    board = board_of(qtbot, window)
    board.today = date(2027, 1, 20)  # Migration cloud was due on 15 January
    with qtbot.waitSignal(board.loaded):
        board.reload()
    proposal = board.models[Stage.PROPOSAL]
    card = proposal.index(0)
    assert card.data() == (
        "Transports Lemaire\nMigration cloud\n140\u202f000\xa0€ · Karim Benali\n"
        "Signature 15/01/2027 (overdue)\n54 days in stage"
    )
    assert card.data(CARD_ROLE).overdue
    qualified = board.models[Stage.QUALIFIED].index(0).data(CARD_ROLE)
    assert (qualified.due, qualified.overdue) == ("Signature 01/02/2027", False)
    won = board.models[Stage.WON].index(0).data(CARD_ROLE)
    assert (won.due, won.age) == ("", "69 days in stage")  # closed: no signature to wait for


def test_a_long_title_is_wrapped_whole_on_its_card(qtbot, small_workspace) -> None:
    from esn_desktop.services.account_editing import OpportunityFields, save_opportunity

    long_title = "Renfort de trois développeurs Java pour la plateforme de gestion des sinistres"
    save_opportunity(
        small_workspace,
        OpportunityFields(long_title, Decimal(50000), date(2027, 3, 1)),
        account_id=1,
        today=TODAY,
        stage=Stage.MEETING,
    )
    window = open_window(qtbot, small_workspace)
    board = board_of(qtbot, window)
    qtbot.waitUntil(lambda: board.models[Stage.MEETING].rowCount() == 1)
    view = board.views[Stage.MEETING]
    card = board.models[Stage.MEETING].index(0)
    assert long_title in card.data()
    line = view.fontMetrics().lineSpacing()
    # Five lines at least: the title takes more than one of the column's width.
    assert view.visualRect(card).height() >= 5 * line
    assert view.fontMetrics().horizontalAdvance(long_title) > view.viewport().width()
    assert view.wordWrap()


def test_meeting_mode_hides_the_costs_of_the_mission_offered(qtbot, monkeypatch, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    window.meeting.set(True)
    board = board_of(qtbot, window)
    answers = Answers(qtbot, True, True)
    forms = []
    monkeypatch.setattr(WonDeals, "ask", answers.ask)
    monkeypatch.setattr(WonDeals, "run_dialog", lambda _won, dialog: forms.append(Form.of(dialog)) or False)
    board.move_deals([2], Stage.WON)
    assert forms and forms[0].costs_hidden
