"""Consultants: the list of the Consultants tab with today's status, and saving one."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.orm import selectinload

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.staffing import MissionStatus, daily_cost, mission_status_on
from esn_desktop.services.changes import Changed, Changes, changing
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.kpi_queries import costs_hidden
from esn_desktop.store.settings_store import load_settings
from esn_desktop.store.snapshots import Rows


def consultant_card_rows(consultant_id: int) -> list[Rows]:
    """What the consultant's form saves: the consultant and their skills."""
    key = (consultant_id,)
    return [Rows("consultants", "id", key), Rows("consultant_skills", "consultant_id", key)]


def consultant_rows(consultant_id: int) -> list[Rows]:
    """A consultant with all that is theirs: skills, leave and missions."""
    key = (consultant_id,)
    return [
        *consultant_card_rows(consultant_id),
        Rows("leaves", "consultant_id", key),
        Rows("missions", "consultant_id", key),
    ]


class Availability(StrEnum):
    ON_MISSION = "on_mission"
    BENCH = "bench"
    ON_LEAVE = "on_leave"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class ConsultantRow:
    id: int
    name: str
    availability: Availability
    #: The first day without a mission from today on, while employed; None while open-ended on a
    #: mission, or for one who has left (or leaves) before a free day (`never_available`).
    available_from: date | None
    #: The CJM; None where the login may not read costs (a team's salesperson or viewer).
    daily_cost: Decimal | None
    target_rate: Decimal | None
    skills: tuple[str, ...]
    seniority: str | None
    start: date
    end: date | None
    typed_cost: Decimal | None
    annual_salary: Decimal | None

    @property
    def never_available(self) -> bool:
        """Left, or leaving before a day free of missions: not to staff, whatever the missions."""
        return self.available_from is None and self.end is not None

    @property
    def cost_from_salary(self) -> bool:
        return self.typed_cost is None


def list_consultants(workspace: Workspace, *, today: date) -> list[ConsultantRow]:
    with workspace.session() as session:
        settings = load_settings(session)
        hidden = costs_hidden(session)
        consultants = (
            session.execute(
                select(m.Consultant).options(selectinload(m.Consultant.skills)).order_by(m.Consultant.name)
            )
            .scalars()
            .all()
        )
        missions = session.execute(
            select(m.Mission.consultant_id, m.Mission.start_date, m.Mission.end_date)
            .where(m.Mission.status != MissionStatus.CANCELLED)
            .where((m.Mission.end_date.is_(None)) | (m.Mission.end_date >= today))
            .order_by(m.Mission.start_date)
        ).all()
        on_leave = set(
            session.execute(
                select(m.Leave.consultant_id).where(m.Leave.start_date <= today, m.Leave.end_date >= today)
            ).scalars()
        )
        spans_of: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
        for consultant_id, start, end in missions:  # in start order, kept per consultant
            spans_of[consultant_id].append((start, end))
        rows = []
        for c in consultants:
            spans = spans_of.get(c.id, [])
            # On a mission today by the Missions list's rule (its cancelled ones left out above).
            busy = any(
                mission_status_on(MissionStatus.ONGOING, start, end, today) is MissionStatus.ONGOING
                for start, end in spans
            )
            available_from: date | None = today
            for start, end in spans:  # chain the missions that follow each other
                if available_from is None or start > available_from:
                    break
                available_from = None if end is None else max(available_from, end + timedelta(days=1))
            if c.end_date is not None and available_from is not None and available_from > c.end_date:
                available_from = None  # gone (or going) before a free day: never available here
            if c.end_date is not None and c.end_date < today:
                availability = Availability.LEFT
            elif c.id in on_leave:
                availability = Availability.ON_LEAVE
            else:
                availability = Availability.ON_MISSION if busy else Availability.BENCH
            rows.append(
                ConsultantRow(
                    c.id,
                    c.name,
                    availability,
                    available_from,
                    None
                    if hidden
                    else daily_cost(
                        typed_cost=c.daily_cost,
                        annual_salary=c.annual_salary,
                        settings=settings.cost_settings,
                    ),
                    c.target_rate,
                    tuple(s.skill for s in c.skills),
                    c.seniority,
                    c.start_date,
                    c.end_date,
                    c.daily_cost,
                    c.annual_salary,
                )
            )
        return rows


