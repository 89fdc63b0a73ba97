"""Long work off the UI thread, with progress and cancel (PySide6 has no QtConcurrent.run)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from esn_desktop.domain.errors import Cancelled, EsnError
from esn_desktop.domain.progress import Progress


class TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class BackgroundTask(QRunnable):
    """Runs `work(progress)` on the thread pool; the signals arrive on the UI thread.

    `work` must open its own workspace session: sessions never cross threads.
    """

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except EsnError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a worker must never die silently
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.succeeded.emit(result)

    def start(self) -> BackgroundTask:
        QThreadPool.globalInstance().start(self)
        return self
