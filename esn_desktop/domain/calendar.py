"""Periods and French working days (jours ouvrés), with the Alsace-Moselle variant."""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

#: The days the app takes, in one place: a firm's records, plans and periods fall well inside
#: these years, and the calendar computations (holidays, month shifts, a period's working days)
#: stay clear of Python's year 1 and 9999. A date outside is refused where it comes in (an
#: option, a document's field), never met half-way through a computation.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
DAYS_TAKEN = f"the years {FIRST_DAY.year} to {LAST_DAY.year}"


def outside_days_taken(day: date) -> bool:
    return not FIRST_DAY <= day <= LAST_DAY


class HolidayRegion(StrEnum):
    """Which list of French public holidays applies to a workspace."""

    METROPOLE = "metropole"
    ALSACE_MOSELLE = "alsace-moselle"


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """An inclusive range of calendar days."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = _stdlib_calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first_month = 3 * (quarter - 1) + 1
        return cls(cls.month(year, first_month).start, cls.month(year, first_month + 2).end)

    @classmethod
    def month_of(cls, day: date) -> Period:
        """The calendar month `day` falls in."""
        return cls.month(day.year, day.month)

    @classmethod
    def quarter_of(cls, day: date) -> Period:
        """The calendar quarter `day` falls in."""
        return cls.quarter(day.year, quarter_number(day))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def calendar_days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def intersection(self, other: Period) -> Period | None:
        start, end = max(self.start, other.start), min(self.end, other.end)
        return Period(start, end) if start <= end else None

    @property
    def _is_whole_months(self) -> bool:
        """Starts on a 1st and ends on a month's last day: a month, a quarter, a year..."""
        return self.start.day == 1 and self.end == Period.month_of(self.end).end

    def shifted(self, months: int) -> Period:
        """The period `months` calendar months later (earlier when negative).

        Whole months stay whole months (February shifted by one is all of March, not 28 March);
        any other end keeps its day of the month, cut to the last day of a shorter month
        (31 January shifted by one is 28 or 29 February).
        """
        if self._is_whole_months:
            return Period(shift_month(self.start, months).start, shift_month(self.end, months).end)
        return Period(_same_day_shifted(self.start, months), _same_day_shifted(self.end, months))

    def previous(self) -> Period:
        """The period of the same shape just before: the previous month for a month, etc."""
        if self._is_whole_months:
            return self.shifted(-(month_index(self.end) - month_index(self.start) + 1))
        return Period(self.start - timedelta(days=self.calendar_days), self.start - timedelta(days=1))

    def months(self) -> Iterator[Period]:
        """The calendar months this period touches, each cut to the period."""
        month = Period.month_of(self.start)
        while month.start <= self.end:
            cut = month.intersection(self)
            if cut is not None:
                yield cut
            month = shift_month(month.start, 1)

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def shift_month(day: date, months: int) -> Period:
    """The calendar month `months` after the one `day` falls in (before it when negative).

    Every run of months steps through here (see also `domain/months.py`): counting in month
    indexes, never in days, is what keeps a run from skipping December after a 30-day step
    from November or landing twice on one month after a 28-day step.
    """
    index = month_index(day) + months
    return Period.month(index // 12, index % 12 + 1)


def month_index(day: date) -> int:
    """Months since January of year 0: two days' difference in it is the months between them."""
    return day.year * 12 + day.month - 1


def quarter_number(day: date) -> int:
    """1 to 4: the calendar quarter of the year `day` falls in."""
    return (day.month - 1) // 3 + 1


def _same_day_shifted(day: date, months: int) -> date:
    month = shift_month(day, months)
    return month.start.replace(day=min(day.day, month.end.day))


def last_complete_month(today: date) -> Period:
    """The month a review looks back on: the last one wholly gone by. A month is only complete
    once it is over, so on its last day it is still the one before (1 December: November;
    31 December: November; 1 January 2027: December 2026)."""
    return shift_month(today, -1)


class WorkingCalendar:
    """Counts working days: Monday to Friday except French public holidays.

    Counting goes through a per-year prefix sum so that a count over any range costs
    two look-ups: KPIs count days for hundreds of missions and consultants per period.
    """

    def __init__(self, region: HolidayRegion = HolidayRegion.METROPOLE) -> None:
        self.region = HolidayRegion(region)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in _holidays(self.region, day.year)

    def count(self, period: Period) -> int:
        """Working days in the period, both ends included."""
        start, end = period.start, period.end
        if start.year == end.year:  # the usual case, kept lean: KPIs count thousands of periods
            prefix, january_first = _prefix(self.region, start.year), _january_first(start.year)
            return prefix[end.toordinal() - january_first + 1] - prefix[start.toordinal() - january_first]
        total = 0
        for year in range(start.year, end.year + 1):
            first = start if start.year == year else date(year, 1, 1)
            last = end if end.year == year else date(year, 12, 31)
            total += self.count(Period(first, last))
        return total

    def nth_working_day_from(self, start: date, n: int) -> date:
        """The n-th working day on or after `start` (n = 1 is the first)."""
        day, seen = start, 0
        while True:
            if self.is_working_day(day):
                seen += 1
                if seen == n:
                    return day
            day += timedelta(days=1)


#: Each year's public holidays, computed once per process. An entry point may fill it from an
#: earlier run (esn_desktop/holiday_memory.py): a command that counts working days would
#: otherwise spend a sixth of a second loading the `holidays` package and its 200 countries.
known_holidays: dict[tuple[HolidayRegion, int], frozenset[date]] = {}


def _holidays(region: HolidayRegion, year: int) -> frozenset[date]:
    public = known_holidays.get((region, year))
    if public is None:
        public = known_holidays[(region, year)] = public_holidays(region, year)
    return public


def public_holidays(region: HolidayRegion, year: int) -> frozenset[date]:
    """The year's French public holidays, as the `holidays` package knows them."""
    # Imported on first count: a tenth of a second that opening a workspace need not wait for.
    import holidays

    # Without names: loading their translations costs 15 ms a year, counting needs none.
    subdivision = "57" if region is HolidayRegion.ALSACE_MOSELLE else None
    return frozenset(holidays.France(years=year, subdiv=subdivision))


@lru_cache(maxsize=64)
def _january_first(year: int) -> int:
    return date(year, 1, 1).toordinal()


@lru_cache(maxsize=64)
def _prefix(region: HolidayRegion, year: int) -> tuple[int, ...]:
    """prefix[k] = working days from 1 January to the k-th day of the year."""
    public = _holidays(region, year)
    counts = [0]
    day = date(year, 1, 1)
    while day.year == year:
        counts.append(counts[-1] + (day.weekday() < 5 and day not in public))
        day += timedelta(days=1)
    return tuple(counts)
