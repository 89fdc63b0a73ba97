"""Objectives over a period, each measured on its own dates, and the team's share reaching 100%."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.kpis import ObjectiveOutcome
from esn_desktop.domain.objectives import Metric, reaching_share
from esn_desktop.services.kpis import objective_outcomes
from esn_desktop.store import kpi_queries as q
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings


@dataclass(frozen=True, slots=True)
class ObjectivesView:
    outcomes: tuple[ObjectiveOutcome, ...]
    team_reaching_share: Decimal | None
    achievement_cap: Decimal


def objectives_in(workspace: Workspace, period: Period) -> ObjectivesView:
    """The objectives as the login may read them: a salesperson or a viewer of a team database
    sees none measured on a margin (without costs its score would count the revenue as margin,
    and its target tell the margin), as in their `kpi` (`KpiReport.without_costs`)."""
    with workspace.session() as session:
        settings = load_settings(session)
        outcomes = objective_outcomes(session, period, settings)
        if q.costs_hidden(session):
            outcomes = [
                o for o in outcomes if not any(r.criterion.metric is Metric.MARGIN for r in o.result.criteria)
            ]
    individual = [o.result for o in outcomes if o.salesperson is not None]
    return ObjectivesView(tuple(outcomes), reaching_share(individual), settings.achievement_cap)
