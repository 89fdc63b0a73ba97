"""Opening a workspace's file for the window: for writing, or for reading only (with what the
banner says of it) when it cannot be written from here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from esn_desktop.formatting import Formatter
from esn_desktop.ui.error_text import error_text

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace


class WorkspaceOpener(QObject):
    def __init__(self, accept_reading_only: Callable[[str], bool], parent: QObject) -> None:
        """`accept_reading_only(reason)` asks whether to read a workspace another copy changes."""
        super().__init__(parent)
        self._accept_reading_only = accept_reading_only

    def open(self, path: Path, formatter: Formatter) -> tuple[Workspace, str] | None:
        """The workspace for writing, with no word for the banner; for reading only, with what the
        banner says of it; None when the person would rather not read it. Other refusals raise."""
        # The database code is loaded with the first workspace: the welcome screen needs none.
        from esn_desktop.services import workspaces

        try:
            return workspaces.open_workspace(path), ""
        except workspaces.WorkspaceReadOnlyError:
            why = self.tr(
                "Read-only: this file cannot be changed (its folder or the file itself is write-protected)."
            )
        except workspaces.WorkspaceLockedError as error:
            if not self._accept_reading_only(error_text(error, formatter)):
                return None
            why = self.tr(
                "Read-only: another copy of esn-desktop is changing this file. Close it there, then "
                "open it again here to make changes."
            )
        return workspaces.open_workspace(path, write=False), why
