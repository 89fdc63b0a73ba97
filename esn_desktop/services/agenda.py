"""Planned activities written as .ics files: a period of them, or one meeting's invitation."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from esn_desktop.domain.activities import ActivityStatus
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.interchange.ics import CalendarEvent, calendar_of, write_ics
from esn_desktop.private_files import refuse_existing
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings


def _events(session: Session, statement: Select[m.Activity]) -> list[CalendarEvent]:
    owner = aliased(m.Salesperson)
    rows = session.execute(
        statement.add_columns(
            m.Account.name,
            m.Contact.first_name,
            m.Contact.last_name,
            m.Contact.email,
            owner.name,
            owner.email,
            m.Opportunity.title,
        )
        .outerjoin(m.Account, m.Account.id == m.Activity.account_id)
        .outerjoin(m.Contact, m.Contact.id == m.Activity.contact_id)
        .outerjoin(owner, owner.id == m.Activity.owner_id)
        .outerjoin(m.Opportunity, m.Opportunity.id == m.Activity.opportunity_id)
        .order_by(m.Activity.activity_date, m.Activity.start_time, m.Activity.id)
    ).all()
    return [
        CalendarEvent(
            a.id,
            a.kind,
            a.activity_date,
            a.start_time,
            account,
            f"{first or ''} {last or ''}".strip() or None,
            email,
            salesperson,
            salesperson_email,
            deal,
            a.notes or None,
        )
        for a, account, first, last, email, salesperson, salesperson_email, deal in rows
    ]


def write_calendar(
    workspace: Workspace, path: Path, *, period: Period, salesperson: str | None = None, force: bool = False
) -> int:
    """Writes the planned activities of `period` (of one salesperson, or everyone's) to one .ics
    file; returns how many. An existing file is refused unless `force`."""
    refuse_existing(path, force=force)  # before reading anything
    statement = (
        select(m.Activity)
        .where(m.Activity.status == ActivityStatus.PLANNED)
        .where(m.Activity.activity_date >= period.start, m.Activity.activity_date <= period.end)
    )
    with workspace.session() as session:
        if salesperson is not None:
            owner_id = session.execute(
                select(m.Salesperson.id).where(m.Salesperson.name == salesperson)
            ).scalar_one_or_none()
            if owner_id is None:
                raise ValidationError(
                    [Problem("salesperson", "name", f"no salesperson named {salesperson!r}")], "no calendar"
                )
            statement = statement.where(m.Activity.owner_id == owner_id)
        events = _events(session, statement)
        company = load_settings(session).company_name
    write_ics(path, calendar_of(events, company=company), force=force)
    return len(events)


def write_invitation(workspace: Workspace, path: Path, *, activity_id: int, force: bool = False) -> None:
    """Writes the invitation to one planned activity (a booked meeting) for its contact."""
    with workspace.session() as session:
        events = _events(
            session,
            select(m.Activity).where(
                m.Activity.id == activity_id, m.Activity.status == ActivityStatus.PLANNED
            ),
        )
        company = load_settings(session).company_name
    if not events:
        raise ValidationError([Problem("activity", "status", "not a planned activity")], "no invitation")
    write_ics(path, calendar_of(events, company=company, invitation=True), force=force)
