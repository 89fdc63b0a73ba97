from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.funnel import FunnelRates, reverse_funnel
from esn_desktop.domain.objectives import (
    Criterion,
    CriterionResult,
    Metric,
    ObjectiveRule,
    objective_rule_breaks,
    reaching_share,
    score,
)


def test_worked_example_objective_score_not_reached() -> None:
    results = [
        CriterionResult(Criterion(Metric.SIGNED_REVENUE, Decimal(100), Decimal("0.6")), Decimal(110)),
        CriterionResult(Criterion(Metric.MEETINGS, Decimal(10), Decimal("0.4")), Decimal(8)),
    ]
    result = score(results)
    assert result.score == Decimal("0.98")
    assert not result.reached


def test_weights_are_normalised_and_achievement_capped() -> None:
    results = [
        CriterionResult(Criterion(Metric.SIGNED_REVENUE, Decimal(100), Decimal(3)), Decimal(400)),
        CriterionResult(Criterion(Metric.CALLS, Decimal(10), Decimal(1)), Decimal(0)),
    ]
    assert results[0].achievement == 4
    assert score(results).score == Decimal("1.125")  # 3/4 x 1.5 (capped) + 1/4 x 0
    assert score(results, cap=Decimal(2)).score == Decimal("1.5")


def test_team_reaching_share() -> None:
    reached = score([CriterionResult(Criterion(Metric.CALLS, Decimal(1), Decimal(1)), Decimal(1))])
    missed = score([CriterionResult(Criterion(Metric.CALLS, Decimal(2), Decimal(1)), Decimal(1))])
    assert reaching_share([reached, missed, missed, reached]) == Decimal("0.5")
    assert reaching_share([]) is None


def test_worked_example_reverse_funnel() -> None:
    funnel = reverse_funnel(
        goal=Decimal(500000),
        average_deal=Decimal(100000),
        rates=FunnelRates.assumed(
            proposal_to_win=Decimal("0.25"),
            meeting_to_proposal=Decimal("0.4"),
            qualified_to_meeting=Decimal("0.3"),
            call_to_qualified=Decimal("0.1"),
        ),
        period=Period.year(2026),
        calendar=WorkingCalendar(),
    )
    assert funnel.step("wins").rounded == 5
    assert funnel.step("proposals").rounded == 20
    assert funnel.step("meetings").rounded == 50
    assert funnel.step("qualified_leads").rounded == 167
    assert funnel.step("calls").rounded == 1667
    assert funnel.per_month("proposals") == Decimal(20) / 12
    assert funnel.weeks == Decimal("50.4")  # 252 working days in 2026
    assert not funnel.rates.from_history


def test_reverse_funnel_refuses_a_zero_rate() -> None:
    with pytest.raises(ValueError, match="proposal_to_win"):
        reverse_funnel(
            goal=Decimal(1),
            average_deal=Decimal(1),
            rates=FunnelRates.assumed(proposal_to_win=Decimal(0)),
            period=Period(date(2026, 1, 1), date(2026, 1, 31)),
            calendar=WorkingCalendar(),
        )


def test_objective_rules_shared_by_the_form_and_the_importer() -> None:
    revenue = Criterion(Metric.SIGNED_REVENUE, Decimal(500000), Decimal("0.6"))
    meetings = Criterion(Metric.MEETINGS, Decimal(40), Decimal("0.4"))
    q1 = (date(2027, 1, 1), date(2027, 3, 31))
    assert objective_rule_breaks(*q1, [revenue, meetings]) == []
    # Weights need not add up to 1: 3 and 1 are 75% and 25%.
    assert objective_rule_breaks(*q1, [revenue, Criterion(Metric.CALLS, Decimal(90), Decimal(3))]) == []
    assert [(b.field, b.rule) for b in objective_rule_breaks(*q1, [revenue])] == [
        ("criteria", ObjectiveRule.CRITERIA_COUNT)
    ]
    broken = objective_rule_breaks(
        date(2027, 3, 31),
        date(2027, 1, 1),
        [revenue, Criterion(Metric.SIGNED_REVENUE, Decimal(0), Decimal(0))],
    )
    assert [(b.field, b.index, b.message) for b in broken] == [
        ("end", None, "is before 'start'"),
        ("criteria", None, "names signed_revenue 2 times"),
        ("target", 1, "must be positive"),
        ("weight", 1, "must be positive"),
    ]
    # A criterion that could not be read whole still counts, and still names its metric.
    named = objective_rule_breaks(
        *q1, [revenue], count=2, named=[Metric.SIGNED_REVENUE, Metric.SIGNED_REVENUE]
    )
    assert [b.message for b in named] == ["names signed_revenue 2 times"]
