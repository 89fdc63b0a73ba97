"""The no-show queue: missed meetings not yet rescheduled, each with a message offering free slots;
booking one of them, or marking the meeting rescheduled by other means."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import quote

from babel.dates import format_datetime
from sqlalchemy import delete, func, literal, select
from sqlalchemy.orm import Session, aliased

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.no_shows import (
    QUEUE_DAYS,
    Agenda,
    Hold,
    hold_stands,
    offer_slots,
    offers_end,
    reminder_day,
)
from esn_desktop.services.changes import Change, Changed, changing
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings
from esn_desktop.store.snapshots import Rows

MESSAGES = {
    "fr": (
        "Rendez-vous à reprogrammer",
        "Bonjour{first_name},\n\n"
        "Nous n’avons pas pu nous voir le {missed} comme prévu. {offer}\n\n"
        "Bien cordialement,\n{salesperson}\n{company}",
        # No-break spaces before the colon and question mark, as French writes them: a mail
        # client wrapping the line never leaves them alone at the start of the next.
        "Je vous propose ces nouveaux créneaux\u00a0:\n{slots}\n\n"
        "Dites-moi celui qui vous convient le mieux, ou proposez-m’en un autre.",
        "Quels jours et heures vous conviendraient pour nous voir dans les prochains jours\u00a0?",
    ),
    "en": (
        "Rescheduling our meeting",
        "Hello{first_name},\n\n"
        "We could not meet on {missed} as planned. {offer}\n\n"
        "Best regards,\n{salesperson}\n{company}",
        "Here are new slots:\n{slots}\n\nLet me know which suits you best, or suggest another one.",
        "Which days and times would suit you to meet in the coming days?",
    ),
}


@dataclass(frozen=True, slots=True)
class _MessageContext:
    """What every message of one queue shares: composed only for the item a person opens."""

    company: str
    language: str


@dataclass(frozen=True, slots=True)
class NoShowItem:
    activity_id: int
    account_id: int
    account: str
    day: date
    contact: str | None
    first_name: str | None
    email: str | None
    salesperson: str | None
    owner_id: int | None
    #: Free slots offered to this no-show alone, earliest first (none when the coming days are full).
    slots: tuple[datetime, ...]
    context: _MessageContext = field(repr=False, compare=False)

    @property
    def subject(self) -> str:
        return MESSAGES.get(self.context.language, MESSAGES["fr"])[0]

    @property
    def message(self) -> str:
        c = self.context
        _subject, template, with_slots, without_slots = MESSAGES.get(c.language, MESSAGES["fr"])
        locale = "fr_FR" if c.language == "fr" else "en_GB"
        slot_lines = "\n".join(
            f"- {_spoken_day(s, locale)}, {format_datetime(s, 'HH:mm', locale=locale)}" for s in self.slots
        )
        return template.format(
            # Without a contact, the greeting stands alone: « Bonjour, », not « Bonjour , ».
            first_name=f" {self.first_name}" if self.first_name else "",
            missed=_spoken_day(datetime.combine(self.day, datetime.min.time()), locale),
            offer=with_slots.format(slots=slot_lines) if self.slots else without_slots,
            salesperson=self.salesperson or "",
            company=c.company,
        )

    @property
    def mailto(self) -> str:
        return f"mailto:{self.email or ''}?subject={quote(self.subject)}&body={quote(self.message)}"


def _spoken_day(moment: datetime, locale: str) -> str:
    """A day as a letter says it: "mardi 1er décembre", "Tuesday 1 December"."""
    day = "1er" if moment.day == 1 and locale.startswith("fr") else str(moment.day)
    return format_datetime(moment, f"EEEE '{day}' MMMM", locale=locale)


#: The reminder's note, in French as the booked meeting's below: the account's history shows it.
REMINDER_NOTE = "Relance après le rendez-vous non honoré du {day}."
#: What the note was before it was French: an offline copy taken then may still send one back.
EARLIER_REMINDER_NOTE = "no-show {day}"


def reminder_notes(missed: date) -> tuple[str, str]:
    """The notes the reminder of a meeting missed on `missed` carries: today's, then the earlier one.

    An offline sync knows a reminder from the no-show mark it goes with by its note
    (services/offline.py).
    """
    return (
        REMINDER_NOTE.format(day=missed.strftime("%d/%m/%Y")),
        EARLIER_REMINDER_NOTE.format(day=missed.isoformat()),
    )


def mark_no_show(workspace: Workspace, *, activity_id: int) -> Changed[int]:
    """Marks a meeting as a no-show and plans the follow-up reminder; returns the reminder's id."""
    # The meeting changes status and the reminder is a new activity: both undone together.
    with changing(
        workspace, touches=[Rows("activities", "id", (activity_id,))], adds_to=("activities",)
    ) as change:
        session = change.session
        meeting = change.lock(m.Activity, activity_id)
        if meeting is None or meeting.kind is not ActivityKind.MEETING:
            raise ValidationError(
                [Problem("activity", "kind", "only a meeting can be a no-show")], "nothing changed"
            )
        meeting.status = ActivityStatus.NO_SHOW
        settings = load_settings(session)
        reminder = m.Activity(
            kind=ActivityKind.FOLLOW_UP,
            status=ActivityStatus.PLANNED,
            activity_date=reminder_day(meeting.activity_date, settings.calendar),
            account_id=meeting.account_id,
            contact_id=meeting.contact_id,
            owner_id=meeting.owner_id,
            opportunity_id=meeting.opportunity_id,
            notes=reminder_notes(meeting.activity_date)[0],
        )
        session.add(reminder)
        session.flush()
        return change.done(reminder.id)


