"""The monthly action plan (PAM): how many actions of each kind a salesperson plans on a segment,
how far the month has got, and the share of a longer objective's revenue goal a month carries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.cadence import whole_actions
from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.errors import Problem
from esn_desktop.domain.money import ZERO, ratio, round_cents

NOTES_MAX = 20_000
NEXT_STEP_MAX = 300
#: A rule asking for more actions than this per prospect is a typing slip, not a plan.
COUNT_MAX = 1_000


class Frequency(StrEnum):
    """How often a rule's number of actions recurs for each prospect."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def months(self) -> int:
        return {"month": 1, "quarter": 3, "year": 12}[self.value]


class Pace(StrEnum):
    """Done against what the days gone by of the month call for."""

    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"


#: Below this share of the actions due by today, a kind of action is behind.
BEHIND_BELOW = Decimal("0.8")


@dataclass(frozen=True, slots=True)
class ActionRule:
    """For example 8 calls a year for each prospect of segment A."""

    segment: str
    kind: ActivityKind
    count: int
    per: Frequency

    def per_month(self, prospects: int) -> int:
        """Whole actions this rule plans in one month over `prospects` accounts of its segment:
        8 calls a year on 30 accounts are 20 a month; on one account, 1 a month (rounded up)."""
        return whole_actions(Decimal(prospects * self.count) / self.per.months)


def rule_problems(rule: ActionRule, where: str) -> list[Problem]:
    problems = []
    if not rule.segment.strip():
        problems.append(Problem(where, "segment", "must name a segment"))
    if not 0 < rule.count <= COUNT_MAX:
        problems.append(Problem(where, "count", f"must be between 1 and {COUNT_MAX}, not {rule.count}"))
    return problems


def planned_by_kind(rules: Iterable[ActionRule], prospects: Mapping[str, int]) -> dict[ActivityKind, int]:
    """Actions planned in the month, by kind, summed over the segments' rules (each whole, so
    that a kind's total is the sum of the rules' lines the plan shows)."""
    planned: dict[ActivityKind, int] = {}
    for rule in rules:
        planned[rule.kind] = planned.get(rule.kind, 0) + rule.per_month(prospects.get(rule.segment, 0))
    return planned


def elapsed_share(month: Period, today: date, calendar: WorkingCalendar) -> Decimal:
    """Share of the month's working days gone by at the end of `today` (0 before, 1 after)."""
    if today < month.start:
        return ZERO
    if today >= month.end:
        return Decimal(1)
    return ratio(Decimal(calendar.count(Period(month.start, today))), Decimal(calendar.count(month))) or ZERO


@dataclass(frozen=True, slots=True)
class ActionProgress:
    """One kind of action over the month: planned, done so far, and due by now, all whole."""

    kind: ActivityKind
    planned: int
    done: int
    due_by_now: int

    @property
    def pace(self) -> Pace:
        if self.done >= self.planned or (self.due_by_now > 0 and self.done > self.due_by_now):
            return Pace.AHEAD
        if self.done >= self.due_by_now * BEHIND_BELOW:
            return Pace.ON_TRACK
        return Pace.BEHIND

    @property
    def achievement(self) -> Decimal | None:
        return ratio(Decimal(self.done), Decimal(self.planned))


def progress(
    planned: Mapping[ActivityKind, int], done: Mapping[ActivityKind, int], elapsed: Decimal
) -> list[ActionProgress]:
    """Every kind planned or done, in the order of ActivityKind; what is due by now is rounded
    up like every target (a 20-call month is 7 calls due after a third of it, not 6.7)."""
    return [
        ActionProgress(
            kind,
            planned.get(kind, 0),
            done.get(kind, 0),
            whole_actions(planned.get(kind, 0) * elapsed),
        )
        for kind in ActivityKind
        if kind in planned or done.get(kind, 0)
    ]


def month_share_of_goal(
    target: Decimal, objective: Period, month: Period, calendar: WorkingCalendar
) -> Decimal:
    """The part of an objective's revenue target that falls to one month, pro rata of working
    days: a quarter's 300,000 € gives 100,000 € to a month of a third of its working days."""
    overlap = objective.intersection(month)
    if overlap is None:
        return ZERO
    share = ratio(Decimal(calendar.count(overlap)), Decimal(calendar.count(objective)))
    return round_cents(target * share) if share is not None else ZERO
