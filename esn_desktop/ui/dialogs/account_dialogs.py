"""Forms for an account, one of its contacts, and one of its opportunities."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit

from esn_desktop.domain.accounts import ContactRole, Referencing, holds_a_letter
from esn_desktop.domain.errors import EsnError, Problem
from esn_desktop.domain.headcount import HeadcountError, read_headcount
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.records import AccountRecord
from esn_desktop.formatting import Formatter
from esn_desktop.services.account_editing import (
    ContactFields,
    OpportunityFields,
    save_account,
    save_contact,
    save_opportunity,
)
from esn_desktop.services.account_list import filter_choices
from esn_desktop.services.accounts import AccountDetail, ContactLine, OpportunityLine, account_detail
from esn_desktop.services.changes import Changed
from esn_desktop.ui.dialogs.record_dialog import RecordDialog, code_combo, name_combo
from esn_desktop.ui.forms import date_edit, from_qdate, to_qdate
from esn_desktop.ui.labels import REFERENCING, ROLES, SEGMENTS, STAGES
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.role_rights import keep_own_name


def _amount(formatter: Formatter, text: str) -> Decimal | None:
    """The amount typed, None when empty; ValueError when it is not a number."""
    return formatter.parse_decimal(text)


class AccountDialog(RecordDialog):
    def __init__(
        self, operations: Operations, formatter: Formatter, account: AccountDetail | None = None
    ) -> None:
        super().__init__(
            operations, formatter, self.tr("Edit the account") if account else self.tr("New account")
        )
        self.account = account
        choices = filter_choices(self.workspace)
        a = account
        self.name = QLineEdit(a.name if a else "")
        self.segment = code_combo(SEGMENTS, a.segment if a else None, empty=self.tr("No segment"))
        self.sector = QLineEdit(a.sector or "" if a else "")
        self.city = QLineEdit(a.city or "" if a else "")
        self.headcount = QLineEdit(a.size or "" if a else "")
        self.headcount.setPlaceholderText(self.tr("250, or a band such as 11-50 or 501+"))
        self.phone = QLineEdit(a.phone or "" if a else "")
        self.phone.setPlaceholderText(self.tr("the company's switchboard"))
        self.email = QLineEdit(a.email or "" if a else "")
        self.email.setPlaceholderText(self.tr("its generic mailbox, such as contact@…"))
        self.potential = QLineEdit(formatter.number(a.potential, decimals=0) if a and a.potential else "")
        self.potential.setPlaceholderText(self.tr("yearly revenue you could make there, in €"))
        self.referencing = code_combo(REFERENCING, a.referencing if a else Referencing.NOT_REFERENCED)
        self.owner = name_combo(choices.owners, a.owner if a else None)
        self.channel = name_combo(choices.channels, a.channel if a else None)
        self.add_field(self.tr("Name"), self.name, "name")
        self.add_field(self.tr("Segment"), self.segment)
        self.add_field(self.tr("Sector"), self.sector)
        self.add_field(self.tr("City"), self.city)
        self.add_field(self.tr("Headcount"), self.headcount, "size")
        self.add_field(self.tr("Switchboard"), self.phone)
        self.add_field(self.tr("Email"), self.email, "email")
        self.add_field(self.tr("Potential (€ a year)"), self.potential, "potential")
        self.add_field(self.tr("Referencing"), self.referencing)
        self.add_field(self.tr("Salesperson"), self.owner)
        self.add_field(self.tr("Channel"), self.channel)
        self.watch(
            self.name.textChanged,
            self.headcount.textChanged,
            self.potential.textChanged,
            self.email.textChanged,
        )

    def stored(self) -> bool:
        return self.account is not None

    def reload(self) -> None:
        assert self.account is not None  # offered only when an existing account was refused
        a = self.account = account_detail(self.workspace, self.account.id)
        self.name.setText(a.name)
        self.segment.setCurrentIndex(max(0, self.segment.findData(a.segment)))
        self.sector.setText(a.sector or "")
        self.city.setText(a.city or "")
        self.headcount.setText(a.size or "")
        self.phone.setText(a.phone or "")
        self.email.setText(a.email or "")
        self.potential.setText(self.formatter.number(a.potential, decimals=0) if a.potential else "")
        self.referencing.setCurrentIndex(max(0, self.referencing.findData(a.referencing)))
        self.owner.setCurrentText(a.owner or "")
        self.channel.setCurrentText(a.channel or "")

    def values(self) -> tuple[AccountRecord, dict[str, str]]:
        errors: dict[str, str] = {}
        if not self.name.text().strip():
            errors["name"] = self.tr("The name is required.")
        elif not holds_a_letter(self.name.text()):
            errors["name"] = self.tr("A company's name holds a letter, not only digits or signs.")
        try:
            read_headcount(self.headcount.text())
        except HeadcountError:
            errors["size"] = self.tr(
                "Type a number of people, such as 250, or a band, such as 11-50 or 501+."
            )
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            errors["email"] = self.tr("This is not an email address.")
        try:
            potential = _amount(self.formatter, self.potential.text())
        except ValueError:
            potential = None
            errors["potential"] = self.tr("Type an amount, such as 120 000.")
        if potential is not None and potential < 0:
            errors["potential"] = self.tr("Must not be negative.")
        fields = AccountRecord(
            name=self.name.text().strip(),
            segment=self.segment.currentData(),
            sector=self.sector.text(),
            city=self.city.text(),
            size=self.headcount.text(),
            potential=potential,
            phone=self.phone.text(),
            email=email or None,
            referencing=Referencing(self.referencing.currentData()),
            owner=self.owner.currentText(),
            channel=self.channel.currentText(),
        )
        return fields, errors

    def undo_text(self) -> str:
        return self.tr("Account %1").replace("%1", self.name.text().strip())

    def write(self, values: AccountRecord) -> Changed[int | None]:
        account = self.account
        return save_account(
            self.workspace,
            values,
            account_id=account.id if account else None,
            seen=account.version if account else None,
        )

    def refusal_text(self, problem: Problem) -> str:
        if problem.field == "name":
            return self.tr("Another account already has this name (case and accents aside).")
        return problem.reason


class ContactDialog(RecordDialog):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        account_id: int,
        contact: ContactLine | None = None,
    ) -> None:
        super().__init__(
            operations, formatter, self.tr("Edit the contact") if contact else self.tr("New contact")
        )
        self.account_id, self.contact = account_id, contact
        c = contact
        self.first_name = QLineEdit(c.first_name if c else "")
        self.last_name = QLineEdit(c.last_name if c else "")
        self.role = code_combo(ROLES, c.role if c else None, empty=self.tr("Role unknown"))
        self.email = QLineEdit(c.email or "" if c else "")
        self.phone = QLineEdit(c.phone or "" if c else "")
        self.job_title = QLineEdit(c.job_title or "" if c else "")
        self.job_title.setPlaceholderText(self.tr("as on their card, such as CIO or Head of purchasing"))
        self.mobile = QLineEdit(c.mobile or "" if c else "")
        self.add_field(self.tr("First name"), self.first_name)
        self.add_field(self.tr("Last name"), self.last_name, "last_name")
        self.add_field(self.tr("Job title"), self.job_title)
        self.add_field(self.tr("Role in the decision"), self.role)
        self.add_field(self.tr("Email"), self.email, "email")
        self.add_field(self.tr("Phone"), self.phone)
        self.add_field(self.tr("Mobile"), self.mobile)
        self.watch(self.last_name.textChanged, self.email.textChanged)

    def values(self) -> tuple[ContactFields, dict[str, str]]:
        errors: dict[str, str] = {}
        if not self.last_name.text().strip():
            errors["last_name"] = self.tr("The last name is required.")
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            errors["email"] = self.tr("This is not an email address.")
        role = self.role.currentData()
        fields = ContactFields(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            role=ContactRole(role) if role else None,
            email=email or None,
            phone=self.phone.text(),
            job_title=self.job_title.text(),
            mobile=self.mobile.text(),
        )
        return fields, errors

    def undo_text(self) -> str:
        return self.tr("Contact %1").replace("%1", self.last_name.text())

    def write(self, values: ContactFields) -> Changed[int | None]:
        return save_contact(
            self.workspace,
            values,
            account_id=self.account_id,
            contact_id=self.contact.id if self.contact else None,
        )


class OpportunityDialog(RecordDialog):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        account: AccountDetail,
        today: date,
        opportunity: OpportunityLine | None = None,
    ) -> None:
        super().__init__(
            operations, formatter, self.tr("Edit the deal") if opportunity else self.tr("New deal")
        )
        self.account, self.today, self.opportunity = account, today, opportunity
        #: Asked (title, amount) before a new deal is saved as won; None saves it without asking.
        self.confirm_won: Callable[[str, Decimal], bool] | None = None
        choices = filter_choices(self.workspace)
        o = opportunity
        self.title = QLineEdit(o.title if o else "")
        self.title.setPlaceholderText(self.tr("e.g. Java developers for the claims platform"))
        self.amount = QLineEdit(formatter.number(o.amount, decimals=2) if o else "")
        self.amount.setPlaceholderText("60 000")
        # The stage of a new deal; an existing one moves stage from the account or the board.
        self.stage = code_combo(STAGES, o.stage if o else Stage.LEAD)
        self.stage.setEnabled(o is None)
        self.expected = date_edit(o.expected_close if o and o.expected_close else today)
        self.no_expected = QCheckBox(self.tr("No date yet"))
        self.no_expected.setChecked(o is not None and o.expected_close is None)
        self.owner = name_combo(choices.owners, o.owner if o else account.owner)
        if o is None:  # a salesperson login's new deal is theirs (ui/role_rights.py)
            keep_own_name(self.workspace, self.owner)
        self.channel = name_combo(choices.channels, o.channel if o else account.channel)
        expected = QHBoxLayout()
        expected.addWidget(self.expected)
        expected.addWidget(self.no_expected)
        self.add_field(self.tr("Deal"), self.title, "title")
        self.add_field(self.tr("Amount (€)"), self.amount, "amount")
        self.add_field(self.tr("Stage"), self.stage)
        self.add_field(self.tr("Expected signature"), expected)
        self.add_field(self.tr("Salesperson"), self.owner)
        self.add_field(self.tr("Channel"), self.channel)
        self.no_expected.toggled.connect(lambda checked: self.expected.setEnabled(not checked))
        self.expected.setEnabled(not self.no_expected.isChecked())
        self.watch(self.title.textChanged, self.amount.textChanged)

    def stored(self) -> bool:
        return self.opportunity is not None

    def reload(self) -> None:
        assert self.opportunity is not None  # offered only when an existing deal was refused
        self.account = account_detail(self.workspace, self.account.id)
        found = [o for o in self.account.opportunities if o.id == self.opportunity.id]
        if not found:
            raise EsnError(self.tr("This deal was deleted meanwhile."))
        o = self.opportunity = found[0]
        self.title.setText(o.title)
        self.amount.setText(self.formatter.number(o.amount, decimals=2))
        self.stage.setCurrentIndex(max(0, self.stage.findData(o.stage)))
        self.no_expected.setChecked(o.expected_close is None)
        if o.expected_close is not None:
            self.expected.setDate(to_qdate(o.expected_close))
        self.owner.setCurrentText(o.owner or "")
        self.channel.setCurrentText(o.channel or "")

    def values(self) -> tuple[OpportunityFields, dict[str, str]]:
        errors: dict[str, str] = {}
        if not self.title.text().strip():
            errors["title"] = self.tr("Name the deal.")
        try:
            amount = _amount(self.formatter, self.amount.text())
        except ValueError:
            amount = None
            errors["amount"] = self.tr("Type an amount, such as 60 000.")
        if amount is None and "amount" not in errors:
            errors["amount"] = self.tr("The amount is required.")
        elif amount is not None and amount <= 0:
            errors["amount"] = self.tr("Must be positive.")
        fields = OpportunityFields(
            title=self.title.text(),
            amount=amount or Decimal(0),
            expected_close=None if self.no_expected.isChecked() else from_qdate(self.expected.date()),
            owner=self.owner.currentText(),
            channel=self.channel.currentText(),
        )
        return fields, errors

    def save(self) -> None:
        values, errors = self.values()
        won = self.opportunity is None and self.stage.currentData() == Stage.WON
        if won and not errors and self.confirm_won and not self.confirm_won(values.title, values.amount):
            return
        super().save()

    def undo_text(self) -> str:
        return self.tr("Deal %1").replace("%1", self.title.text())

    def write(self, values: OpportunityFields) -> Changed[int | None]:
        return save_opportunity(
            self.workspace,
            values,
            account_id=self.account.id,
            today=self.today,
            opportunity_id=self.opportunity.id if self.opportunity else None,
            stage=Stage(self.stage.currentData()),
            seen=self.opportunity.version if self.opportunity else None,
        )
