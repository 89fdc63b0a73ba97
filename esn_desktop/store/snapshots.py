"""Before and after pictures of the rows a change touches, so the change can be undone and redone.

A change names the rows it may update or delete (`Rows`) and the tables it may add to; the rows it
adds are found afterwards as the ids above each table's highest id before the change. Putting a
picture back upserts its rows by id and deletes the rows of its scope it does not hold, so an
undone edit, deletion or creation leaves every other row alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.orm import Session

from esn_desktop.store.models import Base
from esn_desktop.store.portable_sql import upsert

#: Parents before children: the order rows are written back in (and deleted in reverse).
_TABLE_ORDER = {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}


@dataclass(frozen=True, slots=True)
class Rows:
    """The rows of `table` whose `column` is one of `values`."""

    table: str
    column: str
    values: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Picture:
    """What the rows of each scope held at one moment."""

    rows: dict[Rows, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def scopes(self) -> tuple[Rows, ...]:
        return tuple(self.rows)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def by_id(session: Session, scope: Rows) -> Rows:
    """The same rows named by their ids: the scope to picture for rows a change keeps but moves
    out of `scope` (a foreign key set to NULL), which a redo would no longer find by `scope`."""
    table = _table(scope.table)
    ids = session.execute(select(table.c.id).where(table.c[scope.column].in_(scope.values))).scalars()
    return Rows(scope.table, "id", tuple(ids))


def take_picture(session: Session, scopes: Iterable[Rows]) -> Picture:
    rows: dict[Rows, list[dict[str, Any]]] = {}
    for scope in scopes:
        table = _table(scope.table)
        found = session.execute(select(table).where(table.c[scope.column].in_(scope.values))).mappings()
        rows[scope] = [dict(row) for row in found]
    return Picture(rows)


def highest_ids(session: Session, tables: Iterable[str]) -> dict[str, int]:
    return {
        name: session.execute(select(func.coalesce(func.max(_table(name).c.id), 0))).scalar_one()
        for name in tables
    }


def added_since(session: Session, marks: dict[str, int]) -> list[Rows]:
    """The rows this transaction added to each table since `marks` (from `highest_ids`) were taken.

    In a team database others insert meanwhile, their ids interleaved with ours: only the rows
    this very transaction wrote count (`xmin`, the transaction that wrote a row version), so an
    undo never deletes a colleague's row."""
    added = []
    ours = session.get_bind().dialect.name == "postgresql"
    for name, highest in marks.items():
        table = _table(name)
        query = select(table.c.id).where(table.c.id > highest)
        if ours:
            query = query.where(_WRITTEN_BY_THIS_TRANSACTION)
        ids = tuple(session.execute(query).scalars())
        if ids:
            added.append(Rows(name, "id", ids))
    return added


#: PostgreSQL: a row version written by the current transaction (no savepoint is used by writes).
_WRITTEN_BY_THIS_TRANSACTION = text("xmin = pg_current_xact_id()::xid")
#: Columns that say who changed a row and when (`models.Versioned`): not what a person changed.
STAMPS = frozenset({"version", "changed_by", "changed_at"})


def same_rows(one: Picture, other: Picture) -> bool:
    """Whether two pictures of the same scopes hold the same rows, stamps aside."""

    def content(picture: Picture) -> dict[Rows, list[dict[str, Any]]]:
        return {
            scope: sorted(
                ({k: v for k, v in row.items() if k not in STAMPS} for row in rows), key=lambda row: row["id"]
            )
            for scope, rows in picture.rows.items()
        }

    return content(one) == content(other)


def put_back(session: Session, picture: Picture) -> None:
    """Makes the rows of the picture's scopes what they were when it was taken (a versioned row
    gets a new version: a form filled before the undo no longer saves over it)."""
    by_rank = sorted(picture.rows.items(), key=lambda item: _TABLE_ORDER[item[0].table])
    for scope, rows in reversed(by_rank):  # children first, so cascades find nothing of ours
        table = _table(scope.table)
        kept = [row["id"] for row in rows]
        session.execute(delete(table).where(table.c[scope.column].in_(scope.values), table.c.id.not_in(kept)))
    for scope, rows in by_rank:
        if not rows:
            continue
        table = _table(scope.table)
        statement = upsert(session, table)
        columns: dict[str, Any] = {
            c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"
        }
        if "version" in table.c:
            columns["version"] = table.c.version + 1
        session.execute(statement.on_conflict_do_update(index_elements=["id"], set_=columns), rows)
