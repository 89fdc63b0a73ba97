from datetime import date
from decimal import Decimal

from esn_desktop.domain.action_plans import (
    ActionProgress,
    ActionRule,
    Frequency,
    Pace,
    elapsed_share,
    month_share_of_goal,
    planned_by_kind,
    progress,
    rule_problems,
)
from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.calendar import Period, WorkingCalendar

CALENDAR = WorkingCalendar()
NOVEMBER = Period.month(2026, 11)


def test_eight_calls_a_year_per_prospect_is_two_thirds_of_a_call_a_month_each() -> None:
    rules = [
        ActionRule("A", ActivityKind.CALL, 8, Frequency.YEAR),
        ActionRule("A", ActivityKind.MEETING, 3, Frequency.YEAR),
        ActionRule("B", ActivityKind.CALL, 1, Frequency.QUARTER),
    ]
    planned = planned_by_kind(rules, {"A": 30, "B": 60})
    # 3 meetings a year on 30 accounts are 7.5 a month: the plan asks for 8.
    assert planned == {ActivityKind.CALL: 20 + 20, ActivityKind.MEETING: 8}
    # On one account, 8 calls a year are 0.67 a month: 1 call, never a fraction of one.
    assert ActionRule("A", ActivityKind.CALL, 8, Frequency.YEAR).per_month(1) == 1


def test_a_segment_without_accounts_plans_nothing() -> None:
    assert planned_by_kind([ActionRule("C", ActivityKind.CALL, 5, Frequency.MONTH)], {}) == {
        ActivityKind.CALL: 0
    }


def test_a_rule_names_its_segment_and_a_sensible_count() -> None:
    problems = rule_problems(ActionRule(" ", ActivityKind.CALL, 0, Frequency.MONTH), "rule #1")
    assert [(p.item, p.field) for p in problems] == [("rule #1", "segment"), ("rule #1", "count")]
    assert rule_problems(ActionRule("A", ActivityKind.CALL, 8, Frequency.YEAR), "rule #1") == []


def test_the_month_goes_by_in_working_days() -> None:
    # November 2026: 20 working days (Armistice Day on the 11th); the 20th closes the 14th.
    assert elapsed_share(NOVEMBER, date(2026, 11, 20), CALENDAR) == Decimal(14) / 20
    assert elapsed_share(NOVEMBER, date(2026, 10, 31), CALENDAR) == 0
    assert elapsed_share(NOVEMBER, date(2026, 12, 1), CALENDAR) == 1


def test_pace_compares_done_with_what_the_days_gone_by_call_for() -> None:
    planned = {ActivityKind.CALL: 100, ActivityKind.MEETING: 10}
    lines = progress(
        planned, {ActivityKind.CALL: 40, ActivityKind.MEETING: 7, ActivityKind.EMAIL: 3}, Decimal("0.5")
    )
    by_kind = {line.kind: line for line in lines}
    assert by_kind[ActivityKind.CALL].due_by_now == 50
    assert by_kind[ActivityKind.CALL].pace is Pace.ON_TRACK  # 40 of 50 due: within 80 %
    assert by_kind[ActivityKind.MEETING].pace is Pace.AHEAD
    assert by_kind[ActivityKind.EMAIL].planned == 0  # done without a plan still shows
    assert ActionProgress(ActivityKind.CALL, 100, 30, 50).pace is Pace.BEHIND
    assert [line.kind for line in lines] == [ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.MEETING]
    # 5 meetings after 14 of 20 working days: 3.5 due, rounded up like every target.
    assert progress({ActivityKind.MEETING: 5}, {}, Decimal(14) / 20)[0].due_by_now == 4


def test_a_month_carries_its_share_of_a_quarter_goal_in_working_days() -> None:
    # Q4 2026: 22 + 20 + 22 = 64 working days; November's 20 carry 20/64 of 120,000 euros.
    quarter = Period.quarter(2026, 4)
    assert month_share_of_goal(Decimal(120000), quarter, NOVEMBER, CALENDAR) == Decimal("37500.00")
    assert month_share_of_goal(Decimal(120000), quarter, Period.month(2027, 1), CALENDAR) == 0
