"""Who the open workspace's login is among its salespeople: a team database's salesperson login
writes as one salesperson (`salespeople.login`, store/team_roles.py), and PostgreSQL refuses an
activity, a deal or a plan they would write in another's name."""

from __future__ import annotations

from sqlalchemy import func, select

from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace


def own_salesperson(workspace: Workspace) -> str | None:
    """The salesperson a salesperson login writes as (what their forms fill in and keep); None
    for a file or any other role, whose forms name whoever they choose."""
    if workspace.role != "salesperson":
        return None
    with workspace.session() as session:
        return session.execute(
            select(m.Salesperson.name).where(m.Salesperson.login == func.current_user())
        ).scalar_one_or_none()
