"""The main window: one tab per part of the business, the workspace's name in the title."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget

from esn_desktop.formatting import Formatter
from esn_desktop.store.database import Workspace
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.tabs.prospects_tab import ProspectsTab


class MainWindow(QMainWindow):
    def __init__(
        self, workspace: Workspace | None, company_name: str = "", formatter: Formatter | None = None
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.events = DataEvents(self)
        self.formatter = formatter or Formatter()
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        title = self.tr("esn-desktop")
        if workspace is not None:
            title = f"{company_name or workspace.path.stem} — {title}"
            self.statusBar().showMessage(str(workspace.path))
            self.prospects = ProspectsTab(workspace, self.events, self.formatter)
            self.tabs.addTab(self.prospects, self.tr("Prospects"))
        else:
            self.statusBar().showMessage(self.tr("No workspace open"))
        self.setWindowTitle(title)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for number in range(1, 6):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(
                lambda n=number: self.tabs.setCurrentIndex(n - 1) if n <= self.tabs.count() else None
            )
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(
            lambda: self.events.data_changed.emit("*")
        )

    def _focus_search(self) -> None:
        focus = getattr(self.tabs.currentWidget(), "focus_search", None)
        if focus is not None:
            focus()
