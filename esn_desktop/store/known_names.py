"""The names already in a workspace, which an import may refer to but must not repeat."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from esn_desktop.domain.records import KnownNames
from esn_desktop.store import models as m
from esn_desktop.store.settings_store import load_settings


def load_known_names(session: Session) -> KnownNames:
    accounts = dict(session.execute(select(m.Account.id, m.Account.name)).all())
    return KnownNames(
        salespeople=set(session.execute(select(m.Salesperson.name)).scalars()),
        channels=set(session.execute(select(m.Channel.name)).scalars()),
        accounts=set(accounts.values()),
        consultants=set(session.execute(select(m.Consultant.name)).scalars()),
        contacts={
            (accounts[aid], f"{first} {last}".strip())
            for aid, first, last in session.execute(
                select(m.Contact.account_id, m.Contact.first_name, m.Contact.last_name)
            ).all()
        },
        opportunities={
            (accounts[aid], title)
            for aid, title in session.execute(select(m.Opportunity.account_id, m.Opportunity.title)).all()
        },
        action_plans={
            (name, month.isoformat())
            for name, month in session.execute(
                select(m.Salesperson.name, m.ActionPlan.month).join(
                    m.Salesperson, m.Salesperson.id == m.ActionPlan.salesperson_id
                )
            ).all()
        },
        objectives={
            (name or "", start.isoformat(), end.isoformat())
            for name, start, end in session.execute(
                select(m.Salesperson.name, m.Objective.start_date, m.Objective.end_date).outerjoin(
                    m.Salesperson, m.Salesperson.id == m.Objective.salesperson_id
                )
            ).all()
        },
        region=load_settings(session).holiday_region,
    )


def load_activity_keys(session: Session) -> set[tuple[str, str, str, str, str]]:
    """Each activity as (kind, day ISO, account, contact "first last", notes), what tells an
    activity imported again from a new one."""
    contact = aliased(m.Contact)
    rows = session.execute(
        select(
            m.Activity.kind,
            m.Activity.activity_date,
            m.Account.name,
            contact.first_name,
            contact.last_name,
            m.Activity.notes,
        )
        .outerjoin(m.Account, m.Account.id == m.Activity.account_id)
        .outerjoin(contact, contact.id == m.Activity.contact_id)
    )
    return {
        (kind.value, day.isoformat(), account or "", f"{first or ''} {last or ''}".strip(), notes or "")
        for kind, day, account, first, last, notes in rows
    }
