"""Reading a whole workspace back into records, in a stable order, for export."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from esn_desktop.domain.action_plans import ActionRule
from esn_desktop.domain.records import (
    AccountRecord,
    ActionPlanRecord,
    ActivityRecord,
    ChannelRecord,
    ConsultantRecord,
    ContactRecord,
    CostLine,
    CriterionLine,
    HistoryLine,
    LeaveRecord,
    MissionRecord,
    ObjectiveRecord,
    OpportunityRecord,
    PushLine,
    SalespersonRecord,
    TargetLine,
    WorkspaceContent,
)
from esn_desktop.store import models as m
from esn_desktop.store.settings_store import load_settings


def _grouped(session: Session, statement: Any) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for key, *values in session.execute(statement).all():
        groups[key].append(values)
    return groups


def read_content(session: Session, *, account_id: int | None = None) -> WorkspaceContent:
    """The whole workspace; with `account_id`, only that account and what goes with it
    (contacts, opportunities and their history, activities, missions), as an undo keeps it."""

    def only(statement: Any, column: Any) -> Any:
        return statement if account_id is None else statement.where(column == account_id)

    if account_id is not None:
        return _account_content(session, account_id, only)
    content = WorkspaceContent(settings=load_settings(session))
    salespeople = dict(session.execute(select(m.Salesperson.id, m.Salesperson.name)).all())
    channels = dict(session.execute(select(m.Channel.id, m.Channel.name)).all())
    accounts = dict(session.execute(select(m.Account.id, m.Account.name)).all())
    consultants = dict(session.execute(select(m.Consultant.id, m.Consultant.name)).all())

    content.salespeople = [
        SalespersonRecord(name, email)
        for name, email in session.execute(
            select(m.Salesperson.name, m.Salesperson.email).order_by(m.Salesperson.id)
        )
    ]
    costs = _grouped(
        session,
        select(
            m.ChannelCost.channel_id, m.ChannelCost.start_date, m.ChannelCost.end_date, m.ChannelCost.amount
        ).order_by(m.ChannelCost.start_date, m.ChannelCost.id),
    )
    content.channels = [
        ChannelRecord(name, tuple(CostLine(*line) for line in costs.get(channel_id, [])))
        for channel_id, name in sorted(channels.items())
    ]
    _fill_account_lists(session, content, only, salespeople, channels, accounts)
    skills = _grouped(
        session,
        select(m.ConsultantSkill.consultant_id, m.ConsultantSkill.skill).order_by(m.ConsultantSkill.id),
    )
    content.consultants = [
        ConsultantRecord(
            name=c.name,
            start=c.start_date,
            daily_cost=c.daily_cost,
            annual_salary=c.annual_salary,
            target_rate=c.target_rate,
            end=c.end_date,
            skills=tuple(skill for (skill,) in skills.get(c.id, [])),
            seniority=c.seniority,
        )
        for c in session.execute(select(m.Consultant).order_by(m.Consultant.id)).scalars()
    ]
    content.leaves = [
        LeaveRecord(consultants[cid], start, end)
        for cid, start, end in session.execute(
            select(m.Leave.consultant_id, m.Leave.start_date, m.Leave.end_date).order_by(m.Leave.id)
        ).all()
    ]
    content.missions = _missions(session, only, accounts, consultants)
    criteria = _grouped(
        session,
        select(
            m.ObjectiveCriterion.objective_id,
            m.ObjectiveCriterion.metric,
            m.ObjectiveCriterion.target,
            m.ObjectiveCriterion.weight,
        ).order_by(m.ObjectiveCriterion.id),
    )
    content.objectives = [
        ObjectiveRecord(
            salespeople.get(o.salesperson_id) if o.salesperson_id else None,
            o.start_date,
            o.end_date,
            tuple(CriterionLine(*line) for line in criteria.get(o.id, [])),
        )
        for o in session.execute(select(m.Objective).order_by(m.Objective.id)).scalars()
    ]
    content.action_plans = _action_plans(session, salespeople, accounts)
    return content


def _action_plans(
    session: Session, salespeople: dict[int, str], accounts: dict[int, str]
) -> list[ActionPlanRecord]:
    targets = _grouped(
        session,
        select(m.ActionPlanAccount.plan_id, m.ActionPlanAccount.account_id).order_by(m.ActionPlanAccount.id),
    )
    rules = _grouped(
        session,
        select(
            m.ActionPlanRule.plan_id,
            m.ActionPlanRule.segment,
            m.ActionPlanRule.kind,
            m.ActionPlanRule.count,
            m.ActionPlanRule.per,
        ).order_by(m.ActionPlanRule.id),
    )
    pushes = _grouped(
        session,
        select(
            m.ActionPlanPush.plan_id,
            m.Opportunity.account_id,
            m.Opportunity.title,
            m.ActionPlanPush.next_step,
            m.ActionPlanPush.due,
        )
        .join(m.Opportunity, m.Opportunity.id == m.ActionPlanPush.opportunity_id)
        .order_by(m.ActionPlanPush.id),
    )
    return [
        ActionPlanRecord(
            salesperson=salespeople[plan.salesperson_id],
            month=plan.month,
            revenue_goal=plan.revenue_goal,
            notes=plan.notes,
            targets=tuple(TargetLine(accounts[account_id]) for (account_id,) in targets.get(plan.id, [])),
            rules=tuple(ActionRule(*line) for line in rules.get(plan.id, [])),
            pushes=tuple(
                PushLine(accounts[account_id], title, next_step, due)
                for account_id, title, next_step, due in pushes.get(plan.id, [])
            ),
        )
        for plan in session.execute(
            select(m.ActionPlan).order_by(m.ActionPlan.month, m.ActionPlan.salesperson_id)
        ).scalars()
    ]


def _account_content(session: Session, account_id: int, only: Any) -> WorkspaceContent:
    content = WorkspaceContent()
    salespeople = dict(session.execute(select(m.Salesperson.id, m.Salesperson.name)).all())
    channels = dict(session.execute(select(m.Channel.id, m.Channel.name)).all())
    accounts = dict(
        session.execute(select(m.Account.id, m.Account.name).where(m.Account.id == account_id)).all()
    )
    consultants = dict(session.execute(select(m.Consultant.id, m.Consultant.name)).all())
    _fill_account_lists(session, content, only, salespeople, channels, accounts)
    content.missions = _missions(session, only, accounts, consultants)
    return content


def _fill_account_lists(
    session: Session,
    content: WorkspaceContent,
    only: Any,
    salespeople: dict[int, str],
    channels: dict[int, str],
    accounts: dict[int, str],
) -> None:
    content.accounts = [
        AccountRecord(
            name=a.name,
            segment=a.segment,
            sector=a.sector,
            referencing=a.referencing.value,
            channel=channels.get(a.channel_id) if a.channel_id else None,
            owner=salespeople.get(a.owner_id) if a.owner_id else None,
            city=a.city,
            size=a.size,
            potential=a.potential,
            phone=a.phone,
            email=a.email,
        )
        for a in session.execute(only(select(m.Account), m.Account.id).order_by(m.Account.id)).scalars()
    ]
    contact_names: dict[int, str] = {}
    content.contacts = []
    for c in session.execute(only(select(m.Contact), m.Contact.account_id).order_by(m.Contact.id)).scalars():
        record = ContactRecord(
            accounts[c.account_id],
            c.first_name,
            c.last_name,
            c.role.value if c.role else None,
            c.email,
            c.phone,
            c.job_title,
            c.mobile,
        )
        contact_names[c.id] = record.full_name
        content.contacts.append(record)

    history = _grouped(
        session,
        only(
            select(m.StageChange.opportunity_id, m.StageChange.stage, m.StageChange.changed_on).join(
                m.Opportunity, m.Opportunity.id == m.StageChange.opportunity_id
            ),
            m.Opportunity.account_id,
        ).order_by(m.StageChange.changed_on, m.StageChange.id),
    )
    titles: dict[int, str] = {}
    content.opportunities = []
    for o in session.execute(
        only(select(m.Opportunity), m.Opportunity.account_id).order_by(m.Opportunity.id)
    ).scalars():
        titles[o.id] = o.title
        content.opportunities.append(
            OpportunityRecord(
                account=accounts[o.account_id],
                title=o.title,
                amount=o.amount,
                stage=o.stage,
                probability=o.probability,
                created=o.created_on,
                expected_close=o.expected_close,
                owner=salespeople.get(o.owner_id) if o.owner_id else None,
                channel=channels.get(o.channel_id) if o.channel_id else None,
                closed=o.closed_on,
                history=tuple(HistoryLine(*line) for line in history.get(o.id, [])),
            )
        )
    content.activities = [
        ActivityRecord(
            kind=row.kind,
            status=row.status,
            date=row.activity_date,
            account=accounts[row.account_id] if row.account_id else None,
            contact=contact_names.get(row.contact_id) if row.contact_id else None,
            owner=salespeople.get(row.owner_id) if row.owner_id else None,
            opportunity=titles.get(row.opportunity_id) if row.opportunity_id else None,
            notes=row.notes,
            time=row.start_time,
            rescheduled=row.rescheduled_on,
        )
        for row in session.execute(
            only(select(m.Activity.__table__), m.Activity.account_id).order_by(m.Activity.id)
        )
    ]


def _missions(
    session: Session, only: Any, accounts: dict[int, str], consultants: dict[int, str]
) -> list[MissionRecord]:
    return [
        MissionRecord(
            account=accounts[ms.account_id],
            consultant=consultants[ms.consultant_id],
            daily_rate=ms.daily_rate,
            start=ms.start_date,
            end=ms.end_date,
            time_ratio=ms.time_ratio,
            unbilled_days=ms.unbilled_days,
            status=ms.status,
        )
        for ms in session.execute(
            only(select(m.Mission), m.Mission.account_id).order_by(m.Mission.id)
        ).scalars()
    ]
