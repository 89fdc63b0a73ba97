"""The SQL behind the KPIs: filters, counts and sums over a period, returned as plain facts."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, ScalarSelect, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.channels import ChannelCost
from esn_desktop.domain.kpis import ConsultantFacts, MissionFacts
from esn_desktop.domain.objectives import ACTIVITY_METRICS, Metric
from esn_desktop.domain.pipeline import FUNNEL_STAGES, Stage
from esn_desktop.domain.staffing import MissionStatus, MissionTerms
from esn_desktop.store import models as m
from esn_desktop.store.database import COSTS_HIDDEN


def overlaps(
    start_column: InstrumentedAttribute[date], end_column: InstrumentedAttribute[date | None], period: Period
) -> ColumnElement[bool]:
    """Rows whose [start, end] span (end empty: still running) touches the period."""
    return and_(start_column <= period.end, or_(end_column.is_(None), end_column >= period.start))


def _consultants(session: Session, condition: ColumnElement[bool]) -> list[ConsultantFacts]:
    columns = (m.Consultant.id, m.Consultant.name, m.Consultant.start_date, m.Consultant.end_date)
    costs = (m.Consultant.daily_cost, m.Consultant.annual_salary)
    rows = session.execute(select(*columns, *costs).where(condition)).all()
    if costs_hidden(session):
        # A salesperson's or a viewer's view of a team database has no costs (store/team_roles.py):
        # each counts as nothing, and the services blank every figure made of them.
        return [
            ConsultantFacts(c_id, name, start, end, Decimal(0), None) for c_id, name, start, end, *_ in rows
        ]
    return [ConsultantFacts(*row) for row in rows]


def costs_hidden(session: Session) -> bool:
    """Whether the session's login may not read costs (a team database's salesperson or viewer)."""
    return bool(session.info.get(COSTS_HIDDEN))


def consultants_employed(session: Session, period: Period) -> list[ConsultantFacts]:
    return _consultants(session, overlaps(m.Consultant.start_date, m.Consultant.end_date, period))


def consultants_by_id(session: Session, ids: set[int]) -> list[ConsultantFacts]:
    return _consultants(session, m.Consultant.id.in_(ids))


def leaves_of(session: Session, consultant_ids: set[int]) -> dict[int, list[Period]]:
    leaves: dict[int, list[Period]] = defaultdict(list)
    rows = session.execute(
        select(m.Leave.consultant_id, m.Leave.start_date, m.Leave.end_date).where(
            m.Leave.consultant_id.in_(consultant_ids)
        )
    ).all()
    for consultant_id, start, end in rows:
        leaves[consultant_id].append(Period(start, end))
    return leaves


def missions_in(
    session: Session, period: Period, *, account_owner_id: int | None = None
) -> list[MissionFacts]:
    """Missions touching the period, except cancelled ones."""
    statement = (
        select(
            m.Mission.id,
            m.Account.name,
            m.Mission.consultant_id,
            m.Mission.start_date,
            m.Mission.end_date,
            m.Mission.daily_rate,
            m.Mission.time_ratio,
            m.Mission.unbilled_days,
        )
        .join(m.Account, m.Account.id == m.Mission.account_id)
        .where(overlaps(m.Mission.start_date, m.Mission.end_date, period))
        .where(m.Mission.status != MissionStatus.CANCELLED)
    )
    if account_owner_id is not None:
        statement = statement.where(m.Account.owner_id == account_owner_id)
    return [
        MissionFacts(mid, account, consultant_id, MissionTerms(start, end, rate, ratio, unbilled))
        for mid, account, consultant_id, start, end, rate, ratio, unbilled in session.execute(statement).all()
    ]


def open_pipeline(
    session: Session, period: Period, *, owner_id: int | None = None
) -> list[tuple[Decimal, Decimal, int]]:
    """(probability, summed amount, count) of opportunities created by the end and not closed by then."""
    statement = (
        select(m.Opportunity.probability, func.sum(m.Opportunity.amount), func.count())
        .where(m.Opportunity.created_on <= period.end)
        .where(or_(m.Opportunity.closed_on.is_(None), m.Opportunity.closed_on > period.end))
        .group_by(m.Opportunity.probability)
    )
    if owner_id is not None:
        statement = statement.where(m.Opportunity.owner_id == owner_id)
    # SUM keeps the column's type: amounts come back as euros.
    return list(session.execute(statement).all())


def closed_counts(session: Session, period: Period, *, owner_id: int | None = None) -> dict[Stage, int]:
    statement = (
        select(m.Opportunity.stage, func.count())
        .where(m.Opportunity.closed_on.between(period.start, period.end))
        .where(m.Opportunity.stage.in_([Stage.WON, Stage.LOST]))
        .group_by(m.Opportunity.stage)
    )
    if owner_id is not None:
        statement = statement.where(m.Opportunity.owner_id == owner_id)
    return dict(session.execute(statement).all())


def meeting_counts(
    session: Session, period: Period, *, owner_id: int | None = None
) -> dict[ActivityStatus, int]:
    statement = (
        select(m.Activity.status, func.count())
        .where(m.Activity.kind == ActivityKind.MEETING)
        .where(m.Activity.activity_date.between(period.start, period.end))
        .group_by(m.Activity.status)
    )
    if owner_id is not None:
        statement = statement.where(m.Activity.owner_id == owner_id)
    return dict(session.execute(statement).all())


def channel_facts(session: Session, period: Period) -> dict[str, tuple[list[ChannelCost], int]]:
    names = dict(session.execute(select(m.Channel.id, m.Channel.name)).all())
    costs: dict[int, list[ChannelCost]] = defaultdict(list)
    for channel_id, start, end, amount in session.execute(
        select(
            m.ChannelCost.channel_id, m.ChannelCost.start_date, m.ChannelCost.end_date, m.ChannelCost.amount
        ).where(m.ChannelCost.start_date <= period.end, m.ChannelCost.end_date >= period.start)
    ).all():
        costs[channel_id].append(ChannelCost(Period(start, end), amount))
    leads = dict(
        session.execute(
            select(m.Opportunity.channel_id, func.count())
            .where(m.Opportunity.created_on.between(period.start, period.end))
            .where(m.Opportunity.channel_id.is_not(None))
            .group_by(m.Opportunity.channel_id)
        ).all()
    )
    return {names[cid]: (costs.get(cid, []), leads.get(cid, 0)) for cid in names}


def objectives_overlapping(
    session: Session, period: Period
) -> list[tuple[int, int | None, str | None, Period]]:
    """(objective id, salesperson id, salesperson name, objective's own dates)."""
    rows = session.execute(
        select(
            m.Objective.id,
            m.Objective.salesperson_id,
            m.Salesperson.name,
            m.Objective.start_date,
            m.Objective.end_date,
        )
        .outerjoin(m.Salesperson, m.Salesperson.id == m.Objective.salesperson_id)
        .where(m.Objective.start_date <= period.end, m.Objective.end_date >= period.start)
        .order_by(m.Salesperson.name, m.Objective.start_date)
    ).all()
    return [(oid, sid, name, Period(start, end)) for oid, sid, name, start, end in rows]


def criteria_of(
    session: Session, objective_ids: list[int]
) -> dict[int, list[tuple[Metric, Decimal, Decimal]]]:
    """Each objective's (metric, target, weight) criteria, in their order."""
    criteria: dict[int, list[tuple[Metric, Decimal, Decimal]]] = defaultdict(list)
    rows = session.execute(
        select(
            m.ObjectiveCriterion.objective_id,
            m.ObjectiveCriterion.metric,
            m.ObjectiveCriterion.target,
            m.ObjectiveCriterion.weight,
        )
        .where(m.ObjectiveCriterion.objective_id.in_(objective_ids))
        .order_by(m.ObjectiveCriterion.id)
    ).all()
    for objective_id, metric, target, weight in rows:
        criteria[objective_id].append((metric, target, weight))
    return criteria


def done_activities_per_objective(
    session: Session, objective_ids: list[int]
) -> list[tuple[int, ActivityKind, int]]:
    """(objective id, kind, count) of the done calls, meetings and proposals each objective counts:
    its salesperson's over its own dates, or everybody's for a team objective.

    Counted per objective and kind, each count one range of an index that the database counts
    without handing a row over: a year of objectives is some 190,000 activities. (Joined and
    grouped instead, PostgreSQL walked the same index but carried every row through the join and
    a hash aggregate: 150 ms where these counts take 40.)
    """
    o, a = m.Objective, m.Activity

    def done(kind: ActivityKind, *of: ColumnElement[bool]) -> ScalarSelect[int]:
        return (
            select(func.count())
            .select_from(a)
            .where(*of, a.kind == kind, a.status == ActivityStatus.DONE)
            .where(a.activity_date.between(o.start_date, o.end_date))
            .correlate(o)
            .scalar_subquery()
        )

    kinds = list(ACTIVITY_METRICS.values())
    counts = [
        case((o.salesperson_id.is_(None), done(kind)), else_=done(kind, a.owner_id == o.salesperson_id))
        for kind in kinds
    ]
    rows = session.execute(select(o.id, *counts).where(o.id.in_(objective_ids))).all()
    return [
        (objective_id, kind, count)
        for objective_id, *per_kind in rows
        for kind, count in zip(kinds, per_kind, strict=True)
    ]


def wins(session: Session, span: Period) -> list[tuple[int | None, date, Decimal]]:
    """(owner, closing day, amount) of opportunities won inside the span."""
    statement = (
        select(m.Opportunity.owner_id, m.Opportunity.closed_on, m.Opportunity.amount)
        .where(m.Opportunity.stage == Stage.WON)
        .where(m.Opportunity.closed_on.between(span.start, span.end))
    )
    return [tuple(row) for row in session.execute(statement).all()]  # type: ignore[misc]


def first_qualified(session: Session, span: Period) -> list[tuple[int | None, date]]:
    """(owner, day) of opportunities whose history first reaches `qualified` inside the span.

    Reaching `qualified` means reaching it or any later stage: skipping a stage passes it.
    """
    at_or_after = [s for s in FUNNEL_STAGES if s.rank >= Stage.QUALIFIED.rank]
    day = func.min(m.StageChange.changed_on)
    statement = (
        select(m.Opportunity.owner_id, day)
        .join(m.Opportunity, m.Opportunity.id == m.StageChange.opportunity_id)
        .where(m.StageChange.stage.in_(at_or_after))
        .group_by(m.StageChange.opportunity_id)
        .having(day.between(span.start, span.end))
    )
    return [(owner, _as_date(first)) for owner, first in session.execute(statement).all()]


def first_wins(session: Session, span: Period) -> list[tuple[int | None, date]]:
    """(account owner, day) of accounts whose first won opportunity closes inside the span."""
    day = func.min(m.Opportunity.closed_on)
    statement = (
        select(m.Account.owner_id, day)
        .join(m.Account, m.Account.id == m.Opportunity.account_id)
        .where(m.Opportunity.stage == Stage.WON)
        .group_by(m.Opportunity.account_id)
        .having(day.between(span.start, span.end))
    )
    return [(owner, _as_date(first)) for owner, first in session.execute(statement).all()]


def _as_date(value: date | str | None) -> date:
    # MIN() over a date column comes back as SQLite's text.
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def salesperson_id(session: Session, name: str) -> int | None:
    return session.execute(select(m.Salesperson.id).where(m.Salesperson.name == name)).scalar_one_or_none()


def furthest_stage_counts(session: Session, *conditions: ColumnElement[bool]) -> dict[Stage, int]:
    """How many opportunities (those meeting `conditions`) stopped at each furthest stage.

    The rule of `pipeline.furthest_stage` (lost is not a stage reached, no history is a lead),
    worked out by SQLite: a year's 15,000 histories never reach Python.
    """
    o, change = m.Opportunity, m.StageChange
    rank = case({stage.value: stage.rank for stage in FUNNEL_STAGES}, value=change.stage, else_=None)
    furthest = (
        select(func.coalesce(func.max(rank), 0).label("rank"))
        .select_from(o)
        .outerjoin(change, change.opportunity_id == o.id)
        .where(*conditions)
        .group_by(o.id)
        .subquery()
    )
    rows = session.execute(select(furthest.c.rank, func.count()).group_by(furthest.c.rank))
    return {FUNNEL_STAGES[rank]: count for rank, count in rows}
