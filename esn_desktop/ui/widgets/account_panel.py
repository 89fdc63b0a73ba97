"""One account at a glance beside the Prospects list: who to talk to, the deals, what happened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.formatting import Formatter
from esn_desktop.services.accounts import AccountDetail, account_detail, move_opportunity
from esn_desktop.services.deletion import account_deletion_impact
from esn_desktop.services.no_shows import mark_no_show
from esn_desktop.store.database import Workspace
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.labels import (
    ACTIVITY_KINDS,
    ACTIVITY_STATUSES,
    REFERENCING,
    ROLES,
    SEGMENTS,
    STAGES,
    label,
)
from esn_desktop.ui.undo_commands import DeleteAccountCommand


class AccountPanel(QWidget):
    def __init__(
        self, workspace: Workspace, events: DataEvents, formatter: Formatter, undo_stack: QUndoStack
    ) -> None:
        super().__init__()
        self.undo_stack = undo_stack
        self.workspace = workspace
        self.events = events
        self.formatter = formatter
        self.detail: AccountDetail | None = None
        self.today = date.today()

        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.contacts = self._table([self.tr("Contact"), self.tr("Role"), self.tr("Email"), self.tr("Phone")])
        self.deals = self._table([self.tr("Deal"), self.tr("Amount"), self.tr("Stage"), self.tr("Weighted")])
        self.timeline = QListWidget()
        self.no_show_button = QPushButton(self.tr("Mark the meeting as a no-show"))
        self.no_show_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete the account…"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        for caption, widget in (
            (self.tr("Contacts"), self.contacts),
            (self.tr("Deals (pick a stage to move one)"), self.deals),
            (self.tr("Timeline"), self.timeline),
        ):
            layout.addWidget(QLabel(f"<b>{caption}</b>"))
            layout.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.no_show_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.timeline.currentRowChanged.connect(self._timeline_selected)
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.delete_button.clicked.connect(self.delete_account)
        self.show_account(None)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(150)
        return table

    def show_account(self, account_id: int | None) -> None:
        self.message.hide()
        self.detail = None if account_id is None else account_detail(self.workspace, account_id)
        self.setEnabled(self.detail is not None)
        d = self.detail
        if d is None:
            self.title.setText(self.tr("Pick an account in the list"))
            self.facts.clear()
            for table in (self.contacts, self.deals):
                table.setRowCount(0)
            self.timeline.clear()
            return
        f = self.formatter
        self.title.setText(d.name)
        facts = [label(SEGMENTS, d.segment), d.sector or "", d.city or "", label(REFERENCING, d.referencing)]
        owner = self.tr("Salesperson: %1").replace("%1", d.owner) if d.owner else self.tr("No salesperson")
        channel = self.tr("Channel: %1").replace("%1", d.channel) if d.channel else ""
        self.facts.setText(
            " · ".join(x for x in facts if x) + "\n" + " · ".join(x for x in (owner, channel) if x)
        )

        self.contacts.setRowCount(len(d.contacts))
        for row, c in enumerate(d.contacts):
            for column, text in enumerate((c.name, label(ROLES, c.role), c.email or "", c.phone or "")):
                self.contacts.setItem(row, column, QTableWidgetItem(text))

        self.deals.setRowCount(len(d.opportunities))
        for row, o in enumerate(d.opportunities):
            self.deals.setItem(row, 0, QTableWidgetItem(o.title))
            for column, text in ((1, f.money(o.amount, cents=False)), (3, f.money(o.weighted, cents=False))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.deals.setItem(row, column, item)
            stage = QComboBox()
            for choice in Stage:
                stage.addItem(label(STAGES, choice), choice)
            stage.setCurrentIndex(stage.findData(o.stage))
            stage.currentIndexChanged.connect(
                lambda _i, box=stage, deal=o.id: self.move(deal, box.currentData())
            )
            self.deals.setCellWidget(row, 2, stage)

        self.timeline.clear()
        for a in d.timeline:
            parts = [f.day(a.day), label(ACTIVITY_KINDS, a.kind), label(ACTIVITY_STATUSES, a.status)]
            parts += [x for x in (a.contact, a.owner, a.notes) if x]
            self.timeline.addItem(" — ".join(parts))
        self._timeline_selected(self.timeline.currentRow())

    def _timeline_selected(self, row: int) -> None:
        activity = self.detail.timeline[row] if self.detail and 0 <= row < len(self.detail.timeline) else None
        self.no_show_button.setEnabled(
            activity is not None and activity.kind == "meeting" and activity.status in ("planned", "done")
        )

    def mark_no_show(self) -> None:
        """The selected meeting did not take place: into the no-show queue, with a reminder planned."""
        row = self.timeline.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.timeline):
            return
        try:
            mark_no_show(self.workspace, activity_id=self.detail.timeline[row].id)
        except EsnError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        account = self.detail.id
        self.events.data_changed.emit("activities")
        QTimer.singleShot(0, self, lambda: self.show_account(account))

    def confirm(self, text: str) -> bool:
        """Asks before deleting (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Delete"), text)
        return answer == QMessageBox.StandardButton.Yes

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

    def move(self, opportunity_id: int, stage: Stage) -> None:
        """Moves a deal to `stage` today: one gesture, recorded in its history."""
        try:
            move_opportunity(self.workspace, opportunity_id=opportunity_id, stage=stage, day=self.today)
        except EsnError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        account = self.detail.id if self.detail else None
        self.events.data_changed.emit("opportunities")
        # Refresh once the stage box that called us has returned: rebuilding the table now
        # would delete it in the middle of its own signal.
        QTimer.singleShot(0, self, lambda: self.show_account(account))
