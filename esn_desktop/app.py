"""Composition root of the desktop app: builds the application, opens the workspace, shows the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from esn_desktop.ui.main_window import MainWindow

ORGANIZATION = "esn-desktop"
APPLICATION = "esn-desktop"


def run_gui(workspace_path: Path | None, then: Callable[[MainWindow], object] | None = None) -> int:
    """The app on `workspace_path` (the welcome screen when None) until it quits; `then` is
    called with the window once shown (the journey tests drive it from there)."""
    from PySide6.QtWidgets import QApplication

    from esn_desktop.ui.background import wind_down
    from esn_desktop.ui.i18n import chosen_language, install_language
    from esn_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    formatter = install_language(app, chosen_language())

    window = MainWindow(formatter=formatter)
    sys.excepthook = _reporting_to(window, sys.excepthook)
    if workspace_path is not None:
        window.open_path(workspace_path)
        if window.workspace is None:
            return 1
    window.show()
    if then is not None:
        then(window)
    code = app.exec()
    wind_down()
    return code


def _reporting_to(window: MainWindow, previous: Callable[..., Any]) -> Callable[..., Any]:
    """Refusals raised in a slot reach the person in the window rather than standard error."""
    from esn_desktop.domain.errors import EsnError

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, EsnError):
            window.report_error(error)
        else:
            previous(kind, error, trace)

    return hook
