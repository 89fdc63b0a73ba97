from datetime import date, datetime, timedelta

from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.no_shows import (
    HOLD_DAYS,
    Agenda,
    Hold,
    meeting_days,
    offer_slots,
    reminder_day,
)

CAL = WorkingCalendar()


NO_PLANS = Agenda()


def offers(no_shows, today, *, holds=(), agenda=NO_PLANS):
    return offer_slots(no_shows=no_shows, holds=holds, agenda=agenda, today=today, calendar=CAL)


def test_three_slots_on_three_days_a_morning_then_an_afternoon() -> None:
    # Tuesday 10 November 2026: Wednesday 11th is Armistice Day; the 12th holds three planned
    # meetings without a time, so it is full.
    agenda = Agenda(untimed_meetings={date(2026, 11, 12): 3})
    assert offers([1], date(2026, 11, 10), agenda=agenda) == {
        1: [datetime(2026, 11, 13, 10, 0), datetime(2026, 11, 16, 14, 0), datetime(2026, 11, 17, 11, 0)]
    }


def test_two_no_shows_of_one_salesperson_never_share_a_slot() -> None:
    result = offers([1, 2], date(2026, 11, 10))
    assert result == {
        1: [datetime(2026, 11, 12, 10, 0), datetime(2026, 11, 13, 14, 0), datetime(2026, 11, 16, 11, 0)],
        2: [datetime(2026, 11, 12, 14, 0), datetime(2026, 11, 13, 10, 0), datetime(2026, 11, 16, 10, 0)],
    }


def test_a_no_show_of_today_behind_a_long_queue_gets_slots_within_five_working_days() -> None:
    today = date(2026, 11, 10)
    window = meeting_days(after=today, calendar=CAL, count=5)
    assert window == [date(2026, 11, d) for d in (12, 13, 16, 17, 18)]
    # Thirty older no-shows wait in the queue; ten of them were sent their slots this morning.
    sent = offers(list(range(100, 110)), today)
    holds = [Hold(n, slot, today) for n, slots in sent.items() for slot in slots]
    result = offers([1, *range(100, 130)], today, holds=holds)
    assert len(result[1]) == 3
    assert all(slot.date() in window for slot in result[1])
    assert not {h.starts_at for h in holds} & set(result[1])
    for n in range(100, 110):
        assert result[n] == sent[n]  # an offer sent stands
    assert all(slot.date() in window for slots in result.values() for slot in slots)


def test_when_the_next_working_days_are_full_fewer_slots_never_later_ones() -> None:
    result = offers(list(range(1, 20)), date(2026, 11, 10))
    every = [slot for slots in result.values() for slot in slots]
    assert len(every) == len(set(every)) == 35  # 7 slots a day, 5 days: all offered, once each
    assert max(every) < datetime(2026, 11, 19)
    assert result[19] == []


def test_eves_holidays_and_weekends_are_never_offered() -> None:
    # Monday 21 December 2026: the 24th and 31st are eves, the 25th and 1st holidays.
    result = offers(list(range(1, 13)), date(2026, 12, 21))
    days = {slot.date() for slots in result.values() for slot in slots}
    assert days == {
        date(2026, 12, 22),
        date(2026, 12, 23),
        date(2026, 12, 28),
        date(2026, 12, 29),
        date(2026, 12, 30),
    }
    assert meeting_days(after=date(2026, 12, 30), calendar=CAL, count=1) == [date(2027, 1, 4)]


def test_leave_and_planned_activities_are_respected() -> None:
    agenda = Agenda(
        busy=[datetime(2026, 11, 12, 10, 30)],  # takes 10:00 and 11:00 (an hour each)
        leave=[Period(date(2026, 11, 13), date(2026, 11, 17))],
    )
    result = offers([1, 2, 3], date(2026, 11, 10), agenda=agenda)
    every = {slot for slots in result.values() for slot in slots}
    assert {slot.date() for slot in every} == {date(2026, 11, 12), date(2026, 11, 18)}
    assert datetime(2026, 11, 12, 10, 0) not in every
    assert datetime(2026, 11, 12, 11, 0) not in every


def test_holds_lapse_after_seven_days_and_the_slots_go_to_others() -> None:
    held_on = date(2026, 11, 10)
    held = Hold(1, datetime(2026, 11, 18, 10, 0), held_on)
    still = offers([2, 1], held_on + timedelta(days=HOLD_DAYS - 1), holds=[held])
    assert still[1] == [held.starts_at]
    assert held.starts_at not in still[2]
    lapsed = offers([2, 1], held_on + timedelta(days=HOLD_DAYS), holds=[held])
    assert lapsed[2][0] == held.starts_at  # free again, and no. 2 is served first
    assert held.starts_at not in lapsed[1]


def test_a_held_slot_taken_meanwhile_is_dropped() -> None:
    held = Hold(1, datetime(2026, 11, 12, 10, 0), date(2026, 11, 10))
    agenda = Agenda(busy=[held.starts_at])
    assert held.starts_at not in offers([1], date(2026, 11, 10), holds=[held], agenda=agenda)[1]


def test_reminder_three_working_days_later() -> None:
    assert reminder_day(date(2026, 11, 6), CAL) == date(2026, 11, 12)  # skips the weekend and the 11th
