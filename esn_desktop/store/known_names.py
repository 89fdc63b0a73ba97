"""The names already in a workspace, which an import may refer to but must not repeat."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

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
        region=load_settings(session).holiday_region,
    )
