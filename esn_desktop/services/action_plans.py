"""Monthly action plans (PAM): kept as data, and gathered with everything the plan document and
its screen show, from the same services as the dashboard and the objectives."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from esn_desktop.domain.accounts import ContactRole
from esn_desktop.domain.action_plans import (
    NEXT_STEP_MAX,
    NOTES_MAX,
    ActionProgress,
    ActionRule,
    elapsed_share,
    month_share_of_goal,
    planned_by_kind,
    progress,
    rule_problems,
)
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import EsnError, Problem, ValidationError
from esn_desktop.domain.kpis import ObjectiveOutcome, won_amount
from esn_desktop.domain.money import round_cents
from esn_desktop.domain.objectives import Metric
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.settings import WorkspaceSettings
from esn_desktop.services.changes import Changed, changing
from esn_desktop.services.funnel import FunnelBasis, FunnelPlan, funnel_basis, plan_funnel
from esn_desktop.services.kpis import objective_outcomes
from esn_desktop.services.no_shows import NoShowItem, no_show_queue
from esn_desktop.store import kpi_queries as q
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings
from esn_desktop.store.snapshots import Rows
from esn_desktop.store.types import stored_weighted, weighted_euros

#: What saving an action plan may add to.
ACTION_PLAN_TABLES = ("action_plans", "action_plan_accounts", "action_plan_rules", "action_plan_pushes")


def action_plan_rows(plan_id: int | None) -> list[Rows]:
    """A saved plan with its targets, rules and deals to push (nothing yet for a new one)."""
    if plan_id is None:
        return []
    key = (plan_id,)
    return [Rows("action_plans", "id", key)] + [
        Rows(table, "plan_id", key) for table in ACTION_PLAN_TABLES[1:]
    ]


#: Whom a plan reaches first at an account.
DECISION_CHAIN = (
    ContactRole.DECISION_MAKER,
    ContactRole.BUYER,
    ContactRole.PRESCRIBER,
    ContactRole.PURCHASING,
    ContactRole.USER,
)
#: Open deals shown beside the ones the plan names, the biggest weighted first.
SUGGESTED_PUSHES = 8
#: Missed meetings listed in a plan, newest first; the rest wait in the app's no-show queue.
NO_SHOWS_LISTED = 15


@dataclass(frozen=True, slots=True)
class Push:
    opportunity_id: int
    next_step: str = ""
    due: date | None = None


@dataclass(frozen=True, slots=True)
class PlanInput:
    """What a person edits of a plan; saving replaces the salesperson's plan for that month."""

    salesperson: str
    month: date
    revenue_goal: Decimal | None = None
    notes: str = ""
    account_ids: tuple[int, ...] = ()
    rules: tuple[ActionRule, ...] = ()
    pushes: tuple[Push, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactToReach:
    name: str
    role: ContactRole | None
    phone: str | None
    email: str | None


@dataclass(frozen=True, slots=True)
class TargetAccount:
    account_id: int
    name: str
    segment: str | None
    city: str | None
    last_done: date | None
    #: Whom to reach there: the decision maker first, then down the decision chain.
    contact: ContactToReach | None = None


@dataclass(frozen=True, slots=True)
class SegmentPlan:
    """A segment's rules, the accounts they apply to, and what they plan and have got done."""

    segment: str
    prospects: int
    rules: tuple[ActionRule, ...]
    planned: dict[ActivityKind, int]
    done: dict[ActivityKind, int]


@dataclass(frozen=True, slots=True)
class DealToPush:
    opportunity_id: int
    account: str
    title: str
    stage: Stage
    amount: Decimal
    weighted: Decimal
    expected_close: date | None
    #: Named in the plan (with its next step), or only suggested as one of the biggest open deals.
    named: bool
    next_step: str = ""
    due: date | None = None


@dataclass(frozen=True, slots=True)
class LastMonth:
    month: Period
    planned: bool
    progress: tuple[ActionProgress, ...]
    signed: Decimal
    goal: Decimal | None


@dataclass(frozen=True, slots=True)
class ActionPlanView:
    company: str
    salesperson: str
    month: Period
    today: date
    plan: PlanInput
    goal: Decimal | None
    #: "typed" when the plan sets its goal, "objectives" when it is their share of the month.
    goal_source: str | None
    #: Won deals of the month so far.
    signed: Decimal
    objectives: tuple[ObjectiveOutcome, ...]
    funnel: FunnelPlan | None
    targets: tuple[TargetAccount, ...]
    segments: tuple[SegmentPlan, ...]
    elapsed: Decimal
    progress: tuple[ActionProgress, ...]
    pushes: tuple[DealToPush, ...]
    last_month: LastMonth
    #: The newest NO_SHOWS_LISTED of them.
    no_shows: tuple[NoShowItem, ...]
    #: How many wait in all.
    no_shows_waiting: int
    #: The salesperson's open deals by stage: (stage, count, amount).
    pipeline: tuple[tuple[Stage, int, Decimal], ...] = field(default=())
    #: Open deals past their expected closing date, left out of the suggestions.
    overdue_deals: int = 0


def salespeople(workspace: Workspace) -> list[str]:
    with workspace.session() as session:
        return list(session.scalars(select(m.Salesperson.name).order_by(m.Salesperson.name)))


def segments(workspace: Workspace) -> list[str]:
    """The segments the accounts use, for picking a rule's segment."""
    with workspace.session() as session:
        return [
            s for s in session.scalars(select(m.Account.segment).distinct().order_by(m.Account.segment)) if s
        ]


def plan_id(workspace: Workspace, *, salesperson: str, month: date) -> int | None:
    with workspace.session() as session:
        found = _find(session, salesperson, month)
        return found.id if found is not None else None


def load_plan(workspace: Workspace, *, salesperson: str, month: date) -> PlanInput | None:
    with workspace.session() as session:
        found = _find(session, salesperson, month)
        return _read(session, salesperson, found) if found is not None else None


def save_plan(workspace: Workspace, *, plan: PlanInput) -> Changed[int]:
    """Replaces the salesperson's plan for the month, whole or not at all; returns its id, with
    the plan's rows as they were before (none for a first plan) to put back."""
    with changing(workspace, adds_to=ACTION_PLAN_TABLES) as change:
        session = change.session
        seller = q.salesperson_id(session, plan.salesperson)
        problems = _problems(session, plan, seller)
        if problems:
            raise ValidationError(problems, "the action plan was refused")
        assert seller is not None
        stored = _find(session, plan.salesperson, plan.month)
        if stored is None:
            stored = m.ActionPlan(salesperson_id=seller, month=plan.month.replace(day=1))
            session.add(stored)
        else:
            change.lock(m.ActionPlan, stored.id)  # another's plan: its rows would match no update
            change.touches(*action_plan_rows(stored.id))  # its targets, rules and deals are replaced
        stored.revenue_goal = plan.revenue_goal
        stored.notes = plan.notes.strip()
        session.flush()
        for table in (m.ActionPlanAccount, m.ActionPlanRule, m.ActionPlanPush):
            session.execute(delete(table).where(table.plan_id == stored.id))
        session.add_all(
            m.ActionPlanAccount(plan_id=stored.id, account_id=a) for a in dict.fromkeys(plan.account_ids)
        )
        session.add_all(
            m.ActionPlanRule(
                plan_id=stored.id, segment=r.segment.strip(), kind=r.kind, count=r.count, per=r.per
            )
            for r in plan.rules
        )
        session.add_all(
            m.ActionPlanPush(
                plan_id=stored.id, opportunity_id=p.opportunity_id, next_step=p.next_step.strip(), due=p.due
            )
            for p in plan.pushes
        )
        return change.done(stored.id)


def _find(session: Session, salesperson: str, month: date) -> m.ActionPlan | None:
    return session.scalars(
        select(m.ActionPlan)
        .join(m.Salesperson, m.Salesperson.id == m.ActionPlan.salesperson_id)
        .where(m.Salesperson.name == salesperson, m.ActionPlan.month == month.replace(day=1))
    ).one_or_none()


def _read(session: Session, salesperson: str, plan: m.ActionPlan) -> PlanInput:
    accounts = session.scalars(
        select(m.ActionPlanAccount.account_id).where(m.ActionPlanAccount.plan_id == plan.id)
    )
    rules = session.scalars(
        select(m.ActionPlanRule).where(m.ActionPlanRule.plan_id == plan.id).order_by(m.ActionPlanRule.id)
    )
    pushes = session.scalars(
        select(m.ActionPlanPush).where(m.ActionPlanPush.plan_id == plan.id).order_by(m.ActionPlanPush.id)
    )
    return PlanInput(
        salesperson=salesperson,
        month=plan.month,
        revenue_goal=plan.revenue_goal,
        notes=plan.notes,
        account_ids=tuple(accounts),
        rules=tuple(ActionRule(r.segment, r.kind, r.count, r.per) for r in rules),
        pushes=tuple(Push(p.opportunity_id, p.next_step, p.due) for p in pushes),
    )


def _problems(session: Session, plan: PlanInput, seller: int | None) -> list[Problem]:
    problems = []
    if seller is None:
        problems.append(Problem("action plan", "salesperson", f"no salesperson named {plan.salesperson!r}"))
    if plan.revenue_goal is not None and plan.revenue_goal < 0:
        problems.append(Problem("action plan", "revenue_goal", "must not be negative"))
    elif plan.revenue_goal is not None and plan.revenue_goal != round_cents(plan.revenue_goal):
        problems.append(Problem("action plan", "revenue_goal", "must not go below the cent"))
    if len(plan.notes) > NOTES_MAX:
        problems.append(Problem("action plan", "notes", f"must be at most {NOTES_MAX} characters"))
    for i, rule in enumerate(plan.rules, start=1):
        problems.extend(rule_problems(rule, f"rule #{i}"))
    known_accounts = set(session.scalars(select(m.Account.id).where(m.Account.id.in_(plan.account_ids))))
    for account_id in plan.account_ids:
        if account_id not in known_accounts:
            problems.append(Problem("target accounts", "account", f"no account #{account_id}"))
    pushed = [p.opportunity_id for p in plan.pushes]
    known_deals = set(session.scalars(select(m.Opportunity.id).where(m.Opportunity.id.in_(pushed))))
    for i, push in enumerate(plan.pushes, start=1):
        where = f"deal to push #{i}"
        if push.opportunity_id not in known_deals:
            problems.append(Problem(where, "opportunity", f"no opportunity #{push.opportunity_id}"))
        if pushed.count(push.opportunity_id) > 1:
            problems.append(Problem(where, "opportunity", "is listed twice"))
        if len(push.next_step) > NEXT_STEP_MAX:
            problems.append(Problem(where, "next_step", f"must be at most {NEXT_STEP_MAX} characters"))
    return problems


@dataclass(frozen=True, slots=True)
class TeamFacts:
    """What every salesperson's plan reads alike as of a day: the team's no-show queue and the
    reverse funnel's basis. Read once for a batch of plans: read per plan, they were half of
    each plan's time at 100,000 prospects."""

    no_shows: tuple[NoShowItem, ...]
    funnel: FunnelBasis


def team_facts(workspace: Workspace, *, today: date) -> TeamFacts:
    return TeamFacts(tuple(no_show_queue(workspace, today=today)), funnel_basis(workspace, today=today))


def action_plan(
    workspace: Workspace,
    *,
    salesperson: str,
    month: date,
    today: date,
    team: TeamFacts | None = None,
) -> ActionPlanView:
    """Everything the plan shows for a salesperson and a month, with a clean plan (its sections
    explained) when nothing was planned yet. `team`: read once for a batch of plans as of
    `today`; read here when not given."""
    period = Period.month_of(month)
    with workspace.session() as session:
        settings = load_settings(session)
        seller = q.salesperson_id(session, salesperson)
        if seller is None:
            raise EsnError(f"no salesperson named {salesperson!r}")
        stored = _find(session, salesperson, period.start)
        plan = _read(session, salesperson, stored) if stored else PlanInput(salesperson, period.start)
        outcomes = tuple(
            o for o in objective_outcomes(session, period, settings) if o.salesperson == salesperson
        )
        goal, goal_source = _goal(session, plan, seller, period, settings)
        signed = _signed(session, seller, period)
        targets = _targets(session, plan.account_ids)
        segment_plans = _segments(session, plan, seller, period)
        done = _done_by_kind(session, seller, period)
        planned = planned_by_kind(plan.rules, {s.segment: s.prospects for s in segment_plans})
        elapsed = elapsed_share(period, today, settings.calendar)
        pushes, overdue = _pushes(session, plan, seller, today)
        last = _last_month(session, salesperson, seller, period, settings)
        pipeline = _pipeline(session, seller)
    funnel = (
        plan_funnel(workspace, goal=goal, period=period, today=today, basis=team.funnel if team else None)
        if goal is not None and goal > 0
        else None
    )
    queue = team.no_shows if team else no_show_queue(workspace, today=today)
    no_shows = [item for item in queue if item.owner_id == seller]
    return ActionPlanView(
        company=settings.company_name,
        salesperson=salesperson,
        month=period,
        today=today,
        plan=plan,
        goal=goal,
        goal_source=goal_source,
        signed=signed,
        objectives=outcomes,
        funnel=funnel,
        targets=targets,
        segments=segment_plans,
        elapsed=elapsed,
        progress=tuple(progress(planned, done, elapsed)),
        pushes=pushes,
        last_month=last,
        no_shows=tuple(no_shows[:NO_SHOWS_LISTED]),
        no_shows_waiting=len(no_shows),
        pipeline=pipeline,
        overdue_deals=overdue,
    )


def _goal(
    session: Session, plan: PlanInput, seller: int, month: Period, settings: WorkspaceSettings
) -> tuple[Decimal | None, str | None]:
    if plan.revenue_goal is not None:
        return plan.revenue_goal, "typed"
    objectives = [o for o in q.objectives_overlapping(session, month) if o[1] == seller]
    criteria = q.criteria_of(session, [o[0] for o in objectives])
    shares = [
        month_share_of_goal(target, dates, month, settings.calendar)
        for objective_id, _, _, dates in objectives
        for metric, target, _ in criteria[objective_id]
        if metric is Metric.SIGNED_REVENUE
    ]
    return (sum(shares, Decimal(0)), "objectives") if shares else (None, None)


def _targets(session: Session, account_ids: tuple[int, ...]) -> tuple[TargetAccount, ...]:
    if not account_ids:
        return ()
    last_done = (
        select(func.max(m.Activity.activity_date))
        .where(m.Activity.account_id == m.Account.id, m.Activity.status == ActivityStatus.DONE)
        .scalar_subquery()
    )
    rows = session.execute(
        select(m.Account.id, m.Account.name, m.Account.segment, m.Account.city, last_done)
        .where(m.Account.id.in_(account_ids))
        .order_by(m.Account.segment, m.Account.name)
    )
    c = m.Contact
    best: dict[int, tuple[int, ContactToReach]] = {}
    for account_id, first, last, role, phone, email in session.execute(
        select(c.account_id, c.first_name, c.last_name, c.role, c.phone, c.email).where(
            c.account_id.in_(account_ids)
        )
    ):
        rank = DECISION_CHAIN.index(role) if role in DECISION_CHAIN else len(DECISION_CHAIN)
        if account_id not in best or rank < best[account_id][0]:
            best[account_id] = (rank, ContactToReach(f"{first} {last}", role, phone, email))
    return tuple(TargetAccount(*row, contact=best[row[0]][1] if row[0] in best else None) for row in rows)


def _segments(session: Session, plan: PlanInput, seller: int, month: Period) -> tuple[SegmentPlan, ...]:
    """Each segment a rule names: its prospects are the plan's named accounts of that segment, or
    when the plan names none, every account of the segment the salesperson owns."""
    names = list(dict.fromkeys(r.segment for r in plan.rules))
    if not names:
        return ()
    a = m.Account
    counted = select(a.segment, func.count()).where(a.segment.in_(names)).group_by(a.segment)
    if plan.account_ids:
        counted = counted.where(a.id.in_(plan.account_ids))
    else:
        counted = counted.where(a.owner_id == seller)
    prospects: dict[str, int] = {segment: count for segment, count in session.execute(counted) if segment}
    done: dict[str, dict[ActivityKind, int]] = defaultdict(dict)
    statement = (
        select(a.segment, m.Activity.kind, func.count())
        .join(a, a.id == m.Activity.account_id)
        .where(
            m.Activity.owner_id == seller,
            m.Activity.status == ActivityStatus.DONE,
            m.Activity.activity_date.between(month.start, month.end),
            a.segment.in_(names),
        )
        .group_by(a.segment, m.Activity.kind)
    )
    for segment, kind, count in session.execute(statement):
        if segment:  # always, by the filter on names: said for the type checker
            done[segment][ActivityKind(kind)] = count
    return tuple(
        SegmentPlan(
            name,
            prospects.get(name, 0),
            tuple(r for r in plan.rules if r.segment == name),
            planned_by_kind([r for r in plan.rules if r.segment == name], prospects),
            done.get(name, {}),
        )
        for name in names
    )


def _done_by_kind(session: Session, seller: int, month: Period) -> dict[ActivityKind, int]:
    statement = (
        select(m.Activity.kind, func.count())
        .where(
            m.Activity.owner_id == seller,
            m.Activity.status == ActivityStatus.DONE,
            m.Activity.activity_date.between(month.start, month.end),
        )
        .group_by(m.Activity.kind)
    )
    return {ActivityKind(kind): count for kind, count in session.execute(statement)}


def _pushes(
    session: Session, plan: PlanInput, seller: int, today: date
) -> tuple[tuple[DealToPush, ...], int]:
    """The deals the plan names, then the biggest others suggested; and how many open deals are
    past their expected closing date. Those are never suggested: a deal that should have closed
    months ago is not this month's best bet because it is big, it is either dead (to close as
    lost) or wrongly dated (to re-date). A director wants them counted, to have the pipeline
    cleaned, not slipped in among the deals to push. Named deals stay whatever their date: the
    salesperson chose them."""
    o = m.Opportunity
    columns = (
        o.id,
        m.Account.name,
        o.title,
        o.stage,
        o.amount,
        stored_weighted(o.amount, o.probability),
        o.expected_close,
    )
    named = {p.opportunity_id: p for p in plan.pushes}
    rows = list(
        session.execute(
            select(*columns).join(m.Account, m.Account.id == o.account_id).where(o.id.in_(list(named)))
        )
    )
    others = (o.owner_id == seller, o.closed_on.is_(None), o.id.not_in(list(named)))
    suggested = session.execute(
        select(*columns)
        .join(m.Account, m.Account.id == o.account_id)
        .where(*others, or_(o.expected_close.is_(None), o.expected_close >= today))
        .order_by(stored_weighted(o.amount, o.probability).desc(), o.id)
        .limit(SUGGESTED_PUSHES)
    )
    overdue = session.scalar(select(func.count()).select_from(o).where(*others, o.expected_close < today))
    pushes = [
        DealToPush(
            oid,
            account,
            title,
            stage,
            amount,
            weighted_euros(weight),
            close,
            True,
            named[oid].next_step,
            named[oid].due,
        )
        for oid, account, title, stage, amount, weight, close in rows
    ]
    pushes.sort(key=lambda d: (d.due or date.max, -d.weighted))
    pushes.extend(
        DealToPush(oid, account, title, stage, amount, weighted_euros(weight), close, False)
        for oid, account, title, stage, amount, weight, close in suggested
    )
    return tuple(pushes), overdue or 0


def _last_month(
    session: Session, salesperson: str, seller: int, month: Period, settings: WorkspaceSettings
) -> LastMonth:
    before = month.shifted(-1)
    stored = _find(session, salesperson, before.start)
    plan = _read(session, salesperson, stored) if stored else PlanInput(salesperson, before.start)
    prospects = {s.segment: s.prospects for s in _segments(session, plan, seller, before)}
    done = _done_by_kind(session, seller, before)
    goal, _ = _goal(session, plan, seller, before, settings)
    return LastMonth(
        before,
        stored is not None,
        tuple(progress(planned_by_kind(plan.rules, prospects), done, Decimal(1))),
        _signed(session, seller, before),
        goal,
    )


def _signed(session: Session, seller: int, month: Period) -> Decimal:
    return won_amount(q.wins(session, month), month, seller)


def _pipeline(session: Session, seller: int) -> tuple[tuple[Stage, int, Decimal], ...]:
    o = m.Opportunity
    rows = session.execute(
        select(o.stage, func.count(), func.sum(o.amount))
        .where(o.owner_id == seller, o.closed_on.is_(None))
        .group_by(o.stage)
    )
    found = {Stage(stage): (count, Decimal(total or 0)) for stage, count, total in rows}
    return tuple((stage, *found[stage]) for stage in Stage if stage in found)
