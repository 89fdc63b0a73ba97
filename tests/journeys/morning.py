"""The morning: a director opens a client's workspace, finds an account by typing its name, opens
it with Enter, logs a call with Ctrl+L, drags a deal to its next stage on the pipeline board and
another one to won (confirmed, its mission created from the offer), looks at who is on the bench,
and quits."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget, QMessageBox

from esn_desktop.domain.pipeline import Stage
from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.prospects_tab import PIPELINE_PAGE
from esn_desktop.ui.widgets.account_timeline import HIGHLIGHT_COLOUR
from esn_desktop.ui.widgets.pipeline_board import PipelineBoard
from tests.journeys.driver import Driver, JourneyFailed, Steps

NOTES = "Rappeler après le comité de jeudi"


def morning(
    d: Driver,
    workspace: str,
    account: str,
    contact: str,
    deal: str,
    stage: str,
    next_stage: str,
    won_account: str,
    won_deal: str,
    won_stage: str,
    consultant: str,
    still_free: str,
    staffed_today: bool,
    daily_rate: str,
) -> Steps:
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")
    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", workspace)
    yield d.until(lambda: window.workspace is not None, "the client's workspace open")
    tab = window.prospects
    yield d.until(tab.isVisible, "the Prospects tab")
    d.shot("prospects")

    # The account, found by typing its name and opened with Enter.
    d.type_into(tab.search, account)
    yield d.until(lambda: tab.model.rowCount() == 1, f"{account} alone in the list")
    d.shot("search-typed")
    d.key(tab.search, Qt.Key.Key_Return)
    yield d.until(
        lambda: tab.panel.detail is not None and tab.panel.detail.name == account, f"{account} open"
    )
    yield d.until(lambda: tab.table.selectionModel().isRowSelected(0), "its row selected")
    d.shot("account-open")
    d.assert_shown(contact, "the account's contact, whole")

    # A call, logged with Ctrl+L: its only contact and only deal already picked.
    yield d.activate()
    d.key(tab.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    form = yield d.modal(ActivityDialog, "the activity form")
    yield d.until(lambda: form.contact.currentText().startswith(contact), f"{contact} picked")
    yield d.until(lambda: form.deal.currentText() == deal, f"{deal} picked")
    d.type_into(form.notes, NOTES)
    yield d.until(lambda: form.notes.toPlainText() == NOTES, "the notes typed")
    d.shot("call-form")
    d.click(form.save_button)
    yield d.gone(form, "the form closed")
    logged = f"Fait\u202f: Appel chez {account}"
    yield d.until(lambda: window.statusBar().currentMessage() == logged, "the call confirmed")
    yield d.until(lambda: _highlighted(tab.panel.timeline), "the call highlighted in the timeline")
    d.shot("call-logged")

    # The deal dragged to its next stage on the board.
    pages = tab.pages.tabBar()
    d.click(pages, pages.tabRect(PIPELINE_PAGE).center())
    yield d.until(lambda: tab._board is not None and tab.board.isVisible(), "the pipeline board")
    board = tab.board
    yield from _cards_of(d, board, account)
    yield from _drag_card(d, board, deal, Stage(stage), Stage(next_stage))
    d.shot("deal-moved")

    # Another dragged to won: confirmed with its amount, its mission offered and created.
    yield from _cards_of(d, board, won_account)
    yield from _drag_card(d, board, won_deal, Stage(won_stage), Stage.WON, wait=False)
    question = yield d.modal(QMessageBox, "the question before winning")
    if won_deal not in question.text() or "€" not in question.text():
        raise JourneyFailed(f"the question says neither the deal nor its amount: {question.text()!r}")
    d.shot("won-confirm")
    d.click(question.button(QMessageBox.StandardButton.Yes))
    yield d.gone(question, "the question answered")
    offer = yield d.modal(QMessageBox, "the mission offered")
    d.shot("mission-offered")
    d.click(offer.button(QMessageBox.StandardButton.Yes))
    mission = yield d.modal(MissionDialog, "the mission form")
    if mission.account.text() != won_account or won_deal not in mission.windowTitle():
        raise JourneyFailed(f"the mission form is not filled from the deal: {mission.account.text()!r}")
    yield from d.choose(mission.consultant, consultant)
    if not mission.daily_rate.text():
        d.type_into(mission.daily_rate, daily_rate)
    yield d.until(mission.save_button.isEnabled, "the mission ready to save")
    d.shot("mission-form")
    d.click(mission.save_button)
    yield d.gone(mission, "the mission saved")
    yield d.until(lambda: _in(board, Stage.WON, won_deal), f"{won_deal} among the won")
    d.shot("deal-won")

    # The bench: who could start on it.
    tabs = window.tabs.tabBar()
    d.click(tabs, tabs.tabRect(1).center())
    consultants = window.consultants
    yield d.until(consultants.isVisible, "the Consultants tab")
    yield from d.choose(consultants.availability, "Intercontrat")
    yield d.until(lambda: consultants.model.rowCount() > 0, "someone on the bench")
    for row in range(consultants.model.rowCount()):
        if consultants.model.row_at(row).availability != "bench":
            raise JourneyFailed("someone on mission listed on the bench")
    d.assert_shown(still_free, "the bench")
    if staffed_today:
        d.assert_absent([consultant], "the bench, once staffed")
    d.shot("bench")

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _highlighted(timeline: QListWidget) -> bool:
    item = timeline.currentItem()
    return item is not None and NOTES in item.text() and item.background().color() == HIGHLIGHT_COLOUR


def _in(board: PipelineBoard, stage: Stage, title: str) -> bool:
    return any(card.title == title for card in board.models[stage].deals)


def _cards_of(d: Driver, board: PipelineBoard, account: str) -> Steps:
    """Narrows the board to one account by typing in its search box."""
    board.search.clear()
    d.type_into(board.search, account)
    yield d.until(
        lambda: (
            board.task is None and all(c.account == account for m in board.models.values() for c in m.deals)
        ),
        f"the board narrowed to {account}",
    )


def _drag_card(
    d: Driver, board: PipelineBoard, title: str, source: Stage, target: Stage, wait: bool = True
) -> Steps:
    yield d.until(lambda: _in(board, source, title), f"{title} in {source}")
    model, view = board.models[source], board.views[source]
    row = next(i for i, card in enumerate(model.deals) if card.title == title)
    card = view.visualRect(model.index(row))
    drop = board.views[target]
    d.shot(f"drag-{target.value}")
    yield from d.drag(
        view.viewport(), card.center(), drop.viewport(), QPoint(drop.viewport().width() // 2, 40)
    )
    if wait:
        yield d.until(lambda: _in(board, target, title), f"{title} dropped in {target}")