def no_show_queue(workspace: Workspace, *, today: date, language: str = "fr") -> list[NoShowItem]:
    """No-show meetings of the last QUEUE_DAYS days, not marked rescheduled, whose account has had
    no meeting planned or held since; newest first, each with its own free slots."""
    since = today - timedelta(days=QUEUE_DAYS)
    later = aliased(m.Activity)
    # Looked up through the account's own activities. Left to itself SQLite walks every meeting
    # by date for each no-show (50 s at 500,000 activities); coalesce() hides `kind` from the
    # kind/date index so that the account index is used (20 ms).
    rescheduled = (
        select(literal(1))
        .select_from(later)
        .where(later.account_id == m.Activity.account_id)
        .where(func.coalesce(later.kind, "") == ActivityKind.MEETING)
        .where(later.status.in_([ActivityStatus.PLANNED, ActivityStatus.DONE]))
        .where(later.activity_date > m.Activity.activity_date)
        .exists()
    )
    statement = (
        select(
            m.Activity,
            m.Account.name,
            m.Contact.first_name,
            m.Contact.last_name,
            m.Contact.email,
            m.Salesperson.name,
        )
        .join(m.Account, m.Account.id == m.Activity.account_id)
        .outerjoin(m.Contact, m.Contact.id == m.Activity.contact_id)
        .outerjoin(m.Salesperson, m.Salesperson.id == m.Activity.owner_id)
        .where(m.Activity.kind == ActivityKind.MEETING, m.Activity.status == ActivityStatus.NO_SHOW)
        .where(m.Activity.activity_date >= since)
        .where(m.Activity.rescheduled_on.is_(None), ~rescheduled)
        .order_by(m.Activity.activity_date.desc(), m.Activity.id.desc())
    )
    with workspace.session() as session:
        settings = load_settings(session)
        rows = session.execute(statement).all()
        by_owner: dict[int | None, list[int]] = defaultdict(list)
        for activity, *_ in rows:
            by_owner[activity.owner_id].append(activity.id)
        last = offers_end(today=today, calendar=settings.calendar)
        agendas = _agendas(session, [o for o in by_owner if o is not None], today, last)
        holds = _holds(session, [activity.id for activity, *_ in rows])
    slots: dict[int, list[datetime]] = {}
    for owner, no_shows in by_owner.items():
        slots |= offer_slots(
            no_shows=no_shows,
            holds=[h for n in no_shows for h in holds.get(n, ())],
            agenda=agendas.get(owner, Agenda()) if owner is not None else Agenda(),
            today=today,
            calendar=settings.calendar,
        )
    context = _MessageContext(settings.company_name, language)
    return [
        NoShowItem(
            activity.id,
            activity.account_id or 0,
            account,
            activity.activity_date,
            f"{first_name or ''} {last_name or ''}".strip() or None,
            first_name,
            email,
            salesperson,
            activity.owner_id,
            tuple(slots[activity.id]),
            context,
        )
        for activity, account, first_name, last_name, email, salesperson in rows
    ]


