"""A workspace's content as plain records that refer to each other by name.

Every way in and out (the JSON and XLSX document, CSV lists, the demo, the export) goes
through these, so that the rules of what a valid workspace holds live in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal

from esn_desktop.domain.action_plans import ActionRule
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import HolidayRegion
from esn_desktop.domain.objectives import Metric
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.settings import WorkspaceSettings
from esn_desktop.domain.staffing import MissionStatus


@dataclass(frozen=True, slots=True)
class SalespersonRecord:
    name: str
    email: str | None = None


@dataclass(frozen=True, slots=True)
class CostLine:
    start: date
    end: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ChannelRecord:
    name: str
    costs: tuple[CostLine, ...] = ()


@dataclass(frozen=True, slots=True)
class AccountRecord:
    name: str
    segment: str | None = None
    sector: str | None = None
    referencing: str = "not_referenced"
    channel: str | None = None
    owner: str | None = None
    city: str | None = None
    #: Head count as written out by `domain.headcount` ("11-50", "501+", "250").
    size: str | None = None
    potential: Decimal | None = None
    #: The company's own switchboard and generic mailbox (accueil@...), never a person's.
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class ContactRecord:
    account: str
    first_name: str
    last_name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    job_title: str | None = None
    mobile: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class HistoryLine:
    stage: Stage
    date: date


@dataclass(frozen=True, slots=True)
class OpportunityRecord:
    account: str
    title: str
    amount: Decimal
    stage: Stage
    probability: Decimal
    created: date
    expected_close: date | None = None
    owner: str | None = None
    channel: str | None = None
    closed: date | None = None
    history: tuple[HistoryLine, ...] = ()


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    kind: ActivityKind
    status: ActivityStatus
    date: date
    account: str | None = None
    contact: str | None = None
    owner: str | None = None
    opportunity: str | None = None
    notes: str | None = None
    #: When it starts, in French (Europe/Paris) wall-clock time; None for some time that day.
    time: time | None = None
    #: A no-show rescheduled outside the app (agreed by phone) that day: out of the queue.
    rescheduled: dt.date | None = None  # `date` here is the field above


@dataclass(frozen=True, slots=True)
class ConsultantRecord:
    name: str
    start: date
    daily_cost: Decimal | None = None
    annual_salary: Decimal | None = None
    target_rate: Decimal | None = None
    end: date | None = None
    skills: tuple[str, ...] = ()
    seniority: str | None = None


@dataclass(frozen=True, slots=True)
class LeaveRecord:
    consultant: str
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class MissionRecord:
    account: str
    consultant: str
    daily_rate: Decimal
    start: date
    end: date | None
    time_ratio: Decimal = Decimal(1)
    unbilled_days: int = 0
    status: MissionStatus = MissionStatus.ONGOING


@dataclass(frozen=True, slots=True)
class CriterionLine:
    metric: Metric
    target: Decimal
    weight: Decimal


@dataclass(frozen=True, slots=True)
class ObjectiveRecord:
    salesperson: str | None
    start: date
    end: date
    criteria: tuple[CriterionLine, ...]


@dataclass(frozen=True, slots=True)
class TargetLine:
    account: str


@dataclass(frozen=True, slots=True)
class PushLine:
    account: str
    opportunity: str
    next_step: str = ""
    due: date | None = None


@dataclass(frozen=True, slots=True)
class ActionPlanRecord:
    """A salesperson's plan for the month starting on `month`."""

    salesperson: str
    month: date
    revenue_goal: Decimal | None = None
    notes: str = ""
    targets: tuple[TargetLine, ...] = ()
    rules: tuple[ActionRule, ...] = ()
    pushes: tuple[PushLine, ...] = ()


@dataclass(slots=True)
class WorkspaceContent:
    """A whole workspace, or the part of one that an import adds."""

    settings: WorkspaceSettings | None = None
    salespeople: list[SalespersonRecord] = field(default_factory=list)
    channels: list[ChannelRecord] = field(default_factory=list)
    accounts: list[AccountRecord] = field(default_factory=list)
    contacts: list[ContactRecord] = field(default_factory=list)
    opportunities: list[OpportunityRecord] = field(default_factory=list)
    activities: list[ActivityRecord] = field(default_factory=list)
    consultants: list[ConsultantRecord] = field(default_factory=list)
    leaves: list[LeaveRecord] = field(default_factory=list)
    missions: list[MissionRecord] = field(default_factory=list)
    objectives: list[ObjectiveRecord] = field(default_factory=list)
    action_plans: list[ActionPlanRecord] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in LISTS}


#: The lists of the interchange document, in the order they can be written.
LISTS: tuple[str, ...] = (
    "salespeople",
    "channels",
    "accounts",
    "contacts",
    "opportunities",
    "activities",
    "consultants",
    "leaves",
    "missions",
    "objectives",
    "action_plans",
)


@dataclass(slots=True)
class KnownNames:
    """Names already in the workspace an import goes into: items may refer to them, not repeat them."""

    salespeople: set[str] = field(default_factory=set)
    channels: set[str] = field(default_factory=set)
    accounts: set[str] = field(default_factory=set)
    consultants: set[str] = field(default_factory=set)
    contacts: set[tuple[str, str]] = field(default_factory=set)
    opportunities: set[tuple[str, str]] = field(default_factory=set)
    #: (salesperson, first day of the month, ISO) of the plans already saved.
    action_plans: set[tuple[str, str]] = field(default_factory=set)
    #: (salesperson, or "" for the whole team; start ISO; end ISO) of the objectives already set:
    #: the window refuses a second one over the same dates, and so does an import.
    objectives: set[tuple[str, str, str]] = field(default_factory=set)
    region: HolidayRegion = HolidayRegion.METROPOLE

    @property
    def empty(self) -> bool:
        return not (self.salespeople or self.channels or self.accounts or self.consultants)
