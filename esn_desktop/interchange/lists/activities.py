"""A list of activities (calls, emails, meetings...): one row each, at an account, with a person.

A row's kind is ours ("call"), a French or English word ("Appel", "Réunion", "Relance"), or a
CRM's type ("Task" and "Deadline" are follow-ups, "Lunch" a meeting). Its status is a status
column's ("Fait", "Planifié", "No show"...) or a done flag's (Pipedrive's Done/Undone, 1/0,
Oui/Non); when the file says nothing, an activity dated before the import's day was done,
one dated that day or after is planned. A date written with its time ("22/12/2022 14:30", an
XLSX date cell with a time) keeps the time, unless a time column says it.

Its account is found by its name (ignoring case and accents), else made and listed; its
contact ("First Last") is found among the account's people, else made as a person at the
account and listed; its owner found or made; with `--no-create`, a row naming any of them
that the workspace lacks is refused. Its opportunity must be one of the account's in the
workspace: one not there is left out, said, and the activity kept. A subject and notes
are kept together in the notes ("Subject — notes").

An activity already there (same kind, day, account, contact and notes), in the workspace or
on an earlier row, is a duplicate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from esn_desktop.domain.accounts import holds_a_letter, name_key
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.errors import Problem
from esn_desktop.domain.progress import Progress
from esn_desktop.domain.records import AccountRecord, ActivityRecord, ContactRecord, SalespersonRecord
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
from esn_desktop.interchange.lists.targets import FALSE_WORDS, TRUE_WORDS
from esn_desktop.interchange.lists.vendors.deal_stages import ACTIVITY_FLAGS, CRM_ACTIVITY_KINDS
from esn_desktop.interchange.validation import parse_activity

CONTACT_WITHOUT_ACCOUNT = "a contact named without a company (the activity kept without them)"
OPPORTUNITY_WITHOUT_ACCOUNT = "an opportunity named without a company (the activity kept without it)"
UNKNOWN_OPPORTUNITY = "an opportunity the account does not have (the activity kept without it)"
#: Between an activity's subject and its notes, kept in one text.
SUBJECT_SEPARATOR = " — "
_KINDS = frozenset(kind.value for kind in ActivityKind)
_STATUSES = frozenset(status.value for status in ActivityStatus)
# A day and its time: "22/12/2022 14:30", "2022-12-22T14:30:00Z" (the zone left as written).
# "14h30" and "14h" as French people write a time.
_DAY_AND_TIME = re.compile(
    r"(?P<day>\S+)(?:[ T]|\s+[àa]\s+)(?P<hours>\d{1,2})(?::(?P<minutes>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?|\s?h\s?(?P<french>\d{2})?)"
)
#: A time with its seconds (14:30:00), or written the French way (14h30, 14h, 9 h 05).
_CLOCK_WRITTEN = re.compile(r"(?P<hours>\d{1,2})(?::(?P<minutes>\d{2}):\d{2}|\s?h\s?(?P<french>\d{2})?)")


def plan_activities(plan: ListImportPlan, destination: Destination, progress: Progress) -> None:
    """Plans an activities list into `plan`: its activities, and the accounts, contacts and
    salespeople they name that the workspace lacks."""
    owners = NameBook(destination.known.salespeople, what="salesperson", may_create=destination.may_create)
    accounts = NameBook(destination.account_keys.values(), what="account", may_create=destination.may_create)
    people = _People(destination)
    deals = {(name_key(a), name_key(t)): t for a, t in destination.known.opportunities}
    # An activity's identity -> the earlier row holding it, None for the workspace's.
    seen: dict[tuple[str, str, str, str, str], int | None] = dict.fromkeys(destination.activities)
    total = len(plan.table.rows)
    for count, (number, values, problems) in enumerate(mapped_rows(plan), start=1):
        if count % PROGRESS_EVERY == 0:
            progress(count, total)
        where = f"row {number}"
        said = len(plan.left_out)  # what a row refused or a duplicate left out is not said
        activity = _read_row(plan, number, values, where, problems, destination.today)
        if activity is None or problems:
            plan.rejected.extend(problems)
            del plan.left_out[said:]
            continue
        activity = _with_names(plan, number, activity, where, problems, owners, accounts, people, deals)
        if activity is None or problems:
            plan.rejected.extend(problems)
            del plan.left_out[said:]
            continue
        key = (
            activity.kind.value,
            activity.date.isoformat(),
            activity.account or "",
            activity.contact or "",
            activity.notes or "",
        )
        if key in seen:
            at = f" at {activity.account}" if activity.account else ""
            what = f"{activity.kind.value} on {activity.date.isoformat()}{at}"
            plan.duplicates.append(Duplicate(number, "activity", what, seen[key]))
            del plan.left_out[said:]
            continue
        seen[key] = number
        if activity.account and activity.account not in accounts:
            made = accounts.make(activity.account)
            activity = replace(activity, account=made)
            plan.content.accounts.append(AccountRecord(made))
        if activity.contact and activity.account:
            activity = replace(activity, contact=people.make(activity.account, activity.contact))
        if activity.owner:
            activity = replace(activity, owner=owners.make(activity.owner))
        plan.content.activities.append(activity)
    plan.note_created("salespeople", owners)
    plan.note_created("accounts", accounts)
    if people.new:
        plan.created["contacts"] = [f"{c.full_name}, {c.account}" for c in people.new]
    plan.content.salespeople.extend(SalespersonRecord(name) for name in owners.created)
    plan.content.contacts.extend(people.new)


def _read_row(
    plan: ListImportPlan,
    number: int,
    values: dict[str, Any],
    where: str,
    problems: list[Problem],
    today: dt.date,
) -> ActivityRecord | None:
    """The row's activity as the file says it (its names as written); None if refused."""
    translated(values, plan.dialect, ("kind", "status"))
    kind = str(values.get("kind") or "").strip()
    if kind and kind not in _KINDS:
        values["kind"] = CRM_ACTIVITY_KINDS.get(name_key(kind), kind)
    day = values.get("date")
    if isinstance(day, str) and (moment := _DAY_AND_TIME.fullmatch(day.strip())):
        values["date"] = moment["day"]
        at = _clock(moment)
        if not str(values.get("time") or "").strip() and at != "00:00":
            values["time"] = at
    if isinstance(values.get("time"), str) and (clock := _CLOCK_WRITTEN.fullmatch(values["time"].strip())):
        values["time"] = _clock(clock)
    status = str(values.get("status") or "").strip()
    if status and status not in _STATUSES:
        flag = name_key(status)
        if flag in TRUE_WORDS:
            values["status"] = "done"
        elif flag in FALSE_WORDS or flag in ACTIVITY_FLAGS:
            values["status"] = "planned"
    if not status:
        dated = FieldReader(values, where, [], spreadsheet=True).day("date")
        values["status"] = "done" if dated is not None and dated < today else "planned"
    subject = str(values.pop("subject", "") or "").strip()
    notes = str(values.get("notes") or "").strip()
    if subject and notes and notes != subject:
        values["notes"] = f"{subject}{SUBJECT_SEPARATOR}{notes}"
    elif subject:
        values["notes"] = subject
    left_out = []
    if not str(values.get("account") or "").strip():
        # A person or a deal is someone's, at some company: without it, they have no place.
        for name, reason in (
            ("contact", CONTACT_WITHOUT_ACCOUNT),
            ("opportunity", OPPORTUNITY_WITHOUT_ACCOUNT),
        ):
            if str(values.get(name) or "").strip():
                values[name] = ""
                left_out.append(LeftOutValue(number, reason))
    activity = parse_activity(FieldReader(values, where, problems, spreadsheet=True))
    if activity is not None:
        plan.left_out.extend(left_out)
    return activity


