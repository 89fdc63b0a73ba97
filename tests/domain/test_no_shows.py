from datetime import date, datetime

from esn_desktop.domain.calendar import WorkingCalendar
from esn_desktop.domain.no_shows import free_slots, reminder_day

CAL = WorkingCalendar()


def test_three_slots_on_the_next_working_days_not_yet_full() -> None:
    # Tuesday 10 November 2026: Wednesday 11th is Armistice Day, the 12th is full, the 13th is not.
    planned = {date(2026, 11, 12): 3, date(2026, 11, 13): 2}
    slots = free_slots(after=date(2026, 11, 10), calendar=CAL, planned=planned)
    assert slots == [
        datetime(2026, 11, 13, 10, 0),
        datetime(2026, 11, 16, 14, 30),
        datetime(2026, 11, 17, 11, 0),
    ]


def test_reminder_three_working_days_later() -> None:
    assert reminder_day(date(2026, 11, 6), CAL) == date(2026, 11, 12)  # skips the weekend and the 11th
