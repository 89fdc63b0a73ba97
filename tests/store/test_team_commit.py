"""A team database's connection lost while a change is written: before its commit nothing was
written; at its commit the server may have taken it, and that is said, never "nothing"."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from esn_desktop.services.changes import answering
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.errors import WorkspaceError
from tests.postgres_server import PostgresServer


def cut(postgres: PostgresServer, workspace: Workspace, pid: int) -> None:
    """The server ends this connection, as a restart or a lost network would."""
    assert workspace.team is not None
    postgres.sql(f"SELECT pg_terminate_backend({pid})", database=workspace.team.database)


def test_cut_as_the_change_is_committed_it_may_have_been_saved(
    postgres: PostgresServer, team_workspace: Workspace
) -> None:
    with (
        pytest.raises(WorkspaceError) as raised,
        answering(team_workspace),
        team_workspace.session() as session,
    ):
        session.add(m.Salesperson(name="Camille Roux"))
        session.flush()
        cut(postgres, team_workspace, session.execute(text("SELECT pg_backend_pid()")).scalar_one())
    assert raised.value.reason == "team_commit_unknown"
    assert "it may have been saved; check it before saving again" in str(raised.value)


def test_cut_before_the_commit_nothing_was_written(
    postgres: PostgresServer, team_workspace: Workspace
) -> None:
    with (
        pytest.raises(WorkspaceError) as raised,
        answering(team_workspace),
        team_workspace.session() as session,
    ):
        cut(postgres, team_workspace, session.execute(text("SELECT pg_backend_pid()")).scalar_one())
        session.add(m.Salesperson(name="Camille Roux"))
        session.flush()
    assert raised.value.reason == "team_no_answer"
    with team_workspace.session() as session:  # the pool's next connection is a new one
        assert session.scalar(select(func.count()).select_from(m.Salesperson)) == 0


def test_a_statement_the_driver_refuses_is_not_a_lost_server(team_workspace: Workspace) -> None:
    too_many = list(range(70_000))  # over the protocol's 65,535 parameters: refused by psycopg
    with pytest.raises(Exception) as raised, answering(team_workspace), team_workspace.session() as session:
        session.execute(select(m.Salesperson.id).where(m.Salesperson.id.in_(too_many))).all()
    assert getattr(raised.value, "reason", "") not in ("team_no_answer", "team_commit_unknown")
