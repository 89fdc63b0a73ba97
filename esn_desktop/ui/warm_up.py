"""Loading the dashboard's code (pyqtgraph: half a second) and the documents' (ReportLab and the
reports: a third of a second) before they are first asked for, while the person is not using the
window: an import holds the interpreter, and a sort or a keystroke during it would wait."""

from __future__ import annotations

import importlib
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

#: The charts first: the dashboard is opened more often than a PDF is written.
MODULES = ("esn_desktop.ui.tabs.dashboard_tab", "esn_desktop.reports.files")
#: Quiet needed before loading starts.
IDLE_SECONDS = 2.0
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class ChartsWarmUp(QObject):
    """Watches the window's input; after IDLE_SECONDS without any, loads the charts' and the
    documents' code on a background thread, once. Done at once if the code is already loaded."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.last_input = time.monotonic()
        self.loader: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._check)

    @property
    def done(self) -> bool:
        return _loaded() and (self.loader is None or not self.loader.is_alive())

    def start(self) -> None:
        if _loaded() or self.loader is not None:
            return
        app = QApplication.instance()
        assert app is not None  # a window (this object's parent) exists only inside an application
        app.installEventFilter(self)
        self.last_input = time.monotonic()
        self.timer.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if time.monotonic() - self.last_input < IDLE_SECONDS:
            return
        self.timer.stop()
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)
        if not _loaded():
            # Importing defines classes only; every chart is still made on the UI thread.
            self.loader = threading.Thread(target=_load, daemon=True)
            self.loader.start()


def _loaded() -> bool:
    return all(module in sys.modules for module in MODULES)


def _load() -> None:
    for module in MODULES:
        importlib.import_module(module)
