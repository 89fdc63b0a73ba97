"""What a click on a dashboard bar asks the window to list: a value, and the list it filters."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class DrillTarget(Enum):
    """The list a bar leads to, filtered on its value."""

    #: The missions of a month (value: the month's first day, ISO).
    MONTH = "month"
    #: The consultants, searched for one name.
    CONSULTANT = "consultant"
    #: The accounts of a salesperson, a furthest stage (its code) or a channel.
    OWNER = "owner"
    STAGE = "stage"
    CHANNEL = "channel"


@dataclass(frozen=True, slots=True)
class DrillDown:
    target: DrillTarget
    value: str
