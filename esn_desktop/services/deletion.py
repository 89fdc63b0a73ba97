"""Deleting an account with everything that hangs off it, as one change that undo puts back whole."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.services.changes import Changes, changing
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.snapshots import Rows


@dataclass(frozen=True, slots=True)
class AccountDeletionImpact:
    """How many of each go with an account when it is deleted: what the person is asked about."""

    contacts: int
    deals: int
    activities: int
    missions: int


def account_deletion_impact(workspace: Workspace, account_id: int) -> AccountDeletionImpact:
    """What goes with the account: how many contacts, opportunities, activities and missions."""
    with workspace.session() as session:
        counts = [
            session.execute(
                select(func.count()).select_from(model).where(model.account_id == account_id)
            ).scalar_one()
            for model in (m.Contact, m.Opportunity, m.Activity, m.Mission)
        ]
    return AccountDeletionImpact(*counts)


def _account_rows(session: Session, account_id: int) -> tuple[list[Rows], list[Rows]]:
    """Every row the account's deletion removes or changes, the foreign keys' cascades followed:
    its contacts, deals (their history, their place in action plans), activities (the slots held
    for its no-shows), missions, its place among plan targets; and, apart (they stay, losing a
    contact or a deal), another account's activities that named one of its contacts or deals."""
    key = (account_id,)

    def ids(model: type[m.Contact] | type[m.Opportunity] | type[m.Activity]) -> tuple[int, ...]:
        return tuple(session.scalars(select(model.id).where(model.account_id == account_id)))

    contacts, deals, activities = ids(m.Contact), ids(m.Opportunity), ids(m.Activity)
    rows = [
        Rows("accounts", "id", key),
        Rows("contacts", "account_id", key),
        Rows("opportunities", "account_id", key),
        Rows("activities", "account_id", key),
        Rows("missions", "account_id", key),
        Rows("action_plan_accounts", "account_id", key),
    ]
    emptied = []
    if deals:
        rows += [
            Rows("stage_changes", "opportunity_id", deals),
            Rows("action_plan_pushes", "opportunity_id", deals),
        ]
        emptied.append(Rows("activities", "opportunity_id", deals))
    if contacts:
        emptied.append(Rows("activities", "contact_id", contacts))
    if activities:
        rows.append(Rows("slot_holds", "no_show_id", activities))
    return rows, emptied


def delete_account(workspace: Workspace, *, name: str) -> Changes:
    """Deletes the account and all that goes with it, in one transaction; undoing it puts every
    row back as it was, ids included (the action plans find their targets and deals again)."""
    with changing(workspace) as change:
        session = change.session
        account_id = session.execute(select(m.Account.id).where(m.Account.name == name)).scalar_one_or_none()
        if account_id is None:
            raise ValidationError(
                [Problem("account", "name", f"no account named {name!r}")], "nothing was deleted"
            )
        removed, emptied = _account_rows(session, account_id)
        change.touches(*removed)
        change.touches_by_id(*emptied)
        session.execute(delete(m.Account).where(m.Account.id == account_id))  # foreign keys cascade
        return change.changes()