def _agendas(session: Session, owners: Sequence[int], today: date, last: date) -> dict[int, Agenda]:
    """What each salesperson's days after `today` up to `last` hold: planned activities and leave.

    A salesperson's leave is that of the consultant of the same name: in a small ESN the
    director and the salespeople who also deliver are on the consultants' list, with their leave.
    """
    if not owners:
        return {}
    busy: dict[int | None, list[datetime]] = defaultdict(list)
    untimed: dict[int | None, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for owner, kind, day, start in session.execute(
        select(m.Activity.owner_id, m.Activity.kind, m.Activity.activity_date, m.Activity.start_time)
        .where(m.Activity.owner_id.in_(owners), m.Activity.status == ActivityStatus.PLANNED)
        .where(m.Activity.activity_date > today, m.Activity.activity_date <= last)
    ):
        if start is not None:
            busy[owner].append(datetime.combine(day, start))
        elif kind is ActivityKind.MEETING:
            untimed[owner][day] += 1
    leave: dict[int, list[Period]] = defaultdict(list)
    for owner, first, end in session.execute(
        select(m.Salesperson.id, m.Leave.start_date, m.Leave.end_date)
        .join(m.Consultant, m.Consultant.name == m.Salesperson.name)
        .join(m.Leave, m.Leave.consultant_id == m.Consultant.id)
        .where(m.Salesperson.id.in_(owners), m.Leave.end_date > today, m.Leave.start_date <= last)
    ):
        leave[owner].append(Period(first, end))
    return {o: Agenda(busy[o], dict(untimed[o]), leave[o]) for o in owners}


def _holds(session: Session, no_shows: Sequence[int]) -> dict[int, list[Hold]]:
    holds: dict[int, list[Hold]] = defaultdict(list)
    for no_show, starts_at, held_on in session.execute(
        select(m.SlotHold.no_show_id, m.SlotHold.starts_at, m.SlotHold.held_on).where(
            m.SlotHold.no_show_id.in_(no_shows)
        )
    ):
        holds[no_show].append(Hold(no_show, starts_at, held_on))
    return holds


def hold_slots(
    workspace: Workspace, *, no_show_id: int, slots: Sequence[datetime], today: date
) -> Changed[int]:
    """Keeps the slots just sent to a no-show's contact from every other offer (HOLD_DAYS long);
    a slot already held keeps its first day. Returns how many slots are newly held.

    The holds are the record of a message gone out, which no undo takes back: the change stays
    off the history. Nor does any view show it: the queue offers the same slots, held or not."""
    held = Rows("slot_holds", "no_show_id", (no_show_id,))
    with changing(workspace, touches=[held], adds_to=("slot_holds",)) as change:
        session = change.session
        kept = {
            h.starts_at
            for h in _holds(session, [no_show_id]).get(no_show_id, [])
            if h.starts_at in slots and hold_stands(h, today=today)
        }
        session.execute(
            delete(m.SlotHold).where(m.SlotHold.no_show_id == no_show_id, m.SlotHold.starts_at.not_in(kept))
        )
        new = [s for s in slots if s not in kept]
        session.add_all(m.SlotHold(no_show_id=no_show_id, starts_at=s, held_on=today) for s in new)
        return Changed(len(new), change.unrecorded(frozenset()))


@dataclass(frozen=True, slots=True)
class Booking:
    """What booking a slot changed: the meeting planned, for the no-show it answers."""

    meeting_id: int
    no_show_id: int
    starts_at: datetime


def _no_show(change: Change, no_show_id: int) -> m.Activity:
    """The missed meeting `no_show_id`, locked for this write (another's refused: `Change.lock`)."""
    meeting = change.lock(m.Activity, no_show_id)
    if (
        meeting is None
        or meeting.kind is not ActivityKind.MEETING
        or meeting.status is not ActivityStatus.NO_SHOW
    ):
        raise ValidationError([Problem("activity", "status", "not a missed meeting")], "nothing changed")
    return meeting


def _cancel_reminder(change: Change, missed: m.Activity) -> None:
    """The reminder `mark_no_show` planned for `missed` is cancelled: the meeting is planned
    again, there is nothing left to follow up. One the person changed (its note, or done) stays."""
    session = change.session
    planned = session.scalars(
        select(m.Activity.id).where(
            m.Activity.kind == ActivityKind.FOLLOW_UP,
            m.Activity.status == ActivityStatus.PLANNED,
            m.Activity.account_id == missed.account_id,
            m.Activity.owner_id == missed.owner_id
            if missed.owner_id is not None
            else m.Activity.owner_id.is_(None),
            m.Activity.notes.in_(reminder_notes(missed.activity_date)),
        )
    ).all()
    if not planned:
        return
    change.touches(Rows("activities", "id", tuple(planned)))
    for reminder_id in planned:
        if (reminder := change.lock(m.Activity, reminder_id)) is not None:
            reminder.status = ActivityStatus.CANCELLED


def book_slot(workspace: Workspace, *, no_show_id: int, starts_at: datetime, today: date) -> Changed[Booking]:
    """Plans the meeting missed on `no_show_id` again at `starts_at`, with the same account,
    contact, salesperson and deal; the no-show leaves the queue, being followed by a meeting.

    It adds that meeting and cancels the no-show's reminder: the no-show stays as it was, and its
    holds end with its place in the queue (`no_show_queue` reads only the holds of the no-shows
    queued)."""
    with changing(workspace, adds_to=("activities",)) as change:
        session = change.session
        missed = _no_show(change, no_show_id)
        problems = []
        if starts_at.date() <= today:
            problems.append(Problem("meeting", "date", "must be after today"))
        elif missed.owner_id is not None:
            agenda = _agendas(session, [missed.owner_id], today, starts_at.date())[missed.owner_id]
            if not agenda.is_free(starts_at):
                problems.append(Problem("meeting", "date", "the salesperson is not free then"))
        if problems:
            raise ValidationError(problems, "the slot was not booked")
        meeting = m.Activity(
            kind=ActivityKind.MEETING,
            status=ActivityStatus.PLANNED,
            activity_date=starts_at.date(),
            start_time=starts_at.time(),
            account_id=missed.account_id,
            contact_id=missed.contact_id,
            owner_id=missed.owner_id,
            opportunity_id=missed.opportunity_id,
            notes=RESCHEDULED_NOTE.format(day=missed.activity_date.strftime("%d/%m/%Y")),
        )
        session.add(meeting)
        _cancel_reminder(change, missed)
        session.flush()
        return change.done(Booking(meeting.id, no_show_id, starts_at))


#: The booked meeting's note: in French, as the invitation sent to the contact shows it.
RESCHEDULED_NOTE = "Reprogrammé après le rendez-vous non honoré du {day}."


def mark_rescheduled(workspace: Workspace, *, no_show_id: int, today: date) -> Changed[int]:
    """The no-show was rescheduled outside the app (agreed by phone): it leaves the queue, its
    slots are free again and its reminder is cancelled. Returns the no-show's id."""
    with changing(workspace, touches=[Rows("activities", "id", (no_show_id,))]) as change:
        missed = _no_show(change, no_show_id)
        missed.rescheduled_on = today
        _cancel_reminder(change, missed)
        return change.done(no_show_id)
