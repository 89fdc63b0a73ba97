"""The no-show queue: missed meetings not yet rescheduled, each with a message offering three slots."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import quote

from babel.dates import format_datetime
from sqlalchemy import func, literal, select
from sqlalchemy.orm import aliased

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import WorkingCalendar
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.no_shows import QUEUE_DAYS, free_slots, reminder_day
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings

MESSAGES = {
    "fr": (
        "Rendez-vous à reprogrammer",
        "Bonjour {first_name},\n\n"
        "Nous n'avons pas pu nous voir le {missed} comme prévu. Je vous propose trois nouveaux créneaux :\n"
        "{slots}\n\n"
        "Dites-moi celui qui vous convient le mieux, ou proposez-m'en un autre.\n\n"
        "Bien cordialement,\n{salesperson}\n{company}",
    ),
    "en": (
        "Rescheduling our meeting",
        "Hello {first_name},\n\n"
        "We could not meet on {missed} as planned. Here are three new slots:\n"
        "{slots}\n\n"
        "Let me know which suits you best, or suggest another one.\n\n"
        "Best regards,\n{salesperson}\n{company}",
    ),
}


@dataclass(frozen=True, slots=True)
class _MessageContext:
    """What every message of one queue shares: composed only for the item a person opens."""

    today: date
    calendar: WorkingCalendar
    company: str
    language: str
    #: salesperson id -> day -> meetings already planned.
    planned: dict[int | None, dict[date, int]]


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
    context: _MessageContext = field(repr=False, compare=False)

    @property
    def slots(self) -> list[datetime]:
        c = self.context
        return free_slots(after=c.today, calendar=c.calendar, planned=c.planned.get(self.owner_id, {}))

    @property
    def subject(self) -> str:
        return MESSAGES.get(self.context.language, MESSAGES["fr"])[0]

    @property
    def message(self) -> str:
        c = self.context
        template = MESSAGES.get(c.language, MESSAGES["fr"])[1]
        locale = "fr_FR" if c.language == "fr" else "en_GB"
        slot_lines = "\n".join(
            f"- {format_datetime(s, 'EEEE d MMMM, HH:mm', locale=locale)}" for s in self.slots
        )
        missed = datetime.combine(self.day, datetime.min.time())
        return template.format(
            first_name=self.first_name or "",
            missed=format_datetime(missed, "EEEE d MMMM", locale=locale),
            slots=slot_lines,
            salesperson=self.salesperson or "",
            company=c.company,
        )

    @property
    def mailto(self) -> str:
        return f"mailto:{self.email or ''}?subject={quote(self.subject)}&body={quote(self.message)}"


def mark_no_show(workspace: Workspace, *, activity_id: int) -> int:
    """Marks a meeting as a no-show and plans the follow-up reminder; returns the reminder's id."""
    with workspace.session() as session:
        meeting = session.get(m.Activity, activity_id)
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
            notes=f"no-show {meeting.activity_date.isoformat()}",
        )
        session.add(reminder)
        session.flush()
        return reminder.id


def no_show_queue(workspace: Workspace, *, today: date, language: str = "fr") -> list[NoShowItem]:
    """No-show meetings of the last QUEUE_DAYS days whose account has had no meeting planned or
    held since; newest first."""
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
        .where(~rescheduled)
        .order_by(m.Activity.activity_date.desc(), m.Activity.id.desc())
    )
    with workspace.session() as session:
        settings = load_settings(session)
        rows = session.execute(statement).all()
        owners = {activity.owner_id for activity, *_ in rows}
        planned: dict[int | None, dict[date, int]] = {owner: {} for owner in owners}
        for owner, day, meetings in session.execute(
            select(m.Activity.owner_id, m.Activity.activity_date, func.count())
            .where(m.Activity.kind == ActivityKind.MEETING, m.Activity.status == ActivityStatus.PLANNED)
            .where(
                m.Activity.activity_date > today,
                m.Activity.owner_id.in_([o for o in owners if o is not None]),
            )
            .group_by(m.Activity.owner_id, m.Activity.activity_date)
        ).all():
            planned[owner][day] = meetings
    context = _MessageContext(today, settings.calendar, settings.company_name, language, planned)
    # Read this year's and next year's holidays now, on the caller's thread (the window's worker),
    # rather than when the first message is composed on the UI thread (a third of a second).
    for year in (today.year, today.year + 1):
        settings.calendar.is_working_day(today.replace(year=year, month=1, day=1))
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
            context,
        )
        for activity, account, first_name, last_name, email, salesperson in rows
    ]
