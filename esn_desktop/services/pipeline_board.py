"""The pipeline board: per stage, its totals and its biggest deals, open or lately closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.money import cents_to_euros
from esn_desktop.domain.pipeline import Stage, weighted_amount
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
    #: The day it reached its stage: its last stage change, or its creation.
    in_stage_since: date | None = None

    @property
    def weighted(self) -> Decimal:
        return weighted_amount(self.amount, self.probability)

    def days_in_stage(self, today: date) -> int | None:
        return None if self.in_stage_since is None else max(0, (today - self.in_stage_since).days)

    def overdue(self, today: date) -> bool:
        """Still open with its expected signature already past."""
        return not self.stage.is_closed and self.expected_close is not None and self.expected_close < today


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

    def scoped(statement: Any) -> Select[Any]:  # Any: mypy types no select of 11 columns
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
            o.created_on,
            rank,
        )
    ).subquery()
    cards = select(*(c for c in ranked.c if c.name != "rank")).where(ranked.c.rank <= CARDS_PER_STAGE)
    with workspace.session() as session:
        sums = {
            Stage(stage): (count, amount, weight) for stage, count, amount, weight in session.execute(totals)
        }
        rows = session.execute(cards.order_by(ranked.c.stage, ranked.c.rank)).all()
        # Only for the cards shown (at most CARDS_PER_STAGE a stage), not for every deal ranked.
        moved = _last_changes(session, [row.id for row in rows])
        deals = [
            BoardDeal(
                row.id,
                row.account_id,
                row.name,
                row.title,
                row.amount,
                row.probability,
                row.stage,
                row.owner,
                row.expected_close,
                moved.get(row.id, row.created_on),
            )
            for row in rows
        ]
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


def _last_changes(session: Session, ids: list[int]) -> dict[int, date]:
    """Each deal's last stage change, read in slices that stay under SQLite's variable limit."""
    last: dict[int, date] = {}
    change = m.StageChange
    for start in range(0, len(ids), 900):
        last.update(
            session.execute(
                select(change.opportunity_id, func.max(change.changed_on))
                .where(change.opportunity_id.in_(ids[start : start + 900]))
                .group_by(change.opportunity_id)
            ).all()
        )
    return last
