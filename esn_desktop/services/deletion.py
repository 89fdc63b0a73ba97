"""Deleting an account with everything that hangs off it, keeping what an undo needs to restore it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.store import models as m
from esn_desktop.store.content_reader import read_content
from esn_desktop.store.content_writer import write_content
from esn_desktop.store.database import Workspace


def account_deletion_impact(workspace: Workspace, account_id: int) -> dict[str, int]:
    """What goes with the account: how many contacts, opportunities, activities and missions."""
    with workspace.session() as session:
        return {
            name: session.execute(
                select(func.count()).select_from(model).where(model.account_id == account_id)
            ).scalar_one()
            for name, model in (
                ("contacts", m.Contact),
                ("opportunities", m.Opportunity),
                ("activities", m.Activity),
                ("missions", m.Mission),
            )
        }


@dataclass(frozen=True, slots=True)
class DeletedAccount:
    """What an undo writes back: the account as records, and where action plans named it."""

    content: WorkspaceContent
    #: Plans that named the account as a target.
    targeted_by: tuple[int, ...] = ()
    #: (plan, deal title, next step, due) of the plans pushing one of its deals.
    pushed_by: tuple[tuple[int, str, str, date | None], ...] = ()


def delete_account(workspace: Workspace, *, name: str) -> DeletedAccount:
    """Deletes the account and all that goes with it, in one transaction; returns it as records."""
    with workspace.session() as session:
        account_id = session.execute(select(m.Account.id).where(m.Account.name == name)).scalar_one_or_none()
        if account_id is None:
            raise ValidationError(
                [Problem("account", "name", f"no account named {name!r}")], "nothing was deleted"
            )
        snapshot = DeletedAccount(
            read_content(session, account_id=account_id),
            tuple(
                session.scalars(
                    select(m.ActionPlanAccount.plan_id).where(m.ActionPlanAccount.account_id == account_id)
                )
            ),
            tuple(
                (plan_id, title, next_step, due)
                for plan_id, title, next_step, due in session.execute(
                    select(
                        m.ActionPlanPush.plan_id,
                        m.Opportunity.title,
                        m.ActionPlanPush.next_step,
                        m.ActionPlanPush.due,
                    )
                    .join(m.Opportunity, m.Opportunity.id == m.ActionPlanPush.opportunity_id)
                    .where(m.Opportunity.account_id == account_id)
                )
            ),
        )
        session.execute(delete(m.Account).where(m.Account.id == account_id))  # foreign keys cascade
        return snapshot


def restore(workspace: Workspace, snapshot: DeletedAccount) -> None:
    """Writes back what a deletion took away (with new ids; names are what items are known by),
    and puts it back in the action plans that named it."""
    with workspace.session() as session:
        write_content(session, snapshot.content)
        (account,) = snapshot.content.accounts
        account_id = session.execute(select(m.Account.id).where(m.Account.name == account.name)).scalar_one()
        deals = dict(
            session.execute(
                select(m.Opportunity.title, m.Opportunity.id).where(m.Opportunity.account_id == account_id)
            ).all()
        )
        plans = set(session.scalars(select(m.ActionPlan.id)))  # a plan deleted since stays deleted
        session.add_all(
            m.ActionPlanAccount(plan_id=plan_id, account_id=account_id)
            for plan_id in snapshot.targeted_by
            if plan_id in plans
        )
        session.add_all(
            m.ActionPlanPush(plan_id=plan_id, opportunity_id=deals[title], next_step=next_step, due=due)
            for plan_id, title, next_step, due in snapshot.pushed_by
            if plan_id in plans
        )
