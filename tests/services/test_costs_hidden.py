"""What the services give a team database's salesperson or viewer, who reads no cost: None where a
figure is made of costs (never the revenue passed off as a margin), and no objective measured on
a margin; a director reads the same workspace whole."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.kpis import ObjectiveOutcome
from esn_desktop.domain.objectives import Metric
from esn_desktop.services.consultants import list_consultants
from esn_desktop.services.dashboard import dashboard
from esn_desktop.services.logins import own_salesperson
from esn_desktop.services.objectives import objectives_in
from esn_desktop.store import models as m
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.team_database import open_team_workspace
from tests.team_roles import RoleTeam, make_role_team

TODAY = date(2026, 11, 22)
YEAR = Period(date(2025, 12, 1), date(2026, 11, 30))


@pytest.fixture
def role_team(team_database: TeamDatabase, monkeypatch: pytest.MonkeyPatch) -> RoleTeam:
    """The example, with a team objective on the margin besides its salespeople's."""
    team = make_role_team(team_database, monkeypatch)
    with open_team_workspace(team.director) as workspace, workspace.session() as session:
        criterion = m.ObjectiveCriterion(metric=Metric.MARGIN, target=Decimal(20000), weight=Decimal(1))
        session.add(m.Objective(start_date=YEAR.start, end_date=YEAR.end, criteria=[criterion]))
    return team


def _margins(outcomes: tuple[ObjectiveOutcome, ...]) -> list[ObjectiveOutcome]:
    return [o for o in outcomes if any(r.criterion.metric is Metric.MARGIN for r in o.result.criteria)]


def test_a_director_reads_margins_and_costs(role_team: RoleTeam) -> None:
    with open_team_workspace(role_team.director) as workspace:
        board = dashboard(workspace, period=YEAR, today=TODAY)
        assert any(m.margin and m.margin != m.revenue for m in board.months)
        assert all(r.cjm is not None for r in board.rates) and board.rates
        assert all(c.daily_cost is not None for c in list_consultants(workspace, today=TODAY))
        assert _margins(objectives_in(workspace, YEAR).outcomes)
        assert own_salesperson(workspace) is None


@pytest.mark.parametrize("who", ["salesperson", "viewer"])
def test_a_salesperson_or_viewer_gets_none_where_a_figure_is_made_of_costs(
    role_team: RoleTeam, who: str
) -> None:
    with open_team_workspace(getattr(role_team, who)) as workspace:
        board = dashboard(workspace, period=YEAR, today=TODAY)
        assert any(m.revenue for m in board.months)
        assert [m.margin for m in board.months] == [None] * len(board.months)
        assert board.rates and all(r.cjm is None and not r.under_cost for r in board.rates)
        assert [c.daily_cost for c in list_consultants(workspace, today=TODAY)] == [None] * 3
        view = objectives_in(workspace, YEAR)
        assert view.outcomes and _margins(view.outcomes) == []
        assert own_salesperson(workspace) == ("Camille Martin" if who == "salesperson" else None)
