"""How long work reports its progress: a callable told (done, total); it raises Cancelled to stop."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """For callers that do not show progress."""
