"""The one way the window changes data: run a service's write, put its undo on the history,
tell the views what changed.

A write service returns what it changed (`services.changes.Changes`, alone or with its value in
a `Changed`); the runner never has to know a table. Long writes run in the background; their
`Changes` arrive on the UI thread and are recorded the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.progress import Progress
from esn_desktop.services.changes import Changed, Changes, answering, revert
from esn_desktop.services.topics import EVERYTHING, Topics
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.events import DataEvents

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace

T = TypeVar("T")


class UndoableChange(QUndoCommand):
    """A change already made, undone and redone by putting back the rows it changed."""

    def __init__(self, text: str, operations: Operations, changes: Changes) -> None:
        super().__init__(text)
        self.operations, self.changes = operations, changes
        # Pushing it: the change is already in the file, the history's redo() only notes it.
        self._noted_only = True

    def redo(self) -> None:
        if self._noted_only:
            self._noted_only = False
            return
        if self._swap(back=self.operations.undo_stack.undo):
            self.operations.notice.emit(
                QCoreApplication.translate("Operations", "Redone: %1").replace("%1", self.text())
            )

    def undo(self) -> None:
        if self._noted_only:
            self._noted_only = False
            return
        if self._swap(back=self.operations.undo_stack.redo):
            # The status bar said « Fait : … » of this change: it says now that it is undone.
            self.operations.notice.emit(
                QCoreApplication.translate("Operations", "Undone: %1").replace("%1", self.text())
            )

    def _swap(self, back: Callable[[], None]) -> bool:
        """Puts back the rows the change holds; whether it did (a refusal is said, not raised)."""
        try:
            self.changes = revert(self.operations.workspace, self.changes)
        except EsnError as error:  # refused whole, nothing written (a name taken since, a lost file)
            if getattr(error, "reason", "") == "team_no_answer":
                # Nothing written, nothing wrong with it: the history steps back to where it was
                # (noting only), and the change undoes once the server answers again. Both once
                # the history's own step is over: said first, the message's loop would run the
                # step back inside it, and the history would then record the step as made.
                self._noted_only = True
                QTimer.singleShot(0, partial(self._stepped_back, back, error))
                return False
            # Off the history: its rows no longer fit the file; the changes before it still undo.
            self.setObsolete(True)
            self.operations.refused.emit(error)
            return False
        self.operations.publish(self.changes.topics)
        return True

    def _stepped_back(self, back: Callable[[], None], error: EsnError) -> None:
        back()
        self.operations.refused.emit(error)


class Operations(QObject):
    """Runs the open workspace's writes: one per workspace, on the window's undo history."""

    #: An undo or redo the file refused (the `EsnError`): the entry dropped from the history, or
    #: kept where it was when a team database's server did not answer.
    refused = Signal(object)
    #: What the window's status bar says: after every write that changed what a view shows, in
    #: one style, « Fait : » and the name Edit > Undo gives it (« Fait : Appel chez Lumodis »,
    #: « Fait : Consultant Zoé Trial »); a change with more to say says it after (a forgetting).
    notice = Signal(str)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, events: DataEvents) -> None:
        super().__init__(events)
        self.workspace, self.undo_stack, self.events = workspace, undo_stack, events

    def run(self, text: str, write: Callable[[], Changed[T]]) -> T:
        """Runs `write` now (a short transaction); if it raises, nothing is recorded. A team
        database's server not answering it, even in the reads before its transaction, is
        said as a refusal (`services.changes.answering`), never as the driver's words."""
        with self._answering():
            changed = write()
        self._record(text, changed.changes)
        return changed.value

    def apply(self, text: str, write: Callable[[], Changes]) -> Changes:
        """`run` for a write with no value to return."""
        with self._answering():
            changes = write()
        self._record(text, changes)
        return changes

    @contextmanager
    def _answering(self) -> Iterator[None]:
        try:
            with answering(self.workspace):
                yield
        except EsnError as error:
            if getattr(error, "reason", "") == "team_commit_unknown":
                # Saved or not, the views read it again: what they show is what the server holds.
                self.publish(EVERYTHING)
            raise

    def _record(self, text: str, changes: Changes) -> None:
        """A change a form made by itself: on the history, and announced."""
        # What cannot be undone row by row (settings, an import) stays off the history; the
        # changes on it still undo, each putting back its own rows by id.
        if changes.undo is not None:
            self.undo_stack.push(UndoableChange(text, self, changes))
        elif changes.ends_history or self._history_puts_back(changes):
            # SQLite gives a new row the id after the highest: one freed by a deletion (or an
            # undone creation) on the history may have been taken by this write, and putting
            # that history's rows back would overwrite its rows. An erasure ends it too: its
            # pictures hold the person forgotten. The history ends here.
            self.undo_stack.clear()
        if changes.topics:  # a change no view shows (slots held for a message sent) wakes none
            self.publish(changes.topics)
            self.notice.emit(self.tr("Done: %1").replace("%1", text))

    def _history_puts_back(self, changes: Changes) -> bool:
        """Whether a change on the history would put back rows in a table `changes` added to."""
        tables = {scope.table for scope in changes.added}
        commands = (self.undo_stack.command(index) for index in range(self.undo_stack.count()))
        return any(
            tables & {scope.table for scope in command.changes.undo.scopes}
            for command in commands
            if isinstance(command, UndoableChange) and command.changes.undo is not None
        )

    def publish(self, topics: Topics) -> None:
        self.events.data_changed.emit(topics)

    def in_background(self, text: str, write: Callable[[Progress], Changes | Changed[Any]]) -> BackgroundTask:
        """A long write off the UI thread; once it succeeds, recorded and announced. The caller
        connects to the task's signals (progress, failed, cancelled) and starts it."""
        task = BackgroundTask(write)
        task.signals.succeeded.connect(lambda result: self._recorded(text, result))
        return task

    def _recorded(self, text: str, result: Changes | Changed[Any]) -> None:
        self._record(text, result.changes if isinstance(result, Changed) else result)
