"""Who the open workspace's login is among its salespeople: a team database's salesperson login
writes as one salesperson (`salespeople.login`, store/team_roles.py), and PostgreSQL refuses an
activity, a deal or a plan they would write in another's name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.offline_copy import offline_origin


def own_salesperson(workspace: Workspace) -> str | None:
    """The salesperson a salesperson login writes as (what their forms fill in and keep), in the
    team database or in an offline copy made for them; None for any other workspace or role,
    whose forms name whoever they choose."""
    if workspace.role != "salesperson":
        return None
    if workspace.team is None:  # an offline copy: the login it was made for (SQLite has no user)
        origin = offline_origin(workspace)
        login: Any = origin.login if origin is not None else None
    else:
        login = func.current_user()
    with workspace.session() as session:
        return session.execute(
            select(m.Salesperson.name).where(m.Salesperson.login == login)
        ).scalar_one_or_none()