def _clock(match: re.Match[str]) -> str:
    """HH:MM of a time matched with its hours and its minutes (written either way, or none)."""
    return f"{int(match['hours']):02d}:{match['minutes'] or match['french'] or '00'}"


def _with_names(
    plan: ListImportPlan,
    number: int,
    activity: ActivityRecord,
    where: str,
    problems: list[Problem],
    owners: NameBook,
    accounts: NameBook,
    people: _People,
    deals: dict[tuple[str, str], str],
) -> ActivityRecord | None:
    """The activity naming its account, contact, owner and opportunity as the workspace does; a
    name unknown is kept as written (made later), or refused when nothing may be made."""
    for field_name, name in (("account", activity.account), ("contact", activity.contact)):
        if name and not holds_a_letter(name):
            problems.append(Problem(where, field_name, f"must hold a letter, not {quoted(name)}"))
    if problems:
        return None
    account = activity.account and accounts.named(
        activity.account, where=where, field="account", problems=problems
    )
    contact = activity.contact
    if account and contact:
        contact = people.find(account, contact) or contact
        if people.find(account, contact) is None and not people.may_create:
            problems.append(Problem(where, "contact", not_made("contact", contact, at=account)))
    owner = activity.owner and owners.named(activity.owner, where=where, field="owner", problems=problems)
    if problems:
        return None
    opportunity = activity.opportunity
    if account and opportunity:
        opportunity = deals.get((name_key(account), name_key(opportunity)))
        if opportunity is None:
            plan.left_out.append(LeftOutValue(number, UNKNOWN_OPPORTUNITY))
    return replace(
        activity, account=account or None, contact=contact, owner=owner or None, opportunity=opportunity
    )


class _People:
    """The contacts rows name: the workspace's, by account and folded name, and those made."""

    def __init__(self, destination: Destination) -> None:
        self.may_create = destination.may_create
        self.by_key = {(name_key(a), name_key(n)): n for a, n in destination.known.contacts}
        self.new: list[ContactRecord] = []

    def find(self, account: str, written: str) -> str | None:
        """The contact's name as the workspace (or an earlier row) writes it, None if there is none."""
        return self.by_key.get((name_key(account), name_key(written)))

    def make(self, account: str, written: str) -> str:
        """The contact, made at `account` unless there already: its full name as kept."""
        key = (name_key(account), name_key(written))
        if key not in self.by_key:
            first, *rest = written.split()
            last = " ".join(rest)
            contact = ContactRecord(account, first, last) if last else ContactRecord(account, "", first)
            self.by_key[key] = contact.full_name
            self.new.append(contact)
        return self.by_key[key]
