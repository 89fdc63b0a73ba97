"""A list of opportunities (deals): one row each, at an account found by its name or made.

A row's stage is ours ("proposal"), its French or English name ("Proposition", "Négociation"),
or a CRM's default stage ("closedwon", "Demo Scheduled", "Proposal/Price Quote", "PROPO");
a status column beside it (Pipedrive's open, won, lost) says whether the deal ended. Its
dates, when the file lacks them (docs/import.md, "Opportunities and activities"):

- created: the file's, else the import's day; a deal that ended before the import, and has
  no creation date, was created the day it closed (never after it).
- closed (won or lost only): the file's, else the expected closing day (what HubSpot's and
  Salesforce's "Close Date" hold once a deal is closed), never before its creation; else its
  creation day. An open deal's closing day is left out, said.
- probability: the file's (`80 %`, `0,8`, or a CRM's percentage `80`), else the stage's.
- amount: the file's, else 0 € (said); in euros only: a currency column naming another
  refuses the row.

The account, the owner and the channel are found as a person would find them (names.py),
else made and listed, or, with `--no-create`, the row is refused. A deal already at the
account (same title, ignoring case and accents), in the workspace or on an earlier row, is a
duplicate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from esn_desktop.domain.accounts import holds_a_letter, name_key
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.progress import Progress
from esn_desktop.domain.records import AccountRecord, ChannelRecord, OpportunityRecord, SalespersonRecord
from esn_desktop.interchange.fields import FieldReader, quoted
from esn_desktop.interchange.lists.names import NameBook
from esn_desktop.interchange.lists.plan import (
    PROGRESS_EVERY,
    Destination,
    Duplicate,
    LeftOutValue,
    ListImportPlan,
)
from esn_desktop.interchange.lists.rows import mapped_rows, translated
from esn_desktop.interchange.lists.vendors.deal_stages import CRM_STAGES, DEAL_STATUSES
from esn_desktop.interchange.lists.vendors.deals_registry import PROBABILITY_IN_PERCENT
from esn_desktop.interchange.validation import parse_opportunity

OPEN_DEAL_CLOSED = "a closing day on an open opportunity (kept open, without it)"
NO_AMOUNT = "an empty amount (the opportunity imported at 0 €)"
#: What a currency column says of euros.
EUROS = frozenset({"eur", "euro", "euros", ""})
DELETED_DEAL = "a deal the CRM says was deleted"
_DATES = ("created", "closed", "expected_close")
#: A moment with its time zone, as programs write it (Salesforce: 2026-01-05T10:22:31.000Z).
_ZONED_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2}[ T][\d:.]+)(?:Z|[+-]\d{2}:?\d{2})")
_PLAIN_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
#: Folding, remembered: a list repeats its stages, statuses and currencies on every row.
_folded = lru_cache(maxsize=1024)(name_key)
_OUR_STAGES = frozenset(stage.value for stage in Stage)
_STAGE_NAMES = ", ".join(stage.value for stage in Stage)


def plan_opportunities(plan: ListImportPlan, destination: Destination, progress: Progress) -> None:
    """Plans an opportunities list into `plan`: its deals, and the accounts, salespeople and
    channels they name that the workspace lacks."""
    if "account" not in plan.mapping.values() and "customer" not in plan.mapping.values():
        reason = (
            "no column was recognised as the company's name (an id names nothing here); "
            'name it with --map "Column=account"'
        )
        raise ValidationError([Problem("(header)", "account", reason)], "the list was refused")
    owners = NameBook(destination.known.salespeople, what="salesperson", may_create=destination.may_create)
    channels = NameBook(destination.known.channels, what="channel", may_create=destination.may_create)
    accounts = NameBook(destination.account_keys.values(), what="account", may_create=destination.may_create)
    # (account, title) folded -> the earlier row holding it, None for the workspace's deals.
    seen: dict[tuple[str, str], int | None] = {
        (name_key(a), name_key(t)): None for a, t in destination.known.opportunities
    }
    percent = {field for column, field in plan.mapping.items() if field == "probability" and "%" in column}
    if plan.dialect is not None and plan.dialect.name in PROBABILITY_IN_PERCENT:
        percent.add("probability")
    total = len(plan.table.rows)
    for count, (number, values, problems) in enumerate(mapped_rows(plan), start=1):
        if count % PROGRESS_EVERY == 0:
            progress(count, total)
        where = f"row {number}"
        said = len(plan.left_out)  # what a row refused or a duplicate left out is not said
        deal = _read_row(plan, number, values, where, problems, destination.today, bool(percent))
        if deal is None:  # refused, or left out (said)
            if problems:
                plan.rejected.extend(problems)
                del plan.left_out[said:]
            continue
        deal = _with_names(deal, where, problems, owners=owners, channels=channels, accounts=accounts)
        if problems or deal is None:
            plan.rejected.extend(problems)
            del plan.left_out[said:]
            continue
        key = (name_key(deal.account), name_key(deal.title))
        if key in seen:
            plan.duplicates.append(Duplicate(number, "title", deal.title, seen[key]))
            del plan.left_out[said:]
            continue
        seen[key] = number
        # Names are now the workspace's (or an earlier row's) or, new, as first written: made once.
        if deal.account not in accounts:
            plan.content.accounts.append(AccountRecord(accounts.make(deal.account), owner=deal.owner))
        if deal.owner:
            owners.make(deal.owner)
        if deal.channel:
            channels.make(deal.channel)
        plan.content.opportunities.append(deal)
    for list_name, book in (("salespeople", owners), ("channels", channels), ("accounts", accounts)):
        plan.note_created(list_name, book)
    plan.content.salespeople.extend(SalespersonRecord(name) for name in owners.created)
    plan.content.channels.extend(ChannelRecord(name) for name in channels.created)


def _read_row(
    plan: ListImportPlan,
    number: int,
    values: dict[str, Any],
    where: str,
    problems: list[Problem],
    today: dt.date,
    probability_in_percent: bool,
) -> OpportunityRecord | None:
    """The row's deal as the file says it, its names as written; None (problems said) if refused."""
    translated(values, plan.dialect, ("stage",))
    customer = str(values.pop("customer", "") or "").strip()
    if not str(values.get("account") or "").strip() and customer:
        # A partner's display name: "Acme, Jean Dupont" is Jean Dupont at Acme.
        values["account"] = customer.split(", ", 1)[0]
    written_status = str(values.pop("status", "") or "").strip()
    status = DEAL_STATUSES.get(_folded(written_status), "")
    if written_status and not status:
        problems.append(Problem(where, "status", f"must be open, won or lost, not {quoted(written_status)}"))
        return None
    if status == "deleted":
        plan.left_out.append(LeftOutValue(number, DELETED_DEAL))
        return None
    currency = str(values.pop("currency", "") or "").strip()
    if _folded(currency) not in EUROS and currency != "€":
        reason = (
            f"is {quoted(currency)}: the workspace counts in euros (convert the amount, or leave the row out)"
        )
        problems.append(Problem(where, "currency", reason))
        return None
    if not str(values.get("amount") or "").strip():
        values["amount"] = "0"
        plan.left_out.append(LeftOutValue(number, NO_AMOUNT))
    stage = str(values.get("stage") or "").strip()
    if stage and stage not in _OUR_STAGES:
        stage = CRM_STAGES.get(_folded(stage), stage)
    if status in ("won", "lost"):
        stage = status
    elif status == "open" and stage in ("won", "lost"):
        problems.append(Problem(where, "stage", f"is {stage}, though the deal's status says it is open"))
        return None
    if stage and stage not in _OUR_STAGES:
        problems.append(
            Problem(where, "stage", f"must be one of {_STAGE_NAMES} (or a CRM's stage), not {quoted(stage)}")
        )
        return None
    values["stage"] = stage
    for name in _DATES:
        if isinstance(values.get(name), str) and (zoned := _ZONED_MOMENT.fullmatch(values[name])):
            values[name] = zoned[1]
    probability = str(values.get("probability") or "").strip()
    if probability_in_percent and _PLAIN_NUMBER.fullmatch(probability):
        values["probability"] = f"{probability} %"
    dates = FieldReader(values, where, problems, spreadsheet=True)
    created, closed, expected = (dates.day(name) for name in _DATES)
    if dates.failed:
        return None
    is_closed = stage in ("won", "lost")
    if closed is not None and stage and not is_closed:
        plan.left_out.append(LeftOutValue(number, OPEN_DEAL_CLOSED))
        closed = None
    if is_closed and closed is None:
        closed = max(expected, created) if expected and created else expected or created
    if created is None:
        created = min(today, closed) if closed else today
    if is_closed and closed is None:
        closed = created
    values.update(created=created, closed=closed, expected_close=expected)
    return parse_opportunity(FieldReader(values, where, problems, spreadsheet=True))


def _with_names(
    deal: OpportunityRecord,
    where: str,
    problems: list[Problem],
    *,
    owners: NameBook,
    channels: NameBook,
    accounts: NameBook,
) -> OpportunityRecord | None:
    """The deal naming its account, owner and channel as the workspace (or an earlier row) does;
    a name unknown is kept as written (made later), or refused when nothing may be made."""
    if not holds_a_letter(deal.account):
        problems.append(Problem(where, "account", f"must hold a letter, not {quoted(deal.account)}"))
        return None
    account = accounts.named(deal.account, where=where, field="account", problems=problems)
    owner = deal.owner and owners.named(deal.owner, where=where, field="owner", problems=problems)
    channel = deal.channel and channels.named(deal.channel, where=where, field="channel", problems=problems)
    if problems:
        return None
    return replace(deal, account=account, owner=owner, channel=channel)
