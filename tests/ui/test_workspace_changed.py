"""When another program removes the log of the open workspace, the window says so and saves
nothing more into the void: the form refuses its change in one line, and a refusal raised
elsewhere closes the workspace so that opening it again shows what the file holds."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from esn_desktop.app import _reporting_to
from esn_desktop.services.accounts import account_detail
from esn_desktop.store.errors import WorkspaceChangedError
from esn_desktop.ui.main_window import MainWindow
from tests.ui.test_account_editing import shown_names

CHANGED = (
    "acme.esn was changed by another program while open here; this change was not saved. "
    "Close the workspace and open it again"
)


def test_a_form_refuses_to_save_into_a_removed_log(qtbot, monkeypatch, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    account = tab.panel.detail.id
    activities = len(account_detail(small_workspace, account).timeline)
    forms = []

    def save(dialog) -> bool:
        forms.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    monkeypatch.setattr(type(window), "run_dialog", lambda _self, dialog: save(dialog))
    Path(f"{small_workspace.path}-wal").unlink()  # what another program's last close does

    window.log_action.trigger()

    assert forms[0].general_error.text() == CHANGED and forms[0].general_error.isVisible()
    assert window.undo_stack.count() == 0
    assert len(account_detail(small_workspace, account).timeline) == activities


def test_a_refusal_outside_a_form_is_shown_and_closes_the_workspace(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(type(window), "show_error", lambda _self, text: shown.append(text))
    hook = _reporting_to(window, sys.__excepthook__)

    hook(WorkspaceChangedError, WorkspaceChangedError(CHANGED), None)

    assert shown == [CHANGED]
    assert window.workspace is None
    assert window.stack.currentWidget() is window.welcome
