"""The real main window logging activities one after another, as a person would with Ctrl+L.

Run by tests/journeys/test_soak.py under Xvfb (xcb). Each activity goes through the window's
own action and form: the form opens on the account, its notes are typed, Save is clicked; once
the window has recorded the change, its notes are printed, flushed, as acknowledged. Midway,
the window's file dialog lists the workspace's folder for a few seconds.

    python window_soak.py WORKSPACE EDITS SETTINGS_FOLDER
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from esn_desktop.app import APPLICATION, ORGANIZATION
from esn_desktop.store.database import open_workspace
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow

DIALOG_AT, DIALOG_MS = 200, 3000


class Soak:
    def __init__(self, window: MainWindow, edits: int) -> None:
        self.window = window
        self.edits = edits
        self.done = 0
        self.dialog: QDialog | None = None
        window.run_dialog = self.fill_and_save  # type: ignore[method-assign]

    def fill_and_save(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, ActivityDialog)
        dialog.show()
        dialog.notes.setPlainText(f"Soak {self.done:04d}")
        dialog.save_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    def step(self) -> None:
        if self.done == self.edits:
            print("finished", flush=True)
            return
        before = self.window.undo_stack.count()
        self.window.log_action.trigger()
        if self.window.undo_stack.count() != before + 1:
            print(f"not saved {self.done}", flush=True)
            return
        print(f"Soak {self.done:04d}", flush=True)
        self.done += 1
        if self.done == DIALOG_AT:
            self.dialog = file_dialogs.file_dialog(
                self.window,
                "Open",
                self.window.workspace.path.parent,
                "*",  # type: ignore[union-attr]
            )
            self.dialog.show()
            QTimer.singleShot(DIALOG_MS, self.dialog.close)
        QTimer.singleShot(0, self.step)


def main() -> None:
    workspace_path, edits, settings = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    app = QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    QSettings().setValue("backups/every_hours", 0)
    install_language(app, "fr")
    workspace = open_workspace(workspace_path)
    window = MainWindow(workspace, "Soak")
    window.show()
    soak = Soak(window, edits)

    def start_once_an_account_is_in_view() -> None:
        # The account in view fills the form, as when a person logs a call from its panel.
        prospects = window.prospects
        if prospects.panel.detail is None:
            prospects.table.selectRow(0)
            QTimer.singleShot(100, start_once_an_account_is_in_view)
            return
        print("ready", flush=True)
        soak.step()

    QTimer.singleShot(0, start_once_an_account_is_in_view)
    app.exec()


if __name__ == "__main__":
    main()