def save_consultant(
    workspace: Workspace,
    *,
    consultant_id: int | None,
    name: str,
    start: date,
    end: date | None,
    typed_cost: Decimal | None,
    annual_salary: Decimal | None,
    target_rate: Decimal | None,
    skills: tuple[str, ...] = (),
    seniority: str | None = None,
) -> Changed[int]:
    problems = []
    if not name.strip():
        problems.append(Problem("consultant", "name", "is required"))
    if typed_cost is None and annual_salary is None:
        problems.append(
            Problem(
                "consultant", "daily_cost", "or annual_salary is required (the CJM comes from one of them)"
            )
        )
    for field, value in (
        ("daily_cost", typed_cost),
        ("annual_salary", annual_salary),
        ("target_rate", target_rate),
    ):
        if value is not None and value <= 0:
            problems.append(Problem("consultant", field, "must be positive"))
    if end is not None and end < start:
        problems.append(Problem("consultant", "end", "is before 'start'"))
    touches = consultant_card_rows(consultant_id) if consultant_id is not None else []
    with changing(workspace, touches=touches, adds_to=("consultants", "consultant_skills")) as change:
        session = change.session
        clash = session.execute(
            select(m.Consultant.id).where(
                m.Consultant.name == name.strip(), m.Consultant.id != (consultant_id or -1)
            )
        ).first()
        if clash:
            problems.append(Problem("consultant", "name", f"{name.strip()!r} is already a consultant"))
        if problems:
            raise ValidationError(problems, "the consultant was refused")
        consultant = session.get(m.Consultant, consultant_id) if consultant_id is not None else m.Consultant()
        assert consultant is not None
        consultant.name, consultant.start_date, consultant.end_date = name.strip(), start, end
        consultant.daily_cost, consultant.annual_salary, consultant.target_rate = (
            typed_cost,
            annual_salary,
            target_rate,
        )
        consultant.seniority = seniority
        session.add(consultant)
        session.flush()
        session.execute(delete(m.ConsultantSkill).where(m.ConsultantSkill.consultant_id == consultant.id))
        session.add_all(
            m.ConsultantSkill(consultant_id=consultant.id, skill=s) for s in dict.fromkeys(skills) if s
        )
        return change.done(consultant.id)


def delete_consultant(workspace: Workspace, *, consultant_id: int) -> Changes:
    """Deletes a consultant with their skills, leave and missions (the foreign keys cascade)."""
    with changing(workspace, touches=consultant_rows(consultant_id)) as change:
        change.session.execute(delete(m.Consultant).where(m.Consultant.id == consultant_id))
        return change.changes()


@dataclass(frozen=True, slots=True)
class ConsultantDeletionImpact:
    """What goes with a consultant deleted: how many missions and leave periods."""

    missions: int
    leaves: int


def consultant_deletion_impact(workspace: Workspace, consultant_id: int) -> ConsultantDeletionImpact:
    """What goes with the consultant, said before asking to delete them."""
    with workspace.session() as session:
        missions, leaves = (
            session.execute(
                select(func.count()).select_from(model).where(model.consultant_id == consultant_id)
            ).scalar_one()
            for model in (m.Mission, m.Leave)
        )
        return ConsultantDeletionImpact(missions, leaves)


@dataclass(frozen=True, slots=True)
class LeaveLine:
    id: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class MissionLine:
    id: int
    account: str
    start: date
    end: date | None
    daily_rate: Decimal
    status: MissionStatus


@dataclass(frozen=True, slots=True)
class ConsultantDetail:
    """One consultant beside the list: leave (newest first) and the mission now and next."""

    leaves: tuple[LeaveLine, ...]
    current: MissionLine | None
    next: MissionLine | None


def consultant_detail(workspace: Workspace, consultant_id: int, *, today: date) -> ConsultantDetail:
    with workspace.session() as session:
        leaves = tuple(
            LeaveLine(*row)
            for row in session.execute(
                select(m.Leave.id, m.Leave.start_date, m.Leave.end_date)
                .where(m.Leave.consultant_id == consultant_id)
                .order_by(m.Leave.start_date.desc(), m.Leave.id.desc())  # newest first, as the panel says
            )
        )
        missions = [
            MissionLine(*row)
            for row in session.execute(
                select(
                    m.Mission.id,
                    m.Account.name,
                    m.Mission.start_date,
                    m.Mission.end_date,
                    m.Mission.daily_rate,
                    m.Mission.status,
                )
                .join(m.Account, m.Account.id == m.Mission.account_id)
                .where(
                    m.Mission.consultant_id == consultant_id,
                    m.Mission.status != MissionStatus.CANCELLED,
                    (m.Mission.end_date.is_(None)) | (m.Mission.end_date >= today),
                )
                .order_by(m.Mission.start_date)
            )
        ]
    # The day's status by the Missions list's rule: a mission starting today is the current one.
    missions = [replace(x, status=mission_status_on(x.status, x.start, x.end, today)) for x in missions]
    current = next((x for x in missions if x.status is MissionStatus.ONGOING), None)
    coming = next((x for x in missions if x.status is MissionStatus.PLANNED), None)
    return ConsultantDetail(leaves, current, coming)


def add_leave(workspace: Workspace, *, consultant_id: int, start: date, end: date) -> Changed[int]:
    """Records a leave period; it may not end before it starts nor overlap another one."""
    if end < start:
        raise ValidationError([Problem("leave", "end", "is before 'start'")], "the leave was refused")
    with changing(workspace, adds_to=("leaves",)) as change:
        session = change.session
        overlap = session.execute(
            select(m.Leave.start_date, m.Leave.end_date).where(
                m.Leave.consultant_id == consultant_id, m.Leave.start_date <= end, m.Leave.end_date >= start
            )
        ).first()
        if overlap is not None:
            raise ValidationError(
                [
                    Problem(
                        "leave",
                        "start",
                        f"overlaps the leave from {overlap[0].isoformat()} to {overlap[1].isoformat()}",
                    )
                ],
                "the leave was refused",
            )
        leave = m.Leave(consultant_id=consultant_id, start_date=start, end_date=end)
        session.add(leave)
        session.flush()
        return change.done(leave.id)


def delete_leave(workspace: Workspace, *, leave_id: int) -> Changes:
    with changing(workspace, touches=[Rows("leaves", "id", (leave_id,))]) as change:
        change.session.execute(delete(m.Leave).where(m.Leave.id == leave_id))
        return change.changes()
