from datetime import date, timedelta

import pytest

from esn_desktop.domain.calendar import (
    HolidayRegion,
    Period,
    WorkingCalendar,
    last_complete_month,
    quarter_number,
)


@pytest.mark.parametrize(("year", "expected"), [(2025, 251), (2026, 252), (2027, 254)])
def test_working_days_per_year_in_metropolitan_france(year: int, expected: int) -> None:
    assert WorkingCalendar().count(Period.year(year)) == expected


def test_alsace_moselle_adds_good_friday_and_saint_stephen() -> None:
    metropole = WorkingCalendar(HolidayRegion.METROPOLE)
    alsace = WorkingCalendar(HolidayRegion.ALSACE_MOSELLE)
    assert metropole.is_working_day(date(2026, 4, 3))
    assert not alsace.is_working_day(date(2026, 4, 3))  # Good Friday
    assert alsace.count(Period.year(2026)) == 251  # 26 December 2026 is a Saturday
    assert alsace.count(Period.year(2025)) == 249  # 26 December 2025 is a Friday


def test_november_2026_has_twenty_working_days_with_armistice() -> None:
    calendar = WorkingCalendar()
    assert not calendar.is_working_day(date(2026, 11, 11))
    assert calendar.count(Period.month(2026, 11)) == 20


def test_count_across_years_matches_day_by_day() -> None:
    calendar = WorkingCalendar()
    period = Period(date(2025, 12, 15), date(2026, 1, 20))
    days = [period.start + timedelta(days=n) for n in range(period.calendar_days)]
    assert calendar.count(period) == sum(calendar.is_working_day(day) for day in days)


def test_previous_period_keeps_the_shape() -> None:
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.quarter(2026, 2).previous() == Period.quarter(2026, 1)
    assert Period.year(2026).previous() == Period.year(2025)
    custom = Period(date(2026, 3, 10), date(2026, 3, 19))
    assert custom.previous() == Period(date(2026, 2, 28), date(2026, 3, 9))


def test_a_shifted_month_crosses_year_ends_both_ways() -> None:
    assert Period.month(2026, 12).shifted(1) == Period.month(2027, 1)
    assert Period.month(2026, 1).shifted(-1) == Period.month(2025, 12)
    assert Period.month(2026, 11).shifted(14) == Period.month(2028, 1)
    assert Period.month(2026, 3).shifted(-27) == Period.month(2023, 12)
    assert Period.month(2026, 5).shifted(0) == Period.month(2026, 5)


def test_a_shifted_month_stays_a_whole_month_whatever_its_length() -> None:
    # 31 days to 28, 29 and 30: the end follows the month, never the day count.
    assert Period.month(2026, 1).shifted(1) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert Period.month(2028, 1).shifted(1) == Period(date(2028, 2, 1), date(2028, 2, 29))
    assert Period.month(2026, 3).shifted(1) == Period(date(2026, 4, 1), date(2026, 4, 30))
    assert Period.month(2026, 2).shifted(1) == Period(date(2026, 3, 1), date(2026, 3, 31))


def test_shifted_quarters_and_years_keep_their_shape() -> None:
    assert Period.quarter(2026, 4).shifted(3) == Period.quarter(2027, 1)
    assert Period.quarter(2026, 1).shifted(-3) == Period.quarter(2025, 4)
    assert Period.quarter(2026, 3).shifted(-6) == Period.quarter(2026, 1)
    assert Period.year(2026).shifted(12) == Period.year(2027)
    # Two months from 1 November: November-December 2026 becomes January-February 2027.
    assert Period(date(2026, 11, 1), date(2026, 12, 31)).shifted(2) == Period(
        date(2027, 1, 1), date(2027, 2, 28)
    )


def test_a_period_of_loose_days_keeps_its_days_cut_to_shorter_months() -> None:
    assert Period(date(2026, 3, 10), date(2026, 3, 19)).shifted(1) == Period(
        date(2026, 4, 10), date(2026, 4, 19)
    )
    assert Period(date(2026, 1, 15), date(2026, 1, 31)).shifted(1) == Period(
        date(2026, 2, 15), date(2026, 2, 28)
    )
    assert Period(date(2027, 12, 31), date(2028, 1, 5)).shifted(2) == Period(
        date(2028, 2, 29), date(2028, 3, 5)
    )
    assert Period(date(2026, 5, 31), date(2026, 5, 31)).shifted(-3) == Period(
        date(2026, 2, 28), date(2026, 2, 28)
    )


@pytest.mark.parametrize(
    ("day", "quarter", "number"),
    [
        (date(2026, 1, 1), Period(date(2026, 1, 1), date(2026, 3, 31)), 1),
        (date(2026, 3, 31), Period(date(2026, 1, 1), date(2026, 3, 31)), 1),
        (date(2026, 4, 1), Period(date(2026, 4, 1), date(2026, 6, 30)), 2),
        (date(2026, 8, 15), Period(date(2026, 7, 1), date(2026, 9, 30)), 3),
        (date(2026, 9, 30), Period(date(2026, 7, 1), date(2026, 9, 30)), 3),
        (date(2026, 10, 1), Period(date(2026, 10, 1), date(2026, 12, 31)), 4),
        (date(2026, 12, 31), Period(date(2026, 10, 1), date(2026, 12, 31)), 4),
    ],
)
def test_quarter_of_a_day(day: date, quarter: Period, number: int) -> None:
    assert Period.quarter_of(day) == quarter
    assert quarter_number(day) == number


def test_period_refuses_an_end_before_its_start() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 2, 1), date(2026, 1, 31))


@pytest.mark.parametrize(
    ("today", "month"),
    [
        (date(2026, 12, 1), Period.month(2026, 11)),  # the visit on the 1st looks at November
        (date(2026, 12, 31), Period.month(2026, 11)),  # December is not over until it is
        (date(2027, 1, 1), Period.month(2026, 12)),  # across the year: December of the year before
        (date(2024, 3, 1), Period.month(2024, 2)),  # a leap February, ending on the 29th
        (date(2026, 11, 30), Period.month(2026, 10)),
    ],
)
def test_the_last_complete_month(today: date, month: Period) -> None:
    assert last_complete_month(today) == month
