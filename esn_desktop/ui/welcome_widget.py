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
from esn_desktop.ui.meeting_mode import MeetingMode


class WelcomeWidget(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    # A workspace's file (a Path) or a team database's URL without its password (a str).
    recent_chosen = Signal(object)

    def __init__(self, meeting: MeetingMode) -> None:
        super().__init__()
        self.meeting = meeting
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
        # In meeting mode the list is empty: other clients' names stay off the screen, and
        # showing them is a deliberate step out of meeting mode.
        self.hidden_label = QLabel(self.tr("Recent workspaces are hidden in meeting mode."))
        self.show_recent_button = QPushButton(self.tr("Show them (leaves meeting mode)"))
        hidden = QHBoxLayout()
        hidden.addWidget(self.hidden_label)
        hidden.addWidget(self.show_recent_button)
        hidden.addStretch(1)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 3)
        column.addLayout(hidden)
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
        self.recent_list.itemActivated.connect(self._choose_recent)
        self.show_recent_button.clicked.connect(lambda: self.meeting.set(False))
        # A method, not a lambda: the connection must end with this widget (a language change
        # replaces it, while meeting mode lives on).
        self.meeting.changed.connect(self._meeting_mode_changed)
        self.refresh()

    def _meeting_mode_changed(self, _on: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Lists the recent workspaces as the settings remember them, none of them in meeting mode
        (no workspace is open here). No file is looked at: one on a disconnected network drive
        would hold the first window for seconds."""
        self.recent_list.clear()
        every = recent_workspaces.recent()
        for path in self.meeting.recent_shown(every, None):
            item = QListWidgetItem(f"{recent_workspaces.company_of(path)}    —    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
        hidden = self.meeting.others_hidden(every, None)
        self.hidden_label.setVisible(hidden)
        self.show_recent_button.setVisible(hidden)

    def _choose_recent(self, item: QListWidgetItem) -> None:
        """Opens the workspace chosen; one gone since (deleted, on a drive no longer there) is
        marked missing instead."""
        path = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(path, Path) and not path.exists():
            item.setText(self.tr("%1 (missing)").replace("%1", item.text()))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            return
        self.recent_chosen.emit(path)
