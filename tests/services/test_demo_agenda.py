"""The demo salespeople's days stay within what a person can hold, whatever the prospects' number."""

import random
from datetime import date, timedelta

from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.calendar import WorkingCalendar
from esn_desktop.services.demo_agenda import (
    HOURS,
    MEETINGS_A_DAY,
    PLANNING_DAYS,
    TIMED_A_DAY,
    UNTIMED_A_DAY,
    DemoAgenda,
)

TODAY = date(2026, 11, 20)  # a Friday


def agenda() -> DemoAgenda:
    return DemoAgenda(as_of=TODAY, calendar=WorkingCalendar(), rng=random.Random(1))


def test_a_flood_of_meetings_wanted_on_one_day_fills_the_next_days_a_few_hours_each() -> None:
    days = agenda()
    placed = [days.plan(ActivityKind.MEETING, "Laura", date(2026, 11, 23)) for _ in range(10_000)]
    booked = [p for p in placed if p is not None]
    per_day: dict[date, list] = {}
    for day, hour in booked:
        per_day.setdefault(day, []).append(hour)
    assert min(per_day) == date(2026, 11, 23)
    assert max(per_day) <= TODAY + timedelta(days=PLANNING_DAYS)
    assert all(len(hours) == TIMED_A_DAY and len(set(hours)) == TIMED_A_DAY for hours in per_day.values())
    assert all(hour in HOURS for hours in per_day.values() for hour in hours)
    assert all(WorkingCalendar().is_working_day(day) for day in per_day)
    # Nothing on Saturday 28 or Sunday 29 November; 20 working days up to 20 December.
    assert len(booked) == TIMED_A_DAY * len(per_day) == TIMED_A_DAY * 20


def test_untimed_tasks_have_their_own_room_and_no_hour() -> None:
    days = agenda()
    placed = [days.plan(ActivityKind.EMAIL, "Laura", date(2026, 11, 23)) for _ in range(UNTIMED_A_DAY + 1)]
    assert placed[:UNTIMED_A_DAY] == [(date(2026, 11, 23), None)] * UNTIMED_A_DAY
    assert placed[-1] == (date(2026, 11, 24), None)
    assert days.plan(ActivityKind.CALL, "Laura", date(2026, 11, 23)) is not None  # hours still free


def test_a_meeting_held_on_a_day_already_full_is_a_call() -> None:
    days = agenda()
    kinds = [
        days.held_kind(ActivityKind.MEETING, "Karim", date(2026, 11, 18)) for _ in range(MEETINGS_A_DAY + 2)
    ]
    assert kinds == [ActivityKind.MEETING] * MEETINGS_A_DAY + [ActivityKind.CALL] * 2
    assert days.held_kind(ActivityKind.MEETING, "Laura", date(2026, 11, 18)) is ActivityKind.MEETING


def test_a_day_left_free_before_later_ones_filled_is_still_planned() -> None:
    days = agenda()
    for _ in range(TIMED_A_DAY):
        assert days.plan(ActivityKind.CALL, "Laura", date(2026, 12, 10))[0] == date(2026, 12, 10)
    assert days.plan(ActivityKind.CALL, "Laura", date(2026, 12, 10))[0] == date(2026, 12, 11)
    assert days.plan(ActivityKind.CALL, "Laura", date(2026, 11, 23))[0] == date(2026, 11, 23)
