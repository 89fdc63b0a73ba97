"""Commercial activities and the no-show rate."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from esn_desktop.domain.money import ratio


class ActivityKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    PROPOSAL = "proposal"
    FOLLOW_UP = "follow_up"
    EVENT = "event"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


def no_show_rate(*, held: int, no_shows: int) -> Decimal | None:
    """No-show meetings / (held meetings + no-show meetings)."""
    return ratio(Decimal(no_shows), Decimal(held + no_shows))


def expected_no_shows(*, salespeople: int, meetings_per_day: int, rate: Decimal) -> Decimal:
    """Meetings a team can expect to reschedule each day at a given no-show rate."""
    return salespeople * meetings_per_day * rate
