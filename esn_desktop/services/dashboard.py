"""Everything the dashboard shows, from the same computations as `kpi`: the period's KPIs and the
previous period's, the months behind them and a forecast of the months ahead, each consultant's
rate against their cost, the funnel by stage, and the staffing risk of the coming 90 days."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from esn_desktop.domain.calendar import Period, shift_month
from esn_desktop.domain.kpis import Delivery, KpiReport, ObjectiveOutcome
from esn_desktop.domain.months import month_run, months_between
from esn_desktop.domain.pipeline import FUNNEL_STAGES, Stage, stage_conversion
from esn_desktop.domain.staffing import MissionStatus, average_daily_rate, bench_days, utilization
from esn_desktop.services.consultants import list_consultants
from esn_desktop.services.kpis import DeliveryFacts, delivery_facts, kpis_in
from esn_desktop.store import kpi_queries as q
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.portable_sql import month_key
from esn_desktop.store.settings_store import load_settings
from esn_desktop.store.types import stored_weighted, weighted_euros

FORECAST_MONTHS = 6
#: The months shown behind a period shorter than this.
HISTORY_MONTHS = 6
RISK_DAYS = 90


@dataclass(frozen=True, slots=True)
class MonthFigures:
    month: Period
    revenue: Decimal
    #: None where the login may not read costs: without them, the margin would be the revenue.
    margin: Decimal | None
    utilization: Decimal | None
    bench_days: Decimal
    #: Ahead of today: `revenue` comes from signed missions, `pipeline` from open deals
    #: expected to close that month (weighted).
    forecast: bool = False
    pipeline: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class ConsultantRate:
    name: str
    tjm: Decimal | None
    #: None where the login may not read costs (a team database's salesperson or viewer).
    cjm: Decimal | None
    billed_days: Decimal

    @property
    def under_cost(self) -> bool:
        return self.tjm is not None and self.cjm is not None and self.tjm < self.cjm


@dataclass(frozen=True, slots=True)
class FunnelStep:
    stage: Stage
    #: Opportunities created in the period that reached this stage (or a later one).
    reached: int
    #: Of those, the share that reached the next stage (None for the last).
    conversion: Decimal | None


@dataclass(frozen=True, slots=True)
class EndingMission:
    consultant: str
    account: str
    end: date


@dataclass(frozen=True, slots=True)
class FreedConsultant:
    name: str
    available_from: date


@dataclass(frozen=True, slots=True)
class StaffingWeek:
    """A week of the staffing risk: missions ending in it, consultants becoming free in it."""

    monday: date
    ending: int
    freed: int


#: Weeks of the staffing risk chart: a quarter ahead.
STAFFING_WEEKS = 13


@dataclass(frozen=True, slots=True)
class Dashboard:
    period: Period
    salesperson: str | None
    current: KpiReport
    previous: KpiReport
    months: tuple[MonthFigures, ...]
    rates: tuple[ConsultantRate, ...]
    funnel: tuple[FunnelStep, ...]
    ending: tuple[EndingMission, ...]
    freed: tuple[FreedConsultant, ...]
    #: The staffing risk week by week, from the Monday of `today`'s week.
    weeks: tuple[StaffingWeek, ...]
    #: The day the figures were read: a figure measured at the period's end is measured on this
    #: day while the period runs (`domain.kpi_figures.Figure.measured_on`).
    today: date


def dashboard(
    workspace: Workspace, *, period: Period, today: date, salesperson: str | None = None
) -> Dashboard:
    with workspace.session() as session:
        settings = load_settings(session)
        owner_id = q.salesperson_id(session, salesperson) if salesperson else None
        shown, ahead = _month_periods(period)
        before = period.previous()
        # Missions, consultants and leave read once for every period shown: the KPIs, the
        # previous period's, and each month's figures are then worked out in memory.
        span = Period(min(before.start, shown[0].start), max(period.end, ahead[-1].end))
        facts = delivery_facts(session, span, settings, account_owner_id=owner_id)
        memo: dict[tuple[int, ...], list[ObjectiveOutcome]] = {}
        current = kpis_in(session, period, salesperson=salesperson, facts=facts, objectives_memo=memo)
        previous = kpis_in(session, before, salesperson=salesperson, facts=facts, objectives_memo=memo)
        months = _months(session, facts, shown, ahead, today, owner_id)
        rates = _rates(session, facts.delivery(period))
        funnel = _funnel(session, period, owner_id)
        ending = _ending(session, today)
    freed = tuple(
        FreedConsultant(c.name, c.available_from)
        for c in list_consultants(workspace, today=today)
        if c.available_from is not None
        and c.available_from <= today + timedelta(days=RISK_DAYS)
        and (c.end is None or c.end >= c.available_from)
    )
    weeks = staffing_weeks(ending, freed, today)
    return Dashboard(
        period, salesperson, current, previous, months, rates, funnel, ending, freed, weeks, today
    )


def staffing_weeks(
    ending: Sequence[EndingMission], freed: Sequence[FreedConsultant], today: date
) -> tuple[StaffingWeek, ...]:
    """The STAFFING_WEEKS weeks from this one (Monday first): the missions ending in each, and
    the consultants becoming free in each; one free already counts in this week."""
    monday = today - timedelta(days=today.weekday())
    ends = [0] * STAFFING_WEEKS
    frees = [0] * STAFFING_WEEKS
    for mission in ending:
        week = (mission.end - monday).days // 7
        if 0 <= week < STAFFING_WEEKS:
            ends[week] += 1
    for person in freed:
        week = max(0, (person.available_from - monday).days // 7)
        if week < STAFFING_WEEKS:
            frees[week] += 1
    return tuple(StaffingWeek(monday + timedelta(weeks=w), ends[w], frees[w]) for w in range(STAFFING_WEEKS))


def _month_periods(period: Period) -> tuple[list[Period], list[Period]]:
    """The period's months (or the HISTORY_MONTHS ending with it), and the FORECAST_MONTHS that
    follow them, with no month left out: reviewing November in early December shows December
    (the month under way) then five months ahead, not a jump to January."""
    last = period.end
    shown = months_between(min(period.start, shift_month(last, 1 - HISTORY_MONTHS).start), last)
    ahead = month_run(shift_month(last, 1).start, FORECAST_MONTHS)
    return shown, ahead


def _months(
    session: Session,
    facts: DeliveryFacts,
    shown: list[Period],
    ahead: list[Period],
    today: date,
    owner_id: int | None,
) -> tuple[MonthFigures, ...]:
    this_month = Period.month_of(today)
    every = shown + ahead
    expected = _expected_wins(session, Period(every[0].start, every[-1].end), owner_id)
    figures = []
    hidden = q.costs_hidden(session)  # each cost then counts as nothing: no margin to show
    for month in every:
        delivered = facts.delivery(month)
        worked, available = delivered.worked_days, delivered.available_days
        forecast = month.start > this_month.end
        figures.append(
            MonthFigures(
                month,
                delivered.revenue,
                None if hidden else delivered.margin,
                utilization(worked, available),  # the KPI's own rules, month by month
                bench_days(worked, available),
                forecast,
                expected.get(month.start, Decimal(0)) if forecast else Decimal(0),
            )
        )
    return tuple(figures)


def _expected_wins(session: Session, span: Period, owner_id: int | None) -> dict[date, Decimal]:
    """Weighted amounts of the open deals expected to close in each month of the span."""
    o = m.Opportunity
    month = month_key(o.expected_close)
    statement = (
        select(month, func.sum(stored_weighted(o.amount, o.probability)))
        .where(o.closed_on.is_(None), o.expected_close.between(span.start, span.end))
        .group_by(month)
    )
    if owner_id is not None:
        statement = statement.where(o.owner_id == owner_id)
    return {date.fromisoformat(first): weighted_euros(total) for first, total in session.execute(statement)}


def _rates(session: Session, delivered: Delivery) -> tuple[ConsultantRate, ...]:
    """Each consultant's TJM (billed revenue / billed days) against their CJM over the period."""
    names = {
        c.id: c.name for c in q.consultants_by_id(session, {f.consultant_id for f, _ in delivered.missions})
    }
    revenue: dict[int, Decimal] = defaultdict(Decimal)
    billed: dict[int, Decimal] = defaultdict(Decimal)
    hidden = q.costs_hidden(session)  # each cost then counts as nothing: no CJM to show
    cost: dict[int, Decimal | None] = {}
    for facts, figures in delivered.missions:
        revenue[facts.consultant_id] += figures.revenue
        billed[facts.consultant_id] += figures.billed_days
        cost[facts.consultant_id] = None if hidden else figures.daily_cost
    rates = [
        ConsultantRate(names[cid], average_daily_rate(revenue[cid], billed[cid]), cost[cid], billed[cid])
        for cid in cost
        if billed[cid] > 0
    ]
    return tuple(sorted(rates, key=lambda r: r.name))


def _funnel(session: Session, period: Period, owner_id: int | None) -> tuple[FunnelStep, ...]:
    o = m.Opportunity
    conditions: list[ColumnElement[bool]] = [o.created_on.between(period.start, period.end)]
    if owner_id is not None:
        conditions.append(o.owner_id == owner_id)
    counts = q.furthest_stage_counts(session, *conditions)
    conversion = stage_conversion(counts)
    return tuple(
        FunnelStep(stage, sum(c for s, c in counts.items() if s.rank >= stage.rank), conversion.get(stage))
        for stage in FUNNEL_STAGES
    )


def _ending(session: Session, today: date) -> tuple[EndingMission, ...]:
    horizon = today + timedelta(days=RISK_DAYS)
    statement = (
        select(m.Consultant.name, m.Account.name, m.Mission.end_date)
        .join(m.Consultant, m.Consultant.id == m.Mission.consultant_id)
        .join(m.Account, m.Account.id == m.Mission.account_id)
        .where(m.Mission.end_date.between(today, horizon), m.Mission.status != MissionStatus.CANCELLED)
        .order_by(m.Mission.end_date)
    )
    return tuple(
        EndingMission(consultant, account, end)
        for consultant, account, end in session.execute(statement)
        if end is not None
    )
