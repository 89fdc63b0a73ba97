"""Composition root of the desktop app: builds the application, opens the workspace, shows the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import TeamDatabase
    from esn_desktop.ui.main_window import MainWindow

ORGANIZATION = "esn-desktop"
APPLICATION = "esn-desktop"


def run_gui(
    workspace_path: Path | TeamDatabase | None, then: Callable[[MainWindow], object] | None = None
) -> int:
    """The app on `workspace_path`, a file or a team database (the welcome screen when None)
    until it quits; `then` is
    called with the window once shown (the journey tests drive it from there)."""
    if workspace_path is not None:
        # The database code before Qt: once PySide6 is loaded, it reads the source of every
        # module imported after it (looking for its own name), a fifth more on SQLAlchemy's.
        import esn_desktop.services.workspaces  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from esn_desktop.ui.background import wind_down
    from esn_desktop.ui.file_open_events import FileOpenEvents
    from esn_desktop.ui.i18n import chosen_language, install_language
    from esn_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    formatter = install_language(app, chosen_language())

    window = MainWindow(formatter=formatter)
    # Quitting is closing the window, even under a dialog or beside a progress window: those
    # would otherwise keep the application running with nothing left to close them.
    window.closed.connect(app.quit)
    app.installEventFilter(FileOpenEvents(window.open_path, window))  # the Finder's double click
    sys.excepthook = _reporting_to(window, sys.excepthook)
    # A file that cannot be opened ends the app (its refusal was said); stepping back from its
    # passphrase leaves the welcome screen.
    if workspace_path is not None and window.open_path(workspace_path) and window.workspace is None:
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
