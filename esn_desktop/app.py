"""Composition root of the desktop app: builds the application, opens the workspace, shows the window."""

from __future__ import annotations

import sys
from pathlib import Path

ORGANIZATION = "esn-desktop"
APPLICATION = "esn-desktop"


def run_gui(workspace_path: Path | None) -> int:
    from PySide6.QtWidgets import QApplication

    from esn_desktop.ui.background import wind_down
    from esn_desktop.ui.i18n import chosen_language, install_language
    from esn_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    formatter = install_language(app, chosen_language())

    window = MainWindow(formatter=formatter)
    if workspace_path is not None:
        window.open_path(workspace_path)
        if window.workspace is None:
            return 1
    window.show()
    code = app.exec()
    wind_down()
    return code
