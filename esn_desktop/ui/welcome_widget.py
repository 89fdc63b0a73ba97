"""What the window shows with no workspace open: create one, open one, try the demo, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.ui import recent_workspaces


class WelcomeWidget(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        title = QLabel(self.tr("Welcome to esn-desktop"))
        font = title.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "One workspace per company: its prospects, consultants, missions and objectives, "
                "kept in a single file on this computer."
            )
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a workspace…"))
        self.open_button = QPushButton(self.tr("Open a workspace…"))
        self.demo_button = QPushButton(self.tr("Open the demo"))
        buttons = QHBoxLayout()
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        self.recent_label = QLabel(self.tr("Recent workspaces"))
        self.recent_list = QListWidget()
        self.recent_list.setSpacing(3)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 3)
        column.addStretch(1)
        frame = QWidget()
        frame.setLayout(column)
        # As wide as a laptop allows: a recent workspace's path reads whole beside its name.
        frame.setFixedWidth(720)
        outer = QHBoxLayout(self)
        outer.addWidget(frame, alignment=Qt.AlignmentFlag.AlignHCenter)

        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.refresh()

    def refresh(self) -> None:
        self.recent_list.clear()
        for path in recent_workspaces.recent():
            item = QListWidgetItem(f"{recent_workspaces.company_of(path)}    —    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not path.exists():
                item.setText(self.tr("%1 (missing)").replace("%1", item.text()))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
