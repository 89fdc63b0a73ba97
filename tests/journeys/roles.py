"""A salesperson in the window of the firm's team database: they connect through File > Connect
to a team database… with their own login, go through every tab without meeting a cost, a CJM, a
salary or a margin, log a call on an account, and find the account's editing greyed, its
tooltip saying that their role does not allow it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog
from esn_desktop.ui.dialogs.team_connect_dialog import TeamConnectDialog
from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, JourneyFailed, Steps
from tests.journeys.switching import TABS

CONNECT = "Se connecter à une base d’équipe…"
#: What a salesperson must never read, in French.
COST_WORDS = [
    "CJM",
    "marge",
    "marges",
    "coût",
    "coûts",
    "salaire",
    "salaires",
    "marge par jour",
    "taux de marge",
]
NOTES = "Rappeler après le comité"
ACCOUNT_REFUSED = "Votre rôle (commercial) ne permet pas de modifier les comptes."


def salesperson(d: Driver, server: list[str], company: str, account: str, own: str) -> Steps:
    """`server` is (host, port, database, login, password); `own` the salesperson's name."""
    window = d.window
    assert isinstance(window, MainWindow)
    host, port, database, login, password = server
    yield d.until(window.isVisible, "the window shown")

    yield from d.menu("Fichier", CONNECT)
    dialog = yield d.modal(TeamConnectDialog, "the connection form")
    for field, text in ((dialog.server, host), (dialog.database, database), (dialog.user, login)):
        d.type_into(field, text)
    d.later(dialog.port.selectAll)
    d.type_into(dialog.port, port)
    d.type_into(dialog.password, password)
    yield d.until(lambda: dialog.password.text() == password and dialog.port.value() == int(port), "typed")
    d.click(dialog.connect_button)
    yield d.gone(dialog, "connected")
    yield d.until(lambda: window.windowTitle().startswith(company + " — "), f"{company} open")
    d.assert_shown("Commercial", "the status bar's role mark")

    # Every tab, and every page of the first: no cost anywhere.
    bar = window.tabs.tabBar()
    for index, key in enumerate(TABS):
        d.click(bar, bar.tabRect(index).center())
        yield d.until(lambda i=index: window.tabs.currentIndex() == i, f"the {key} tab")
        if key == "dashboard":
            yield d.until(lambda: window.dashboard.ready, "the dashboard drawn")
        if key == "consultants":
            window.consultants.table.selectRow(0)  # the panel beside the list, filled
        yield d.pause(300)
        d.shot(f"1-{key}")
        d.assert_absent(COST_WORDS, f"the {key} tab of a salesperson")
    if "Chiffre d’affaires" not in " ".join(d.visible_texts()):
        raise JourneyFailed("the dashboard shows no revenue: a salesperson may read it")

    # A call logged on an account, in their own name.
    d.click(bar, bar.tabRect(0).center())
    tab = window.prospects
    yield d.until(tab.isVisible, "the Prospects tab")
    d.type_into(tab.search, account)
    yield d.until(lambda: tab.model.rowCount() == 1, f"{account} alone in the list")
    d.key(tab.search, Qt.Key.Key_Return)
    yield d.until(
        lambda: tab.panel.detail is not None and tab.panel.detail.name == account, f"{account} open"
    )
    yield d.activate()
    d.key(tab.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    form = yield d.modal(ActivityDialog, "the activity form")
    if form.owner.currentText() != own or form.owner.isEnabled():
        raise JourneyFailed(f"the call is not logged in their own name: {form.owner.currentText()!r}")
    d.type_into(form.notes, NOTES)
    yield d.until(lambda: form.notes.toPlainText() == NOTES, "the notes typed")
    d.shot("2-call-form")
    d.click(form.save_button)
    yield d.gone(form, "the form closed")
    logged = f"Fait\u202f: Appel chez {account}"
    yield d.until(lambda: window.statusBar().currentMessage() == logged, "the call confirmed")
    yield d.until(
        lambda: any(NOTES in tab.panel.timeline.item(i).text() for i in range(tab.panel.timeline.count())),
        "the call in the timeline",
    )

    # The account cannot be edited: greyed, and the tooltip says why.
    edit = tab.panel.edit_button
    if edit.isEnabled() or edit.toolTip() != ACCOUNT_REFUSED:
        raise JourneyFailed(f"the account's editing is offered: {edit.isEnabled()}, {edit.toolTip()!r}")
    d.later(lambda: QToolTip.showText(edit.mapToGlobal(QPoint(8, edit.height())), edit.toolTip(), edit))
    yield d.pause(400)
    d.shot("3-account-not-editable")
    d.assert_absent(COST_WORDS, "the account after the call")

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")
