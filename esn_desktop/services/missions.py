"""Missions: the list of the Missions tab, saving one after checking its rules, and its live figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.staffing import (
    OPEN_END,
    Absences,
    Booking,
    MissionFigures,
    MissionStatus,
    MissionTerms,
    Overbooking,
    daily_cost,
    mission_figures,
    mission_rule_breaks,
    mission_status_on,
    overbookings,
)
from esn_desktop.services.changes import Changed, Changes, changing
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.kpi_queries import consultants_by_id, leaves_of, overlaps
from esn_desktop.store.settings_store import load_settings
from esn_desktop.store.snapshots import Rows
from esn_desktop.store.versions import check_seen


def mission_rows(mission_id: int) -> list[Rows]:
    """One mission: what editing or deleting it changes (nothing else refers to a mission)."""
    return [Rows("missions", "id", (mission_id,))]


@dataclass(frozen=True, slots=True)
class MissionRow:
    id: int
    account: str
    account_id: int
    consultant: str
    consultant_id: int
    terms: MissionTerms
    #: Its status on the list's day (`domain.staffing.mission_status_on`: the dates say it, but for
    #: a cancellation), as the consultant's panel tells it.
    status: MissionStatus
    #: The consultant's CJM, to flag a mission sold under its cost (None: not known).
    daily_cost: Decimal | None = None
    #: The version read: a save made from it is refused if another was saved since.
    version: int = 1

    @property
    def below_cost(self) -> bool:
        return self.daily_cost is not None and self.terms.daily_rate < self.daily_cost

    @property
    def margin_a_day(self) -> Decimal | None:
        """What one worked day earns over the consultant's cost (negative: lost)."""
        return None if self.daily_cost is None else self.terms.daily_rate - self.daily_cost


@dataclass(frozen=True, slots=True)
class MissionPreview:
    """What the mission form shows while it is being filled in."""

    daily_cost: Decimal
    this_month: MissionFigures
    #: Over the whole mission; None for an open-ended one.
    whole: MissionFigures | None

    @property
    def below_cost(self) -> bool:
        return self.this_month.below_cost


def list_missions(
    workspace: Workspace,
    *,
    status: MissionStatus | None = None,
    account: str = "",
    consultant_id: int | None = None,
    ending_within_days: int | None = None,
    running_in: Period | None = None,
    today: date | None = None,
    mission_id: int | None = None,
) -> list[MissionRow]:
    statement = (
        select(
            m.Mission, m.Account.name, m.Consultant.name, m.Consultant.daily_cost, m.Consultant.annual_salary
        )
        .join(m.Account, m.Account.id == m.Mission.account_id)
        .join(m.Consultant, m.Consultant.id == m.Mission.consultant_id)
        .order_by(m.Mission.start_date.desc(), m.Mission.id)
    )
    day = today or date.today()
    if mission_id is not None:
        statement = statement.where(m.Mission.id == mission_id)
    if account.strip():
        statement = statement.where(m.Account.name.icontains(account.strip(), autoescape=True))
    if consultant_id is not None:
        statement = statement.where(m.Mission.consultant_id == consultant_id)
    if ending_within_days is not None:
        statement = statement.where(m.Mission.end_date.between(day, day + timedelta(days=ending_within_days)))
    if running_in is not None:
        statement = statement.where(overlaps(m.Mission.start_date, m.Mission.end_date, running_in))
    with workspace.session() as session:
        costs = load_settings(session).cost_settings
        rows = [
            MissionRow(
                mission.id,
                account_name,
                mission.account_id,
                consultant_name,
                mission.consultant_id,
                MissionTerms(
                    mission.start_date,
                    mission.end_date,
                    mission.daily_rate,
                    mission.time_ratio,
                    mission.unbilled_days,
                ),
                mission_status_on(mission.status, mission.start_date, mission.end_date, day),
                daily_cost(typed_cost=typed_cost, annual_salary=salary, settings=costs)
                if typed_cost is not None or salary is not None
                else None,
                mission.version,
            )
            for mission, account_name, consultant_name, typed_cost, salary in session.execute(statement).all()
        ]
    # By the status the list shows, the day's (one rule, in Python): a mission's few hundred rows.
    return rows if status is None else [row for row in rows if row.status is status]


def mission_row(workspace: Workspace, mission_id: int, *, today: date | None = None) -> MissionRow:
    """One mission as stored now (a form reloading it after another person's save)."""
    found = list_missions(workspace, mission_id=mission_id, today=today)
    if not found:
        raise ValidationError(
            [Problem("mission", "id", f"no mission {mission_id}")], "the mission was not found"
        )
    return found[0]


