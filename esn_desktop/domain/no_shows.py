"""Meetings the prospect did not attend: three new slots to offer, and when to follow up."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from esn_desktop.domain.calendar import WorkingCalendar

#: Times offered, one a day, turn by turn: morning, early afternoon, late afternoon.
SLOT_TIMES = (time(10, 0), time(14, 30), time(11, 0), time(16, 0))
REMINDER_WORKING_DAYS = 3
#: A salesperson's day with this many meetings planned is full.
MEETINGS_A_DAY = 3
#: Missed meetings older than this have gone cold: they leave the queue for normal prospecting.
QUEUE_DAYS = 90


def free_slots(
    *, after: date, calendar: WorkingCalendar, planned: Mapping[date, int], count: int = 3
) -> list[datetime]:
    """`count` slots, one a day, on the next working days after `after` that are not full yet."""
    slots: list[datetime] = []
    day = after
    while len(slots) < count:
        day += timedelta(days=1)
        if calendar.is_working_day(day) and planned.get(day, 0) < MEETINGS_A_DAY:
            slots.append(datetime.combine(day, SLOT_TIMES[len(slots) % len(SLOT_TIMES)]))
    return slots


def reminder_day(no_show_day: date, calendar: WorkingCalendar) -> date:
    """The working day, a few days after the missed meeting, to follow up if nothing happened."""
    return calendar.nth_working_day_from(no_show_day + timedelta(days=1), REMINDER_WORKING_DAYS)
