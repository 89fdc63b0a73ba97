from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.staffing import (
    Absences,
    CostSettings,
    MissionStatus,
    MissionTerms,
    available_days,
    bench_days,
    billed_days,
    cjm_from_salary,
    daily_cost,
    mission_figures,
    mission_status_on,
    utilization,
    worked_days,
)

CAL = WorkingCalendar()
NOV = Period.month(2026, 11)
NO_LEAVE = Absences([])


def twenty_day_mission(unbilled: int) -> MissionTerms:
    # 2 to 27 March 2026 holds exactly 20 working days.
    return MissionTerms(
        start=date(2026, 3, 2), end=date(2026, 3, 27), daily_rate=Decimal(550), unbilled_days=unbilled
    )


def test_worked_example_mission_margin() -> None:
    figures = mission_figures(
        twenty_day_mission(0),
        period=Period.month(2026, 3),
        daily_cost=Decimal(380),
        absences=NO_LEAVE,
        calendar=CAL,
    )
    assert figures.worked_days == 20
    assert figures.revenue == Decimal(11000)
    assert figures.cost == Decimal(7600)
    assert figures.margin == Decimal(3400)
    assert round(figures.margin_rate, 3) == Decimal("0.309")
    assert not figures.below_cost


def test_worked_example_mission_with_five_unbilled_days() -> None:
    figures = mission_figures(
        twenty_day_mission(5),
        period=Period.month(2026, 3),
        daily_cost=Decimal(380),
        absences=NO_LEAVE,
        calendar=CAL,
    )
    assert figures.billed_days == 15
    assert figures.revenue == Decimal(8250)
    assert figures.cost == Decimal(7600)
    assert figures.margin == Decimal(650)


def test_below_cost_mission_is_flagged() -> None:
    figures = mission_figures(
        twenty_day_mission(0),
        period=Period.month(2026, 3),
        daily_cost=Decimal(600),
        absences=NO_LEAVE,
        calendar=CAL,
    )
    assert figures.below_cost
    assert figures.margin == Decimal(-1000)


def test_unbilled_days_are_the_first_worked_days_and_skip_leave() -> None:
    terms = MissionTerms(date(2026, 11, 16), date(2027, 5, 14), Decimal(600), unbilled_days=3)
    leave = Absences([Period(date(2026, 11, 23), date(2026, 11, 27))])
    assert worked_days(terms, NOV, leave, CAL) == 6
    assert billed_days(terms, NOV, leave, CAL) == 3
    # The unbilled days were all spent in November: December is billed in full.
    december = Period.month(2026, 12)
    assert billed_days(terms, december, leave, CAL) == worked_days(terms, december, leave, CAL)


def test_unbilled_days_spill_into_the_next_period() -> None:
    terms = MissionTerms(date(2026, 11, 26), None, Decimal(500), unbilled_days=5)
    assert worked_days(terms, NOV, NO_LEAVE, CAL) == 3  # 26, 27, 30 November
    assert billed_days(terms, NOV, NO_LEAVE, CAL) == 0
    assert billed_days(terms, Period.month(2026, 12), NO_LEAVE, CAL) == 22 - 2


def test_part_time_gives_fractional_days() -> None:
    terms = MissionTerms(date(2026, 9, 1), date(2026, 12, 31), Decimal(640), Decimal("0.8"))
    assert worked_days(terms, NOV, NO_LEAVE, CAL) == Decimal("16.0")


def test_cjm_from_salary_uses_workspace_settings() -> None:
    settings = CostSettings(Decimal("0.45"), Decimal(2000), Decimal(218))
    assert cjm_from_salary(Decimal(48000), settings) == Decimal(71600) / 218
    assert daily_cost(typed_cost=Decimal(410), annual_salary=Decimal(48000), settings=settings) == 410
    with pytest.raises(ValueError):
        daily_cost(typed_cost=None, annual_salary=None, settings=settings)


def test_available_days_follow_employment_and_leave() -> None:
    employment = Period(date(2026, 11, 9), date(9999, 12, 31))
    leave = Absences(
        [Period(date(2026, 11, 20), date(2026, 11, 24)), Period(date(2026, 11, 23), date(2026, 11, 23))]
    )
    # 9..30 November: 15 working days; leave takes the 20th, 23rd and 24th (overlaps merged).
    assert available_days(employment=employment, period=NOV, absences=leave, calendar=CAL) == 12


def test_utilization_and_bench() -> None:
    assert utilization(Decimal(22), Decimal(55)) == Decimal("0.4")
    assert bench_days(Decimal(22), Decimal(55)) == 33
    assert utilization(Decimal(0), Decimal(0)) is None


def test_mission_rules_name_each_broken_field() -> None:
    from esn_desktop.domain.staffing import MissionRule, mission_rule_breaks

    good = twenty_day_mission(5)
    assert mission_rule_breaks(good, CAL) == []
    bad = MissionTerms(date(2026, 3, 27), date(2026, 3, 2), Decimal(0), Decimal("1.2"), -1)
    assert [(b.field, b.rule) for b in mission_rule_breaks(bad, CAL)] == [
        ("end", MissionRule.END_BEFORE_START),
        ("daily_rate", MissionRule.RATE_NOT_POSITIVE),
        ("time_ratio", MissionRule.RATIO_OUT_OF_RANGE),
        ("unbilled_days", MissionRule.UNBILLED_NEGATIVE),
    ]
    too_many = mission_rule_breaks(twenty_day_mission(21), CAL)
    assert [(b.field, b.limit, b.message) for b in too_many] == [
        ("unbilled_days", 20, "is more than the mission's 20 working days")
    ]


def test_a_missions_status_on_a_day_follows_its_dates_both_ends_included() -> None:
    # A mission from 2 December 2026 to 2 March 2027, saved as "planned" the morning it starts.
    start, end = date(2026, 12, 2), date(2027, 3, 2)
    planned, ongoing, ended = MissionStatus.PLANNED, MissionStatus.ONGOING, MissionStatus.ENDED
    assert mission_status_on(planned, start, end, date(2026, 12, 1)) is planned
    assert mission_status_on(planned, start, end, start) is ongoing  # starting today: at the client today
    assert mission_status_on(ended, start, end, end) is ongoing  # its last day is still worked
    assert mission_status_on(ongoing, start, end, date(2027, 3, 3)) is ended
    assert mission_status_on(planned, start, None, date(2040, 1, 1)) is ongoing  # open-ended
    # A cancellation is a decision: whatever the dates.
    assert mission_status_on(MissionStatus.CANCELLED, start, end, start) is MissionStatus.CANCELLED
