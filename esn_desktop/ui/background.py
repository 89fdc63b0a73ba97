"""Long work off the UI thread, with progress and cancel (PySide6 has no QtConcurrent.run)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QMetaObject,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

from esn_desktop.domain.errors import Cancelled, EsnError
from esn_desktop.domain.progress import Progress
from esn_desktop.formatting import Formatter
from esn_desktop.ui.error_text import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog


_T = TypeVar("_T")
#: The `awaited` calls under way, one token each (nested ones count each).
_awaiting: list[object] = []


class TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


#: Started tasks, kept alive here until their run() has returned, whatever their callers keep:
#: a wrapper collected while its worker still runs would delete the task under it.
_started: set[BackgroundTask] = set()


class BackgroundTask(QRunnable):
    """Runs `work(progress)` on the thread pool; the signals arrive on the UI thread.

    `work` must open its own workspace session: sessions never cross threads.
    """

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        # Python owns the task (the caller keeps it while it runs): the pool never deletes it
        # behind the wrapper's back, nor when it is taken off the queue.
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self._returned = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def finished(self) -> bool:
        """Whether its worker is done with it (whatever the outcome)."""
        return self._returned.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._returned.set()  # the last thing the worker does with this task

    def _run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._tell(self.signals.cancelled)
        except EsnError as error:
            # Worded like the window's own refusals, in the interface's language.
            self._tell(self.signals.failed, error_text(error, Formatter(QLocale().name())))
        except Exception as error:  # a worker must never die silently
            self._tell(self.signals.failed, f"{type(error).__name__}: {error}")
        else:
            self._tell(self.signals.succeeded, result)

    @staticmethod
    def _tell(signal: Any, *args: Any) -> None:
        """Emits, unless the application that would hear it is already gone (a script that
        ends without wind_down() while a task still runs): there is nobody left to tell."""
        try:
            signal.emit(*args)
        except RuntimeError:
            if QCoreApplication.instance() is not None:
                raise

    def shown_in(self, dialog: QProgressDialog) -> BackgroundTask:
        """The dialog follows the task: its bar the progress, its Cancel the task's; closed however
        the task ends, before the caller hears how (connect the caller's slots after this)."""

        def progress(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
            dialog.setValue(done)

        self.signals.progress.connect(progress)
        self.signals.succeeded.connect(dialog.close)
        self.signals.failed.connect(dialog.close)
        self.signals.cancelled.connect(dialog.close)
        dialog.canceled.connect(self.cancel)
        return self

    def start(self) -> BackgroundTask:
        _started.difference_update([t for t in _started if t._returned.is_set()])
        _started.add(self)
        QThreadPool.globalInstance().start(self)
        return self

    def drop(self) -> None:
        """Forgets a task whose answer is no longer wanted: taken off the queue if it has not
        started (a burst of keystrokes must not queue a read per key), ignored otherwise."""
        self.cancel()
        if QThreadPool.globalInstance().tryTake(self):
            _started.discard(self)


def wind_down() -> None:
    """Cancels every task and waits for the running ones: before a workspace closes (their
    sessions need it open) and before the interpreter exits (a worker must not outlive it)."""
    pool = QThreadPool.globalInstance()
    for task in list(_started):
        task.cancel()
        if pool.tryTake(task):
            _started.discard(task)
    pool.waitForDone()
    _started.clear()


def awaited(work: Callable[[], _T]) -> _T:
    """`work()`'s result, computed on a thread of its own while the window keeps painting: for
    short work a dialog would only flicker for (a passphrase's key, a fifth of a second). Input
    waits until it is done; timers and signals are still delivered meanwhile, and the window
    does not close (`MainWindow.closeEvent` asks `awaiting()`). `work` touches no widget and
    opens its own sessions; its exception is raised here."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # raised again on the UI thread
            outcome["error"] = error
        finally:
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    thread = threading.Thread(target=run, name="esn-desktop awaited", daemon=True)
    token = object()
    _awaiting.append(token)
    try:
        thread.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.join()  # the loop may have been ended early (the application quitting)
    finally:
        _awaiting.remove(token)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def awaiting() -> bool:
    """Whether `awaited` work is under way: the window waits for it before closing."""
    return bool(_awaiting)
