"""The time an engine's SQL statements take, for a benchmark to set beside the whole."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event


def time_statements(engine: Engine) -> list[float]:
    """A list the milliseconds of every statement run from now on are appended to (clear it
    between measures)."""
    timings: list[float] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, *_args: Any) -> None:
        conn.info["started"] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn: Any, *_args: Any) -> None:
        timings.append((time.perf_counter() - conn.info["started"]) * 1000)

    return timings
