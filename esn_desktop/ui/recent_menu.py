"""File > Recent workspaces: the workspaces opened lately, filled each time the menu opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.recent_workspaces import Place


class RecentMenu(QMenu):
    """The recent workspaces by company and file (or team database); in meeting mode only the open one, by its
    company, and an action that leaves meeting mode to list the others."""

    # A workspace's file (a Path) or a team database's URL without its password (a str).
    chosen = Signal(object)

    def __init__(
        self, title: str, meeting: MeetingMode, opened: Callable[[], Place | None], parent: QWidget
    ) -> None:
        super().__init__(title, parent)
        self.meeting = meeting
        self._opened = opened
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        every = recent_workspaces.recent()
        opened = self._opened()
        for path in self.meeting.recent_shown(every, opened):
            place = self.meeting.place_shown(path)
            company = recent_workspaces.company_of(path)
            action = self.addAction(f"{company} — {place}" if place else company)
            action.setEnabled(not isinstance(path, Path) or path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.chosen.emit(p))
        if self.meeting.others_hidden(every, opened):
            self.addSeparator()
            show = self.addAction(self.tr("Show every workspace (leaves meeting mode)"))
            show.triggered.connect(lambda: self.meeting.set(False))
