"""Meeting mode: one switch that makes the screen safe to show a client.

It hides every cost, CJM, salary, margin and margin rate in the whole window (tiles, charts,
tables, tooltips, exports), and nothing on screen names another workspace. A shared-time
director keeps one workspace per client, and a workspace's file name is often the client's
name, so the rule for other workspaces lives here, in one place:

- the recent workspaces (File > Recent, the welcome screen) list only the open one, by its
  company name; the others are one action away, and that action leaves meeting mode;
- no file path is shown (status bar, notices): a path names the file and its neighbours;
- choosing a workspace to open or create, or a file to import, first leaves meeting mode
  (asked): the dialog lists the files of the workspaces' folder.

A team database's salesperson or viewer never reads a cost (store/team_roles.py): the tabs of
their workspace are in meeting mode for good (`for_good`), whatever the window's switch says, so
every place that hides costs in meeting mode hides them from them by the same rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from esn_desktop.ui.recent_workspaces import Place


class MeetingMode(QObject):
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, for_good: bool = False) -> None:
        super().__init__(parent)
        #: On whatever is asked: the costs are not the login's to read.
        self.for_good = for_good
        self.on = for_good

    def set(self, on: bool) -> None:
        on = on or self.for_good
        if on != self.on:
            self.on = on
            self.changed.emit(on)

    def recent_shown(self, recent: Sequence[Place], open_path: Place | None) -> list[Place]:
        """The recent workspaces that may be listed: all of them, or in meeting mode only the
        open one (none on the welcome screen)."""
        if not self.on:
            return list(recent)
        opened = open_path.resolve() if isinstance(open_path, Path) else open_path
        return [path for path in recent if path == opened]

    def others_hidden(self, recent: Sequence[Place], open_path: Place | None) -> bool:
        """Whether meeting mode keeps some recent workspace off the lists."""
        return len(self.recent_shown(recent, open_path)) < len(recent)

    def place_shown(self, path: Place) -> str:
        """The path (or team database's URL) to show for `path`: none in meeting mode."""
        return "" if self.on else str(path)
