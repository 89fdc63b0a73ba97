"""The accounts list of the Prospects tab: search, filters and sort done in SQL, rows fetched by id.

At 100,000 prospects a search returns only the ordered ids (a few milliseconds); the
table asks for the rows it shows, a block at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import aliased

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.pipeline import Stage
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.id_lists import fetch_ids
from esn_desktop.store.portable_sql import unlikely
from esn_desktop.store.types import stored_weighted, weighted_euros

_owner = aliased(m.Salesperson)
_channel = aliased(m.Channel)

#: Sort keys read from an index on accounts (ties broken by id for a stable order).
SORT_KEYS = {
    "name": m.Account.name_key,
    "segment": m.Account.segment,
    "sector": m.Account.sector,
    "city": m.Account.city,
    # A band sorts by the fewest people it means: "1-10" < "11-50" < "250" < "501+".
    "size": m.Account.size_floor,
    "referencing": m.Account.referencing,
}
#: Sort keys that are another table's name: few values, each read from the foreign-key index.
NAMED_SORT_KEYS = {
    "owner": (m.Account.owner_id, m.Salesperson.id, m.Salesperson.name),
    "channel": (m.Account.channel_id, m.Channel.id, m.Channel.name),
}


@dataclass(frozen=True, slots=True)
class AccountFilter:
    """What the person typed and picked; empty values filter nothing."""

    search: str = ""
    segment: str | None = None
    owner: str | None = None
    channel: str | None = None
    referencing: str | None = None
    #: Accounts with at least one opportunity at this stage.
    stage: Stage | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    name: str
    segment: str | None
    sector: str | None
    city: str | None
    #: Head count as written out ("11-50", "501+", "250").
    size: str | None
    referencing: str
    owner: str | None
    channel: str | None
    open_opportunities: int = 0
    weighted_pipeline: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class FilterChoices:
    segments: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)


def _filtered(query: AccountFilter) -> Select[Any]:
    statement = select(m.Account.id)
    conditions = []
    folded = name_key(query.search)
    if folded:
        # name_key folds case and accents: "societe" finds "Société Générale".
        conditions.append(m.Account.name_key.contains(folded, autoescape=True))
    if query.segment:
        conditions.append(m.Account.segment == query.segment)
    if query.owner:
        conditions.append(
            m.Account.owner_id
            == select(m.Salesperson.id).where(m.Salesperson.name == query.owner).scalar_subquery()
        )
    if query.channel:
        conditions.append(
            m.Account.channel_id
            == select(m.Channel.id).where(m.Channel.name == query.channel).scalar_subquery()
        )
    if query.referencing:
        conditions.append(m.Account.referencing == query.referencing)
    if query.stage is not None:
        conditions.append(
            exists().where(m.Opportunity.account_id == m.Account.id, m.Opportunity.stage == query.stage)
        )
    return statement.where(and_(*conditions)) if conditions else statement


def account_count(workspace: Workspace, query: AccountFilter) -> int:
    """How many accounts match (sort aside)."""
    with workspace.session() as session:
        return session.execute(select(func.count()).select_from(_filtered(query).subquery())).scalar_one()


def account_ids(workspace: Workspace, query: AccountFilter, *, limit: int | None = None) -> list[int]:
    """The ids of the matching accounts, in the asked order (the first `limit` of them).

    Descending is the ascending order reversed, except that empty values stay last.
    """
    filtered = _filtered(query)
    with workspace.session() as session:

        def fetch(statement: Select[Any], already: int) -> list[int]:
            if limit is None:
                return fetch_ids(session, statement)
            return fetch_ids(session, statement.limit(limit - already)) if already < limit else []

        ids: list[int] = []
        if query.sort in NAMED_SORT_KEYS:
            # Sorting by a joined name would sort 100,000 rows; instead read each owner's (or
            # channel's) accounts from its index, in the order of their names.
            column, named_id, name = NAMED_SORT_KEYS[query.sort]
            name_order = name.desc() if query.descending else name.asc()
            values = [*session.execute(select(named_id).order_by(name_order)).scalars().all(), None]
            for value in values:
                part = filtered.where(column.is_(None) if value is None else column == value)
                ids += fetch(
                    part.order_by(m.Account.id.desc() if query.descending else m.Account.id), len(ids)
                )
            return ids
        key = SORT_KEYS.get(query.sort, m.Account.name_key)
        # Empty values last, both ways: two index range scans, no sort.
        if query.descending:
            present = filtered.where(key.is_not(None)).order_by(key.desc(), m.Account.id.desc())
            missing = filtered.where(key.is_(None)).order_by(m.Account.id.desc())
        else:
            present = filtered.where(key.is_not(None)).order_by(key, m.Account.id)
            missing = filtered.where(key.is_(None)).order_by(m.Account.id)
        ids += fetch(present, 0)
        return ids + fetch(missing, len(ids))


def account_rows(workspace: Workspace, ids: Sequence[int]) -> dict[int, AccountRow]:
    """The rows for these ids, with each account's open pipeline."""
    pipeline = (
        select(
            m.Opportunity.account_id,
            func.count().label("open"),
            # Plain integers (cents x millionths), exact; the typed columns would rescale them.
            func.sum(stored_weighted(m.Opportunity.amount, m.Opportunity.probability)).label("weighted"),
        )
        # unlikely() hides closed_on from its index, so that SQLite reads these accounts' deals
        # through the account index (0.2 ms) rather than every open deal (5 to 50 ms).
        .where(m.Opportunity.account_id.in_(ids), unlikely(m.Opportunity.closed_on.is_(None)))
        .group_by(m.Opportunity.account_id)
        .subquery()
    )
    statement = (
        select(
            m.Account.id,
            m.Account.name,
            m.Account.segment,
            m.Account.sector,
            m.Account.city,
            m.Account.size,
            m.Account.referencing,
            _owner.name,
            _channel.name,
            pipeline.c.open,
            pipeline.c.weighted,
        )
        .outerjoin(_owner, _owner.id == m.Account.owner_id)
        .outerjoin(_channel, _channel.id == m.Account.channel_id)
        .outerjoin(pipeline, pipeline.c.account_id == m.Account.id)
        .where(m.Account.id.in_(ids))
    )
    rows = {}
    with workspace.session() as session:
        for row in session.execute(statement).all():
            # amount in cents x probability in millionths: exact integers, scaled once here.
            weighted = weighted_euros(row.weighted)
            rows[row.id] = AccountRow(
                row.id,
                row.name,
                row.segment,
                row.sector,
                row.city,
                row.size,
                row.referencing.value,
                row[7],
                row[8],
                row.open or 0,
                weighted,
            )
    return rows


def filter_choices(workspace: Workspace) -> FilterChoices:
    with workspace.session() as session:
        return FilterChoices(
            segments=[
                s
                for s in session.execute(
                    select(m.Account.segment).distinct().order_by(m.Account.segment)
                ).scalars()
                if s
            ],
            owners=list(session.execute(select(m.Salesperson.name).order_by(m.Salesperson.name)).scalars()),
            channels=list(session.execute(select(m.Channel.name).order_by(m.Channel.name)).scalars()),
        )


def find_accounts(workspace: Workspace, text: str, limit: int = 30) -> list[tuple[int, str]]:
    """Accounts whose name contains `text` (case and accents ignored), for pickers: (id, name)."""
    folded = name_key(text)
    statement = select(m.Account.id, m.Account.name).order_by(m.Account.name_key).limit(limit)
    if folded:
        statement = statement.where(m.Account.name_key.contains(folded, autoescape=True))
    with workspace.session() as session:
        return [(account_id, name) for account_id, name in session.execute(statement).all()]
