"""The queue of missed meetings to reschedule: a ready message offering each its own free slots,
the slot the contact chose booked, or the meeting marked rescheduled; each change undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import Changed
from esn_desktop.services.logins import own_salesperson
from esn_desktop.services.no_shows import (
    Booking,
    NoShowItem,
    book_slot,
    hold_slots,
    mark_rescheduled,
    no_show_queue,
)
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.recent_workspaces import place_of
from esn_desktop.ui.role_rights import Right, allows, others_activities_refused

FIRST_READ_DELAY_MS = 300

T = TypeVar("T")


class NoShowQueue(QWidget):
    count_changed = Signal(int)

    def __init__(self, operations: Operations, formatter: Formatter) -> None:
        super().__init__()
        self.operations, self.formatter = operations, formatter
        self.workspace = operations.workspace
        # A salesperson login's own name: the no-shows they may reschedule (None: any).
        self.own = own_salesperson(self.workspace)
        # None: the real today, read at each use (the window may stay open past midnight and
        # book "tomorrow" on the day itself); tests set a day.
        self.today: date | None = None
        self.all_items: list[NoShowItem] = []
        self.items: list[NoShowItem] = []
        # The last slot booked here, and at which account: its invitation can be written.
        self.booking: Booking | None = None
        self.booking_account = ""
        self.task: BackgroundTask | None = None
        self.salesperson = QComboBox()
        self.list = QListWidget()
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.slots = QListWidget()
        self.copy_button = QPushButton(self.tr("Copy the message"))
        self.mail_button = QPushButton(self.tr("Open in the mail client"))
        self.book_button = QPushButton(self.tr("Book the chosen slot"))
        self.rescheduled_button = QPushButton(self.tr("Marked rescheduled (agreed by phone)"))
        self.invitation_button = QPushButton(self.tr("Invitation .ics"))
        self.invitation_button.setEnabled(False)
        self.empty = QLabel(self.tr("No missed meeting left to reschedule."))
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)
        buttons.addStretch(1)
        booking = QHBoxLayout()
        booking.addWidget(self.book_button)
        booking.addWidget(self.rescheduled_button)
        booking.addWidget(self.invitation_button)
        booking.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.message, 3)
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("Slots offered")))
        right.addWidget(self.slots, 1)
        right.addLayout(booking)
        right.addWidget(self.notice)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.salesperson)
        left.addWidget(self.empty)
        left.addWidget(self.list)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self._connect_signals()
        # Read once the tab it sits in has painted: a worker started now would compete with
        # that first paint for the interpreter.
        QTimer.singleShot(FIRST_READ_DELAY_MS, self, self.reload)

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._show)
        self.salesperson.currentIndexChanged.connect(self._filter)
        self.slots.currentRowChanged.connect(self._enable)
        self.copy_button.clicked.connect(self.copy_message)
        self.mail_button.clicked.connect(self._mail)
        self.book_button.clicked.connect(self.book)
        self.rescheduled_button.clicked.connect(self.mark_rescheduled)
        self.invitation_button.clicked.connect(lambda _checked=False: self.write_invitation())

    def reload(self) -> None:
        """Reads the queue in the background; the current list stays on screen meanwhile."""
        language = "fr" if self.formatter.locale.startswith("fr") else "en"
        workspace, today = self.workspace, self._today()
        if self.task is not None:
            self.task.signals.succeeded.disconnect()
        self.task = BackgroundTask(lambda _progress: no_show_queue(workspace, today=today, language=language))
        self.task.signals.succeeded.connect(self._show_items)
        self.task.start()

    def _show_items(self, items: list[NoShowItem]) -> None:
        self.task = None
        self.all_items = items
        chosen = self.salesperson.currentData()
        # The salesperson chosen stays chosen once their queue is empty: their list just says so.
        names = sorted({item.salesperson for item in items if item.salesperson} | ({chosen} - {None}))
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        self.salesperson.addItem(self.tr("All salespeople"), None)
        for name in names:
            self.salesperson.addItem(name, name)
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(chosen)))
        self.salesperson.blockSignals(False)
        self._filter()
        self.count_changed.emit(len(items))

    def _filter(self) -> None:
        """Shows the no-shows of the salesperson chosen, or everyone's."""
        chosen = self.salesperson.currentData()
        self.items = [i for i in self.all_items if chosen is None or i.salesperson == chosen]
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            # Everyone's queue says whose each no-show is; one salesperson's needs not.
            owner = item.salesperson if chosen is None else None
            text = " — ".join(
                x for x in (self.formatter.day(item.day), item.account, item.contact, owner) if x
            )
            self.list.addItem(QListWidgetItem(text))
        self.empty.setVisible(not self.items)
        self.list.setVisible(bool(self.items))
        self.list.setCurrentRow(0 if self.items else -1)
        self.list.blockSignals(False)
        self._show(self.list.currentRow())

    def current(self) -> NoShowItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self, _row: int) -> None:
        item = self.current()
        self.message.setPlainText(item.message if item else "")
        self.slots.clear()
        for slot in item.slots if item else ():
            self.slots.addItem(self.formatter.moment(slot))
        self.slots.setCurrentRow(0 if item and item.slots else -1)
        self._enable()

    def _enable(self) -> None:
        item = self.current()
        # A workspace open for reading: the message can go out, nothing is booked or marked.
        writable = allows(self.workspace, Right.ACTIVITIES)
        # A salesperson login reschedules their own no-shows only (PostgreSQL holds them to those).
        anothers = self.own is not None and item is not None and item.salesperson != self.own
        self.copy_button.setEnabled(item is not None)
        self.rescheduled_button.setEnabled(writable and item is not None and not anothers)
        self.mail_button.setEnabled(bool(item and item.email))
        self.book_button.setEnabled(
            writable and item is not None and not anothers and 0 <= self.slots.currentRow() < len(item.slots)
        )
        if self.own is not None:
            why = others_activities_refused() if anothers else ""
            self.rescheduled_button.setToolTip(why)
            self.book_button.setToolTip(why)

    def copy_message(self) -> None:
        item = self.current()
        if item is not None:
            QGuiApplication.clipboard().setText(item.message)
            self._hold(item)

    def _mail(self) -> None:
        item = self.current()
        if item is not None:
            self.open_mail(QUrl(item.mailto))
            self._hold(item)

    def _hold(self, item: NoShowItem) -> None:
        """The message went out: its slots are kept from every other offer until answered."""
        if not allows(self.workspace, Right.ACTIVITIES) or (
            self.own is not None and item.salesperson != self.own
        ):
            return  # read from a copy that cannot change, or another's: nothing can be held
        try:
            self.operations.run(
                self.tr("Slots held for %1").replace("%1", item.account),
                lambda: hold_slots(
                    self.workspace, no_show_id=item.activity_id, slots=item.slots, today=self._today()
                ),
            )
        except EsnError as error:
            self._say(error_text(error, self.formatter))

    def _today(self) -> date:
        return self.today or date.today()

    def open_mail(self, url: QUrl) -> None:
        """Hands the message to the mail client (tests replace this)."""
        QDesktopServices.openUrl(url)

    def book(self) -> None:
        """Plans the meeting on the slot the contact chose; the no-show leaves the queue."""
        item, row = self.current(), self.slots.currentRow()
        if item is None or not 0 <= row < len(item.slots):
            return
        slot = item.slots[row]
        booking = self._change(
            self.tr("Meeting at %1 booked").replace("%1", item.account),
            lambda: book_slot(
                self.workspace, no_show_id=item.activity_id, starts_at=slot, today=self._today()
            ),
        )
        if booking is not None:
            self.booking, self.booking_account = booking, item.account
            self.invitation_button.setEnabled(True)
            self._say(
                self.tr("Meeting booked on %1 at %2: send the invitation to the contact.")
                .replace("%1", self.formatter.day(slot.date()))
                .replace("%2", self.formatter.clock(slot))
            )

    def mark_rescheduled(self) -> None:
        """The meeting was rescheduled outside the app (agreed by phone): out of the queue."""
        item = self.current()
        if item is None:
            return
        self._change(
            self.tr("No-show at %1 rescheduled").replace("%1", item.account),
            lambda: mark_rescheduled(self.workspace, no_show_id=item.activity_id, today=self._today()),
        )

    def _change(self, text: str, write: Callable[[], Changed[T]]) -> T | None:
        """Runs a write on the undo history; a refusal is said under the buttons."""
        try:
            return self.operations.run(text, write)
        except EsnError as error:
            self._say(error_text(error, self.formatter))
            return None

    def ask_invitation_path(self, booking: Booking, account: str) -> Path | None:
        name = f"rendez-vous {account} {booking.starts_at:%Y-%m-%d %Hh%M}.ics".replace("/", "-")
        # Where this client's documents go: never the home folder, nor another client's folder.
        folder = file_dialogs.documents_folder(place_of(self.workspace))
        path = file_dialogs.export_file_name(
            self, self.tr("Invitation"), folder / name, self.tr("iCalendar invitation (*.ics)"), suffix="ics"
        )
        if path is not None:
            file_dialogs.remember_documents_folder(place_of(self.workspace), path.parent)
        return path

    def write_invitation(self, path: Path | None = None) -> Path | None:
        """Writes the invitation to the meeting just booked, for the contact's calendar."""
        if self.booking is None:
            return None
        path = path or self.ask_invitation_path(self.booking, self.booking_account)
        if path is None:
            return None
        # Imported here: icalendar costs a fifth of a second that opening a workspace need not wait.
        from esn_desktop.services.agenda import write_invitation

        try:
            # The dialog has confirmed replacing an existing file.
            write_invitation(self.workspace, path, activity_id=self.booking.meeting_id, force=True)
        except (EsnError, OSError) as error:
            self._say(error_text(error, self.formatter) if isinstance(error, EsnError) else str(error))
            return None
        # Its name only: a path names the folder and, in meeting mode, is kept off the screen.
        self._say(self.tr("Invitation written: %1").replace("%1", path.name))
        return path

    def _say(self, text: str) -> None:
        self.notice.setText(text)
