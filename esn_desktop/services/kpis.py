"""The firm's KPIs over a period: the one computation behind `kpi`, the dashboard and the reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from esn_desktop.domain.activities import ActivityStatus
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.kpis import (
    ConsultantFacts,
    Delivery,
    KpiReport,
    MissionFacts,
    ObjectiveFacts,
    ObjectiveOutcome,
    SalesFacts,
    build_report,
    delivery,
)
from esn_desktop.domain.objectives import (
    ACTIVITY_METRICS,
    METRIC_OF_ACTIVITY,
    Criterion,
    CriterionResult,
    Metric,
    score,
)
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.settings import WorkspaceSettings
from esn_desktop.domain.staffing import Absences
from esn_desktop.store import kpi_queries as q
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings


def compute_kpis(workspace: Workspace, *, period: Period, salesperson: str | None = None) -> KpiReport:
    """The KPIs of the period; with `salesperson`, theirs: their deals, their meetings, the missions
    on their accounts and their objectives (channel costs stay the firm's)."""
    with workspace.session() as session:
        return kpis_in(session, period, salesperson=salesperson)


def kpis_in(
    session: Session,
    period: Period,
    *,
    salesperson: str | None = None,
    facts: DeliveryFacts | None = None,
    objectives_memo: dict[tuple[int, ...], list[ObjectiveOutcome]] | None = None,
) -> KpiReport:
    """The KPIs in an open session; `facts` (read for a span holding the period) saves a read,
    and `objectives_memo` a second measure of the same objectives."""
    settings = load_settings(session)
    owner_id = q.salesperson_id(session, salesperson) if salesperson else None
    if salesperson and owner_id is None:
        raise ValidationError(
            [Problem("kpi", "salesperson", f"no salesperson named {salesperson!r}")], "no KPI"
        )
    closed = q.closed_counts(session, period, owner_id=owner_id)
    meetings = q.meeting_counts(session, period, owner_id=owner_id)
    sales = SalesFacts(
        pipeline=q.open_pipeline(session, period, owner_id=owner_id),
        won=closed.get(Stage.WON, 0),
        lost=closed.get(Stage.LOST, 0),
        meetings_held=meetings.get(ActivityStatus.DONE, 0),
        no_shows=meetings.get(ActivityStatus.NO_SHOW, 0),
        channels=q.channel_facts(session, period),
    )
    outcomes = objective_outcomes(session, period, settings, objectives_memo)
    report = build_report(
        period=period,
        delivered=facts.delivery(period)
        if facts is not None
        else delivery_in(session, period, settings, account_owner_id=owner_id),
        sales=sales,
        objectives=[o for o in outcomes if o.salesperson == salesperson] if salesperson else outcomes,
    )
    return report.without_costs() if q.costs_hidden(session) else report


@dataclass(frozen=True, slots=True)
class DeliveryFacts:
    """Missions, consultants and leave read once for a span, then figured for any period in it."""

    missions: list[MissionFacts]
    consultants: list[ConsultantFacts]
    leaves: dict[int, list[Period]]
    settings: WorkspaceSettings
    #: Every consultant employed counts in the available days (not only a salesperson's).
    whole_team: bool
    absences: dict[int, Absences] = field(default_factory=dict)
    #: Each period figured once (the dashboard asks for the period among its months, twice).
    figured: dict[Period, Delivery] = field(default_factory=dict)
    #: Each mission beside its span, made once rather than once a period.
    spans: list[tuple[Period, MissionFacts]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.absences.update({c.id: Absences(self.leaves.get(c.id, ())) for c in self.consultants})
        self.spans.extend((ms.terms.span, ms) for ms in self.missions)

    def delivery(self, period: Period) -> Delivery:
        if period not in self.figured:
            self.figured[period] = self._figure(period)
        return self.figured[period]

    def _figure(self, period: Period) -> Delivery:
        missions = [ms for span, ms in self.spans if span.overlaps(period)]
        staffed = {ms.consultant_id for ms in missions}
        consultants = [
            c
            for c in self.consultants
            if c.id in staffed or (self.whole_team and c.employment.overlaps(period))
        ]
        return delivery(
            period=period,
            consultants=consultants,
            leaves=self.leaves,
            missions=missions,
            calendar=self.settings.calendar,
            cost_settings=self.settings.cost_settings,
            absences=self.absences,
        )


def delivery_facts(
    session: Session, span: Period, settings: WorkspaceSettings, *, account_owner_id: int | None = None
) -> DeliveryFacts:
    """What `delivery_in` needs for every period inside `span`, in one read."""
    missions = q.missions_in(session, span, account_owner_id=account_owner_id)
    consultants = q.consultants_employed(session, span) if account_owner_id is None else []
    # A mission may outlive its consultant's recorded employment; such a consultant is
    # fetched for the costs and, being outside employment, adds no available day.
    missing = {ms.consultant_id for ms in missions} - {c.id for c in consultants}
    consultants += q.consultants_by_id(session, missing)
    leaves = q.leaves_of(session, {c.id for c in consultants})
    return DeliveryFacts(missions, consultants, dict(leaves), settings, account_owner_id is None)


def delivery_in(
    session: Session, period: Period, settings: WorkspaceSettings, *, account_owner_id: int | None = None
) -> Delivery:
    """Missions' figures over the period, and the available days of every consultant employed in it.

    With `account_owner_id`, only the missions on that salesperson's accounts.
    """
    return delivery_facts(session, period, settings, account_owner_id=account_owner_id).delivery(period)


def objective_outcomes(
    session: Session,
    period: Period,
    settings: WorkspaceSettings,
    memo: dict[tuple[int, ...], list[ObjectiveOutcome]] | None = None,
) -> list[ObjectiveOutcome]:
    """Objectives overlapping the period, each measured over its own dates.

    Two periods that meet the same objectives get the same outcomes: `memo` (kept by a caller
    asking for several periods) saves measuring them twice.
    """
    objectives = q.objectives_overlapping(session, period)
    if not objectives:
        return []
    key = tuple(objective_id for objective_id, *_ in objectives)
    if memo is not None and key in memo:
        return memo[key]
    outcomes = _measure(session, objectives, settings)
    if memo is not None:
        memo[key] = outcomes
    return outcomes


def _measure(
    session: Session,
    objectives: list[tuple[int, int | None, str | None, Period]],
    settings: WorkspaceSettings,
) -> list[ObjectiveOutcome]:
    span = Period(min(dates.start for *_, dates in objectives), max(dates.end for *_, dates in objectives))
    criteria = q.criteria_of(session, [objective_id for objective_id, *_ in objectives])
    needed = {metric for lines in criteria.values() for metric, _, _ in lines}
    # Only the facts some criterion measures are fetched: each costs a scan at 500,000 activities.
    facts = ObjectiveFacts(
        done_activities={
            (objective_id, METRIC_OF_ACTIVITY[kind]): count
            for objective_id, kind, count in q.done_activities_per_objective(session, list(criteria))
        }
        if needed & ACTIVITY_METRICS.keys()
        else {},
        wins=q.wins(session, span) if Metric.SIGNED_REVENUE in needed else [],
        first_qualified=q.first_qualified(session, span) if Metric.QUALIFIED_LEADS in needed else [],
        first_wins=q.first_wins(session, span) if Metric.NEW_CLIENTS in needed else [],
    )
    outcomes = []
    for objective_id, salesperson_id, salesperson, dates in objectives:
        results = []
        for metric, target, weight in criteria[objective_id]:
            if metric is Metric.MARGIN:
                actual = delivery_in(session, dates, settings, account_owner_id=salesperson_id).margin
            else:
                actual = facts.actual(metric, objective_id, dates, salesperson_id)
            results.append(CriterionResult(Criterion(metric, target, weight), actual))
        outcomes.append(
            ObjectiveOutcome(salesperson, score(results, settings.achievement_cap), dates, objective_id)
        )
    return outcomes
