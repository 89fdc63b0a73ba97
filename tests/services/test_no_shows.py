from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.errors import ValidationError
from esn_desktop.services.changes import revert
from esn_desktop.services.no_shows import (
    book_slot,
    hold_slots,
    mark_no_show,
    mark_rescheduled,
    no_show_queue,
)
from esn_desktop.services.topics import Topic
from esn_desktop.store import models as m
from esn_desktop.store.snapshots import Rows

TODAY = date(2026, 11, 22)  # a Sunday: the next working days are 23 to 27 November


def _meeting_of(workspace, day: date) -> int:
    with workspace.session() as session:
        return session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == day, m.Activity.kind == "meeting")
        ).scalar_one()


def _second_no_show_of_helene(workspace) -> int:
    """Another missed meeting of Hélène Garnier, at a new account on 20 November."""
    with workspace.session() as session:
        account = m.Account(name="Cabinet Roux", name_key="cabinet roux")
        session.add(account)
        session.flush()
        owner = session.execute(
            select(m.Salesperson.id).where(m.Salesperson.name == "Hélène Garnier")
        ).scalar_one()
        missed = m.Activity(
            kind=ActivityKind.MEETING,
            status=ActivityStatus.NO_SHOW,
            activity_date=date(2026, 11, 20),
            account_id=account.id,
            owner_id=owner,
        )
        session.add(missed)
        session.flush()
        return missed.id


def _reminder_of(workspace, missed: date) -> int:
    """The reminder `mark_no_show` planned for the meeting missed on `missed`."""
    with workspace.session() as session:
        return session.execute(
            select(m.Activity.id).where(
                m.Activity.kind == ActivityKind.FOLLOW_UP,
                m.Activity.notes == f"Relance après le rendez-vous non honoré du {missed:%d/%m/%Y}.",
            )
        ).scalar_one()


def _status(workspace, activity_id: int) -> ActivityStatus:
    with workspace.session() as session:
        return session.get(m.Activity, activity_id).status


@pytest.fixture
def two_no_shows(small_workspace) -> tuple[int, int]:
    """Hélène Garnier's two missed meetings, 4 November (Mutuelle Horizon) and 20 November."""
    first = _meeting_of(small_workspace, date(2026, 11, 4))
    mark_no_show(small_workspace, activity_id=first)
    return first, _second_no_show_of_helene(small_workspace)


def test_queue_holds_no_shows_not_yet_rescheduled(small_workspace) -> None:
    # Transports Lemaire's no-show of 6 November was followed by a meeting on the 13th: not in the queue.
    assert no_show_queue(small_workspace, today=date(2026, 11, 22)) == []


def test_marking_a_no_show_queues_it_with_its_message_and_a_reminder(small_workspace) -> None:
    with small_workspace.session() as session:
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    reminder = mark_no_show(small_workspace, activity_id=meeting).value
    queue = no_show_queue(small_workspace, today=date(2026, 11, 22))
    assert [(q.account, q.contact, q.email) for q in queue] == [
        ("Mutuelle Horizon", "Sophie Marchand", "s.marchand@mutuelle-horizon.example")
    ]
    item = queue[0]
    assert item.message.startswith("Bonjour Sophie,\n\nNous n’avons pas pu nous voir le mercredi 4 novembre")
    assert (
        "Je vous propose ces nouveaux créneaux\u00a0:\n"
        "- lundi 23 novembre, 10:00\n- mardi 24 novembre, 14:00\n- mercredi 25 novembre, 11:00"
        in item.message
    )
    assert item.message.endswith("Hélène Garnier\nExemple Numérique SAS")
    assert item.mailto.startswith("mailto:s.marchand@mutuelle-horizon.example?subject=Rendez-vous%20%C3%A0")
    with small_workspace.session() as session:
        planned = session.get(m.Activity, reminder)
        assert (planned.kind, planned.status, planned.activity_date, planned.notes) == (
            "follow_up",
            "planned",
            date(2026, 11, 9),
            "Relance après le rendez-vous non honoré du 04/11/2026.",
        )


