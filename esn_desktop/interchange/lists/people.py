"""Companies and the people at them: the accounts and contacts lists, and a mixed partner file.

One row is a company (an account), optionally with one person at it (a contact). In a
contacts list every row is a person, at the company its `account` column names. In a file
of companies and people mixed (Odoo's partners), a flag says which a row is, and a person's
row names their company; companies are read first, so a person may come before theirs.

A contact is a person: a first or last name, or a person's own email (known by it until
named). A phone alone, or a company's mailbox (contact@, info@...), is the company's own: it
stays on the account, never a person named after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from esn_desktop.domain.accounts import email_key, holds_a_letter, name_key
from esn_desktop.domain.errors import Problem
from esn_desktop.domain.progress import Progress
from esn_desktop.domain.records import AccountRecord, ChannelRecord, ContactRecord, SalespersonRecord
from esn_desktop.interchange.fields import FieldReader, quoted
from esn_desktop.interchange.lists.names import NameBook, not_made
from esn_desktop.interchange.lists.plan import (
    PROGRESS_EVERY,
    Destination,
    Duplicate,
    LeftOutValue,
    ListImportPlan,
)
from esn_desktop.interchange.lists.rows import mapped_rows, translated
from esn_desktop.interchange.lists.targets import FALSE_WORDS, TRUE_WORDS, ListName
from esn_desktop.interchange.validation import parse_account, parse_contact

#: The mailboxes of a company rather than of a person, as French and English firms name them
#: (compared folded: "Comptabilité" is "comptabilite", "service-client" is "service client").
COMPANY_MAILBOXES = frozenset(
    {
        "accueil",
        "admin",
        "administration",
        "bonjour",
        "commercial",
        "commandes",
        "compta",
        "comptabilite",
        "contact",
        "direction",
        "facturation",
        "hello",
        "hr",
        "info",
        "infos",
        "mail",
        "office",
        "rh",
        "sales",
        "secretariat",
        "service client",
        "support",
        "team",
        "vente",
        "ventes",
    }
)

NO_COMPANY = "a person at no company: no account to put them in"
NO_PERSON = "a contact naming no person (its phone or mailbox is the company's)"
KEPT_OWNER = "the salesperson or channel of an account already there, which keeps its own"
#: The fields that say a row names a person.
_A_PERSON = ("first_name", "last_name", "full_name", "email")


def is_company_mailbox(email: str) -> bool:
    """Whether `email` is a company's mailbox (contact@acme.fr), not a person's (s.marchand@...)."""
    return name_key(email.split("@", 1)[0]) in COMPANY_MAILBOXES


def plan_people(plan: ListImportPlan, destination: Destination, progress: Progress) -> None:
    """Plans an accounts or a contacts list (or a mixed partner file) into `plan`."""
    known = destination.known
    owners = NameBook(known.salespeople, what="salesperson", may_create=destination.may_create)
    channels = NameBook(known.channels, what="channel", may_create=destination.may_create)
    companies = _Companies(destination)
    people = _People(destination)
    total = len(plan.table.rows)
    for count, (number, values, problems) in enumerate(_rows(plan), start=1):
        if count % PROGRESS_EVERY == 0:
            progress(count, total)
        _plan_row(plan, number, values, f"row {number}", problems, owners, channels, companies, people)
    if plan.list_name is ListName.CONTACTS:  # the company's name is its `account` there
        plan.rejected = [
            Problem(p.item, "account", p.reason) if p.field == "name" else p for p in plan.rejected
        ]
    for list_name, book in (("salespeople", owners), ("channels", channels)):
        plan.note_created(list_name, book)
    plan.content.salespeople.extend(SalespersonRecord(name) for name in owners.created)
    plan.content.channels.extend(ChannelRecord(name) for name in channels.created)
    if plan.list_name is not ListName.ACCOUNTS and companies.created:
        plan.created["accounts"] = list(companies.created)
    plan.content.accounts.extend(companies.new)
    plan.content.contacts.extend(people.new)
    plan.duplicates.extend(companies.duplicates + people.duplicates)
    plan.duplicates.sort(key=lambda d: d.row)


def _rows(plan: ListImportPlan) -> Iterator[tuple[int, dict[str, Any], list[Problem]]]:
    """(row number, field -> cell, problems) of each row, as an accounts list reads them: a
    contacts list's `account` is the company's name; a partner file's companies first, then its
    people."""
    rows = mapped_rows(plan)
    if plan.list_name is ListName.CONTACTS:
        for number, values, problems in rows:
            values["name"] = values.pop("account", "")
            if not str(values["name"]).strip() and any(values.get(f) for f in _A_PERSON):
                # A CRM's contact at no company (HubSpot, Pipedrive keep them): said, not refused.
                plan.left_out.append(LeftOutValue(number, NO_COMPANY))
                continue
            yield number, values, problems
        return
    if "is_company" not in plan.mapping.values():
        yield from rows
        return
    people: list[tuple[int, dict[str, Any], list[Problem]]] = []
    for number, values, problems in rows:
        written = str(values.pop("is_company", ""))
        flag = name_key(written)
        if flag in TRUE_WORDS:
            # The company's own row: its email and phones are the company's.
            _kept_by_the_company(values, "email", "phone", "mobile")
            values.pop("company", None)
            yield number, values, problems
        elif flag in FALSE_WORDS:
            if not values.get("full_name") and not values.get("last_name"):
                values["full_name"] = values.get("name", "")
            values["name"] = values.pop("company", "")
            if not values["name"]:
                plan.left_out.append(LeftOutValue(number, NO_COMPANY))
                continue
            values["_person_row"] = True
            people.append((number, values, problems))
        else:
            reason = f"must say whether the row is a company (1 or 0), not {quoted(written)}"
            problems.append(Problem(f"row {number}", "is_company", reason))
            yield number, values, problems
    yield from people


def _plan_row(
    plan: ListImportPlan,
    number: int,
    values: dict[str, Any],
    where: str,
    problems: list[Problem],
    owners: NameBook,
    channels: NameBook,
    companies: _Companies,
    people: _People,
) -> None:
    translated(values, plan.dialect)
    if values.get("full_name") and not (values.get("first_name") or values.get("last_name")):
        first, _, last = str(values["full_name"]).strip().partition(" ")
        values["first_name"], values["last_name"] = (first, last) if last else ("", first)
    made_for_a_person = bool(values.pop("_person_row", plan.list_name is ListName.CONTACTS))
    # A contact is a person: a name, or a person's own email. A company's mailbox or a phone
    # with no name beside it is the company's own, kept on the account.
    email = str(values.get("email") or "")
    if email and is_company_mailbox(email):
        _kept_by_the_company(values, "email")
        email = ""
    named = any(values.get(f) for f in ("first_name", "last_name"))
    has_person = named or bool(email)
    if not has_person:
        _kept_by_the_company(values, "phone", "mobile")
        if plan.list_name is ListName.CONTACTS:  # a CRM's contact that is the company's switchboard
            plan.left_out.append(LeftOutValue(number, NO_PERSON))
    account = _read_company(values, where, problems)
    contact = None
    if account is not None and has_person:
        contact_values = {**values, "account": account.name}
        if not contact_values.get("last_name"):  # one name given is the last name, else the email
            contact_values["last_name"] = contact_values.get("first_name") or email
            contact_values["first_name"] = ""
        contact = parse_contact(FieldReader(contact_values, where, problems, spreadsheet=True))
    for what, name in (
        ("name", account.name if account else ""),
        ("last_name", contact.last_name if contact else ""),
    ):
        if name and not holds_a_letter(name):
            problems.append(Problem(where, what, f"must hold a letter, not {quoted(name)}"))
    if (
        account is not None
        and name_key(account.name) in companies.by_key
        and (account.owner or account.channel)
    ):
        # An account already there (the workspace's, an earlier row's) keeps its own owner and
        # channel: a row names none to make, and what it names is said left out.
        account = replace(account, owner=None, channel=None)
        plan.left_out.append(LeftOutValue(number, KEPT_OWNER))
    if account is not None:
        account = _with_known_names(account, owners, channels, where, problems)
    if problems or account is None:
        plan.rejected.extend(problems)
        return
    if account.owner:
        account = replace(account, owner=owners.make(account.owner))
    if account.channel:
        account = replace(account, channel=channels.make(account.channel))
    account_name, repeated = companies.add(number, account, made_for_a_person=made_for_a_person)
    if account_name is None:
        plan.rejected.append(Problem(where, "name", not_made("account", account.name)))
        return
    if contact is not None and contact.account != account_name:
        contact = replace(contact, account=account_name)  # as the workspace or an earlier row writes it
    added = contact is not None and people.add(number, contact)
    if repeated is not None and not added:  # a known company's row bringing a new person is no duplicate
        companies.duplicates.append(repeated)


#: A person's field whose value, when it is the company's own, is the company's: its switchboard, its mailbox.
_COMPANY_FIELD_OF = {"phone": "company_phone", "mobile": "company_phone", "email": "company_email"}


def _kept_by_the_company(values: dict[str, Any], *fields: str) -> None:
    """Moves the row's `fields` to the company's (unless it has its own): they are the company's,
    not a person's (a switchboard, contact@...)."""
    for person in fields:
        company = _COMPANY_FIELD_OF[person]
        if values.get(person) and not values.get(company):
            values[company] = values[person]
        values.pop(person, None)


