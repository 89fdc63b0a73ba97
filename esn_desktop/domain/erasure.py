"""GDPR rules as plain values: how long ago is "too long" (`3y`, `18m`, `90d`), which contact is
stale at a date, and how a person's traces are scrubbed from free text."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from esn_desktop.domain.calendar import month_index
from esn_desktop.domain.errors import EsnError

#: What replaces a forgotten person's name, email or phone in a note.
ERASED = "[effacé]"

_SPAN = re.compile(r"^\s*(\d+)\s*([ymd])\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    """A length of time as people say it: so many years, months or days."""

    count: int
    unit: str  # "y", "m" or "d"

    def before(self, day: date) -> date:
        """The day this span before `day`; a month end stays within its month (31 March - 1m = 28 Feb)."""
        if self.unit == "d":
            return day - timedelta(days=self.count)
        months = self.count * 12 if self.unit == "y" else self.count
        index = month_index(day) - months
        year, month = index // 12, index % 12 + 1
        return date(year, month, min(day.day, monthrange(year, month)[1]))

    def __str__(self) -> str:
        return f"{self.count}{self.unit}"


def read_span(text: str) -> Span:
    """`3y`, `18m`, `90d` (a positive count, then y, m or d); anything else is refused in one line."""
    match = _SPAN.match(text)
    if match is None or int(match.group(1)) == 0:
        raise EsnError(f"{text!r} is not a length of time: write a count then y, m or d (3y, 18m, 90d)")
    return Span(int(match.group(1)), match.group(2).lower())


def is_stale(last_exchange: date | None, *, as_of: date, span: Span) -> bool:
    """A prospect's contact is stale when nothing was exchanged with them or their company for
    `span` before `as_of`: no activity at all, or the last one strictly before that day."""
    return last_exchange is None or last_exchange < span.before(as_of)


def is_prospect(*, won_deals: int, ongoing_missions: int) -> bool:
    """An account the firm has no business with: no deal won, no mission under way."""
    return won_deals == 0 and ongoing_missions == 0


def traces(first_name: str, last_name: str, *others: str | None) -> tuple[str, ...]:
    """What identifies a person in free text: their full name either way round, and each of
    their email, phone and mobile that is given; longest first, so none is cut by a shorter one."""
    found = {f"{first_name} {last_name}".strip(), f"{last_name} {first_name}".strip()}
    found.update(value.strip() for value in others if value and value.strip())
    return tuple(sorted((t for t in found if t), key=lambda t: (-len(t), t)))


def scrub(text: str, of: Iterable[str]) -> tuple[str, int]:
    """`text` with every occurrence of each trace replaced by ERASED, whatever its case; and
    how many were replaced."""
    wanted = [t for t in of if t]
    if not wanted or not text:
        return text, 0
    pattern = re.compile("|".join(re.escape(t) for t in sorted(wanted, key=len, reverse=True)), re.IGNORECASE)
    return pattern.subn(ERASED, text)
