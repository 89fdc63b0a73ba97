"""A deal won becomes a mission: what the mission form is filled in with, read from the deal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings


@dataclass(frozen=True, slots=True)
class MissionDraft:
    """A mission as its deal suggests it; the director still picks the consultant."""

    opportunity_id: int
    title: str
    account_id: int
    account: str
    amount: Decimal
    start: date
    #: None: open-ended, when no daily rate tells how long the amount lasts.
    end: date | None
    #: The account's last mission rate; None when it never had one.
    daily_rate: Decimal | None


def mission_draft(workspace: Workspace, *, opportunity_id: int, today: date) -> MissionDraft:
    """Starts on the deal's expected signature (today if it is past or unknown); with a known
    daily rate, ends once the deal's amount is worked (amount / rate working days)."""
    with workspace.session() as session:
        found = session.execute(
            select(m.Opportunity, m.Account.name)
            .join(m.Account, m.Account.id == m.Opportunity.account_id)
            .where(m.Opportunity.id == opportunity_id)
        ).one_or_none()
        if found is None:
            raise ValidationError(
                [Problem("opportunity", "id", f"no opportunity {opportunity_id}")], "the deal was not found"
            )
        deal, account = found
        rate = session.execute(
            select(m.Mission.daily_rate)
            .where(m.Mission.account_id == deal.account_id)
            .order_by(m.Mission.start_date.desc(), m.Mission.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        calendar = load_settings(session).calendar
        start = max(deal.expected_close or today, today)
        if not calendar.is_working_day(start):
            start = calendar.nth_working_day_from(start, 1)
        end = None
        if rate is not None and rate > 0:
            days = max(1, int(deal.amount // rate))
            end = calendar.nth_working_day_from(start, days)
        return MissionDraft(deal.id, deal.title, deal.account_id, account, deal.amount, start, end, rate)
