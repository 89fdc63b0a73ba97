"""Objectives: weighted criteria, their achievement, and the capped score."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
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


class ObjectiveRule(StrEnum):
    """The rules an objective must keep, whatever the way in (a form, a document); each break
    names a field."""

    END_BEFORE_START = "end_before_start"
    CRITERIA_COUNT = "criteria_count"
    METRIC_TWICE = "metric_twice"
    TARGET_NOT_POSITIVE = "target_not_positive"
    WEIGHT_NOT_POSITIVE = "weight_not_positive"


@dataclass(frozen=True, slots=True)
class ObjectiveBreak:
    """One rule an objective breaks: `field` is "end", "criteria", "target" or "weight";
    `index` the criterion's position (from 0) for a target or a weight; `count` the criteria
    held; `metric` the one named twice."""

    field: str
    rule: ObjectiveRule
    index: int | None = None
    count: int = 0
    metric: Metric | None = None

    @property
    def message(self) -> str:
        """In English, for files and the command line; the window translates `rule` itself."""
        return {
            ObjectiveRule.END_BEFORE_START: "is before 'start'",
            ObjectiveRule.CRITERIA_COUNT: (
                f"must hold {MIN_CRITERIA} to {MAX_CRITERIA} criteria, not {self.count}"
            ),
            ObjectiveRule.METRIC_TWICE: f"names {self.metric} {self.count} times",
            ObjectiveRule.TARGET_NOT_POSITIVE: "must be positive",
            ObjectiveRule.WEIGHT_NOT_POSITIVE: "must be positive",
        }[self.rule]


def objective_rule_breaks(
    start: date,
    end: date,
    criteria: Sequence[Criterion],
    *,
    count: int | None = None,
    named: Sequence[Metric] | None = None,
) -> list[ObjectiveBreak]:
    """Every rule an objective breaks: dates in order, 2 to 4 criteria, each metric once, positive
    targets and weights (weights need not sum to 100%: the score normalises them). Where some
    criteria could not be read whole, `count` says how many there are and `named` the metrics
    they name."""
    breaks = []
    if end < start:
        breaks.append(ObjectiveBreak("end", ObjectiveRule.END_BEFORE_START))
    held = len(criteria) if count is None else count
    if not MIN_CRITERIA <= held <= MAX_CRITERIA:
        breaks.append(ObjectiveBreak("criteria", ObjectiveRule.CRITERIA_COUNT, count=held))
    metrics = [c.metric for c in criteria] if named is None else named
    for metric, times in Counter(metrics).items():
        if times > 1:
            breaks.append(ObjectiveBreak("criteria", ObjectiveRule.METRIC_TWICE, count=times, metric=metric))
    for index, criterion in enumerate(criteria):
        if criterion.target <= 0:
            breaks.append(ObjectiveBreak("target", ObjectiveRule.TARGET_NOT_POSITIVE, index))
        if criterion.weight <= 0:
            breaks.append(ObjectiveBreak("weight", ObjectiveRule.WEIGHT_NOT_POSITIVE, index))
    return breaks


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
