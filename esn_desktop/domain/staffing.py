"""Consultants' days and costs: availability, worked and billed days, CJM, missions' figures."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.money import ZERO, ratio

#: A mission or employment with no end date runs until this day for counting purposes.
OPEN_END = date(9999, 12, 31)


class MissionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    ENDED = "ended"
    CANCELLED = "cancelled"


def mission_status_on(stored: MissionStatus, start: date, end: date | None, day: date) -> MissionStatus:
    """A mission's status on a day, the one rule of the Missions list, the consultant's panel and
    the Consultants list's "today": cancelled when it was cancelled (a decision, kept whatever the
    dates); otherwise its dates say it, both ends included: planned before its first day, ongoing
    from its first day to its last (a mission starting today is ongoing today), ended after.
    The status stored beside the dates only matters for a cancellation: a "planned" saved in the
    morning of its first day would otherwise say the consultant was free while at the client."""
    if stored is MissionStatus.CANCELLED:
        return MissionStatus.CANCELLED
    if day < start:
        return MissionStatus.PLANNED
    if end is not None and day > end:
        return MissionStatus.ENDED
    return MissionStatus.ONGOING


@dataclass(frozen=True, slots=True)
class CostSettings:
    """The workspace settings that turn a salary into a daily cost."""

    employer_charge_rate: Decimal = Decimal("0.45")
    yearly_extra_costs: Decimal = Decimal(0)
    yearly_worked_days: Decimal = Decimal(218)


def cjm_from_salary(annual_salary: Decimal, settings: CostSettings) -> Decimal:
    """Daily cost of a salaried consultant: loaded yearly cost over the days one can work a year."""
    loaded = annual_salary * (1 + settings.employer_charge_rate) + settings.yearly_extra_costs
    return loaded / settings.yearly_worked_days


def daily_cost(
    *, typed_cost: Decimal | None, annual_salary: Decimal | None, settings: CostSettings
) -> Decimal:
    """The CJM: typed directly when known, else derived from the salary."""
    if typed_cost is not None:
        return typed_cost
    if annual_salary is not None:
        return cjm_from_salary(annual_salary, settings)
    raise ValueError("a consultant needs a daily cost or an annual salary")


class Absences:
    """A consultant's leave periods, merged, answering how many working days they remove."""

    def __init__(self, leaves: Iterable[Period]) -> None:
        self._periods = _merge(leaves)
        # Merged leave never overlaps, so ends are in order too: a period's first candidate is
        # found by bisection instead of walking a consultant's years of leave.
        self._ends = [leave.end for leave in self._periods]

    def working_days_off(self, period: Period, calendar: WorkingCalendar) -> int:
        total = 0
        for leave in self._periods[bisect_left(self._ends, period.start) :]:
            if leave.start > period.end:
                break
            cut = leave.intersection(period)
            if cut is not None:
                total += calendar.count(cut)
        return total


def _merge(leaves: Iterable[Period]) -> tuple[Period, ...]:
    merged: list[Period] = []
    for leave in sorted(leaves):
        if merged and leave.start <= merged[-1].end + timedelta(days=1):
            merged[-1] = Period(merged[-1].start, max(merged[-1].end, leave.end))
        else:
            merged.append(leave)
    return tuple(merged)


def present_days(span: Period, period: Period, absences: Absences, calendar: WorkingCalendar) -> int:
    """Working days inside both `span` and `period`, minus leave."""
    cut = span.intersection(period)
    if cut is None:
        return 0
    return calendar.count(cut) - absences.working_days_off(cut, calendar)


def available_days(
    *, employment: Period, period: Period, absences: Absences, calendar: WorkingCalendar
) -> int:
    """Days a consultant could work in the period: working days while employed, minus leave."""
    return present_days(employment, period, absences, calendar)


@dataclass(frozen=True, slots=True)
class MissionTerms:
    """What a mission's figures depend on."""

    start: date
    end: date | None
    daily_rate: Decimal
    time_ratio: Decimal = Decimal(1)
    unbilled_days: int = 0

    @property
    def span(self) -> Period:
        return Period(self.start, self.end or OPEN_END)


