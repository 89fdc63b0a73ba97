"""GDPR rules as plain values: how long ago is "too long" (`3y`, `18m`, `90d`), which contact is
stale at a date, and how a person's traces are scrubbed from free text."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

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


#: A phone number written in a note as people write them: "01 23 45 67 89", "01.23.45.67.89",
#: "+33 1 23 45 67 89", "+33 (0)1 23 45 67 89". Fewer digits than this is no phone number.
PHONE_DIGITS = 6
_PHONE_LIKE = re.compile(r"^\+?[\d\s.()\-]+$")
_SEP = r"[\s.\-]?"


def _phone_pattern(trace: str) -> str | None:
    digits = re.sub(r"\D", "", trace)
    if not _PHONE_LIKE.match(trace) or len(digits) < PHONE_DIGITS:
        return None
    if trace.lstrip().startswith("+33") or (digits.startswith("33") and len(digits) == 11):
        national = digits[2:].removeprefix("0")
    elif digits.startswith("0") and len(digits) == 10:
        national = digits[1:]
    else:
        return r"(?<!\d)" + _SEP.join(digits) + r"(?!\d)"
    rest = _SEP.join(national)
    return rf"(?<!\d)(?:(?:\+|00)33{_SEP}(?:\(0\){_SEP})?|0){rest}(?!\d)"


@lru_cache(maxsize=64)
def trace_pattern(of: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern finding any of these traces whatever its case; a name whatever its spacing, a
    phone number whatever its separators and whether written +33 or 0."""
    parts = []
    for trace in sorted({t for t in of if t}, key=len, reverse=True):
        phone = _phone_pattern(trace)
        parts.append(phone or r"\s+".join(re.escape(word) for word in trace.split()))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def mentions(text: str | None, of: tuple[str, ...]) -> bool:
    pattern = trace_pattern(of)
    return bool(text and pattern and pattern.search(text))


def scrub(text: str, of: Iterable[str]) -> tuple[str, int]:
    """`text` with every occurrence of each trace replaced by ERASED (see `trace_pattern`); and
    how many were replaced."""
    pattern = trace_pattern(tuple(of))
    if pattern is None or not text:
        return text, 0
    return pattern.subn(ERASED, text)
