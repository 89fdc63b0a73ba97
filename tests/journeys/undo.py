"""Undo and redo as a director meets them: a contact deleted from the account in view (asked
first), brought back with Ctrl+Z on every activity that named them, deleted again with
Ctrl+Shift+Z, the activities staying, and the window quit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, JourneyFailed, Steps


def undo(d: Driver, workspace: str, account: str, contact: str, activities: int, named: int) -> Steps:
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")
    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", workspace)
    yield d.until(lambda: window.workspace is not None, "the client's workspace open")
    tab = window.prospects
    panel = tab.panel
    yield d.until(tab.isVisible, "the Prospects tab")
    d.type_into(tab.search, account)
    yield d.until(lambda: tab.model.rowCount() == 1, f"{account} alone in the list")
    d.key(tab.search, Qt.Key.Key_Return)
    yield d.until(lambda: panel.detail is not None and panel.detail.name == account, f"{account} open")

    def contacts() -> list[str]:
        return [c.name for c in panel.detail.contacts] if panel.detail else []

    def with_contact() -> int:
        return sum(a.contact == contact for a in panel.detail.timeline) if panel.detail else -1

    def timeline() -> int:
        return len(panel.detail.timeline) if panel.detail else -1

    yield d.until(lambda: with_contact() == named and timeline() == activities, "the timeline read")
    row = contacts().index(contact)
    table = panel.contacts
    d.click(table.viewport(), table.visualItemRect(table.item(row, 0)).center())
    yield d.until(lambda: table.currentRow() == row, f"{contact} chosen")
    d.click(panel.delete_contact_button)
    question = yield d.modal(QMessageBox, "the question before deleting")
    d.shot("delete-asked")
    d.click(question.button(QMessageBox.StandardButton.Yes))
    yield d.gone(question, "the question answered")
    yield d.until(lambda: contact not in contacts() and with_contact() == 0, f"{contact} deleted")
    yield d.until(lambda: timeline() == activities, "the activities kept, without them")
    d.shot("deleted")

    # Ctrl+Z where the focus is (the list just clicked: a text field would undo its own typing).
    yield d.activate()
    focused = QApplication.focusWidget() or table
    d.key(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    yield d.until(
        lambda: contact in contacts() and with_contact() == named, f"{contact} back on the activities"
    )
    d.assert_shown(contact, "the contact back in the panel")
    d.shot("undone")

    focused = QApplication.focusWidget() or table
    d.key(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    yield d.until(lambda: contact not in contacts() and with_contact() == 0, f"{contact} deleted again")
    yield d.until(lambda: timeline() == activities, "the activities kept again")
    said = window.statusBar().currentMessage()
    if not said.startswith("Rétabli\u202f: "):
        raise JourneyFailed(f"the status bar after Ctrl+Shift+Z: {said!r}")
    d.assert_absent([contact], "the contact gone from the screen", besides=[said])
    d.shot("redone")

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")