@dataclass(frozen=True, slots=True)
class MissionFigures:
    """A mission's delivery and money over one period."""

    worked_days: Decimal
    billed_days: Decimal
    revenue: Decimal
    cost: Decimal
    daily_rate: Decimal
    daily_cost: Decimal

    @property
    def margin(self) -> Decimal:
        return self.revenue - self.cost

    @property
    def margin_rate(self) -> Decimal | None:
        return ratio(self.margin, self.revenue)

    @property
    def below_cost(self) -> bool:
        """Sold under its cost: allowed (a foot in the door) but always flagged."""
        return self.daily_rate < self.daily_cost


def worked_days(
    terms: MissionTerms, period: Period, absences: Absences, calendar: WorkingCalendar
) -> Decimal:
    """Working days inside both mission and period, minus leave, times the time ratio."""
    return present_days(terms.span, period, absences, calendar) * terms.time_ratio


def billed_days(
    terms: MissionTerms, period: Period, absences: Absences, calendar: WorkingCalendar
) -> Decimal:
    """Worked days of the period that come after the mission's first unbilled worked days."""
    if period.end < terms.start or period.start > terms.span.end:
        return ZERO
    unbilled = Decimal(terms.unbilled_days)
    before = _worked_since_start(terms, period.start - timedelta(days=1), absences, calendar)
    through = _worked_since_start(terms, period.end, absences, calendar)
    return max(ZERO, through - unbilled) - max(ZERO, before - unbilled)


def _worked_since_start(
    terms: MissionTerms, until: date, absences: Absences, calendar: WorkingCalendar
) -> Decimal:
    if until < terms.start:
        return ZERO
    return worked_days(terms, Period(terms.start, until), absences, calendar)


def mission_figures(
    terms: MissionTerms,
    *,
    period: Period,
    daily_cost: Decimal,
    absences: Absences,
    calendar: WorkingCalendar,
) -> MissionFigures:
    """Revenue = billed days x TJM; cost = worked days x CJM."""
    worked = worked_days(terms, period, absences, calendar)
    # Without unbilled days every worked day is billed: no need to count from the mission's start.
    billed = worked if terms.unbilled_days == 0 else billed_days(terms, period, absences, calendar)
    return MissionFigures(
        worked_days=worked,
        billed_days=billed,
        revenue=billed * terms.daily_rate,
        cost=worked * daily_cost,
        daily_rate=terms.daily_rate,
        daily_cost=daily_cost,
    )


def average_daily_rate(revenue: Decimal, billed_days: Decimal) -> Decimal | None:
    """TJM: billed revenue / billed days (of missions, a consultant, an account or the firm)."""
    return ratio(revenue, billed_days)


def utilization(worked: Decimal, available: Decimal) -> Decimal | None:
    """Share of available days spent on missions."""
    return ratio(worked, available)


def bench_days(worked: Decimal, available: Decimal) -> Decimal:
    """Intercontrat: available days not worked on a mission."""
    return available - worked


class MissionRule(StrEnum):
    """The rules a mission's terms must keep; each break names a field."""

    END_BEFORE_START = "end_before_start"
    RATE_NOT_POSITIVE = "rate_not_positive"
    RATIO_OUT_OF_RANGE = "ratio_out_of_range"
    UNBILLED_NEGATIVE = "unbilled_negative"
    UNBILLED_ABOVE_DAYS = "unbilled_above_days"


@dataclass(frozen=True, slots=True)
class RuleBreak:
    field: str
    rule: MissionRule
    #: The bound that was crossed, where there is one (the mission's working days).
    limit: int | None = None

    @property
    def message(self) -> str:
        """In English, for files and the command line; the windows translate `rule` themselves."""
        return {
            MissionRule.END_BEFORE_START: "is before 'start'",
            MissionRule.RATE_NOT_POSITIVE: "must be positive",
            MissionRule.RATIO_OUT_OF_RANGE: "must be above 0 and at most 1 (0.8 is four days a week)",
            MissionRule.UNBILLED_NEGATIVE: "cannot be negative",
            MissionRule.UNBILLED_ABOVE_DAYS: f"is more than the mission's {self.limit} working days",
        }[self.rule]


