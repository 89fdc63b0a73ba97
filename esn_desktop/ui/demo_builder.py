"""Open the demo: the demo workspace built in the background, with progress and cancel, the
first time it is asked for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from esn_desktop.ui.background import BackgroundTask

#: Accounts in the demo: enough to scroll, sort and fill every chart, built in seconds.
DEMO_PROSPECTS = 300


class DemoBuilder(QObject):
    #: The demo workspace is ready at this path.
    built = Signal(Path)
    #: Building it failed: what to tell the person.
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.task: BackgroundTask | None = None

    def build(self, path: Path) -> None:
        from esn_desktop.services.demo import create_demo  # the welcome screen loads no database code

        dialog = QProgressDialog(
            self.tr("Building the demo workspace…"), self.tr("Cancel"), 0, DEMO_PROSPECTS, self.window
        )
        dialog.setWindowTitle(self.tr("Demo"))
        dialog.setMinimumDuration(0)
        dialog.setValue(0)  # shown at once: the first accounts come after seconds of setting up
        prospects = DEMO_PROSPECTS
        task = BackgroundTask(
            lambda progress: create_demo(
                path, prospects=prospects, seed=1, as_of=date.today(), progress=progress
            )
        ).shown_in(dialog)
        task.signals.succeeded.connect(lambda _counts: self.built.emit(path))
        task.signals.failed.connect(self.failed)
        self.task = task.start()
