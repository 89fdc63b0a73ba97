"""Prospecting channels: their costs over time and the cost per lead."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.money import ZERO, ratio


@dataclass(frozen=True, slots=True)
class ChannelCost:
    """Money spent on a channel over a span of calendar days."""

    span: Period
    amount: Decimal


def cost_in_period(costs: Iterable[ChannelCost], period: Period) -> Decimal:
    """A channel's cost in the period; a cost line that straddles it counts pro rata of calendar days."""
    total = ZERO
    for cost in costs:
        overlap = cost.span.intersection(period)
        if overlap is not None:
            total += cost.amount * overlap.calendar_days / cost.span.calendar_days
    return total


def cost_per_lead(cost: Decimal, leads: int) -> Decimal | None:
    return ratio(cost, Decimal(leads))
