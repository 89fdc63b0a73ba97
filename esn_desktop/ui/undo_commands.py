"""Undoable changes: each knows how to do itself again and how to put things back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.services.deletion import delete_account, restore
from esn_desktop.store.database import Workspace
from esn_desktop.ui.events import DataEvents


class DeleteAccountCommand(QUndoCommand):
    """Deleting an account; undo writes it back with its contacts, deals, activities and missions."""

    def __init__(self, workspace: Workspace, events: DataEvents, name: str) -> None:
        super().__init__(QCoreApplication.translate("DeleteAccountCommand", "Delete %1").replace("%1", name))
        self.workspace = workspace
        self.events = events
        self.name = name
        self.snapshot: WorkspaceContent | None = None

    def redo(self) -> None:
        self.snapshot = delete_account(self.workspace, name=self.name)
        self.events.data_changed.emit("*")

    def undo(self) -> None:
        if self.snapshot is not None:
            restore(self.workspace, self.snapshot)
            self.events.data_changed.emit("*")
