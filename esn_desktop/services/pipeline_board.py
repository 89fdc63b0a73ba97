"""The pipeline board: per stage, its totals and its biggest deals, open or lately closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import aliased

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.money import cents_to_euros
from esn_desktop.domain.pipeline import Stage
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.types import stored_integer, stored_weighted, weighted_euros

#: How far back the board's Won and Lost columns look.
CLOSED_DAYS = 90
#: Cards shown per stage, the biggest weighted first; the totals count them all.
CARDS_PER_STAGE = 300


@dataclass(frozen=True, slots=True)
class BoardDeal:
    id: int
    account_id: int
    account: str
    title: str
    amount: Decimal
    probability: Decimal
    stage: Stage
    owner: str | None
    expected_close: date | None

    @property
    def weighted(self) -> Decimal:
        return self.amount * self.probability


@dataclass(frozen=True, slots=True)
class BoardColumn:
    stage: Stage
    count: int
    amount: Decimal
    weighted: Decimal
    #: The biggest weighted first, at most CARDS_PER_STAGE.
    deals: tuple[BoardDeal, ...]


def board(
    workspace: Workspace, *, today: date, owner: str | None = None, search: str = ""
) -> dict[Stage, BoardColumn]:
    """Open deals, and those closed in the last CLOSED_DAYS days, by stage."""
    seller = aliased(m.Salesperson)
    o = m.Opportunity
    # Integer cents x millionths: exact, and summed by SQLite without a row reaching Python.
    weighted = stored_weighted(o.amount, o.probability)
    conditions: list[ColumnElement[bool]] = [
        o.closed_on.is_(None) | (o.closed_on >= today - timedelta(days=CLOSED_DAYS))
    ]
    if owner:
        conditions.append(seller.name == owner)
    folded = name_key(search)
    if folded:
        conditions.append(m.Account.name_key.contains(folded, autoescape=True))

    def scoped(statement: Select[Any]) -> Select[Any]:
        return (
            statement.join(m.Account, m.Account.id == o.account_id)
            .outerjoin(seller, seller.id == o.owner_id)
            .where(*conditions)
        )

    totals = scoped(
        select(o.stage, func.count(), func.sum(stored_integer(o.amount)), func.sum(weighted))
    ).group_by(o.stage)
    rank = func.row_number().over(partition_by=o.stage, order_by=(weighted.desc(), o.id)).label("rank")
    ranked = scoped(
        select(
            o.id,
            m.Account.id.label("account_id"),
            m.Account.name,
            o.title,
            o.amount,
            o.probability,
            o.stage,
            seller.name.label("owner"),
            o.expected_close,
            rank,
        )
    ).subquery()
    cards = select(*(c for c in ranked.c if c.name != "rank")).where(ranked.c.rank <= CARDS_PER_STAGE)
    with workspace.session() as session:
        sums = {
            Stage(stage): (count, amount, weight) for stage, count, amount, weight in session.execute(totals)
        }
        deals = [BoardDeal(*row) for row in session.execute(cards.order_by(ranked.c.stage, ranked.c.rank))]
    columns = {}
    for stage in Stage:
        count, amount, weight = sums.get(stage, (0, 0, 0))
        columns[stage] = BoardColumn(
            stage,
            count,
            cents_to_euros(amount or 0),
            weighted_euros(weight),
            tuple(d for d in deals if d.stage is stage),
        )
    return columns
