"""Opportunities: stages, weighted pipeline, win rate and conversion from the stage history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from esn_desktop.domain.money import ZERO, ratio


class Stage(StrEnum):
    """Stages in order; `won` and `lost` close an opportunity."""

    LEAD = "lead"
    QUALIFIED = "qualified"
    MEETING = "meeting"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"

    @property
    def is_closed(self) -> bool:
        return self in (Stage.WON, Stage.LOST)

    @property
    def rank(self) -> int:
        """Position on the road to `won`; `lost` is off the road and ranks below `lead`."""
        return _RANKS[self]


#: The road from first contact to signature, in order.
FUNNEL_STAGES: tuple[Stage, ...] = (
    Stage.LEAD,
    Stage.QUALIFIED,
    Stage.MEETING,
    Stage.PROPOSAL,
    Stage.NEGOTIATION,
    Stage.WON,
)

# Looked up, not searched: funnels rank tens of thousands of opportunities.
_RANKS: dict[Stage, int] = {Stage.LOST: -1, **{stage: rank for rank, stage in enumerate(FUNNEL_STAGES)}}

DEFAULT_PROBABILITIES: dict[Stage, Decimal] = {
    Stage.LEAD: Decimal("0.05"),
    Stage.QUALIFIED: Decimal("0.2"),
    Stage.MEETING: Decimal("0.3"),
    Stage.PROPOSAL: Decimal("0.4"),
    Stage.NEGOTIATION: Decimal("0.7"),
    Stage.WON: Decimal(1),
    Stage.LOST: Decimal(0),
}


@dataclass(frozen=True, slots=True)
class StageChange:
    stage: Stage
    day: date


def weighted_amount(amount: Decimal, probability: Decimal) -> Decimal:
    """What a deal is worth once its chance of signing is counted: amount x probability, exact.

    The one rule for a weighted amount; SQL sums do the same through `store.types.stored_weighted`.
    """
    return amount * probability


def weighted_pipeline(lines: Iterable[tuple[Decimal, Decimal]]) -> Decimal:
    """Sum of the weighted amounts over (amount, probability) lines of open opportunities.

    A line may stand for one opportunity or for all those sharing a probability.
    """
    return sum((weighted_amount(amount, probability) for amount, probability in lines), ZERO)


def win_rate(*, won: int, lost: int) -> Decimal | None:
    """Won / (won + lost) over opportunities closed in a period."""
    return ratio(Decimal(won), Decimal(won + lost))


def furthest_stage(history: Sequence[StageChange]) -> Stage:
    """The furthest stage on the road to `won` an opportunity ever reached (lost is not one)."""
    ranked = [change.stage for change in history if change.stage is not Stage.LOST]
    return max(ranked, key=lambda stage: stage.rank, default=Stage.LEAD)


def reached_on(history: Sequence[StageChange], stage: Stage) -> date | None:
    """The day an opportunity first reached `stage` or any later one (skipping counts as passing)."""
    days = [c.day for c in history if c.stage is not Stage.LOST and c.stage.rank >= stage.rank]
    return min(days, default=None)


def reach_rate(
    furthest: Iterable[Stage] | Mapping[Stage, int], *, source: Stage, target: Stage
) -> Decimal | None:
    """Of the opportunities that reached `source`, the share that went on to reach `target`.

    `furthest` is each opportunity's furthest stage, or how many opportunities stopped at each.
    """
    counts = furthest if isinstance(furthest, Mapping) else Counter(furthest)
    reached_source = sum(n for stage, n in counts.items() if stage.rank >= source.rank)
    reached_target = sum(n for stage, n in counts.items() if stage.rank >= target.rank)
    return ratio(Decimal(reached_target), Decimal(reached_source))


def stage_conversion(furthest: Iterable[Stage] | Mapping[Stage, int]) -> dict[Stage, Decimal | None]:
    """For each open stage S, of the opportunities that reached S, the share that reached a later one."""
    counts = furthest if isinstance(furthest, Mapping) else Counter(furthest)
    return {
        stage: reach_rate(counts, source=stage, target=FUNNEL_STAGES[index + 1])
        for index, stage in enumerate(FUNNEL_STAGES[:-1])
    }


def cycle_days(history: Sequence[StageChange]) -> int | None:
    """Days from the first recorded stage to the closing one, for a closed opportunity."""
    if not history or not history[-1].stage.is_closed:
        return None
    return (history[-1].day - history[0].day).days
