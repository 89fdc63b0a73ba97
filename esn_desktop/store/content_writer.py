"""Writing records into a workspace in bulk: Core inserts in chunks, ids allocated up front.

Importing 100,000 prospects through ORM objects would take minutes; Core executemany
over plain dictionaries takes seconds.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.headcount import headcount_floor
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.domain.records import ActivityRecord, WorkspaceContent
from esn_desktop.store import models as m
from esn_desktop.store.settings_store import save_settings

CHUNK = 5000


class _Ids:
    """Ids taken up front, so that rows can refer to rows not yet inserted.

    In a file, the writer is alone (it holds the lock): ids follow the highest, read once. In a
    team database others insert meanwhile: ids come from the table's own sequence, a block at
    a time, as PostgreSQL hands them to every writer.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sequences = session.get_bind().dialect.name == "postgresql"
        self._free: dict[str, Iterator[int]] = {}

    def take(self, table: Table) -> int:
        free = self._free.get(table.name)
        taken = next(free, None) if free is not None else None
        if taken is None:
            self._free[table.name] = free = self._reserve(table)
            taken = next(free)
        return taken

    def _reserve(self, table: Table) -> Iterator[int]:
        if self._sequences:
            block = self._session.execute(_NEXT_IDS, {"table": table.name, "count": ID_BLOCK}).scalars()
            return iter(list(block))
        highest = self._session.execute(select(func.max(table.c.id))).scalar() or 0
        return itertools.count(highest + 1)


#: Ids reserved at a time from a team database's sequence.
ID_BLOCK = 1000
_NEXT_IDS = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)")


class _Inserter:
    def __init__(self, session: Session, total: int, progress: Progress) -> None:
        self.session = session
        self.total = total
        self.done = 0
        self.progress = progress

    def insert(self, table: Table, rows: Iterable[dict[str, Any]], counts_as_items: bool = True) -> None:
        for chunk in _chunks(rows):
            self.session.execute(table.insert(), chunk)
            if counts_as_items:
                self.done += len(chunk)
                self.progress(self.done, self.total)


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Lookup(dict[Any, int]):
    """Ids by name: those written by this call first, the workspace's loaded only on a miss.

    A batch that refers only to its own items never loads the workspace's 100,000 names.
    """

    def __init__(self, load: Callable[[], dict[Any, int]]) -> None:
        super().__init__()
        self._load = load
        self._loaded = False

    def __missing__(self, key: Any) -> int:
        if not self._loaded:
            self._loaded = True
            for existing, value in self._load().items():
                self.setdefault(existing, value)
            if key in self:
                return self[key]
        raise KeyError(key)

    def get(self, key: Any, default: Any = None) -> Any:  # dict.get bypasses __missing__
        try:
            return self[key]
        except KeyError:
            return default


def _names(session: Session, table: Table) -> _Lookup:
    return _Lookup(lambda: dict(session.execute(select(table.c.name, table.c.id)).all()))


def write_content(session: Session, content: WorkspaceContent, *, progress: Progress = no_progress) -> None:
    """Adds validated records to the workspace in the session's transaction."""
    if content.settings is not None:
        save_settings(session, content.settings)
    _Writer(session, content, progress).write()


def _table(name: str) -> Table:
    return m.Base.metadata.tables[name]