def _read_company(values: dict[str, Any], where: str, problems: list[Problem]) -> AccountRecord | None:
    """The row's account: its own phone and email under the document's names, a problem with
    them named by the list's (company_phone, company_email) so a person knows which column."""
    company = {k: v for k, v in values.items() if k not in _COMPANY_FIELD_OF}
    company["phone"] = values.get("company_phone", "")
    company["email"] = values.get("company_email", "")
    found: list[Problem] = []
    account = parse_account(FieldReader(company, where, found, spreadsheet=True))
    list_field = {"phone": "company_phone", "email": "company_email"}
    problems.extend(Problem(p.item, list_field.get(p.field, p.field), p.reason) for p in found)
    return account


def _with_known_names(
    account: AccountRecord, owners: NameBook, channels: NameBook, where: str, problems: list[Problem]
) -> AccountRecord:
    """The account naming its owner and channel as the workspace does; refused (said) when one is
    unknown and the import may not make it."""
    if not account.owner and not account.channel:
        return account
    owner = account.owner and owners.named(account.owner, where=where, field="owner", problems=problems)
    channel = account.channel and channels.named(
        account.channel, where=where, field="channel", problems=problems
    )
    return replace(account, owner=owner, channel=channel)


class _Companies:
    """The accounts rows name: the workspace's, found by their folded name, and the new ones."""

    def __init__(self, destination: Destination) -> None:
        self.by_key = dict(destination.account_keys)
        self.may_create = destination.may_create
        self.first_row: dict[str, int] = {}
        self.new: list[AccountRecord] = []
        self.created: list[str] = []
        self.duplicates: list[Duplicate] = []

    def add(
        self, number: int, account: AccountRecord, *, made_for_a_person: bool
    ) -> tuple[str | None, Duplicate | None]:
        """The name of the row's account, made unless the workspace or an earlier row has it.

        A company's row naming one already there is a duplicate; a person's names where they work.
        An account made only because a person works there is listed as made, or, when the import
        may not make anything, refused (None). Returns the name, and the duplicate a company's row
        naming one already there is.
        """
        key = name_key(account.name)
        existing = self.by_key.get(key)
        if existing is not None:
            if made_for_a_person:
                return existing, None
            earlier = self.first_row.get(key)
            there = existing if earlier is None and existing != account.name else None
            return existing, Duplicate(number, "name", account.name, earlier, there)
        if made_for_a_person:
            if not self.may_create:
                return None, None
            self.created.append(account.name)
        self.by_key[key] = account.name
        self.first_row[key] = number
        self.new.append(account)
        return account.name, None


