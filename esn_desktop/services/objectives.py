"""Objectives over a period, each measured on its own dates, and the team's share reaching 100%;
setting one (a salesperson's or the whole team's), changing and deleting it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.kpis import ObjectiveOutcome
from esn_desktop.domain.objectives import Criterion, Metric, objective_rule_breaks, reaching_share
from esn_desktop.services.changes import Changed, Changes, changing
from esn_desktop.services.kpis import objective_outcomes
from esn_desktop.store import kpi_queries as q
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings
from esn_desktop.store.snapshots import Rows

#: How a refusal names the objective (the CLI's item, the window's general line).
ITEM = "objective"


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


@dataclass(frozen=True, slots=True)
class ObjectiveTerms:
    """What an objective says: whose (None: the whole team), over which dates, on which criteria."""

    salesperson_id: int | None
    start: date
    end: date
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True, slots=True)
class StoredObjective:
    """One objective as stored, to fill its form."""

    id: int
    salesperson: str | None
    terms: ObjectiveTerms


def objective_rows(objective_id: int) -> list[Rows]:
    """One objective and its criteria: what changing or deleting it changes."""
    return [
        Rows("objectives", "id", (objective_id,)),
        Rows("objective_criteria", "objective_id", (objective_id,)),
    ]


def salespeople_to_aim(workspace: Workspace) -> list[tuple[int, str]]:
    """The salespeople an objective may be set for, by name: (id, name)."""
    with workspace.session() as session:
        rows = session.execute(select(m.Salesperson.id, m.Salesperson.name).order_by(m.Salesperson.name))
        return [(salesperson_id, name) for salesperson_id, name in rows]


def stored_objective(workspace: Workspace, objective_id: int) -> StoredObjective:
    """The objective `objective_id` as stored now; refused when it is gone (deleted meanwhile)."""
    with workspace.session() as session:
        objective = session.get(m.Objective, objective_id)
        if objective is None:
            raise _gone(objective_id, "the objective was not found")
        salesperson = (
            session.get(m.Salesperson, objective.salesperson_id) if objective.salesperson_id else None
        )
        criteria = tuple(Criterion(c.metric, c.target, c.weight) for c in objective.criteria)
        terms = ObjectiveTerms(objective.salesperson_id, objective.start_date, objective.end_date, criteria)
        return StoredObjective(objective.id, salesperson.name if salesperson else None, terms)


def objective_problems(session: Session, terms: ObjectiveTerms, objective_id: int | None) -> list[Problem]:
    """Every reason to refuse these terms: the rules every objective keeps (the importer's too),
    a salesperson that is not (or no longer) there, and another objective of the same person
    (or the team) over the very same dates."""
    problems = []
    for rule_break in objective_rule_breaks(terms.start, terms.end, terms.criteria):
        field = rule_break.field if rule_break.index is None else f"{rule_break.field} {rule_break.index + 1}"
        problems.append(Problem(ITEM, field, rule_break.message))
    if terms.salesperson_id is not None and session.get(m.Salesperson, terms.salesperson_id) is None:
        problems.append(Problem(ITEM, "salesperson", f"no salesperson {terms.salesperson_id}"))
    same = select(m.Objective.id).where(
        m.Objective.salesperson_id.is_(None)
        if terms.salesperson_id is None
        else m.Objective.salesperson_id == terms.salesperson_id,
        m.Objective.start_date == terms.start,
        m.Objective.end_date == terms.end,
    )
    if objective_id is not None:
        same = same.where(m.Objective.id != objective_id)
    if session.execute(same.limit(1)).first() is not None:
        problems.append(Problem(ITEM, "start", "an objective over these dates is already set for them"))
    return problems


def save_objective(workspace: Workspace, *, objective_id: int | None, terms: ObjectiveTerms) -> Changed[int]:
    """Sets (objective_id None) or changes an objective and its criteria in one transaction;
    refuses it whole, listing every problem, when it breaks a rule or repeats another."""
    touches = objective_rows(objective_id) if objective_id is not None else []
    with changing(workspace, touches=touches, adds_to=("objectives", "objective_criteria")) as change:
        session = change.session
        problems = objective_problems(session, terms, objective_id)
        if problems:
            raise ValidationError(problems, "the objective was refused")
        objective = change.lock(m.Objective, objective_id) if objective_id is not None else m.Objective()
        if objective is None:
            raise _gone(objective_id, "the objective was refused")
        objective.salesperson_id = terms.salesperson_id
        objective.start_date, objective.end_date = terms.start, terms.end
        # The criteria are written anew, in the form's order: the tab shows them in it.
        objective.criteria = [
            m.ObjectiveCriterion(metric=c.metric, target=c.target, weight=c.weight) for c in terms.criteria
        ]
        session.add(objective)
        session.flush()
        return change.done(objective.id)


def delete_objective(workspace: Workspace, *, objective_id: int) -> Changes:
    """Deletes an objective with its criteria (nothing else refers to one)."""
    with changing(workspace, touches=objective_rows(objective_id)) as change:
        objective = change.session.get(m.Objective, objective_id)
        if objective is not None:
            change.session.delete(objective)
        return change.changes()


def _gone(objective_id: int | None, summary: str) -> ValidationError:
    return ValidationError([Problem(ITEM, "id", f"no objective {objective_id}")], summary)
