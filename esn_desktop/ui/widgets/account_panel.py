"""One account at a glance beside the Prospects list: who to talk to, the deals, what happened;
and every change to them from here, each run through the workspace's operations (undoable)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.progress import Progress
from esn_desktop.formatting import Formatter
from esn_desktop.services.account_editing import delete_contact, delete_opportunity
from esn_desktop.services.accounts import AccountDetail, OpportunityLine, account_detail, move_opportunity
from esn_desktop.services.changes import Changes
from esn_desktop.services.deletion import account_deletion_impact, delete_account
from esn_desktop.services.logins import own_salesperson
from esn_desktop.services.no_shows import mark_no_show
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.dialogs.account_dialogs import AccountDialog, ContactDialog, OpportunityDialog
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.labels import STAGES, label
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right, allows, others_activities_refused, others_deals_refused
from esn_desktop.ui.widgets.account_header import AccountHeader, small_button
from esn_desktop.ui.widgets.account_tables import ContactTable, DealTable
from esn_desktop.ui.widgets.account_timeline import AccountTimeline
from esn_desktop.ui.won_deal import WonDeals


class AccountPanel(QWidget):
    #: Asks the window for an activity to log on the account shown.
    log_requested = Signal()

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        won_deals: WonDeals | None = None,
    ) -> None:
        super().__init__()
        self.operations = operations
        # What the panel reads (through the services).
        self.workspace = operations.workspace
        self.won_deals = won_deals or WonDeals(operations, formatter, parent=self)
        self.formatter = formatter
        self.detail: AccountDetail | None = None
        self.today = date.today()
        self._stale = False
        self._refresh_pending = False
        self._asked = 0
        self._task: BackgroundTask | None = None

        self.header = AccountHeader(formatter)
        self.title, self.facts = self.header.title, self.header.facts
        self.edit_button = self.header.edit_button
        self.contacts = ContactTable()
        self.deals = DealTable(formatter)
        self.timeline = AccountTimeline(formatter)
        self.add_contact_button = small_button(self.tr("Add…"))
        self.delete_contact_button = small_button(self.tr("Delete"))
        self.forget_contact_button = small_button(self.tr("Forget (GDPR)…"))
        self.forget_contact_button.setToolTip(
            self.tr("Forget this person (GDPR): erased from the workspace, their traces in notes too")
        )
        self.add_deal_button = small_button(self.tr("New deal…"))
        self.delete_deal_button = small_button(self.tr("Delete"))
        self.log_button = small_button(self.tr("Log an activity…"))
        self.no_show_button = QPushButton(self.tr("Mark the meeting as a no-show"))
        self.no_show_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete the account…"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        for caption, widget, buttons in (
            (
                self.tr("Contacts"),
                self.contacts,
                [self.add_contact_button, self.delete_contact_button, self.forget_contact_button],
            ),
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
        workspace = self.workspace
        lock_editing(workspace, self.edit_button, self.delete_button, right=Right.ACCOUNTS)
        contacts = (self.add_contact_button, self.delete_contact_button, self.contacts)
        lock_editing(workspace, *contacts, right=Right.CONTACTS)
        lock_editing(workspace, self.forget_contact_button, right=Right.FORGET)
        lock_editing(workspace, self.add_deal_button, self.delete_deal_button, self.deals, right=Right.DEALS)
        lock_editing(workspace, self.log_button, self.no_show_button, right=Right.ACTIVITIES)
        self.contacts.writable = allows(workspace, Right.FORGET)
        self.deals.own = own_salesperson(workspace)
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
        self.forget_contact_button.clicked.connect(lambda: self.forget_contact(self.contacts.currentRow()))
        self.contacts.forget_requested.connect(self.forget_contact)
        self.add_deal_button.clicked.connect(lambda: self.edit_deal(None))
        self.deals.cellDoubleClicked.connect(lambda row, _column: self.edit_deal(row))
        self.deals.stage_picked.connect(self.move_deal)
        self.delete_deal_button.clicked.connect(self.delete_deal)
        self.log_button.clicked.connect(lambda _checked=False: self.log_requested.emit())
        self.operations.events.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.ACCOUNTS, Topic.ACTIVITIES, Topic.CONTACTS, Topic.DEALS}:
            self.refresh_later()

    # --- showing ------------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        self._asked += 1  # a refresh still on its way is about what was shown before
        self._show(None if account_id is None else account_detail(self.workspace, account_id))

    def _show(self, detail: AccountDetail | None) -> None:
        self.message.hide()
        self.detail = detail
        self.setEnabled(detail is not None)
        self.header.show_account(detail)
        if detail is None:
            self.contacts.setRowCount(0)
            self.deals.setRowCount(0)
            self.timeline.empty()
            return
        self.contacts.show_contacts(detail.contacts)
        self.deals.show_deals(detail.opportunities)
        self.timeline.show_account(detail)
        self._timeline_selected()

    def point_out(self, account_id: int | None, activity_id: int) -> None:
        """Shows the account again with this activity, just logged, highlighted in its timeline;
        nothing if the activity is another account's."""
        if self.detail is not None and self.detail.id == account_id:
            self.timeline.highlight = activity_id
            self.refresh_later()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh_later()

    def _timeline_selected(self, _row: int = -1) -> None:
        meeting, own = self.timeline.current_meeting(), self.deals.own
        # A salesperson login marks their own meetings only (PostgreSQL holds them to those).
        anothers = own is not None and meeting is not None and meeting.owner != own
        self.no_show_button.setEnabled(
            allows(self.workspace, Right.ACTIVITIES) and meeting is not None and not anothers
        )
        if own is not None:
            self.no_show_button.setToolTip(others_activities_refused() if anothers else "")

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

    def _apply(self, text: str, write: Callable[[], Changes]) -> bool:
        """Runs a write through the operations; a refusal is said under the panel."""
        try:
            self.operations.apply(text, write)
        except EsnError as error:
            self.say(error_text(error, self.formatter))
            return False
        return True

    def say(self, refusal: str) -> None:
        """A refusal, in one line under the panel."""
        self.message.setText(refusal)
        self.message.show()

    def _not_theirs(self, deal: OpportunityLine | None) -> bool:
        """Whether `deal` is another salesperson's, which a salesperson login may not change
        (said under the panel)."""
        if deal is None or self.deals.own is None or deal.owner == self.deals.own:
            return False
        self.say(others_deals_refused())
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
        self._apply(
            self.tr("Delete %1").replace("%1", contact.name),
            lambda: delete_contact(self.workspace, contact_id=contact.id),
        )

    def forget_contact(self, row: int) -> None:
        """Forgets a contact (GDPR) after a preview of what goes; never undone, and the history
        before it is emptied (see `ForgetDialog`)."""
        if (
            self.detail is None
            or not 0 <= row < len(self.detail.contacts)
            or not allows(self.workspace, Right.FORGET)
        ):
            return
        from esn_desktop.ui.dialogs.forget_dialog import ForgetDialog  # loaded when first asked for

        contact = self.detail.contacts[row]
        self._dialog(ForgetDialog(self.operations, (contact.id,), today=self.today, parent=self))

    def edit_deal(self, row: int | None) -> None:
        if self.detail is None:
            return
        deal = self.detail.opportunities[row] if row is not None else None
        if self._not_theirs(deal):
            return
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
        if self._not_theirs(deal):
            return
        if not self.confirm(self.tr("Delete the deal %1 and its stage history?").replace("%1", deal.title)):
            return
        self._apply(
            self.tr("Delete %1").replace("%1", deal.title),
            lambda: delete_opportunity(self.workspace, opportunity_id=deal.id),
        )

    def move_deal(self, opportunity_id: int, stage: Stage) -> None:
        """Moves a deal to `stage` today: one gesture, recorded in its history, undoable."""
        deal = (
            next((o for o in self.detail.opportunities if o.id == opportunity_id), None)
            if self.detail
            else None
        )
        if deal is None or deal.stage is stage or self._not_theirs(deal):
            return
        if stage is Stage.WON and not self.won_deals.confirm(self, [(deal.title, deal.amount)]):
            self.refresh_later()  # the stage list back to where the deal still is
            return
        moved = self._apply(
            self.tr("Move %1 to %2").replace("%1", deal.title).replace("%2", label(STAGES, stage)),
            lambda: move_opportunity(
                self.workspace, opportunity_id=opportunity_id, stage=stage, day=self.today
            ),
        )
        if moved and stage is Stage.WON:
            self.won_deals.offer_mission(self, opportunity_id, self.today)

    def mark_no_show(self) -> None:
        """The selected meeting did not take place: into the no-show queue, with a reminder planned."""
        activity = self.timeline.current_activity()
        if self.detail is None or activity is None:
            return
        meeting = activity.id
        self._apply(
            self.tr("No-show at %1").replace("%1", self.detail.name),
            lambda: mark_no_show(self.workspace, activity_id=meeting).changes,
        )

    def delete_account(self) -> None:
        """Deletes the account after saying what goes with it; Ctrl+Z brings it all back."""
        if self.detail is None:
            return
        impact = account_deletion_impact(self.workspace, self.detail.id)
        text = (
            self.tr("Delete %1 along with its contacts (%2), deals (%3), activities (%4) and missions (%5)?")
            .replace("%1", self.detail.name)
            .replace("%2", self.formatter.number(impact.contacts, decimals=0))
            .replace("%3", self.formatter.number(impact.deals, decimals=0))
            .replace("%4", self.formatter.number(impact.activities, decimals=0))
            .replace("%5", self.formatter.number(impact.missions, decimals=0))
            + "\n\n"
            + self.tr("Edit > Undo (Ctrl+Z) brings it all back.")
        )
        name = self.detail.name
        if self.confirm(text) and self._apply(
            self.tr("Delete %1").replace("%1", name), lambda: delete_account(self.workspace, name=name)
        ):
            self.show_account(None)
