"""One account at a glance beside the Prospects list: who to talk to, the deals, what happened;
and every change to them from here, each undoable."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.progress import Progress
from esn_desktop.formatting import Formatter
from esn_desktop.services.account_editing import (
    delete_contact,
    delete_opportunity,
)
from esn_desktop.services.accounts import AccountDetail, ActivityLine, account_detail, move_opportunity
from esn_desktop.services.changes import opportunity_rows
from esn_desktop.services.deletion import account_deletion_impact
from esn_desktop.services.no_shows import mark_no_show
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.store.snapshots import Rows
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.dialogs.account_dialogs import AccountDialog, ContactDialog, OpportunityDialog
from esn_desktop.ui.forms import title_label
from esn_desktop.ui.labels import (
    ACTIVITY_KINDS,
    ACTIVITY_STATUSES,
    REFERENCING,
    ROLES,
    SEGMENTS,
    STAGES,
    label,
)
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.undo_commands import DeleteAccountCommand, undoable
from esn_desktop.ui.won_deal import WonDeals

#: A deal's move in the timeline, told apart from the activities.
MOVE_COLOUR = QColor("#1a5fb4")
#: The activity just logged, pointed out until the account is shown again.
HIGHLIGHT_COLOUR = QColor("#fff3b0")


def _small_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class AccountPanel(QWidget):
    #: Asks the window for an activity to log on the account shown.
    log_requested = Signal()

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        won_deals: WonDeals | None = None,
    ) -> None:
        workspace, events = operations.workspace, operations.events
        undo_stack = operations.undo_stack
        self.operations = operations
        super().__init__()
        self.undo_stack = undo_stack
        self.won_deals = won_deals or WonDeals(operations, formatter, parent=self)
        #: The timeline line to point out once shown: an activity just logged.
        self._highlight: int | None = None
        #: What each timeline line is: an activity (for the no-show button) or a deal's move.
        self._lines: list[ActivityLine | None] = []
        self.workspace = workspace
        self.events = events
        self.formatter = formatter
        self.detail: AccountDetail | None = None
        self.today = date.today()
        self._stale = False
        self._refresh_pending = False
        self._asked = 0
        self._task: BackgroundTask | None = None

        self.title = title_label()
        self.edit_button = _small_button(self.tr("Edit…"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.contacts = self._table([self.tr("Contact"), self.tr("Role"), self.tr("Email"), self.tr("Phone")])
        # The name whole, always: the email gives way (cut in its middle, whole in its tooltip).
        contact_header = self.contacts.horizontalHeader()
        contact_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        contact_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.contacts.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.deals = self._table([self.tr("Deal"), self.tr("Amount"), self.tr("Stage"), self.tr("Weighted")])
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)  # a line with its notes reads whole in the panel's width
        self.add_contact_button = _small_button(self.tr("Add…"))
        self.delete_contact_button = _small_button(self.tr("Delete"))
        self.add_deal_button = _small_button(self.tr("New deal…"))
        self.delete_deal_button = _small_button(self.tr("Delete"))
        self.log_button = _small_button(self.tr("Log an activity…"))
        self.no_show_button = QPushButton(self.tr("Mark the meeting as a no-show"))
        self.no_show_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete the account…"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(self._caption_row(self.title, [self.edit_button]))
        layout.addWidget(self.facts)
        for caption, widget, buttons in (
            (self.tr("Contacts"), self.contacts, [self.add_contact_button, self.delete_contact_button]),
            (
                self.tr("Deals (pick a stage to move one)"),
                self.deals,
                [self.add_deal_button, self.delete_deal_button],
            ),
            (self.tr("Timeline"), self.timeline, [self.log_button]),
        ):
            layout.addLayout(self._caption_row(QLabel(f"<b>{caption}</b>"), buttons))
            layout.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.no_show_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self._connect_signals()
        # The tables too: a double-click edits a contact or a deal, and each deal's stage is a list.
        lock_editing(
            workspace,
            self.edit_button,
            self.add_contact_button,
            self.delete_contact_button,
            self.add_deal_button,
            self.delete_deal_button,
            self.log_button,
            self.no_show_button,
            self.delete_button,
            self.contacts,
            self.deals,
        )
        self.show_account(None)

    def _caption_row(self, caption: QLabel, buttons: Iterable[QPushButton]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(caption, 1)
        for button in buttons:
            row.addWidget(button)
        return row

    def _connect_signals(self) -> None:
        self.timeline.currentRowChanged.connect(self._timeline_selected)
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.delete_button.clicked.connect(self.delete_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.add_contact_button.clicked.connect(lambda: self.edit_contact(None))
        self.contacts.cellDoubleClicked.connect(lambda row, _column: self.edit_contact(row))
        self.delete_contact_button.clicked.connect(self.delete_contact)
        self.add_deal_button.clicked.connect(lambda: self.edit_deal(None))
        self.deals.cellDoubleClicked.connect(lambda row, _column: self.edit_deal(row))
        self.delete_deal_button.clicked.connect(self.delete_deal)
        self.log_button.clicked.connect(lambda _checked=False: self.log_requested.emit())
        self.events.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.ACCOUNTS, Topic.ACTIVITIES, Topic.CONTACTS, Topic.DEALS}:
            self.refresh_later()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setMaximumHeight(150)
        return table

    # --- showing ------------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        self._asked += 1  # a refresh still on its way is about what was shown before
        self._show(None if account_id is None else account_detail(self.workspace, account_id))

    def _show(self, detail: AccountDetail | None) -> None:
        self.message.hide()
        self.detail = detail
        self.setEnabled(self.detail is not None)
        d = self.detail
        if d is None:
            self.title.setText(self.tr("Pick an account in the list"))
            self.facts.clear()
            for table in (self.contacts, self.deals):
                table.setRowCount(0)
            self.timeline.clear()
            self._lines = []
            return
        f = self.formatter
        self.title.setText(d.name)
        facts = [label(SEGMENTS, d.segment), d.sector or "", d.city or "", label(REFERENCING, d.referencing)]
        if d.size:
            facts.append(self.tr("%1 people").replace("%1", f.number(d.size, decimals=0)))
        owner = self.tr("Salesperson: %1").replace("%1", d.owner) if d.owner else self.tr("No salesperson")
        channel = self.tr("Channel: %1").replace("%1", d.channel) if d.channel else ""
        self.facts.setText(
            " · ".join(x for x in facts if x) + "\n" + " · ".join(x for x in (owner, channel) if x)
        )

        self.contacts.setRowCount(len(d.contacts))
        for row, c in enumerate(d.contacts):
            for column, text in enumerate((c.name, label(ROLES, c.role), c.email or "", c.phone or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.contacts.setItem(row, column, item)

        self.deals.setRowCount(len(d.opportunities))
        for row, o in enumerate(d.opportunities):
            title = QTableWidgetItem(o.title)
            title.setToolTip(
                "\n".join(f"{f.day(h.day)} — {label(STAGES, h.stage)}" for h in reversed(o.history))
            )
            self.deals.setItem(row, 0, title)
            for column, text in ((1, f.money(o.amount, cents=False)), (3, f.money(o.weighted, cents=False))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.deals.setItem(row, column, item)
            stage = QComboBox()
            for choice in Stage:
                stage.addItem(label(STAGES, choice), choice)
            stage.setCurrentIndex(stage.findData(o.stage))
            stage.currentIndexChanged.connect(
                lambda _i, box=stage, deal=o.id: self.move_deal(deal, Stage(box.currentData()))
            )
            self.deals.setCellWidget(row, 2, stage)

        self._show_timeline(d)

    def _show_timeline(self, d: AccountDetail) -> None:
        """Activities and the deals' moves, newest first; on one day, the moves first (a deal is
        moved after the call that decided it)."""
        f = self.formatter
        lines: list[tuple[date, int, str, ActivityLine | None]] = []
        for a in d.timeline:
            when = f.day(a.day) if a.start is None else f"{f.day(a.day)} {f.clock(a.start)}"
            parts = [when, label(ACTIVITY_KINDS, a.kind), label(ACTIVITY_STATUSES, a.status)]
            parts += [x for x in (a.contact, a.owner, a.notes) if x]
            lines.append((a.day, 0, " — ".join(parts), a))
        for o in d.opportunities:
            for h in o.history[1:]:  # the first is the deal's creation, not a move
                text = self.tr("%1 — Deal %2 moved to %3").replace("%1", f.day(h.day))
                lines.append(
                    (h.day, 1, text.replace("%2", o.title).replace("%3", label(STAGES, h.stage)), None)
                )
        lines.sort(key=lambda line: (line[0], line[1]), reverse=True)
        self.timeline.clear()
        self._lines = [activity for _day, _order, _text, activity in lines]
        highlighted = None
        for _day, _order, text, activity in lines:
            item = QListWidgetItem(text)
            if activity is None:
                item.setForeground(MOVE_COLOUR)
            elif activity.id == self._highlight:
                item.setBackground(HIGHLIGHT_COLOUR)
                highlighted = item
            self.timeline.addItem(item)
        if highlighted is not None:
            self._highlight = None
            self.timeline.setCurrentItem(highlighted)
            self.timeline.scrollToItem(highlighted)
        self._timeline_selected(self.timeline.currentRow())

    def point_out(self, account_id: int | None, activity_id: int) -> None:
        """Shows the account again with this activity, just logged, highlighted in its timeline;
        nothing if the activity is another account's."""
        if self.detail is not None and self.detail.id == account_id:
            self._highlight = activity_id
            self.refresh_later()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh_later()

    def _timeline_selected(self, row: int) -> None:
        activity = self._lines[row] if 0 <= row < len(self._lines) else None
        self.no_show_button.setEnabled(
            self.workspace.writable
            and activity is not None
            and activity.kind == "meeting"
            and activity.status in ("planned", "done")
        )

    def refresh_later(self) -> None:
        """Reads the account again in the background (it may be gone: then nothing is shown) and
        shows it on arrival: the change that asked has returned by then (rebuilding the tables
        within its signal would delete the widget that sent it), and the UI never waits."""
        if self.detail is None:
            return
        if not self.isVisibleTo(self.window()):  # behind the board: refreshed when shown again
            self._stale = True
            return
        if self._refresh_pending:  # several changes announced at once: one read
            return
        self._refresh_pending = True
        QTimer.singleShot(0, self, self._read_again)

    def _read_again(self) -> None:
        self._refresh_pending = False
        if self.detail is None:
            return
        self._asked += 1
        asked, account, workspace = self._asked, self.detail.id, self.workspace
        if self._task is not None:
            self._task.drop()

        def read(_progress: Progress) -> tuple[int, int, AccountDetail | None]:
            try:
                return asked, account, account_detail(workspace, account)
            except EsnError:  # deleted meanwhile
                return asked, account, None

        task = BackgroundTask(read)
        task.signals.succeeded.connect(self._read)  # a bound method: dropped if the panel is gone
        self._task = task.start()

    def _read(self, answer: tuple[int, int, AccountDetail | None]) -> None:
        asked, account, detail = answer
        # Only the latest question, about the account still shown (not one picked meanwhile).
        if asked != self._asked or self.detail is None or self.detail.id != account:
            return
        self._task = None
        self._show(detail)

    # --- changing -----------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a form; True once it saved (tests drive the form instead)."""
        return bool(dialog.exec())

    def confirm(self, text: str) -> bool:
        """Asks before deleting (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Delete"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _change(
        self,
        text: str,
        what: str,
        action: Callable[[], Any],
        *,
        touches: Iterable[Rows] = (),
        adds_to: Iterable[str] = (),
    ) -> bool:
        try:
            undoable(
                self.undo_stack,
                self.events,
                text,
                what,
                action,
                touches=touches,
                adds_to=adds_to,
                workspace=self.workspace,
            )
        except EsnError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        return True

    def _dialog(self, dialog: QDialog) -> bool:
        """Runs a form that saves itself through the operations; True once it saved."""
        saved = self.run_dialog(dialog)
        if saved:
            self.refresh_later()
        return saved

    def edit_account(self) -> None:
        if self.detail is None:
            return
        self._dialog(AccountDialog(self.operations, self.formatter, self.detail))

    def edit_contact(self, row: int | None) -> None:
        if self.detail is None:
            return
        contact = self.detail.contacts[row] if row is not None else None
        self._dialog(ContactDialog(self.operations, self.formatter, self.detail.id, contact))

    def delete_contact(self) -> None:
        row = self.contacts.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.contacts):
            return
        contact = self.detail.contacts[row]
        if not self.confirm(self.tr("Delete the contact %1?").replace("%1", contact.name)):
            return
        key = (contact.id,)
        self._change(
            self.tr("Delete %1").replace("%1", contact.name),
            "contacts",
            lambda: delete_contact(self.workspace, contact_id=contact.id),
            # The activities with this contact lose it on deletion and get it back on undo.
            touches=[Rows("contacts", "id", key), Rows("activities", "contact_id", key)],
        )

    def edit_deal(self, row: int | None) -> None:
        if self.detail is None:
            return
        deal = self.detail.opportunities[row] if row is not None else None
        dialog = OpportunityDialog(self.operations, self.formatter, self.detail, self.today, deal)
        dialog.confirm_won = lambda title, amount: self.won_deals.confirm(dialog, [(title, amount)])
        saved = self._dialog(dialog)
        # A deal entered as won (signed before it was ever recorded): its mission is next.
        if saved and deal is None and dialog.stage.currentData() == Stage.WON and dialog.saved_id:
            self.won_deals.offer_mission(self, dialog.saved_id, self.today)

    def delete_deal(self) -> None:
        row = self.deals.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.opportunities):
            return
        deal = self.detail.opportunities[row]
        if not self.confirm(self.tr("Delete the deal %1 and its stage history?").replace("%1", deal.title)):
            return
        self._change(
            self.tr("Delete %1").replace("%1", deal.title),
            "opportunities",
            lambda: delete_opportunity(self.workspace, opportunity_id=deal.id),
            touches=[*opportunity_rows(deal.id), Rows("activities", "opportunity_id", (deal.id,))],
        )

    def move_deal(self, opportunity_id: int, stage: Stage) -> None:
        """Moves a deal to `stage` today: one gesture, recorded in its history, undoable."""
        deal = (
            next((o for o in self.detail.opportunities if o.id == opportunity_id), None)
            if self.detail
            else None
        )
        if deal is None or deal.stage is stage:
            return
        if stage is Stage.WON and not self.won_deals.confirm(self, [(deal.title, deal.amount)]):
            self.refresh_later()  # the stage list back to where the deal still is
            return
        moved = self._change(
            self.tr("Move %1 to %2").replace("%1", deal.title).replace("%2", label(STAGES, stage)),
            "opportunities",
            lambda: move_opportunity(
                self.workspace, opportunity_id=opportunity_id, stage=stage, day=self.today
            ),
            touches=opportunity_rows(opportunity_id),
        )
        if moved and stage is Stage.WON:
            self.won_deals.offer_mission(self, opportunity_id, self.today)

    def mark_no_show(self) -> None:
        """The selected meeting did not take place: into the no-show queue, with a reminder planned."""
        row = self.timeline.currentRow()
        activity = self._lines[row] if 0 <= row < len(self._lines) else None
        if self.detail is None or activity is None:
            return
        meeting = activity.id
        self._change(
            self.tr("No-show at %1").replace("%1", self.detail.name),
            "activities",
            lambda: mark_no_show(self.workspace, activity_id=meeting),
            touches=[Rows("activities", "id", (meeting,))],
            adds_to=("activities",),
        )

    def delete_account(self) -> None:
        """Deletes the account after saying what goes with it; Ctrl+Z brings it all back."""
        if self.detail is None:
            return
        impact = account_deletion_impact(self.workspace, self.detail.id)
        text = (
            self.tr("Delete %1 along with its contacts (%2), deals (%3), activities (%4) and missions (%5)?")
            .replace("%1", self.detail.name)
            .replace("%2", str(impact["contacts"]))
            .replace("%3", str(impact["opportunities"]))
            .replace("%4", str(impact["activities"]))
            .replace("%5", str(impact["missions"]))
            + "\n\n"
            + self.tr("Edit > Undo (Ctrl+Z) brings it all back.")
        )
        if self.confirm(text):
            self.undo_stack.push(DeleteAccountCommand(self.workspace, self.events, self.detail.name))
            self.show_account(None)
