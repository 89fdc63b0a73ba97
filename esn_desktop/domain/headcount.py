"""A company's head count as people and CRMs write it: a band ("11 - 50"), a bound ("> 500"), a number.

One rule for every way in (the account form, a document, a list import, the demo) and one
written form for every way out, so that a list sorts and a file imports back the same:

- a band is written `11-50` (from "11 - 50", "11 à 50", "de 11 à 50 salariés", "10 to 19");
- an open band is written `501+`, meaning that many people or more. "> 500", "plus de 500"
  and "more than 500" are `501+`; "501 et plus", "500+", "au moins 500" and "≥ 500" keep their
  number (`501+`, `500+`, `500+`). A bound below ("< 10", "moins de 10") is the band `0-9`;
- a number is written without grouping: "1 200", "1.200" and "250 salariés" are `1200` and `250`.

Its floor, the fewest people it can mean (11, 501, 1200), sorts a list of companies. Text
without a number ("beaucoup", "Unités non employeuses") is refused with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: More people than any company employs: a typing slip or another field's value.
MOST_PEOPLE = 10_000_000
# Why a head count is refused, said after the field's name.
NO_NUMBER = "holds no number of people (write 250, 11-50 or 501+)"
TOO_MANY_NUMBERS = "holds more than two numbers (write 250, 11-50 or 501+)"
NEGATIVE = "must not be negative"
NOT_WHOLE = "is not a whole number of people"
TOO_MANY = f"is more than {MOST_PEOPLE:,} people".replace(",", " ")

# Thousands grouped by a space (plain, no-break, narrow, thin), a dot or a comma; or digits
# with a decimal part (a spreadsheet's "250.0").
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
_ABOVE = re.compile(r"^\s*(?:>(?!=)|plus\s+de\b|au-del[àa]\s+de\b|more\s+than\b|over\b)", re.IGNORECASE)
_AT_LEAST = re.compile(r"^\s*(?:>=|≥|au\s+moins\b|at\s+least\b)", re.IGNORECASE)
_AND_MORE = re.compile(r"\+|\b(?:et|ou)\s+plus\b|\b(?:and|or)\s+(?:more|over|above)\b", re.IGNORECASE)
_BELOW = re.compile(r"^\s*(?:<(?!=)|moins\s+de\b|less\s+than\b|under\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Headcount:
    """A head count as written out (`text`) and the fewest people it means (`floor`)."""

    text: str
    floor: int


class HeadcountError(ValueError):
    """Why a text is not a head count, said as a field's reason ("holds no number of people")."""


def read_headcount(text: str | None) -> Headcount | None:
    """The head count written in `text`; None when empty; HeadcountError when unreadable."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    numbers = [_whole(match.group()) for match in _NUMBER.finditer(text)]
    if not numbers:
        raise HeadcountError(NO_NUMBER)
    if len(numbers) > 2:
        raise HeadcountError(TOO_MANY_NUMBERS)
    if text.startswith("-"):
        raise HeadcountError(NEGATIVE)
    if any(n > MOST_PEOPLE for n in numbers):
        raise HeadcountError(TOO_MANY)
    if len(numbers) == 2:
        low, high = numbers
        if low > high:
            raise HeadcountError("is a band whose first number is above its last")
        return Headcount(f"{low}-{high}" if low < high else str(low), low)
    (number,) = numbers
    if _BELOW.search(text):
        if number == 0:
            raise HeadcountError("is fewer than no one")
        return Headcount(f"0-{number - 1}" if number > 1 else "0", 0)
    if _ABOVE.search(text):
        return Headcount(f"{number + 1}+", number + 1)
    if _AT_LEAST.search(text) or _AND_MORE.search(text):
        return Headcount(f"{number}+", number)
    return Headcount(str(number), number)


def headcount_floor(text: str | None) -> int | None:
    """The floor of a head count already written out (a stored `size`); None if there is none."""
    try:
        count = read_headcount(text)
    except HeadcountError:
        return None
    return count.floor if count else None


def _whole(written: str) -> int:
    digits = re.sub(r"[ \u00a0\u202f\u2009]", "", written)
    if len(digits) > len(str(MOST_PEOPLE)) + 4:  # before int(): thousands of digits are slow, then refused
        raise HeadcountError(TOO_MANY)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return int(re.sub(r"[.,]", "", digits))
    whole, _, fraction = digits.replace(",", ".").partition(".")
    if fraction.strip("0"):
        raise HeadcountError(NOT_WHOLE)
    return int(whole)
