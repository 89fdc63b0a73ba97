"""The demo salespeople's days: how many meetings a day can hold, and when planned activities start.

Drawn per prospect, a 100,000-prospect demo would give each salesperson fifty meetings a day
and a week ahead with no free hour, so no missed meeting could be offered a slot. A real
salesperson holds a handful of meetings a day (domain.md: about ten phone meetings at most),
and the coming days are booked only in part. The demo's activities go through this agenda,
which keeps each day within those bounds whatever the number of prospects.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, time, timedelta

from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.calendar import WorkingCalendar

#: Meetings a salesperson holds on a busy day; one more that day is a call instead.
MEETINGS_A_DAY = 6
#: Planned meetings and calls with a time in one of a salesperson's coming days: booked in part,
#: so that a contact who missed a meeting can be offered a new one within the week.
TIMED_A_DAY = 3
#: Planned emails, proposals, follow-ups and events (no time of their own) in one coming day.
UNTIMED_A_DAY = 5
#: Hours a planned meeting or call starts at, one hour each, lunch kept free.
HOURS = tuple(time(hour) for hour in (9, 10, 11, 12, 14, 15, 16, 17))
#: Activities are planned this far ahead at most: beyond it a salesperson's diary is empty.
PLANNING_DAYS = 30
#: Kinds that take an hour of the day, planned at a time.
TIMED_KINDS = frozenset({ActivityKind.MEETING, ActivityKind.CALL})


class DemoAgenda:
    """Each demo salesperson's days, filled as the generator draws activities."""

    def __init__(self, *, as_of: date, calendar: WorkingCalendar, rng: random.Random) -> None:
        self.as_of = as_of
        self.calendar = calendar
        self.rng = rng
        self.last_planned = as_of + timedelta(days=PLANNING_DAYS)
        self.meetings: dict[tuple[str, date], int] = defaultdict(int)
        self.hours_taken: dict[tuple[str, date], set[time]] = defaultdict(set)
        self.untimed: dict[tuple[str, date], int] = defaultdict(int)
        # (salesperson, timed or not) -> no day before this one has room left.
        self.first_room: dict[tuple[str, bool], date] = {}

    def held_kind(self, kind: ActivityKind, owner: str, day: date) -> ActivityKind:
        """The kind of an activity of a past day: a meeting on a day already full is a call."""
        if kind is ActivityKind.MEETING:
            if self.meetings[(owner, day)] >= MEETINGS_A_DAY:
                return ActivityKind.CALL
            self.meetings[(owner, day)] += 1
        return kind

    def count_meeting(self, owner: str, day: date) -> None:
        """A meeting held that the day takes whatever its count (a deal's meeting, one rebooked)."""
        self.meetings[(owner, day)] += 1

    def plan(self, kind: ActivityKind, owner: str, wanted: date) -> tuple[date, time | None] | None:
        """The day (and for a meeting or a call, the hour) an activity wanted on `wanted` is
        planned: that day or the next working day with room, within PLANNING_DAYS; None when the
        salesperson's coming weeks are full and it is not planned at all.

        A coming day holds fewer timed activities (TIMED_A_DAY) than a day's meetings
        (MEETINGS_A_DAY), so a meeting fits wherever a call does."""
        timed = kind in TIMED_KINDS
        # Days only fill up: those before the first with room stay full, and a 100,000-prospect
        # demo asks for hundreds of thousands of activities in full weeks.
        first_room = self.first_room.get((owner, timed), self.as_of + timedelta(days=1))
        day = max(wanted, first_room)
        while day <= self.last_planned:
            key = (owner, day)
            if self.calendar.is_working_day(day) and (
                len(self.hours_taken[key]) < TIMED_A_DAY if timed else self.untimed[key] < UNTIMED_A_DAY
            ):
                break
            day += timedelta(days=1)
        if wanted <= first_room:
            self.first_room[(owner, timed)] = day
        if day > self.last_planned:
            return None
        if not timed:
            self.untimed[(owner, day)] += 1
            return day, None
        hour = self.rng.choice([h for h in HOURS if h not in self.hours_taken[(owner, day)]])
        self.hours_taken[(owner, day)].add(hour)
        if kind is ActivityKind.MEETING:
            self.meetings[(owner, day)] += 1
        return day, hour
