"""Logging an activity (a call made, a meeting planned...) from anywhere: the account in view is
already filled in, with its only contact and its only open deal, so a call is logged with the
toolbar button and Save."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.formatting import Formatter
from esn_desktop.services.account_editing import ActivityFields, log_activity
from esn_desktop.services.account_list import filter_choices
from esn_desktop.services.accounts import AccountDetail, account_detail
from esn_desktop.services.changes import Changed
from esn_desktop.ui.dialogs.record_dialog import RecordDialog, code_combo, name_combo
from esn_desktop.ui.forms import date_edit, from_qdate
from esn_desktop.ui.labels import ACTIVITY_KINDS, ACTIVITY_STATUSES, ROLES, label
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.role_rights import keep_own_name
from esn_desktop.ui.widgets.account_picker import AccountPicker


class ActivityDialog(RecordDialog):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        today: date,
        account_id: int | None = None,
        opportunity_id: int | None = None,
        detail: AccountDetail | None = None,
    ) -> None:
        """`detail`, the account as already read by the caller, spares reading it again."""
        super().__init__(operations, formatter, self.tr("Log an activity"))
        self.detail: AccountDetail | None = None
        self.account = AccountPicker(self.workspace)
        self.kind = code_combo(ACTIVITY_KINDS, ActivityKind.CALL)
        self.status = code_combo(ACTIVITY_STATUSES, ActivityStatus.DONE)
        self.day = date_edit(today)
        self.contact = QComboBox()
        self.deal = QComboBox()
        self.owner = name_combo(filter_choices(self.workspace).owners, None)
        #: A salesperson login logs their own activities: their name, kept (ui/role_rights.py).
        self.own = keep_own_name(self.workspace, self.owner)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was said, what comes next…"))
        self.notes.setMaximumHeight(90)
        self.add_field(self.tr("Account"), self.account, "account")
        self.add_field(self.tr("Activity"), self.kind)
        self.add_field(self.tr("Status"), self.status)
        self.add_field(self.tr("Date"), self.day)
        self.add_field(self.tr("Contact"), self.contact, "contact")
        self.add_field(self.tr("Deal"), self.deal, "opportunity")
        self.add_field(self.tr("Salesperson"), self.owner)
        self.add_field(self.tr("Notes"), self.notes)
        if detail is None and account_id is not None:
            detail = account_detail(self.workspace, account_id)
        if detail is not None:
            self.account.set_account(detail.id, detail.name)
        self._fill_account(opportunity_id, detail)
        self.account.textChanged.connect(lambda _text: self._fill_account(None))
        self.watch(self.account.textChanged)
        (self.notes if detail is not None else self.account).setFocus()

    def _fill_account(self, opportunity_id: int | None, known: AccountDetail | None = None) -> None:
        """The chosen account's contacts and open deals (the only one of each picked), and its
        salesperson by default."""
        account_id = self.account.account_id()
        if self.detail is not None and self.detail.id == account_id:
            return
        if known is not None and known.id == account_id:
            self.detail = known
        else:
            self.detail = account_detail(self.workspace, account_id) if account_id is not None else None
        self.contact.clear()
        self.deal.clear()
        self.contact.addItem(self.tr("No one in particular"), None)
        self.deal.addItem(self.tr("No deal"), None)
        if self.detail is None:
            return
        for contact in self.detail.contacts:
            role = label(ROLES, contact.role)
            self.contact.addItem(f"{contact.name} ({role})" if role else contact.name, contact.id)
        for deal in self.detail.opportunities:
            if not deal.stage.is_closed:
                self.deal.addItem(deal.title, deal.id)
        # Index 0 is "no one" / "no deal": with a single choice besides, that choice is the one.
        if self.contact.count() == 2:
            self.contact.setCurrentIndex(1)
        if opportunity_id is None and self.deal.count() == 2:
            opportunity_id = self.deal.itemData(1)
        self.deal.setCurrentIndex(max(0, self.deal.findData(opportunity_id)))
        if self.detail.owner and self.own is None:
            self.owner.setCurrentText(self.detail.owner)

    def values(self) -> tuple[ActivityFields | None, dict[str, str]]:
        account_id = self.account.account_id()
        if account_id is None:
            return None, {"account": self.tr("Pick an account from the list.")}
        fields = ActivityFields(
            kind=ActivityKind(self.kind.currentData()),
            status=ActivityStatus(self.status.currentData()),
            day=from_qdate(self.day.date()),
            account_id=account_id,
            contact_id=self.contact.currentData(),
            opportunity_id=self.deal.currentData(),
            owner=self.owner.currentText(),
            notes=self.notes.toPlainText(),
        )
        return fields, {}

    def undo_text(self) -> str:
        """What Edit > Undo and the status bar call this save: « Appel chez Lumodis »."""
        kind = label(ACTIVITY_KINDS, self.kind.currentData())
        return self.tr("%1 at %2").replace("%1", kind).replace("%2", self.account.text().strip())

    def write(self, values: ActivityFields) -> Changed[int | None]:
        return log_activity(self.workspace, values)
