from datetime import date
from itertools import pairwise

import pytest

from esn_desktop.domain.calendar import HolidayRegion, Period, WorkingCalendar, shift_month
from esn_desktop.domain.months import month_run, months_between, opening_month


def test_stepping_crosses_year_ends_and_31_day_months() -> None:
    # The review of November 2026 once jumped from November to January: December must follow.
    assert shift_month(date(2026, 11, 30), 1) == Period.month(2026, 12)
    assert shift_month(date(2026, 12, 31), 1) == Period.month(2027, 1)
    assert shift_month(date(2027, 1, 31), 1) == Period.month(2027, 2)  # not 3 March
    assert shift_month(date(2026, 1, 31), -1) == Period.month(2025, 12)
    assert shift_month(date(2026, 3, 31), -1) == Period.month(2026, 2)  # not 3 March again
    assert shift_month(date(2026, 5, 15), -17) == Period.month(2024, 12)
    assert shift_month(date(2026, 5, 15), 0) == Period.month(2026, 5)


def test_a_run_of_months_skips_none_and_repeats_none() -> None:
    run = month_run(date(2026, 6, 30), 13)
    assert [(p.start.year, p.start.month) for p in run] == [
        *((2026, m) for m in range(6, 13)),
        *((2027, m) for m in range(1, 7)),
    ]
    for before, after in pairwise(run):
        assert (after.start - before.end).days == 1


def test_months_between_keeps_both_ends() -> None:
    assert months_between(date(2026, 11, 22), date(2027, 2, 3)) == [
        Period.month(2026, 11),
        Period.month(2026, 12),
        Period.month(2027, 1),
        Period.month(2027, 2),
    ]
    assert months_between(date(2026, 11, 22), date(2026, 11, 1)) == [Period.month(2026, 11)]
    assert months_between(date(2026, 12, 1), date(2026, 11, 1)) == []


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 12, 1), (2026, 11)),  # Tuesday, 1st working day
        (date(2026, 12, 5), (2026, 11)),  # Saturday after the 4th working day
        (date(2026, 12, 7), (2026, 11)),  # Monday, 5th working day: still the review
        (date(2026, 12, 8), (2026, 12)),  # 6th working day
        (date(2026, 12, 31), (2026, 12)),
        (date(2027, 1, 1), (2026, 12)),  # New Year's Day, a holiday, before any working day
        (date(2027, 1, 8), (2026, 12)),  # Friday: 4-8 January are the first five
        (date(2027, 1, 11), (2027, 1)),
        (date(2026, 5, 11), (2026, 4)),  # 1 and 8 May are holidays: the 11th is the 5th
        (date(2026, 5, 12), (2026, 5)),
        (date(2026, 11, 1), (2026, 10)),  # a Sunday and All Saints' Day
    ],
)
def test_the_dashboard_opens_on_the_month_just_closed_for_five_working_days(
    today: date, expected: tuple[int, int]
) -> None:
    assert opening_month(today, WorkingCalendar()) == Period.month(*expected)


def test_the_workspace_holidays_count() -> None:
    # April 2026: 1 Wed, 2 Thu, 3 Fri (Good Friday: a holiday in Alsace-Moselle only),
    # 6 Mon (Easter Monday, everywhere), 7 Tue, 8 Wed, 9 Thu.
    metropole, alsace = WorkingCalendar(), WorkingCalendar(HolidayRegion.ALSACE_MOSELLE)
    assert opening_month(date(2026, 4, 8), metropole) == Period.month(2026, 3)  # 1, 2, 3, 7, 8
    assert opening_month(date(2026, 4, 9), metropole) == Period.month(2026, 4)
    assert opening_month(date(2026, 4, 9), alsace) == Period.month(2026, 3)  # 1, 2, 7, 8, 9
    assert opening_month(date(2026, 4, 10), alsace) == Period.month(2026, 4)


def test_periods_step_through_the_same_rule() -> None:
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period(date(2026, 1, 1), date(2026, 3, 31)).previous() == Period(
        date(2025, 10, 1), date(2025, 12, 31)
    )
    assert Period(date(2026, 3, 1), date(2026, 3, 31)).previous() == Period.month(2026, 2)
    assert [m.start for m in Period(date(2026, 11, 15), date(2027, 2, 10)).months()] == [
        date(2026, 11, 15),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
