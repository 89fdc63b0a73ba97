"""Undoable changes: each knows how to do itself again and how to put things back."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog

from esn_desktop.services.changes import Recording, swap
from esn_desktop.services.topics import EVERYTHING, TOPIC_OF_TABLE, Topics
from esn_desktop.store.database import Workspace
from esn_desktop.store.snapshots import Picture, Rows
from esn_desktop.ui.events import DataEvents

T = TypeVar("T")


def _topics(what: str) -> Topics:
    """The topics of a table named the old way (until every write says its own `Changes`)."""
    return EVERYTHING if what == "*" else frozenset({TOPIC_OF_TABLE[what]})


class RecordedChange(QUndoCommand):
    """A change already made, undone and redone by swapping in the picture of its rows."""

    def __init__(
        self, text: str, workspace: Workspace, events: DataEvents, what: str, before: Picture
    ) -> None:
        super().__init__(text)
        self.workspace, self.events, self.what = workspace, events, what
        self.picture = before
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushing it: the change is already in the file
            self._first = False
            return
        self._swap()

    def undo(self) -> None:
        self._swap()

    def _swap(self) -> None:
        self.picture = swap(self.workspace, self.picture)
        self.events.data_changed.emit(_topics(self.what))


def record_change(
    stack: QUndoStack,
    events: DataEvents,
    text: str,
    what: str,
    recording: Recording,
) -> None:
    """Pushes a finished change onto the undo history and tells the views what changed."""
    stack.push(RecordedChange(text, recording.workspace, events, what, recording.finish()))
    events.data_changed.emit(_topics(what))


def undoable(
    stack: QUndoStack,
    events: DataEvents,
    text: str,
    what: str,
    action: Callable[[], T],
    *,
    touches: Iterable[Rows] = (),
    adds_to: Iterable[str] = (),
    workspace: Workspace,
) -> T:
    """Runs `action` as one undoable change; if it raises, nothing is recorded."""
    recording = Recording(workspace, touches, adds_to)
    result = action()
    record_change(stack, events, text, what, recording)
    return result


def run_recorded_dialog(
    stack: QUndoStack,
    events: DataEvents,
    what: str,
    dialog: QDialog,
    run: Callable[[QDialog], bool],
    text: Callable[[], str],
    recording: Recording,
) -> bool:
    """Runs a dialog that saves by itself; once it has, its change goes onto the undo history.

    The recording is started by the caller before the dialog opens, so it sees the rows as they were.
    """
    if not run(dialog):
        return False
    record_change(stack, events, text(), what, recording)
    return True
