"""Composition root of the desktop app: builds the application, opens the workspace, shows the window."""

from __future__ import annotations

import sys
from pathlib import Path

ORGANIZATION = "esn-desktop"
APPLICATION = "esn-desktop"


def run_gui(workspace_path: Path | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from esn_desktop.domain.errors import EsnError
    from esn_desktop.store.database import Workspace, open_workspace
    from esn_desktop.store.settings_store import load_settings
    from esn_desktop.ui.i18n import chosen_language, install_language
    from esn_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    formatter = install_language(app, chosen_language())

    workspace: Workspace | None = None
    company = ""
    if workspace_path is not None:
        try:
            workspace = open_workspace(workspace_path)
            with workspace.session() as session:
                company = load_settings(session).company_name
        except EsnError as error:
            QMessageBox.critical(None, "esn-desktop", str(error))
            return 1
    window = MainWindow(workspace, company, formatter)
    window.show()
    try:
        return app.exec()
    finally:
        if workspace is not None:
            workspace.close()
