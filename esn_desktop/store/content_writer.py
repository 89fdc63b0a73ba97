"""Writing records into a workspace in bulk: Core inserts in chunks, ids allocated up front.

Importing 100,000 prospects through ORM objects would take minutes; Core executemany
over plain dictionaries takes seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.store import models as m
from esn_desktop.store.settings_store import save_settings

CHUNK = 5000


class _Ids:
    """Next free id per table, read once, so that rows can refer to rows not yet inserted."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[str, int] = {}

    def take(self, table: Table) -> int:
        if table.name not in self._next:
            self._next[table.name] = (self._session.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        value = self._next[table.name]
        self._next[table.name] = value + 1
        return value


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
    ids = _Ids(session)
    out = _Inserter(session, sum(content.counts().values()), progress)
    t = {name: model.__table__ for name, model in _TABLES.items()}

    salespeople = _names(session, t["salespeople"])
    rows = []
    for s in content.salespeople:
        salespeople[s.name] = ids.take(t["salespeople"])
        rows.append({"id": salespeople[s.name], "name": s.name, "email": s.email})
    out.insert(t["salespeople"], rows)

    channels = _names(session, t["channels"])
    rows, costs = [], []
    for c in content.channels:
        channels[c.name] = ids.take(t["channels"])
        rows.append({"id": channels[c.name], "name": c.name})
        costs += [
            {
                "channel_id": channels[c.name],
                "start_date": line.start,
                "end_date": line.end,
                "amount": line.amount,
            }
            for line in c.costs
        ]
    out.insert(t["channels"], rows)
    out.insert(t["channel_costs"], costs, counts_as_items=False)

    accounts = _names(session, t["accounts"])
    rows = []
    for a in content.accounts:
        accounts[a.name] = ids.take(t["accounts"])
        rows.append(
            {
                "id": accounts[a.name],
                "name": a.name,
                "name_key": name_key(a.name),
                "segment": a.segment,
                "sector": a.sector,
                "city": a.city,
                "size": a.size,
                "potential": a.potential,
                "referencing": a.referencing,
                "channel_id": channels.get(a.channel) if a.channel else None,
                "owner_id": salespeople.get(a.owner) if a.owner else None,
            }
        )
    out.insert(t["accounts"], rows)

    contacts = _Lookup(
        lambda: {
            (account_id, f"{first} {last}".strip()): contact_id
            for contact_id, account_id, first, last in session.execute(
                select(m.Contact.id, m.Contact.account_id, m.Contact.first_name, m.Contact.last_name)
            ).all()
        }
    )
    rows = []
    for c in content.contacts:
        contact_id = ids.take(t["contacts"])
        contacts[(accounts[c.account], c.full_name)] = contact_id
        rows.append(
            {
                "id": contact_id,
                "account_id": accounts[c.account],
                "first_name": c.first_name,
                "last_name": c.last_name,
                "role": c.role,
                "email": c.email,
                "phone": c.phone,
            }
        )
    out.insert(t["contacts"], rows)

    opportunities = _Lookup(
        lambda: {
            (account_id, title): opportunity_id
            for opportunity_id, account_id, title in session.execute(
                select(m.Opportunity.id, m.Opportunity.account_id, m.Opportunity.title)
            ).all()
        }
    )
    rows, history = [], []
    for o in content.opportunities:
        opportunity_id = ids.take(t["opportunities"])
        opportunities[(accounts[o.account], o.title)] = opportunity_id
        rows.append(
            {
                "id": opportunity_id,
                "account_id": accounts[o.account],
                "title": o.title,
                "amount": o.amount,
                "stage": o.stage,
                "probability": o.probability,
                "expected_close": o.expected_close,
                "owner_id": salespeople.get(o.owner) if o.owner else None,
                "channel_id": channels.get(o.channel) if o.channel else None,
                "created_on": o.created,
                "closed_on": o.closed,
            }
        )
        history += [
            {"opportunity_id": opportunity_id, "stage": line.stage, "changed_on": line.date}
            for line in o.history
        ]
    out.insert(t["opportunities"], rows)
    out.insert(t["stage_changes"], history, counts_as_items=False)

    def activity_row(a: Any) -> dict[str, Any]:
        account_id = accounts[a.account] if a.account else None
        return {
            "kind": a.kind,
            "status": a.status,
            "activity_date": a.date,
            "account_id": account_id,
            "contact_id": contacts[(account_id, a.contact)] if a.contact else None,
            "owner_id": salespeople.get(a.owner) if a.owner else None,
            "opportunity_id": opportunities[(account_id, a.opportunity)] if a.opportunity else None,
            "notes": a.notes,
        }

    out.insert(t["activities"], map(activity_row, content.activities))

    consultants = _names(session, t["consultants"])
    rows, skills = [], []
    for c in content.consultants:
        consultants[c.name] = ids.take(t["consultants"])
        rows.append(
            {
                "id": consultants[c.name],
                "name": c.name,
                "daily_cost": c.daily_cost,
                "annual_salary": c.annual_salary,
                "target_rate": c.target_rate,
                "seniority": c.seniority,
                "start_date": c.start,
                "end_date": c.end,
            }
        )
        skills += [
            {"consultant_id": consultants[c.name], "skill": skill} for skill in dict.fromkeys(c.skills)
        ]
    out.insert(t["consultants"], rows)
    out.insert(t["consultant_skills"], skills, counts_as_items=False)

    out.insert(
        t["leaves"],
        (
            {"consultant_id": consultants[lv.consultant], "start_date": lv.start, "end_date": lv.end}
            for lv in content.leaves
        ),
    )
    out.insert(
        t["missions"],
        (
            {
                "account_id": accounts[ms.account],
                "consultant_id": consultants[ms.consultant],
                "daily_rate": ms.daily_rate,
                "start_date": ms.start,
                "end_date": ms.end,
                "time_ratio": ms.time_ratio,
                "unbilled_days": ms.unbilled_days,
                "status": ms.status,
            }
            for ms in content.missions
        ),
    )

    rows, criteria = [], []
    for o in content.objectives:
        objective_id = ids.take(t["objectives"])
        rows.append(
            {
                "id": objective_id,
                "salesperson_id": salespeople[o.salesperson] if o.salesperson else None,
                "start_date": o.start,
                "end_date": o.end,
            }
        )
        criteria += [
            {"objective_id": objective_id, "metric": c.metric, "target": c.target, "weight": c.weight}
            for c in o.criteria
        ]
    out.insert(t["objectives"], rows)
    out.insert(t["objective_criteria"], criteria, counts_as_items=False)


_TABLES: dict[str, type[m.Base]] = {
    "salespeople": m.Salesperson,
    "channels": m.Channel,
    "channel_costs": m.ChannelCost,
    "accounts": m.Account,
    "contacts": m.Contact,
    "opportunities": m.Opportunity,
    "stage_changes": m.StageChange,
    "activities": m.Activity,
    "consultants": m.Consultant,
    "consultant_skills": m.ConsultantSkill,
    "leaves": m.Leave,
    "missions": m.Mission,
    "objectives": m.Objective,
    "objective_criteria": m.ObjectiveCriterion,
}