class _Writer:
    """Writes one content, list after list, each list resolving names to the ids written before."""

    def __init__(self, session: Session, content: WorkspaceContent, progress: Progress) -> None:
        self.session = session
        self.content = content
        self.ids = _Ids(session)
        self.out = _Inserter(session, sum(content.counts().values()), progress)
        self.salespeople = _names(session, _table("salespeople"))
        self.channels = _names(session, _table("channels"))
        self.accounts = _names(session, _table("accounts"))
        self.consultants = _names(session, _table("consultants"))
        self.contacts = _Lookup(self._existing_contacts)
        self.opportunities = _Lookup(self._existing_opportunities)

    def write(self) -> None:
        self._salespeople()
        self._channels()
        self._accounts()
        self._contacts()
        self._opportunities()
        self._activities()
        self._consultants()
        self._leaves()
        self._missions()
        self._objectives()
        self._action_plans()

    def _existing_contacts(self) -> dict[Any, int]:
        rows = self.session.execute(
            select(m.Contact.id, m.Contact.account_id, m.Contact.first_name, m.Contact.last_name)
        ).all()
        return {
            (account_id, f"{first} {last}".strip()): contact_id
            for contact_id, account_id, first, last in rows
        }

    def _existing_opportunities(self) -> dict[Any, int]:
        rows = self.session.execute(
            select(m.Opportunity.id, m.Opportunity.account_id, m.Opportunity.title)
        ).all()
        return {(account_id, title): opportunity_id for opportunity_id, account_id, title in rows}

    def _salespeople(self) -> None:
        table, rows = _table("salespeople"), []
        for person in self.content.salespeople:
            self.salespeople[person.name] = self.ids.take(table)
            rows.append({"id": self.salespeople[person.name], "name": person.name, "email": person.email})
        self.out.insert(table, rows)

    def _channels(self) -> None:
        table, rows, costs = _table("channels"), [], []
        for channel in self.content.channels:
            channel_id = self.channels[channel.name] = self.ids.take(table)
            rows.append({"id": channel_id, "name": channel.name})
            costs += [
                {
                    "channel_id": channel_id,
                    "start_date": line.start,
                    "end_date": line.end,
                    "amount": line.amount,
                }
                for line in channel.costs
            ]
        self.out.insert(table, rows)
        self.out.insert(_table("channel_costs"), costs, counts_as_items=False)

    def _accounts(self) -> None:
        table, rows = _table("accounts"), []
        for account in self.content.accounts:
            account_id = self.accounts[account.name] = self.ids.take(table)
            rows.append(
                {
                    "id": account_id,
                    "name": account.name,
                    "name_key": name_key(account.name),
                    "segment": account.segment,
                    "sector": account.sector,
                    "city": account.city,
                    "size": account.size,
                    "size_floor": headcount_floor(account.size),
                    "phone": account.phone,
                    "email": account.email,
                    "potential": account.potential,
                    "referencing": account.referencing,
                    "channel_id": self.channels.get(account.channel) if account.channel else None,
                    "owner_id": self.salespeople.get(account.owner) if account.owner else None,
                }
            )
        self.out.insert(table, rows)

    def _contacts(self) -> None:
        table, rows = _table("contacts"), []
        for contact in self.content.contacts:
            account_id = self.accounts[contact.account]
            contact_id = self.contacts[(account_id, contact.full_name)] = self.ids.take(table)
            rows.append(
                {
                    "id": contact_id,
                    "account_id": account_id,
                    "first_name": contact.first_name,
                    "last_name": contact.last_name,
                    "role": contact.role,
                    "email": contact.email,
                    "phone": contact.phone,
                    "job_title": contact.job_title,
                    "mobile": contact.mobile,
                }
            )
        self.out.insert(table, rows)

    def _opportunities(self) -> None:
        table, rows, history = _table("opportunities"), [], []
        for opportunity in self.content.opportunities:
            account_id = self.accounts[opportunity.account]
            opportunity_id = self.opportunities[(account_id, opportunity.title)] = self.ids.take(table)
            rows.append(
                {
                    "id": opportunity_id,
                    "account_id": account_id,
                    "title": opportunity.title,
                    "amount": opportunity.amount,
                    "stage": opportunity.stage,
                    "probability": opportunity.probability,
                    "expected_close": opportunity.expected_close,
                    "owner_id": self.salespeople.get(opportunity.owner) if opportunity.owner else None,
                    "channel_id": self.channels.get(opportunity.channel) if opportunity.channel else None,
                    "created_on": opportunity.created,
                    "closed_on": opportunity.closed,
                }
            )
            history += [
                {"opportunity_id": opportunity_id, "stage": line.stage, "changed_on": line.date}
                for line in opportunity.history
            ]
        self.out.insert(table, rows)
        self.out.insert(_table("stage_changes"), history, counts_as_items=False)

    def _activity_row(self, activity: ActivityRecord) -> dict[str, Any]:
        account_id = self.accounts[activity.account] if activity.account else None
        return {
            "kind": activity.kind,
            "status": activity.status,
            "activity_date": activity.date,
            "account_id": account_id,
            "contact_id": self.contacts[(account_id, activity.contact)] if activity.contact else None,
            "owner_id": self.salespeople.get(activity.owner) if activity.owner else None,
            "opportunity_id": self.opportunities[(account_id, activity.opportunity)]
            if activity.opportunity
            else None,
            "notes": activity.notes,
            "start_time": activity.time,
            "rescheduled_on": activity.rescheduled,
        }

    def _activities(self) -> None:
        self.out.insert(_table("activities"), map(self._activity_row, self.content.activities))

    def _consultants(self) -> None:
        table, rows, skills = _table("consultants"), [], []
        for consultant in self.content.consultants:
            consultant_id = self.consultants[consultant.name] = self.ids.take(table)
            rows.append(
                {
                    "id": consultant_id,
                    "name": consultant.name,
                    "daily_cost": consultant.daily_cost,
                    "annual_salary": consultant.annual_salary,
                    "target_rate": consultant.target_rate,
                    "seniority": consultant.seniority,
                    "start_date": consultant.start,
                    "end_date": consultant.end,
                }
            )
            skills += [
                {"consultant_id": consultant_id, "skill": skill} for skill in dict.fromkeys(consultant.skills)
            ]
        self.out.insert(table, rows)
        self.out.insert(_table("consultant_skills"), skills, counts_as_items=False)

    def _leaves(self) -> None:
        self.out.insert(
            _table("leaves"),
            (
                {
                    "consultant_id": self.consultants[leave.consultant],
                    "start_date": leave.start,
                    "end_date": leave.end,
                }
                for leave in self.content.leaves
            ),
        )

    def _missions(self) -> None:
        self.out.insert(
            _table("missions"),
            (
                {
                    "account_id": self.accounts[mission.account],
                    "consultant_id": self.consultants[mission.consultant],
                    "daily_rate": mission.daily_rate,
                    "start_date": mission.start,
                    "end_date": mission.end,
                    "time_ratio": mission.time_ratio,
                    "unbilled_days": mission.unbilled_days,
                    "status": mission.status,
                }
                for mission in self.content.missions
            ),
        )

    def _objectives(self) -> None:
        table, rows, criteria = _table("objectives"), [], []
        for objective in self.content.objectives:
            objective_id = self.ids.take(table)
            rows.append(
                {
                    "id": objective_id,
                    "salesperson_id": self.salespeople[objective.salesperson]
                    if objective.salesperson
                    else None,
                    "start_date": objective.start,
                    "end_date": objective.end,
                }
            )
            criteria += [
                {"objective_id": objective_id, "metric": c.metric, "target": c.target, "weight": c.weight}
                for c in objective.criteria
            ]
        self.out.insert(table, rows)
        self.out.insert(_table("objective_criteria"), criteria, counts_as_items=False)

    def _action_plans(self) -> None:
        table, rows = _table("action_plans"), []
        targets: list[dict[str, Any]] = []
        rules: list[dict[str, Any]] = []
        pushes: list[dict[str, Any]] = []
        for plan in self.content.action_plans:
            plan_id = self.ids.take(table)
            rows.append(
                {
                    "id": plan_id,
                    "salesperson_id": self.salespeople[plan.salesperson],
                    "month": plan.month,
                    "revenue_goal": plan.revenue_goal,
                    "notes": plan.notes,
                }
            )
            targets += [
                {"plan_id": plan_id, "account_id": account_id}
                for account_id in dict.fromkeys(self.accounts[t.account] for t in plan.targets)
            ]
            rules += [
                {"plan_id": plan_id, "segment": r.segment, "kind": r.kind, "count": r.count, "per": r.per}
                for r in plan.rules
            ]
            pushes += [
                {
                    "plan_id": plan_id,
                    "opportunity_id": self.opportunities[(self.accounts[p.account], p.opportunity)],
                    "next_step": p.next_step,
                    "due": p.due,
                }
                for p in plan.pushes
            ]
        self.out.insert(table, rows)
        for name, lines in (
            ("action_plan_accounts", targets),
            ("action_plan_rules", rules),
            ("action_plan_pushes", pushes),
        ):
            self.out.insert(_table(name), lines, counts_as_items=False)
