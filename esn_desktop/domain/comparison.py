"""A figure against the same figure over the previous period: the one rule behind the dashboard's
tiles and the monthly review's "Change" column.

Money, counts and days move by a share of what they were: 12,040 € after 11,264 € is +6.9 %, and
33 bench days after 48.4 is −31.8 %. Rates move in points: a margin rate of 35.9 % after 48.7 % is
−12.8 points, where "−26.3 %" would read as a fall of a quarter of the rate.

With either figure missing there is nothing to compare. From zero there is no share to take (a
division by zero): the figure is new, and says so rather than show an infinite rise. A figure that
did not move did not move, even at zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class Measure(Enum):
    """How a figure's change is measured."""

    #: Money, counts, days: in a share of the previous value.
    AMOUNT = "amount"
    #: A rate (margin rate, utilization, win rate...): in points, the difference of the two rates.
    RATE = "rate"


@dataclass(frozen=True, slots=True)
class Comparison:
    """How a figure moved: up (+1), down (−1) or not at all (0), and by how much."""

    direction: int
    #: An amount's change as a share of the previous value, signed (+0.069 for +6.9 %); None for a
    #: rate, and for an amount that rose from zero.
    share: Decimal | None = None
    #: A rate's change, the difference of the two rates, signed (−0.128 for −12.8 points); None for
    #: an amount.
    points: Decimal | None = None

    @property
    def new(self) -> bool:
        """Risen from zero: no share of nothing to give. (Fallen from zero, into a loss, is not
        "new": it has no share either, and says only which way it went.)"""
        return self.direction > 0 and self.share is None and self.points is None


def compare(now: Decimal | int | None, before: Decimal | int | None, measure: Measure) -> Comparison | None:
    """`now` against `before`, the previous period's; None when either is missing."""
    if now is None or before is None:
        return None
    current, previous = Decimal(now), Decimal(before)
    difference = current - previous
    direction = (difference > 0) - (difference < 0)
    if measure is Measure.RATE:
        return Comparison(direction, points=difference)
    if not difference:
        return Comparison(0, share=Decimal(0))
    if not previous:
        return Comparison(direction)
    # Against the size of the previous value: a loss of 1,000 € after a loss of 4,000 € is a rise.
    return Comparison(direction, share=difference / abs(previous))
