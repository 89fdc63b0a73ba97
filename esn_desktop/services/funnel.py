"""The reverse funnel for a revenue goal, with conversion rates from the workspace's own history
when it has enough of it, the usual assumptions otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.funnel import FunnelRates, Rate, ReverseFunnel, Source, reverse_funnel
from esn_desktop.domain.pipeline import Stage, reach_rate
from esn_desktop.store import kpi_queries as q
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings

HISTORY_DAYS = 365
#: Below this many opportunities behind a rate (or wins behind the average deal), assume.
MINIMUM_SAMPLE = 20
ASSUMED_AVERAGE_DEAL = Decimal(50000)


@dataclass(frozen=True, slots=True)
class FunnelPlan:
    funnel: ReverseFunnel
    average_deal_source: Source
    #: How many closed opportunities of the last year the history rates stand on.
    closed_opportunities: int


@dataclass(frozen=True, slots=True)
class FunnelBasis:
    """What a reverse funnel stands on as of a day, whatever the goal: the conversion rates and
    the average deal of the last year (or the assumptions), and the working calendar."""

    rates: FunnelRates
    average_deal: Decimal
    average_deal_source: Source
    closed_opportunities: int
    calendar: WorkingCalendar


def plan_funnel(
    workspace: Workspace,
    *,
    goal: Decimal,
    period: Period,
    today: date,
    basis: FunnelBasis | None = None,
) -> FunnelPlan:
    """`basis`: read once for several goals as of the same day (every plan of a month); read
    here when not given."""
    basis = basis or funnel_basis(workspace, today=today)
    funnel = reverse_funnel(
        goal=goal,
        average_deal=basis.average_deal,
        rates=basis.rates,
        period=period,
        calendar=basis.calendar,
    )
    return FunnelPlan(funnel, basis.average_deal_source, basis.closed_opportunities)


def funnel_basis(workspace: Workspace, *, today: date) -> FunnelBasis:
    since = today - timedelta(days=HISTORY_DAYS)
    assumed = FunnelRates.assumed()
    with workspace.session() as session:
        settings = load_settings(session)
        o = m.Opportunity
        closed_lately = o.closed_on.between(since, today)
        furthest = q.furthest_stage_counts(session, closed_lately)
        wins = session.execute(
            select(func.count(), func.sum(o.amount)).where(closed_lately, o.stage == Stage.WON)
        ).one()
        calls = session.execute(
            select(func.count())
            .select_from(m.Activity)
            .where(m.Activity.kind == ActivityKind.CALL, m.Activity.status == ActivityStatus.DONE)
            .where(m.Activity.activity_date.between(since, today))
        ).scalar_one()

    def rate(source: Stage, target: Stage, fallback: Rate) -> Rate:
        sample = sum(n for stage, n in furthest.items() if stage.rank >= source.rank)
        value = reach_rate(furthest, source=source, target=target)
        return Rate(value, Source.HISTORY) if sample >= MINIMUM_SAMPLE and value else fallback

    qualified = sum(n for stage, n in furthest.items() if stage.rank >= Stage.QUALIFIED.rank)
    call_rate = assumed.call_to_qualified
    if calls >= MINIMUM_SAMPLE and qualified >= MINIMUM_SAMPLE:
        call_rate = Rate(Decimal(qualified) / calls, Source.HISTORY)
    rates = FunnelRates(
        proposal_to_win=rate(Stage.PROPOSAL, Stage.WON, assumed.proposal_to_win),
        meeting_to_proposal=rate(Stage.MEETING, Stage.PROPOSAL, assumed.meeting_to_proposal),
        qualified_to_meeting=rate(Stage.QUALIFIED, Stage.MEETING, assumed.qualified_to_meeting),
        call_to_qualified=call_rate,
    )
    win_count, won_amount = wins
    if win_count >= MINIMUM_SAMPLE // 4:
        average, average_source = Decimal(won_amount) / win_count, Source.HISTORY
    else:
        average, average_source = ASSUMED_AVERAGE_DEAL, Source.ASSUMPTION
    return FunnelBasis(rates, average, average_source, sum(furthest.values()), settings.calendar)
