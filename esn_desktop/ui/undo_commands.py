"""Undoable changes: each knows how to do itself again and how to put things back."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.services.consultants import ConsultantRow, delete_consultant, save_consultant
from esn_desktop.services.deletion import delete_account, restore
from esn_desktop.services.missions import MissionRow, delete_mission, save_mission
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


class AlreadyDoneCommand(QUndoCommand):
    """A change a dialog has already saved (so its refusals could show beside the fields):
    the first redo, when pushed, does nothing."""

    def __init__(self, text: str, events: DataEvents, what: str) -> None:
        super().__init__(text)
        self.events = events
        self.what = what
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply()
        self.events.data_changed.emit(self.what)

    def undo(self) -> None:
        self.revert()
        self.events.data_changed.emit(self.what)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class SaveMissionCommand(AlreadyDoneCommand):
    def __init__(
        self, workspace: Workspace, events: DataEvents, *, before: MissionRow | None, after: MissionRow
    ) -> None:
        text = QCoreApplication.translate("SaveMissionCommand", "Mission %1 at %2")
        super().__init__(
            text.replace("%1", after.consultant).replace("%2", after.account), events, "missions"
        )
        self.workspace, self.before, self.after = workspace, before, after

    def _save(self, row: MissionRow, mission_id: int | None) -> int:
        return save_mission(
            self.workspace,
            mission_id=mission_id,
            account_id=row.account_id,
            consultant_id=row.consultant_id,
            terms=row.terms,
            status=row.status,
        )

    def apply(self) -> None:
        saved = self._save(self.after, self.after.id if self.before is not None else None)
        self.after = replace(self.after, id=saved)

    def revert(self) -> None:
        if self.before is None:
            delete_mission(self.workspace, mission_id=self.after.id)
        else:
            self._save(self.before, self.before.id)


class SaveConsultantCommand(AlreadyDoneCommand):
    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        *,
        before: ConsultantRow | None,
        after: dict[str, Any],
        saved_id: int,
    ) -> None:
        text = QCoreApplication.translate("SaveConsultantCommand", "Consultant %1").replace(
            "%1", str(after["name"])
        )
        super().__init__(text, events, "consultants")
        self.workspace, self.before, self.after, self.saved_id = workspace, before, after, saved_id

    def apply(self) -> None:
        existing = self.saved_id if self.before is not None else None
        self.saved_id = save_consultant(self.workspace, consultant_id=existing, **self.after)

    def revert(self) -> None:
        if self.before is None:
            delete_consultant(self.workspace, consultant_id=self.saved_id)
            return
        b = self.before
        save_consultant(
            self.workspace,
            consultant_id=b.id,
            name=b.name,
            start=b.start,
            end=b.end,
            typed_cost=b.typed_cost,
            annual_salary=b.annual_salary,
            target_rate=b.target_rate,
            skills=b.skills,
            seniority=b.seniority,
        )
