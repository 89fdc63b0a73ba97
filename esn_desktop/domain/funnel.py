"""The reverse funnel: from a revenue goal down to the activities that produce it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from esn_desktop.domain.cadence import whole_actions
from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.money import ratio

WORKING_DAYS_PER_WEEK = 5


class Source(StrEnum):
    """Where a conversion rate comes from."""

    HISTORY = "history"
    ASSUMPTION = "assumption"


@dataclass(frozen=True, slots=True)
class Rate:
    value: Decimal
    source: Source = Source.ASSUMPTION


@dataclass(frozen=True, slots=True)
class FunnelRates:
    """The conversions the funnel climbs down through."""

    proposal_to_win: Rate
    meeting_to_proposal: Rate
    qualified_to_meeting: Rate
    #: Qualified leads found per call made (calls needed = leads / this rate).
    call_to_qualified: Rate

    @classmethod
    def assumed(
        cls,
        proposal_to_win: Decimal = Decimal("0.25"),
        meeting_to_proposal: Decimal = Decimal("0.4"),
        qualified_to_meeting: Decimal = Decimal("0.3"),
        call_to_qualified: Decimal = Decimal("0.1"),
    ) -> FunnelRates:
        return cls(
            Rate(proposal_to_win),
            Rate(meeting_to_proposal),
            Rate(qualified_to_meeting),
            Rate(call_to_qualified),
        )

    @property
    def from_history(self) -> bool:
        return all(
            rate.source is Source.HISTORY
            for rate in (
                self.proposal_to_win,
                self.meeting_to_proposal,
                self.qualified_to_meeting,
                self.call_to_qualified,
            )
        )


@dataclass(frozen=True, slots=True)
class FunnelStep:
    name: str
    needed: Decimal

    @property
    def rounded(self) -> int:
        """Whole actions to plan: never plan fewer than needed."""
        return whole_actions(self.needed)


@dataclass(frozen=True, slots=True)
class ReverseFunnel:
    goal: Decimal
    average_deal: Decimal
    rates: FunnelRates
    steps: tuple[FunnelStep, ...]
    months: Decimal
    weeks: Decimal

    def step(self, name: str) -> FunnelStep:
        return next(step for step in self.steps if step.name == name)

    def per_month(self, name: str) -> Decimal | None:
        return ratio(self.step(name).needed, self.months)

    def per_week(self, name: str) -> Decimal | None:
        return ratio(self.step(name).needed, self.weeks)


def reverse_funnel(
    *,
    goal: Decimal,
    average_deal: Decimal,
    rates: FunnelRates,
    period: Period,
    calendar: WorkingCalendar,
) -> ReverseFunnel:
    """How many wins, proposals, meetings, qualified leads and calls the goal needs."""
    if average_deal <= 0:
        raise ValueError("the average deal size must be positive")
    for name in ("proposal_to_win", "meeting_to_proposal", "qualified_to_meeting", "call_to_qualified"):
        if getattr(rates, name).value <= 0:
            raise ValueError(f"{name} must be a positive rate")
    wins = goal / average_deal
    proposals = wins / rates.proposal_to_win.value
    meetings = proposals / rates.meeting_to_proposal.value
    leads = meetings / rates.qualified_to_meeting.value
    calls = leads / rates.call_to_qualified.value
    months = Decimal(sum(1 for _ in period.months()))
    weeks = Decimal(calendar.count(period)) / WORKING_DAYS_PER_WEEK
    return ReverseFunnel(
        goal=goal,
        average_deal=average_deal,
        rates=rates,
        steps=(
            FunnelStep("wins", wins),
            FunnelStep("proposals", proposals),
            FunnelStep("meetings", meetings),
            FunnelStep("qualified_leads", leads),
            FunnelStep("calls", calls),
        ),
        months=months,
        weeks=weeks,
    )
