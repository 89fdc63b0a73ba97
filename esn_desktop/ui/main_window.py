"""The main window: the workspace's name in the title, its file in the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from esn_desktop.store.database import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | None, company_name: str = "") -> None:
        super().__init__()
        self.workspace = workspace
        self.resize(1280, 800)
        title = self.tr("esn-desktop")
        if workspace is not None:
            title = f"{company_name or workspace.path.stem} — {title}"
            self.statusBar().showMessage(str(workspace.path))
        else:
            self.statusBar().showMessage(self.tr("No workspace open"))
        self.setWindowTitle(title)
