"""Over-booking: worked examples of a consultant booked above full time, with leave and weekends."""

from datetime import date
from decimal import Decimal

from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.staffing import Absences, Booking, MissionTerms, Overbooking, overbookings

CAL = WorkingCalendar()
NO_LEAVE = Absences([])
#: Lucas Moreau's mission of the small workspace: full time, mid-November 2026 to mid-May 2027.
HORIZON = Booking(1, "Mutuelle Horizon", date(2026, 11, 16), date(2027, 5, 14), Decimal(1))


def terms(start: date, end: date | None, ratio: str = "1") -> MissionTerms:
    return MissionTerms(start=start, end=end, daily_rate=Decimal(600), time_ratio=Decimal(ratio))


def test_full_time_booked_again_on_the_same_december_is_twice_full_time_for_22_days() -> None:
    # December 2026: 23 weekdays, Christmas on a Friday.
    found = overbookings(terms(date(2026, 12, 1), date(2026, 12, 31)), [HORIZON], NO_LEAVE, CAL)
    assert found == [
        Overbooking(date(2026, 12, 1), date(2026, 12, 31), 22, Decimal(2), (HORIZON,)),
    ]


def test_only_the_overlap_is_reported_when_the_new_mission_starts_before() -> None:
    found = overbookings(terms(date(2026, 11, 2), date(2026, 11, 20)), [HORIZON], NO_LEAVE, CAL)
    # 16 to 20 November: five working days at 200 %; the first two weeks are free.
    assert [(o.start, o.end, o.working_days, o.load) for o in found] == [
        (date(2026, 11, 16), date(2026, 11, 20), 5, Decimal(2))
    ]


def test_part_times_that_add_up_to_full_time_are_no_clash() -> None:
    four_days = Booking(2, "Transports Lemaire", date(2026, 9, 1), date(2026, 12, 31), Decimal("0.8"))
    assert overbookings(terms(date(2026, 10, 1), date(2026, 10, 30), "0.2"), [four_days], NO_LEAVE, CAL) == []
    found = overbookings(terms(date(2026, 10, 1), date(2026, 10, 30), "0.5"), [four_days], NO_LEAVE, CAL)
    assert [(o.working_days, o.load) for o in found] == [(22, Decimal("1.3"))]


def test_three_half_times_clash_only_where_all_three_run() -> None:
    first = Booking(1, "Alpha", date(2026, 3, 2), date(2026, 3, 20), Decimal("0.5"))
    second = Booking(2, "Beta", date(2026, 3, 16), date(2026, 4, 10), Decimal("0.5"))
    found = overbookings(terms(date(2026, 3, 9), date(2026, 3, 31), "0.5"), [first, second], NO_LEAVE, CAL)
    # Only 16 to 20 March has all three: Alpha alone with the new one is full time, no more.
    assert found == [Overbooking(date(2026, 3, 16), date(2026, 3, 20), 5, Decimal("1.5"), (first, second))]


def test_leave_is_no_clash_and_its_days_are_not_counted() -> None:
    # Lucas Moreau is on leave 23 to 27 November 2026.
    leave = Absences([Period(date(2026, 11, 23), date(2026, 11, 27))])
    assert overbookings(terms(date(2026, 11, 23), date(2026, 11, 27)), [HORIZON], leave, CAL) == []
    found = overbookings(terms(date(2026, 11, 23), date(2026, 12, 4)), [HORIZON], leave, CAL)
    assert [(o.start, o.end, o.working_days) for o in found] == [(date(2026, 11, 23), date(2026, 12, 4), 5)]


def test_an_overlap_on_a_weekend_only_is_no_clash() -> None:
    until_sunday = Booking(3, "Gamma", date(2026, 11, 2), date(2026, 12, 6), Decimal(1))
    # Saturday 5 December onwards: the only shared days are a weekend.
    assert overbookings(terms(date(2026, 12, 5), date(2026, 12, 18)), [until_sunday], NO_LEAVE, CAL) == []


def test_two_open_ended_missions_clash_without_end() -> None:
    open_ended = Booking(4, "Delta", date(2026, 1, 5), None, Decimal(1))
    found = overbookings(terms(date(2026, 6, 1), None), [open_ended], NO_LEAVE, CAL)
    assert found == [Overbooking(date(2026, 6, 1), None, None, Decimal(2), (open_ended,))]


def test_each_change_of_clashing_missions_starts_a_new_stretch() -> None:
    early = Booking(5, "Alpha", date(2026, 3, 2), date(2026, 3, 13), Decimal(1))
    late = Booking(6, "Beta", date(2026, 3, 23), date(2026, 4, 3), Decimal(1))
    found = overbookings(terms(date(2026, 3, 2), date(2026, 3, 31)), [early, late], NO_LEAVE, CAL)
    assert [(o.clashes, o.start, o.end, o.working_days) for o in found] == [
        ((early,), date(2026, 3, 2), date(2026, 3, 13), 10),
        ((late,), date(2026, 3, 23), date(2026, 3, 31), 7),
    ]
