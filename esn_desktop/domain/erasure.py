"""GDPR rules as plain values: how long ago is "too long" (`3y`, `18m`, `90d`), which contact is
stale at a date, and how a person's traces are scrubbed from free text."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from esn_desktop.domain.calendar import DAYS_TAKEN, FIRST_DAY, LAST_DAY, month_index
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
    span = Span(int(match.group(1)), match.group(2).lower())
    longest = LAST_DAY.year - FIRST_DAY.year
    if span.count > longest * {"y": 1, "m": 12, "d": 366}[span.unit]:
        raise EsnError(
            f"--older-than {text!r} is longer than the {longest} years of dates the app takes ({DAYS_TAKEN})"
        )
    return span


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


_PHONE_RUN = re.compile(r"[\d\s.\-()+]+")


def _phone_digits(trace: str) -> str | None:
    """The digits any match of a phone trace holds in a row once separators are dropped (the
    national number for a French one, written +33 or 0); None for a trace that is no phone."""
    digits = re.sub(r"\D", "", trace)
    if not _PHONE_LIKE.match(trace) or len(digits) < PHONE_DIGITS:
        return None
    if trace.lstrip().startswith("+33") or (digits.startswith("33") and len(digits) == 11):
        return digits[2:].removeprefix("0")
    if digits.startswith("0") and len(digits) == 10:
        return digits[1:]
    return digits


class TraceFinder:
    """Which of many people a text names, each by their own traces (as `mentions` and `scrub`),
    without trying every person's pattern on every text: thousands of stale contacts against
    every note made one pattern of thousands of alternatives, minutes of searching.

    An index of what any match must hold gives the few people worth trying: a name's last word
    begins a word of the text (its words are separated by spaces); an email's "@domain" follows
    an "@" of the text; a phone's digits appear in a run of digits and separators. Those few are
    then tried with their own pattern, so the answer is the patterns' own.
    """

    def __init__(self, people: list[tuple[str, ...]]) -> None:
        self.people = people
        self._patterns: dict[int, re.Pattern[str] | None] = {}
        self._by_word: dict[str, set[int]] = {}
        self._by_domain: dict[str, set[int]] = {}
        self._by_digits: dict[str, set[int]] = {}
        self._digit_lengths: set[int] = set()
        self._always: set[int] = set()
        for index, of in enumerate(people):
            for trace in of:
                self._index(index, trace)

    def _index(self, index: int, trace: str) -> None:
        digits = _phone_digits(trace)
        words = trace.casefold().split()
        if digits is not None:
            self._by_digits.setdefault(digits, set()).add(index)
            self._digit_lengths.add(len(digits))
        elif len(words) > 1:
            self._by_word.setdefault(words[-1], set()).add(index)
        elif len(words) == 1 and "@" in words[0]:
            self._by_domain.setdefault(words[0][words[0].index("@") :], set()).add(index)
        elif words:  # one word, anywhere: tried on every text
            self._always.add(index)

    def candidates(self, text: str | None) -> list[int]:
        """The people (their indexes, in order) this text may name: every one it names, and a few more."""
        if not text:
            return []
        found = set(self._always)
        folded = text.casefold()
        for token in folded.split():
            for end in range(1, len(token) + 1):
                found |= self._by_word.get(token[:end], set())
            start = token.find("@")
            while start >= 0:
                rest = token[start:]
                for end in range(2, len(rest) + 1):
                    found |= self._by_domain.get(rest[:end], set())
                start = token.find("@", start + 1)
        if self._by_digits:
            for run in _PHONE_RUN.findall(text):
                digits = re.sub(r"\D", "", run)
                for length in self._digit_lengths:
                    for start in range(len(digits) - length + 1):
                        found |= self._by_digits.get(digits[start : start + length], set())
        return sorted(found)

    def _pattern(self, index: int) -> re.Pattern[str] | None:
        if index not in self._patterns:
            self._patterns[index] = trace_pattern.__wrapped__(self.people[index])
        return self._patterns[index]

    def mentions(self, text: str | None) -> bool:
        """Whether the text names any of the people (as `mentions` with all their traces)."""
        for index in self.candidates(text):
            pattern = self._pattern(index)
            if text and pattern is not None and pattern.search(text):
                return True
        return False

    def scrub(self, text: str) -> tuple[str, int]:
        """The text with each person's traces replaced, person after person (as `scrub`), and how many."""
        count = 0
        for index in self.candidates(text):
            pattern = self._pattern(index)
            if pattern is not None and text:
                text, found = pattern.subn(ERASED, text)
                count += found
        return text, count
