"""Calendar months in sequence, and the month a director wants to see when the dashboard opens.

Every run of months (charts, period choices, reviews) steps through `shift_month`, kept beside
`Period` whose own `previous()` and `months()` use it too.
"""

from __future__ import annotations

from datetime import date

from esn_desktop.domain.calendar import Period, WorkingCalendar, month_index, shift_month

#: During a month's first working days the new month holds almost nothing yet: the dashboard
#: opens on the month just closed, the one a director reviews then.
REVIEW_WORKING_DAYS = 5


def month_run(first: date, count: int) -> list[Period]:
    """`count` calendar months in a row, from the one `first` falls in."""
    return [shift_month(first, step) for step in range(count)]


def months_between(first: date, last: date) -> list[Period]:
    """Every calendar month from the one `first` falls in to the one `last` falls in, both kept."""
    count = month_index(last) - month_index(first) + 1
    return month_run(first, max(count, 0))


def opening_month(today: date, calendar: WorkingCalendar) -> Period:
    """The month the dashboard opens on: the last complete month until the current month has
    had REVIEW_WORKING_DAYS working days (today included), the current month after."""
    this_month = Period.month_of(today)
    worked = calendar.count(Period(this_month.start, today))
    return shift_month(today, -1) if worked <= REVIEW_WORKING_DAYS else this_month
