"""SQL that SQLite and PostgreSQL say differently, written once and compiled for each.

Queries name these; neither engine's spelling appears in a service.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean, String


class month_key(FunctionElement[str]):  # noqa: N801: named as SQL functions are
    """The first day of a date's month as text, `2026-11-01`."""

    type = String()
    inherit_cache = True
    name = "month_key"


@compiles(month_key, "sqlite")
def _month_key_sqlite(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strftime('%Y-%m-01', {compiler.process(element.clauses, **kw)})"


@compiles(month_key, "postgresql")
def _month_key_postgresql(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    # to_char's pattern: psycopg would read '%Y' as a placeholder, and 'YYYY-MM-01' has none.
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-01')"


class unlikely(FunctionElement[bool]):
    """A condition the planner should not use an index for: SQLite's hint, PostgreSQL's plain
    condition (its planner weighs indexes by their statistics)."""

    type = Boolean()
    inherit_cache = True
    name = "unlikely"


@compiles(unlikely, "sqlite")
def _unlikely_sqlite(element: unlikely, compiler: SQLCompiler, **kw: Any) -> str:
    return f"unlikely({compiler.process(element.clauses, **kw)})"


@compiles(unlikely, "postgresql")
def _unlikely_postgresql(element: unlikely, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)})"


def upsert(session: Session, table: Table) -> Any:
    """An INSERT of `table` in the session's dialect, offering `on_conflict_do_update`."""
    # Each dialect's module is loaded when used: opening a file never loads PostgreSQL's.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)