def check_mission(workspace: Workspace, terms: MissionTerms) -> list[Problem]:
    with workspace.session() as session:
        calendar = load_settings(session).calendar
    return [Problem("mission", b.field, b.message) for b in mission_rule_breaks(terms, calendar)]


def save_mission(
    workspace: Workspace,
    *,
    mission_id: int | None,
    account_id: int,
    consultant_id: int,
    terms: MissionTerms,
    status: MissionStatus,
    seen: int | None = None,
) -> Changed[int]:
    """Creates (mission_id None) or updates a mission in one transaction; refuses broken rules whole,
    and a save made from version `seen` of a mission saved by someone else since."""
    problems = check_mission(workspace, terms)
    if problems:
        raise ValidationError(problems, "the mission was refused")
    touches = mission_rows(mission_id) if mission_id is not None else []
    with changing(workspace, touches=touches, adds_to=("missions",)) as change:
        session = change.session
        mission = change.lock(m.Mission, mission_id) if mission_id is not None else m.Mission()
        if mission is None:
            raise ValidationError(
                [Problem("mission", "id", f"no mission {mission_id}")], "the mission was refused"
            )
        if mission_id is not None:
            check_seen(mission, seen, "mission", _mission_name(session, mission))
        mission.account_id, mission.consultant_id, mission.status = account_id, consultant_id, status
        mission.start_date, mission.end_date = terms.start, terms.end
        mission.daily_rate, mission.time_ratio, mission.unbilled_days = (
            terms.daily_rate,
            terms.time_ratio,
            terms.unbilled_days,
        )
        session.add(mission)
        session.flush()
        return change.done(mission.id)


def _mission_name(session: Session, mission: m.Mission) -> str:
    """ "Lucas Moreau at Mutuelle Horizon"."""
    consultant = session.get(m.Consultant, mission.consultant_id)
    account = session.get(m.Account, mission.account_id)
    return f"{consultant.name if consultant else '?'} at {account.name if account else '?'}"


def preview_mission(
    workspace: Workspace, *, consultant_id: int, terms: MissionTerms, today: date
) -> MissionPreview:
    """The mission's figures this month and over its whole span, with the consultant's CJM and leave."""
    with workspace.session() as session:
        settings = load_settings(session)
        consultant = consultants_by_id(session, {consultant_id})[0]
        absences = Absences(leaves_of(session, {consultant_id}).get(consultant_id, []))
    cjm = daily_cost(
        typed_cost=consultant.typed_cost,
        annual_salary=consultant.annual_salary,
        settings=settings.cost_settings,
    )
    month = Period.month_of(today)

    def figures(period: Period) -> MissionFigures:
        return mission_figures(
            terms, period=period, daily_cost=cjm, absences=absences, calendar=settings.calendar
        )

    whole = (
        figures(Period(terms.start, terms.end))
        if terms.end is not None and terms.end >= terms.start
        else None
    )
    return MissionPreview(cjm, figures(month), whole)


def check_overbooking(
    workspace: Workspace, *, consultant_id: int, terms: MissionTerms, mission_id: int | None = None
) -> list[Overbooking]:
    """Where these terms would book the consultant above full time, with the missions they clash
    with (the mission being edited and cancelled missions aside)."""
    span = Period(terms.start, terms.end or OPEN_END)
    statement = (
        select(m.Mission.id, m.Account.name, m.Mission.start_date, m.Mission.end_date, m.Mission.time_ratio)
        .join(m.Account, m.Account.id == m.Mission.account_id)
        .where(
            m.Mission.consultant_id == consultant_id,
            m.Mission.status != MissionStatus.CANCELLED,
            overlaps(m.Mission.start_date, m.Mission.end_date, span),
        )
        .order_by(m.Mission.start_date, m.Mission.id)
    )
    if mission_id is not None:
        statement = statement.where(m.Mission.id != mission_id)
    with workspace.session() as session:
        others = [Booking(*row) for row in session.execute(statement).all()]
        if not others:  # the usual case: no need to read the calendar and the leave
            return []
        calendar = load_settings(session).calendar
        absences = Absences(leaves_of(session, {consultant_id}).get(consultant_id, []))
    return overbookings(terms, others, absences, calendar)


def delete_mission(workspace: Workspace, *, mission_id: int) -> Changes:
    with changing(workspace, touches=mission_rows(mission_id)) as change:
        mission = change.session.get(m.Mission, mission_id)
        if mission is not None:
            change.session.delete(mission)
        return change.changes()
