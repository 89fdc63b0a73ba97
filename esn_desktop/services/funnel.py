"""The reverse funnel for a revenue goal, with conversion rates from the workspace's own history
when it has enough of it, the usual assumptions otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.funnel import FunnelRates, Rate, ReverseFunnel, Source, reverse_funnel
from esn_desktop.domain.pipeline import Stage, StageChange, furthest_stage, reach_rate
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


def plan_funnel(workspace: Workspace, *, goal: Decimal, period: Period, today: date) -> FunnelPlan:
    since = today - timedelta(days=HISTORY_DAYS)
    assumed = FunnelRates.assumed()
    with workspace.session() as session:
        settings = load_settings(session)
        closed = session.execute(
            select(m.Opportunity.id, m.Opportunity.amount, m.Opportunity.stage).where(
                m.Opportunity.closed_on.between(since, today)
            )
        ).all()
        histories: dict[int, list[StageChange]] = {oid: [] for oid, _, _ in closed}
        for oid, stage, day in session.execute(
            select(m.StageChange.opportunity_id, m.StageChange.stage, m.StageChange.changed_on)
            .where(m.StageChange.opportunity_id.in_(list(histories)))
            .order_by(m.StageChange.changed_on)
        ).all():
            histories[oid].append(StageChange(stage, day))
        calls = session.execute(
            select(func.count())
            .select_from(m.Activity)
            .where(m.Activity.kind == ActivityKind.CALL, m.Activity.status == ActivityStatus.DONE)
            .where(m.Activity.activity_date.between(since, today))
        ).scalar_one()
    furthest = [furthest_stage(h) for h in histories.values()]

    def rate(source: Stage, target: Stage, fallback: Rate) -> Rate:
        sample = sum(1 for stage in furthest if stage.rank >= source.rank)
        value = reach_rate(furthest, source=source, target=target)
        return Rate(value, Source.HISTORY) if sample >= MINIMUM_SAMPLE and value else fallback

    qualified = sum(1 for stage in furthest if stage.rank >= Stage.QUALIFIED.rank)
    call_rate = assumed.call_to_qualified
    if calls >= MINIMUM_SAMPLE and qualified >= MINIMUM_SAMPLE:
        call_rate = Rate(Decimal(qualified) / calls, Source.HISTORY)
    rates = FunnelRates(
        proposal_to_win=rate(Stage.PROPOSAL, Stage.WON, assumed.proposal_to_win),
        meeting_to_proposal=rate(Stage.MEETING, Stage.PROPOSAL, assumed.meeting_to_proposal),
        qualified_to_meeting=rate(Stage.QUALIFIED, Stage.MEETING, assumed.qualified_to_meeting),
        call_to_qualified=call_rate,
    )
    wins = [amount for _, amount, stage in closed if stage is Stage.WON]
    if len(wins) >= MINIMUM_SAMPLE // 4:
        average, average_source = sum(wins, Decimal(0)) / len(wins), Source.HISTORY
    else:
        average, average_source = ASSUMED_AVERAGE_DEAL, Source.ASSUMPTION
    funnel = reverse_funnel(
        goal=goal, average_deal=average, rates=rates, period=period, calendar=settings.calendar
    )
    return FunnelPlan(funnel, average_source, len(closed))
