"""One account seen whole: its contacts, its opportunities with their history, its activity timeline;
and moving an opportunity to another stage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.pipeline import DEFAULT_PROBABILITIES, Stage, StageChange, weighted_amount
from esn_desktop.services.changes import Changes, changing
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.snapshots import Rows


@dataclass(frozen=True, slots=True)
class ContactLine:
    id: int
    first_name: str
    last_name: str
    role: str | None
    email: str | None
    phone: str | None
    job_title: str | None = None
    mobile: str | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class OpportunityLine:
    id: int
    title: str
    amount: Decimal
    stage: Stage
    probability: Decimal
    expected_close: date | None
    owner: str | None
    channel: str | None
    history: tuple[StageChange, ...]
    #: The version read: a save made from it is refused if another was saved since.
    version: int = 1

    @property
    def weighted(self) -> Decimal:
        return weighted_amount(self.amount, self.probability)


@dataclass(frozen=True, slots=True)
class ActivityLine:
    id: int
    kind: ActivityKind
    status: ActivityStatus
    day: date
    contact: str | None
    owner: str | None
    notes: str | None
    #: When it starts, if a time was set (a meeting booked on a slot).
    start: time | None = None


@dataclass(frozen=True, slots=True)
class AccountDetail:
    id: int
    name: str
    segment: str | None
    sector: str | None
    city: str | None
    #: Head count as written out ("11-50", "501+", "250").
    size: str | None
    potential: Decimal | None
    referencing: str
    owner: str | None
    channel: str | None
    contacts: tuple[ContactLine, ...]
    opportunities: tuple[OpportunityLine, ...]
    #: Newest first.
    timeline: tuple[ActivityLine, ...]
    #: The company's switchboard and generic mailbox.
    phone: str | None = None
    email: str | None = None
    #: The version read: a save made from it is refused if another was saved since.
    version: int = 1


def account_detail(workspace: Workspace, account_id: int) -> AccountDetail:
    owner, channel = aliased(m.Salesperson), aliased(m.Channel)
    with workspace.session() as session:
        row = session.execute(
            select(m.Account, owner.name, channel.name)
            .outerjoin(owner, owner.id == m.Account.owner_id)
            .outerjoin(channel, channel.id == m.Account.channel_id)
            .where(m.Account.id == account_id)
        ).one_or_none()
        if row is None:
            raise ValidationError(
                [Problem("account", "id", f"no account {account_id}")], "the account was not found"
            )
        account, owner_name, channel_name = row
        contacts = tuple(
            ContactLine(
                c.id,
                c.first_name,
                c.last_name,
                c.role.value if c.role else None,
                c.email,
                c.phone,
                c.job_title,
                c.mobile,
            )
            for c in session.execute(
                select(m.Contact).where(m.Contact.account_id == account_id).order_by(m.Contact.last_name)
            ).scalars()
        )
        seller, source = aliased(m.Salesperson), aliased(m.Channel)
        opportunities = tuple(
            OpportunityLine(
                o.id,
                o.title,
                o.amount,
                o.stage,
                o.probability,
                o.expected_close,
                seller_name,
                source_name,
                tuple(StageChange(h.stage, h.changed_on) for h in o.history),
                o.version,
            )
            for o, seller_name, source_name in session.execute(
                select(m.Opportunity, seller.name, source.name)
                .outerjoin(seller, seller.id == m.Opportunity.owner_id)
                .outerjoin(source, source.id == m.Opportunity.channel_id)
                .where(m.Opportunity.account_id == account_id)
                .order_by(m.Opportunity.created_on.desc())
            ).all()
        )
        person, doer = aliased(m.Contact), aliased(m.Salesperson)
        timeline = tuple(
            ActivityLine(
                a.id,
                a.kind,
                a.status,
                a.activity_date,
                f"{first} {last}".strip() if last else None,
                doer_name,
                a.notes,
                a.start_time,
            )
            for a, first, last, doer_name in session.execute(
                select(m.Activity, person.first_name, person.last_name, doer.name)
                .outerjoin(person, person.id == m.Activity.contact_id)
                .outerjoin(doer, doer.id == m.Activity.owner_id)
                .where(m.Activity.account_id == account_id)
                .order_by(m.Activity.activity_date.desc(), m.Activity.start_time.desc(), m.Activity.id.desc())
            ).all()
        )
        return AccountDetail(
            account.id,
            account.name,
            account.segment,
            account.sector,
            account.city,
            account.size,
            account.potential,
            account.referencing.value,
            owner_name,
            channel_name,
            contacts,
            opportunities,
            timeline,
            account.phone,
            account.email,
            account.version,
        )


def move_opportunity(workspace: Workspace, *, opportunity_id: int, stage: Stage, day: date) -> Changes:
    """Moves an opportunity to `stage` on `day`, recording the change in its history.

    The probability follows the stage's default; won and lost close it on that day, and
    reopening clears the closing date. Undone with its history (the stage change added).
    """
    return move_opportunities(workspace, opportunity_ids=[opportunity_id], stage=stage, day=day)


def move_opportunities(
    workspace: Workspace, *, opportunity_ids: Sequence[int], stage: Stage, day: date
) -> Changes:
    """Moves every one of these opportunities, or, one refused, none of them. The deals and their
    stage history change: a move appends a stage change to each."""
    stage = Stage(stage)  # views may hand the value over as plain text
    problems = []
    ids = tuple(opportunity_ids)
    moved = [Rows("opportunities", "id", ids), Rows("stage_changes", "opportunity_id", ids)]
    with changing(workspace, touches=moved) as change:
        # Locked in one order: two people moving overlapping selections never wait on each other.
        locked = {found: change.lock(m.Opportunity, found) for found in sorted(set(ids))}
        for opportunity_id in ids:
            opportunity = locked[opportunity_id]
            if opportunity is None:
                problems.append(Problem("opportunity", "id", f"no opportunity {opportunity_id}"))
                continue
            last = max((h.changed_on for h in opportunity.history), default=opportunity.created_on)
            if day < last:
                problems.append(
                    Problem(opportunity.title, "date", f"is before its last change ({last.isoformat()})")
                )
                continue
            if stage is opportunity.stage:
                continue
            opportunity.stage = stage
            opportunity.probability = DEFAULT_PROBABILITIES[stage]
            opportunity.closed_on = day if stage.is_closed else None
            opportunity.history.append(m.StageChange(stage=stage, changed_on=day))
        if problems:
            raise ValidationError(problems, "nothing moved")
        return change.changes()
