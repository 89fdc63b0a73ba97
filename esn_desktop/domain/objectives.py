"""Objectives: weighted criteria, their achievement, and the capped score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.money import ZERO, ratio

DEFAULT_ACHIEVEMENT_CAP = Decimal("1.5")
MIN_CRITERIA, MAX_CRITERIA = 2, 4


class Metric(StrEnum):
    """What a criterion measures. Output metrics first, then input (activity) metrics."""

    SIGNED_REVENUE = "signed_revenue"
    MARGIN = "margin"
    NEW_CLIENTS = "new_clients"
    QUALIFIED_LEADS = "qualified_leads"
    CALLS = "calls"
    MEETINGS = "meetings"
    PROPOSALS = "proposals"

    @property
    def is_money(self) -> bool:
        return self in (Metric.SIGNED_REVENUE, Metric.MARGIN)


#: Input metrics that count done activities of one kind.
ACTIVITY_METRICS: dict[Metric, ActivityKind] = {
    Metric.CALLS: ActivityKind.CALL,
    Metric.MEETINGS: ActivityKind.MEETING,
    Metric.PROPOSALS: ActivityKind.PROPOSAL,
}
METRIC_OF_ACTIVITY: dict[ActivityKind, Metric] = {kind: metric for metric, kind in ACTIVITY_METRICS.items()}


@dataclass(frozen=True, slots=True)
class Criterion:
    metric: Metric
    target: Decimal
    weight: Decimal


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion: Criterion
    actual: Decimal

    @property
    def achievement(self) -> Decimal | None:
        return achievement(self.actual, self.criterion.target)


@dataclass(frozen=True, slots=True)
class ObjectiveResult:
    criteria: tuple[CriterionResult, ...]
    score: Decimal

    @property
    def reached(self) -> bool:
        return self.score >= 1


def achievement(actual: Decimal, target: Decimal) -> Decimal | None:
    """Actual / target."""
    return ratio(actual, target)


def score(results: Sequence[CriterionResult], cap: Decimal = DEFAULT_ACHIEVEMENT_CAP) -> ObjectiveResult:
    """Weighted sum of achievements, weights normalised to 1, each achievement capped.

    The cap keeps one over-achieved criterion from hiding the others.
    """
    total_weight = sum((r.criterion.weight for r in results), ZERO)
    weighted = ZERO
    for result in results:
        reached = result.achievement or ZERO
        weighted += result.criterion.weight * min(reached, cap)
    return ObjectiveResult(criteria=tuple(results), score=ratio(weighted, total_weight) or ZERO)


def reaching_share(results: Sequence[ObjectiveResult]) -> Decimal | None:
    """Share of objectives whose score reaches 100% (healthy: 70 to 80% of the team)."""
    return ratio(Decimal(sum(r.reached for r in results)), Decimal(len(results)))