def mission_rule_breaks(terms: MissionTerms, calendar: WorkingCalendar) -> list[RuleBreak]:
    """Every rule the terms break: dates in order, a positive rate, a time ratio in (0, 1],
    and no more unbilled days than the mission has working days."""
    breaks = []
    if terms.end is not None and terms.end < terms.start:
        breaks.append(RuleBreak("end", MissionRule.END_BEFORE_START))
    if terms.daily_rate <= 0:
        breaks.append(RuleBreak("daily_rate", MissionRule.RATE_NOT_POSITIVE))
    if not 0 < terms.time_ratio <= 1:
        breaks.append(RuleBreak("time_ratio", MissionRule.RATIO_OUT_OF_RANGE))
    if terms.unbilled_days < 0:
        breaks.append(RuleBreak("unbilled_days", MissionRule.UNBILLED_NEGATIVE))
    elif terms.end is not None and terms.end >= terms.start:
        days = calendar.count(Period(terms.start, terms.end))
        if terms.unbilled_days > days:
            breaks.append(RuleBreak("unbilled_days", MissionRule.UNBILLED_ABOVE_DAYS, days))
    return breaks


@dataclass(frozen=True, slots=True)
class Booking:
    """Another mission of the same consultant, as the over-booking check names it."""

    mission_id: int
    account: str
    start: date
    end: date | None
    time_ratio: Decimal

    @property
    def span(self) -> Period:
        return Period(self.start, self.end or OPEN_END)


@dataclass(frozen=True, slots=True)
class Overbooking:
    """A stretch of days where a consultant's missions add up above full time."""

    start: date
    #: None: the clash has no end (open-ended missions on both sides).
    end: date | None
    #: Working days of the stretch the consultant is not on leave; None when it has no end.
    working_days: int | None
    #: The consultant's booked time on those days (2 is twice full time).
    load: Decimal
    #: The other missions booked on those days.
    clashes: tuple[Booking, ...]


def overbookings(
    terms: MissionTerms,
    others: Iterable[Booking],
    absences: Absences,
    calendar: WorkingCalendar,
) -> list[Overbooking]:
    """Where the mission, added to the consultant's other missions, books more than full time.

    The time ratios of every mission running on a working day add up; above 1 the day is
    over-booked. A day of leave is no clash: the consultant works on no mission that day
    (worked days are taken net of leave), so leave never adds to the load. The load only
    changes where a mission starts or ends, so the span is cut at those days and each piece
    is judged whole; consecutive pieces clashing with the same missions at the same load are
    reported as one stretch. Over-booking is allowed (a handover, a short overlap): the
    caller warns, it does not refuse."""
    span = terms.span
    overlapping = [other for other in others if other.span.overlaps(span)]
    cuts = {span.start}
    for other in overlapping:
        if span.start < other.span.start:
            cuts.add(other.span.start)
        if other.span.end < span.end:
            cuts.add(other.span.end + timedelta(days=1))
    starts = sorted(cuts)
    found: list[Overbooking] = []
    for index, piece_start in enumerate(starts):
        piece_end = starts[index + 1] - timedelta(days=1) if index + 1 < len(starts) else span.end
        booked = tuple(o for o in overlapping if o.span.start <= piece_start <= o.span.end)
        load = terms.time_ratio + sum((o.time_ratio for o in booked), ZERO)
        if load <= 1:
            continue
        # Counting working days to the year 9999 would build eight thousand calendars: an
        # endless clash is reported as such, and endless means it has working days.
        days = (
            None
            if piece_end >= OPEN_END
            else present_days(
                Period(piece_start, piece_end), Period(piece_start, piece_end), absences, calendar
            )
        )
        if days == 0:
            continue
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.clashes == booked
            and previous.load == load
            and previous.end is not None
            and previous.end + timedelta(days=1) == piece_start
        ):
            found[-1] = Overbooking(
                previous.start,
                None if days is None else piece_end,
                None if days is None or previous.working_days is None else previous.working_days + days,
                load,
                booked,
            )
        else:
            found.append(Overbooking(piece_start, None if days is None else piece_end, days, load, booked))
    return found
