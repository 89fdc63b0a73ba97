"""The notice that a document was written: a bar of its own above the page, naming the file,
with a button to open it and one to show its folder. It stays until closed or replaced, and
takes the place of no summary line (a status line rewritten with the path was easy to miss and
lost the figures it held)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from esn_desktop.palette import PALETTE
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.i18n import interface_number

STYLE = (
    f"WrittenNotice {{ background: #E6F4EA; border: 1px solid {PALETTE['green']}; border-radius: 4px; }}"
    " QLabel { color: #0B3D1E; }"
)


class WrittenNotice(QFrame):
    """'PDF written: dossier-visite-….pdf  [Open] [Show the folder] [×]'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WrittenNotice")
        self.setStyleSheet(STYLE)
        self.paths: list[Path] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Show the folder"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(lambda _checked=False: self.open_file())
        self.folder_button.clicked.connect(lambda _checked=False: self.show_folder())
        self.close_button.clicked.connect(lambda _checked=False: self.hide())
        self.hide()

    def show_written(self, paths: list[Path]) -> None:
        """One file: its name, openable; several (one plan each): how many, and their folder."""
        self.paths = paths
        if len(paths) == 1:
            self.text.setText(self.tr("PDF written: %1").replace("%1", paths[0].name))
            self.text.setToolTip(str(paths[0]))
        else:
            self.text.setText(
                self.tr("%1 PDF written in %2")
                .replace("%1", interface_number(len(paths)))
                .replace("%2", paths[0].parent.name)
            )
            self.text.setToolTip(str(paths[0].parent))
        self.open_button.setVisible(len(paths) == 1)
        self.show()

    def open_file(self) -> None:
        """In the person's PDF reader, as a double click in their file manager would."""
        if len(self.paths) == 1:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths[0])))

    def show_folder(self) -> None:
        """In the file manager; in meeting mode only the workspace's own folder, which lists no
        other client's file (another one once meeting mode is left)."""
        if self.paths and file_dialogs.may_show_folder(self, self.paths[0].parent):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths[0].parent)))
