"""Whole actions: a plan asks for 4 meetings, never 3.8, and for one call every 5 weeks rather
than 0.2 a week. The one place where a need in actions becomes a number a person can do."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

#: Divisions leave dust (7.5 x 0.4 = 3.0000000001): below this, a need is a whole number.
_DUST = Decimal("1e-9")


def whole_actions(needed: Decimal) -> int:
    """Actions to plan for a need, rounded up so that the plan never asks for less than the goal
    needs: 3.8 meetings are 4, 0.67 call is 1, 20 calls are 20."""
    return max(math.ceil(needed - _DUST), 0)


@dataclass(frozen=True, slots=True)
class Rhythm:
    """How often to act: `count` actions every `weeks` weeks (1 a week, 63 a week, 1 every 4)."""

    count: int
    weeks: int = 1


def weekly_rhythm(actions: int, weeks: Decimal) -> Rhythm:
    """The rhythm that gets `actions` done within `weeks` weeks, never fewer: from one a week up,
    so many a week (rounded up: 250 calls in 4 weeks are 63 a week); below, one every so many
    weeks (rounded down: 1 win in 4.2 weeks is 1 every 4 weeks, 3 in 4 weeks are 1 a week)."""
    return Rhythm(*_spread(actions, weeks))


@dataclass(frozen=True, slots=True)
class MonthlyRhythm:
    """`count` actions every `months` months (21 a month, 1 every 3 months)."""

    count: int
    months: int = 1


def monthly_rhythm(actions: int, months: Decimal) -> MonthlyRhythm:
    """The weekly rule counted in months: 12 proposals in 12 months are 1 a month, 4 wins are
    1 every 3 months, 250 calls in 12 months are 21 a month."""
    return MonthlyRhythm(*_spread(actions, months))


def _spread(actions: int, spans: Decimal) -> tuple[int, int]:
    """(count, every): `count` actions every `every` spans, never fewer than `actions` in all."""
    if actions <= 0 or spans <= 0:
        return 0, 1
    if actions >= spans:
        return whole_actions(actions / spans), 1
    return 1, max(int(spans / actions), 1)
