"""The queue of missed meetings to reschedule, each with a ready message offering three slots."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.formatting import Formatter
from esn_desktop.services.no_shows import NoShowItem, no_show_queue
from esn_desktop.store.database import Workspace
from esn_desktop.ui.background import BackgroundTask

FIRST_READ_DELAY_MS = 300


class NoShowQueue(QWidget):
    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, formatter: Formatter) -> None:
        super().__init__()
        self.workspace = workspace
        self.formatter = formatter
        self.today = date.today()
        self.items: list[NoShowItem] = []
        self.task: BackgroundTask | None = None
        self.list = QListWidget()
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy the message"))
        self.mail_button = QPushButton(self.tr("Open in the mail client"))
        self.empty = QLabel(self.tr("No missed meeting left to reschedule."))

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.message)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addWidget(self.list)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.list.currentRowChanged.connect(self._show)
        self.copy_button.clicked.connect(self.copy_message)
        self.mail_button.clicked.connect(self._mail_current)
        # Read once the tab it sits in has painted: a worker started now would compete with
        # that first paint for the interpreter.
        QTimer.singleShot(FIRST_READ_DELAY_MS, self, self.reload)

    def reload(self) -> None:
        """Reads the queue in the background; the current list stays on screen meanwhile."""
        language = "fr" if self.formatter.locale.startswith("fr") else "en"
        workspace, today = self.workspace, self.today
        if self.task is not None:
            self.task.signals.succeeded.disconnect()
        self.task = BackgroundTask(lambda _progress: no_show_queue(workspace, today=today, language=language))
        self.task.signals.succeeded.connect(self._show_items)
        self.task.start()

    def _show_items(self, items: list[NoShowItem]) -> None:
        self.task = None
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            text = " — ".join(x for x in (self.formatter.day(item.day), item.account, item.contact) if x)
            self.list.addItem(QListWidgetItem(text))
        self.empty.setVisible(not self.items)
        self.list.setVisible(bool(self.items))
        self.list.setCurrentRow(0 if self.items else -1)
        self.list.blockSignals(False)
        self._show(self.list.currentRow())
        self.count_changed.emit(len(self.items))

    def current(self) -> NoShowItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self, _row: int) -> None:
        item = self.current()
        self.message.setPlainText(item.message if item else "")
        for button in (self.copy_button, self.mail_button):
            button.setEnabled(item is not None)
        self.mail_button.setEnabled(bool(item and item.email))

    def copy_message(self) -> None:
        item = self.current()
        if item is not None:
            QGuiApplication.clipboard().setText(item.message)

    def _mail_current(self) -> None:
        item = self.current()
        if item is not None:
            self.open_mail(QUrl(item.mailto))

    def open_mail(self, url: QUrl) -> None:
        """Hands the message to the mail client (tests replace this)."""
        QDesktopServices.openUrl(url)
