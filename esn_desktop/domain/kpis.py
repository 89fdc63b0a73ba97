"""The firm's KPIs over a period, assembled from plain facts gathered by the services."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from esn_desktop.domain.activities import no_show_rate
from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.channels import ChannelCost, cost_in_period, cost_per_lead
from esn_desktop.domain.concentration import top_clients_share
from esn_desktop.domain.money import ZERO, ratio
from esn_desktop.domain.objectives import Metric, ObjectiveResult, reaching_share
from esn_desktop.domain.pipeline import weighted_pipeline, win_rate
from esn_desktop.domain.staffing import (
    OPEN_END,
    Absences,
    CostSettings,
    MissionFigures,
    MissionTerms,
    available_days,
    average_daily_rate,
    bench_days,
    daily_cost,
    mission_figures,
    utilization,
)


@dataclass(frozen=True, slots=True)
class ConsultantFacts:
    id: int
    name: str
    start: date
    end: date | None
    typed_cost: Decimal | None
    annual_salary: Decimal | None

    @property
    def employment(self) -> Period:
        return Period(self.start, self.end or OPEN_END)


@dataclass(frozen=True, slots=True)
class MissionFacts:
    id: int
    account: str
    consultant_id: int
    terms: MissionTerms


@dataclass(frozen=True, slots=True)
class Delivery:
    """What the consultants delivered and earned over a period."""

    missions: tuple[tuple[MissionFacts, MissionFigures], ...]
    available_days: Decimal

    @property
    def worked_days(self) -> Decimal:
        return sum((f.worked_days for _, f in self.missions), ZERO)

    @property
    def billed_days(self) -> Decimal:
        return sum((f.billed_days for _, f in self.missions), ZERO)

    @property
    def revenue(self) -> Decimal:
        return sum((f.revenue for _, f in self.missions), ZERO)

    @property
    def cost(self) -> Decimal:
        return sum((f.cost for _, f in self.missions), ZERO)

    @property
    def margin(self) -> Decimal:
        return self.revenue - self.cost

    def revenue_by_account(self) -> dict[str, Decimal]:
        revenue: dict[str, Decimal] = defaultdict(Decimal)
        for facts, figures in self.missions:
            revenue[facts.account] += figures.revenue
        return dict(revenue)


def delivery(
    *,
    period: Period,
    consultants: Sequence[ConsultantFacts],
    leaves: Mapping[int, Iterable[Period]],
    missions: Sequence[MissionFacts],
    calendar: WorkingCalendar,
    cost_settings: CostSettings,
    absences: Mapping[int, Absences] | None = None,
) -> Delivery:
    """The missions' figures over the period and the consultants' available days; `absences`
    (each consultant's merged leave) may be given when figuring many periods from the same facts."""
    if absences is None:
        absences = {c.id: Absences(leaves.get(c.id, ())) for c in consultants}
    by_id = {c.id: c for c in consultants}
    figures = []
    for mission in missions:
        consultant = by_id[mission.consultant_id]
        cjm = daily_cost(
            typed_cost=consultant.typed_cost, annual_salary=consultant.annual_salary, settings=cost_settings
        )
        figures.append(
            (
                mission,
                mission_figures(
                    mission.terms,
                    period=period,
                    daily_cost=cjm,
                    absences=absences[consultant.id],
                    calendar=calendar,
                ),
            )
        )
    available = sum(
        (
            Decimal(
                available_days(
                    employment=c.employment, period=period, absences=absences[c.id], calendar=calendar
                )
            )
            for c in consultants
        ),
        ZERO,
    )
    return Delivery(tuple(figures), available)


@dataclass(frozen=True, slots=True)
class SalesFacts:
    """Counts and sums the database aggregated for a period."""

    #: (probability, summed amount, count) of opportunities open at the period's end.
    pipeline: Sequence[tuple[Decimal, Decimal, int]]
    won: int
    lost: int
    meetings_held: int
    no_shows: int
    #: channel name -> (its cost lines, leads created in the period)
    channels: Mapping[str, tuple[Sequence[ChannelCost], int]]


@dataclass(frozen=True, slots=True)
class ObjectiveOutcome:
    salesperson: str | None
    result: ObjectiveResult
    #: The objective's own dates, over which it is measured.
    dates: Period
    #: The stored objective's id (what the Objectives tab edits or deletes); None when not stored.
    objective_id: int | None = None


@dataclass(frozen=True, slots=True)
class KpiReport:
    """The figures of `kpi --json`. Cost, margin and CJM are None, and costs per lead empty, for
    a login that may not see costs (`without_costs`)."""

    period: Period
    revenue: Decimal
    cost: Decimal | None
    margin: Decimal | None
    margin_rate: Decimal | None
    billed_days: Decimal
    worked_days: Decimal
    available_days: Decimal
    utilization: Decimal | None
    bench_days: Decimal
    tjm: Decimal | None
    cjm: Decimal | None
    pipeline_weighted: Decimal
    open_opportunities: int
    win_rate: Decimal | None
    no_show_rate: Decimal | None
    cost_per_lead: dict[str, Decimal | None]
    top_client_share: Decimal | None
    top3_client_share: Decimal | None
    objectives: tuple[ObjectiveOutcome, ...] = field(default=())
    team_reaching_share: Decimal | None = None

    def without_costs(self) -> KpiReport:
        """The report as a salesperson or a viewer may read it: no cost, margin, CJM nor cost per
        lead, and no objective measured on a margin (its score and target would tell the margin)."""
        shown = tuple(
            o
            for o in self.objectives
            if not any(r.criterion.metric is Metric.MARGIN for r in o.result.criteria)
        )
        return replace(
            self,
            cost=None,
            margin=None,
            margin_rate=None,
            cjm=None,
            cost_per_lead={},
            objectives=shown,
            team_reaching_share=reaching_share([o.result for o in shown if o.salesperson is not None]),
        )


def build_report(
    *, period: Period, delivered: Delivery, sales: SalesFacts, objectives: Sequence[ObjectiveOutcome]
) -> KpiReport:
    revenue, cost = delivered.revenue, delivered.cost
    worked, billed = delivered.worked_days, delivered.billed_days
    account_revenue = list(delivered.revenue_by_account().values())
    individual = [o.result for o in objectives if o.salesperson is not None]
    return KpiReport(
        period=period,
        revenue=revenue,
        cost=cost,
        margin=revenue - cost,
        margin_rate=ratio(revenue - cost, revenue),
        billed_days=billed,
        worked_days=worked,
        available_days=delivered.available_days,
        utilization=utilization(worked, delivered.available_days),
        bench_days=bench_days(worked, delivered.available_days),
        tjm=average_daily_rate(revenue, billed),
        cjm=ratio(cost, worked),
        pipeline_weighted=weighted_pipeline(
            (amount, probability) for probability, amount, _ in sales.pipeline
        ),
        open_opportunities=sum(count for _, _, count in sales.pipeline),
        win_rate=win_rate(won=sales.won, lost=sales.lost),
        no_show_rate=no_show_rate(held=sales.meetings_held, no_shows=sales.no_shows),
        cost_per_lead={
            name: cost_per_lead(cost_in_period(costs, period), leads)
            for name, (costs, leads) in sorted(sales.channels.items())
        },
        top_client_share=top_clients_share(account_revenue, 1),
        top3_client_share=top_clients_share(account_revenue, 3),
        objectives=tuple(objectives),
        team_reaching_share=reaching_share(individual),
    )


def won_amount(wins: Iterable[tuple[Hashable, date, Decimal]], period: Period, owner: Hashable) -> Decimal:
    """Revenue signed: the amounts of the deals `owner` (None: anyone) won within the period."""
    return sum(
        (amount for who, day, amount in wins if (owner is None or who == owner) and period.contains(day)),
        ZERO,
    )


@dataclass(frozen=True, slots=True)
class ObjectiveFacts:
    """Dated facts over the span of every objective being measured; each objective sums its part.

    Owners and objectives are opaque keys (the store's ids); an owner None is an item nobody owns.
    Done calls, meetings and proposals come already counted per objective: (objective, metric)
    to the number its salesperson (everybody, for a team objective) did within its dates.
    """

    done_activities: Mapping[tuple[Hashable, Metric], int]
    wins: Sequence[tuple[Hashable, date, Decimal]]
    first_qualified: Sequence[tuple[Hashable, date]]
    first_wins: Sequence[tuple[Hashable, date]]

    def actual(self, metric: Metric, objective: Hashable, period: Period, owner: Hashable) -> Decimal:
        """A criterion's actual over the objective's own dates; owner None means the whole team."""

        def mine(who: Hashable, day: date) -> bool:
            return (owner is None or who == owner) and period.contains(day)

        if metric is Metric.SIGNED_REVENUE:
            return won_amount(self.wins, period, owner)
        if metric is Metric.QUALIFIED_LEADS:
            return Decimal(sum(1 for who, day in self.first_qualified if mine(who, day)))
        if metric is Metric.NEW_CLIENTS:
            return Decimal(sum(1 for who, day in self.first_wins if mine(who, day)))
        if metric is Metric.MARGIN:
            raise ValueError("margin comes from the missions' figures, not from counted facts")
        return Decimal(self.done_activities.get((objective, metric), 0))
