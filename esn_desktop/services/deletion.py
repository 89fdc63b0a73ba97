"""Deleting an account with everything that hangs off it, keeping what an undo needs to restore it."""

from __future__ import annotations

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


def delete_account(workspace: Workspace, *, name: str) -> WorkspaceContent:
    """Deletes the account and all that goes with it, in one transaction; returns it as records."""
    with workspace.session() as session:
        account_id = session.execute(select(m.Account.id).where(m.Account.name == name)).scalar_one_or_none()
        if account_id is None:
            raise ValidationError(
                [Problem("account", "name", f"no account named {name!r}")], "nothing was deleted"
            )
        snapshot = read_content(session, account_id=account_id)
        session.execute(delete(m.Account).where(m.Account.id == account_id))  # foreign keys cascade
        return snapshot


def restore(workspace: Workspace, snapshot: WorkspaceContent) -> None:
    """Writes back what a deletion took away (with new ids; names are what items are known by)."""
    with workspace.session() as session:
        write_content(session, snapshot)