def test_missed_meetings_go_cold_after_ninety_days(small_workspace) -> None:
    with small_workspace.session() as session:
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    mark_no_show(small_workspace, activity_id=meeting)
    assert len(no_show_queue(small_workspace, today=date(2027, 2, 2))) == 1
    assert no_show_queue(small_workspace, today=date(2027, 2, 3)) == []


def test_two_no_shows_of_one_salesperson_are_offered_different_slots(small_workspace, two_no_shows) -> None:
    queue = no_show_queue(small_workspace, today=TODAY)
    assert [q.activity_id for q in queue] == [two_no_shows[1], two_no_shows[0]]  # newest first
    newest, older = queue
    assert len(newest.slots) == len(older.slots) == 3
    assert not set(newest.slots) & set(older.slots)
    assert all(date(2026, 11, 23) <= s.date() <= date(2026, 11, 27) for s in newest.slots + older.slots)


def test_slots_sent_stay_held_for_that_no_show_the_next_days(small_workspace, two_no_shows) -> None:
    first, second = two_no_shows
    older = next(q for q in no_show_queue(small_workspace, today=TODAY) if q.activity_id == first)
    held = hold_slots(small_workspace, no_show_id=first, slots=older.slots, today=TODAY)
    assert held.value == 3
    assert hold_slots(small_workspace, no_show_id=first, slots=older.slots, today=TODAY).value == 0
    # The message is gone out: holding its slots is off the history, and no view shows a change.
    assert (held.changes.topics, held.changes.undo) == (frozenset(), None)
    # It says the rows it added, whose ids the history must not hand out twice.
    ((added,),) = [held.changes.added]
    assert (added.table, len(added.values)) == ("slot_holds", 3)
    # Two days later the window has moved, yet the message sent still stands, and nobody else gets it.
    later = {q.activity_id: q for q in no_show_queue(small_workspace, today=date(2026, 11, 24))}
    kept = [s for s in older.slots if s.date() > date(2026, 11, 24)]
    assert list(later[first].slots) == kept
    assert not set(later[second].slots) & set(older.slots)


def test_leave_of_the_salesperson_is_respected(small_workspace, two_no_shows) -> None:
    with small_workspace.session() as session:
        helene = m.Consultant(name="Hélène Garnier", daily_cost=500, start_date=date(2020, 1, 1))
        session.add(helene)
        session.flush()
        session.add(
            m.Leave(consultant_id=helene.id, start_date=date(2026, 11, 23), end_date=date(2026, 11, 25))
        )
    queue = no_show_queue(small_workspace, today=TODAY)
    days = {s.date() for q in queue for s in q.slots}
    assert days == {date(2026, 11, 26), date(2026, 11, 27)}


