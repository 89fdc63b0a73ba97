"""Meetings the prospect did not attend: new slots to offer, held apart, and when to follow up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from esn_desktop.domain.calendar import Period, WorkingCalendar

#: Where a meeting may start in a working day, in the order offered: the first slot of an offer
#: is a morning, the next an afternoon, and so on, so that the contact has a real choice.
SLOT_TIMES = (time(10, 0), time(14, 0), time(11, 0), time(15, 0), time(9, 0), time(16, 0), time(17, 0))
MEETING_LENGTH = timedelta(hours=1)
SLOTS_OFFERED = 3
#: Slots are offered on the salesperson's next working days only: a prospect who missed a
#: meeting is asked again while it is fresh, never weeks later.
HORIZON_WORKING_DAYS = 5
#: Working days for the calendar (KPIs count them) on which no meeting is offered: Christmas
#: and New Year's eves, when French firms close early or altogether and prospects are away.
EVES = ((12, 24), (12, 31))
#: An offered slot is kept from every other offer this long, or until the no-show is answered.
HOLD_DAYS = 7
REMINDER_WORKING_DAYS = 3
#: Planned meetings without a time (imported, or logged for a day) fill a day at this many.
MEETINGS_A_DAY = 3
#: Missed meetings older than this have gone cold: they leave the queue for normal prospecting.
QUEUE_DAYS = 90


@dataclass(frozen=True, slots=True)
class Agenda:
    """What a salesperson's coming days already hold."""

    #: Starts of the planned activities that have a time: each takes MEETING_LENGTH.
    busy: Sequence[datetime] = ()
    #: Planned meetings without a time, per day.
    untimed_meetings: Mapping[date, int] = field(default_factory=dict)
    leave: Sequence[Period] = ()

    def is_free(self, slot: datetime) -> bool:
        day = slot.date()
        return (
            not any(p.contains(day) for p in self.leave)
            and self.untimed_meetings.get(day, 0) < MEETINGS_A_DAY
            and not any(abs(slot - start) < MEETING_LENGTH for start in self.busy)
        )


@dataclass(frozen=True, slots=True)
class Hold:
    """A slot offered to one no-show's contact on `held_on`."""

    no_show_id: int
    starts_at: datetime
    held_on: date


def hold_stands(hold: Hold, *, today: date) -> bool:
    """A hold lasts HOLD_DAYS from the day it was offered, and ends with its slot's day."""
    return hold.held_on + timedelta(days=HOLD_DAYS) > today and hold.starts_at.date() > today


def offer_slots(
    *,
    no_shows: Sequence[int],
    holds: Sequence[Hold],
    agenda: Agenda,
    today: date,
    calendar: WorkingCalendar,
) -> dict[int, list[datetime]]:
    """The slots offered to each of one salesperson's no-shows, `no_shows` listed first to serve first.

    No two no-shows ever share a slot. A no-show keeps the slots it holds while the hold stands
    and the slot is still free; one holding none gets up to SLOTS_OFFERED free slots, on
    different days where it can, within the next HORIZON_WORKING_DAYS working days. When those
    days are full it gets fewer, or none: never a slot weeks away.
    """
    offers: dict[int, list[datetime]] = {}
    taken: set[datetime] = set()
    queued = set(no_shows)
    for hold in sorted(holds, key=lambda h: h.starts_at):
        if hold.no_show_id in queued and hold_stands(hold, today=today) and agenda.is_free(hold.starts_at):
            offers.setdefault(hold.no_show_id, []).append(hold.starts_at)
            taken.add(hold.starts_at)
    days = meeting_days(after=today, calendar=calendar, count=HORIZON_WORKING_DAYS)
    free = [
        slot
        for slot in (datetime.combine(day, t) for day in days for t in SLOT_TIMES)
        if slot not in taken and agenda.is_free(slot)
    ]
    for no_show in no_shows:
        if no_show in offers:
            continue
        chosen = _spread(free, SLOTS_OFFERED)
        offers[no_show] = sorted(chosen)
        free = [slot for slot in free if slot not in chosen]
    return offers


def offers_end(*, today: date, calendar: WorkingCalendar) -> date:
    """The last day a slot offered today can fall on; a slot held since an earlier day falls
    before it. What a salesperson has planned up to it decides which slots are free."""
    return meeting_days(after=today, calendar=calendar, count=HORIZON_WORKING_DAYS)[-1]


def meeting_days(*, after: date, calendar: WorkingCalendar, count: int) -> list[date]:
    """The next `count` working days after `after` on which a meeting can be offered."""
    days: list[date] = []
    day = after
    while len(days) < count:
        day += timedelta(days=1)
        if calendar.is_working_day(day) and (day.month, day.day) not in EVES:
            days.append(day)
    return days


def _spread(free: Sequence[datetime], count: int) -> list[datetime]:
    """`count` of the `free` slots (listed day by day, each day in SLOT_TIMES order): one a day,
    earliest days first, turning through the day's times; a second one on a day only when
    fewer than `count` days have room."""
    chosen: list[datetime] = []
    while len(chosen) < count:
        days_used = {slot.date() for slot in chosen}
        wanted = SLOT_TIMES[len(chosen) % len(SLOT_TIMES)]
        by_day: dict[date, list[datetime]] = {}
        for slot in free:
            if slot not in chosen:
                by_day.setdefault(slot.date(), []).append(slot)
        fresh = [day for day in by_day if day not in days_used] or list(by_day)
        if not fresh:
            break
        candidates = by_day[fresh[0]]
        chosen.append(next((s for s in candidates if s.time() == wanted), candidates[0]))
    return chosen


def reminder_day(no_show_day: date, calendar: WorkingCalendar) -> date:
    """The working day, a few days after the missed meeting, to follow up if nothing happened."""
    return calendar.nth_working_day_from(no_show_day + timedelta(days=1), REMINDER_WORKING_DAYS)