class _People:
    """The contacts rows name, less those already there (by email, or by name at the company)."""

    def __init__(self, destination: Destination) -> None:
        self.emails = set(destination.emails)
        # A person is the same at the same company, their name's case and accents aside.
        self.known = {(name_key(account), name_key(name)) for account, name in destination.known.contacts}
        self.first_row_of_email: dict[str, int] = {}
        self.first_row_of_person: dict[tuple[str, str], int] = {}
        self.new: list[ContactRecord] = []
        self.duplicates: list[Duplicate] = []

    def add(self, number: int, contact: ContactRecord) -> bool:
        """Whether the row's person is new (else a duplicate, or the same as an earlier row's)."""
        email = email_key(contact.email) if contact.email else None
        if email and email in self.emails:
            earlier = self.first_row_of_email.get(email)
            self.duplicates.append(Duplicate(number, "email", contact.email or "", earlier))
            return False
        person = (name_key(contact.account), name_key(contact.full_name))
        if person in self.known or person in self.first_row_of_person:
            earlier = self.first_row_of_person.get(person)
            self.duplicates.append(Duplicate(number, "contact", contact.full_name, earlier))
            return False
        if email:
            self.emails.add(email)
            self.first_row_of_email[email] = number
        self.first_row_of_person[person] = number
        self.new.append(contact)
        return True