def test_booking_a_slot_plans_the_meeting_and_closes_the_no_show(small_workspace, two_no_shows) -> None:
    first, _ = two_no_shows
    slot = next(q for q in no_show_queue(small_workspace, today=TODAY) if q.activity_id == first).slots[1]
    booked = book_slot(small_workspace, no_show_id=first, starts_at=slot, today=TODAY)
    booking = booked.value
    assert (booking.no_show_id, booking.starts_at) == (first, slot)
    # It adds the meeting and cancels the reminder the mark planned: the no-show stays as it was.
    reminder = _reminder_of(small_workspace, date(2026, 11, 4))
    assert booked.changes.topics == {Topic.ACTIVITIES}
    assert (booked.changes.touched, booked.changes.added) == (
        (Rows("activities", "id", (reminder,)),),
        (Rows("activities", "id", (booking.meeting_id,)),),
    )
    assert _status(small_workspace, reminder) == ActivityStatus.CANCELLED
    with small_workspace.session() as session:
        planned = session.get(m.Activity, booking.meeting_id)
        missed = session.get(m.Activity, first)
        assert (planned.kind, planned.status, planned.activity_date, planned.start_time) == (
            "meeting",
            "planned",
            slot.date(),
            slot.time(),
        )
        assert (planned.account_id, planned.contact_id, planned.owner_id, planned.opportunity_id) == (
            missed.account_id,
            missed.contact_id,
            missed.owner_id,
            missed.opportunity_id,
        )
        assert planned.notes == "Reprogrammé après le rendez-vous non honoré du 04/11/2026."
    assert first not in [q.activity_id for q in no_show_queue(small_workspace, today=TODAY)]
    # The slot is taken now: the other no-show cannot get it, nor book it.
    (other,) = no_show_queue(small_workspace, today=TODAY)
    assert slot not in other.slots
    with pytest.raises(ValidationError):
        book_slot(small_workspace, no_show_id=other.activity_id, starts_at=slot, today=TODAY)
    redo = revert(small_workspace, booked.changes)  # undo
    assert first in [q.activity_id for q in no_show_queue(small_workspace, today=TODAY)]
    with small_workspace.session() as session:
        assert session.get(m.Activity, booking.meeting_id) is None
    revert(small_workspace, redo)  # redo: the same meeting, under the same id
    assert first not in [q.activity_id for q in no_show_queue(small_workspace, today=TODAY)]
    with small_workspace.session() as session:
        assert session.get(m.Activity, booking.meeting_id).start_time == slot.time()


def test_marking_rescheduled_without_a_slot_closes_the_no_show(small_workspace, two_no_shows) -> None:
    first, second = two_no_shows
    reminder = _reminder_of(small_workspace, date(2026, 11, 4))
    marked = mark_rescheduled(small_workspace, no_show_id=first, today=TODAY)
    assert marked.value == first
    assert (marked.changes.topics, marked.changes.added) == ({Topic.ACTIVITIES}, ())
    assert [q.activity_id for q in no_show_queue(small_workspace, today=TODAY)] == [second]
    assert _status(small_workspace, reminder) == ActivityStatus.CANCELLED  # nothing to follow up
    redo = revert(small_workspace, marked.changes)  # undo
    assert [q.activity_id for q in no_show_queue(small_workspace, today=TODAY)] == [second, first]
    assert _status(small_workspace, reminder) == ActivityStatus.PLANNED
    revert(small_workspace, redo)
    assert [q.activity_id for q in no_show_queue(small_workspace, today=TODAY)] == [second]


def test_only_a_missed_meeting_is_booked_and_never_in_the_past(small_workspace, two_no_shows) -> None:
    first, _ = two_no_shows
    held = _meeting_of(small_workspace, date(2026, 11, 13))  # a meeting held
    tomorrow = datetime.combine(date(2026, 11, 23), time(10, 0))
    with pytest.raises(ValidationError):
        book_slot(small_workspace, no_show_id=held, starts_at=tomorrow, today=TODAY)
    with pytest.raises(ValidationError):
        book_slot(small_workspace, no_show_id=first, starts_at=datetime(2026, 11, 22, 16, 0), today=TODAY)
    with pytest.raises(ValidationError):
        mark_rescheduled(small_workspace, no_show_id=held, today=TODAY)


@pytest.mark.parametrize(
    ("language", "greeting"),
    [
        ("fr", "Bonjour,\n\nNous n’avons pas pu nous voir le vendredi 20 novembre"),
        ("en", "Hello,\n\nWe could not"),
    ],
)
def test_a_no_show_without_a_contact_is_greeted_without_a_name(
    small_workspace, two_no_shows, language: str, greeting: str
) -> None:
    # « Personne en particulier »: the missed meeting of 20 November names no contact.
    queue = no_show_queue(small_workspace, today=TODAY, language=language)
    (item,) = [q for q in queue if q.activity_id == two_no_shows[1]]
    assert item.contact is None
    assert item.message.startswith(greeting)
