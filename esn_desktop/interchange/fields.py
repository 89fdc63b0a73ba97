"""Reading one item's fields from loose input (JSON, a spreadsheet cell, CSV text), noting every problem.

A document (JSON, the app's workbook) holds values as the contract writes them: ISO dates,
numbers with a dot. A list made in a spreadsheet (`FieldReader(..., spreadsheet=True)`) holds
them as French Excel shows them as well; the rule, documented in docs/import.md:

- Money: `1 234,50 €`, `€1234.50`, `1 234,50 EUR`; thousands grouped by three with a space,
  a no-break space (U+00A0) or a narrow one (U+202F), never with a dot or a comma.
- Decimals: a comma is the decimal mark (`0,8`), and so is a dot (`0.8`, as programs write).
  A number holding both (`1,234.50`, `1.234,50`), or either twice, is ambiguous and refused;
  so is one whose mark is followed by exactly three digits (`1,250`, `12.500`: a thousand and
  more in English or in German), unless it starts with 0 (`0,125`). Only an amount written
  the English way, the symbol first (`€1,234.50`, as the app's English lists show it), has
  its thousands grouped by commas. docs/import.md shows it as a table.
- Rates and probabilities: a fraction (`0,8`) or a percentage (`80 %`, `80%`).
- Dates: `2022-12-22`, `22/12/2022` or `22/12/22`, day first as in France; a two-digit year
  is read as Excel reads it, 00-29 in the 2000s and 30-99 in the 1900s. A time after the
  date (`22/12/2022 14:30`) is left out, as an XLSX date cell's is.
- `—`, what the app's list exports show for nothing, is an empty cell.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from esn_desktop.domain.calendar import DAYS_TAKEN, outside_days_taken
from esn_desktop.domain.errors import Problem

E = TypeVar("E", bound=StrEnum)

MAX_TEXT = 2000
# The largest values a field holds. Amounts are stored as integer cents in a 64-bit SQLite
# INTEGER and multiplied there by a probability in millionths (the weighted pipeline):
# below a billion euros, at most 10^17 per deal, ninety such deals still sum exactly.
MAX_AMOUNT = Decimal("999999999.99")
# Rates above 1 (employer charges, the achievement cap, criteria weights) stay readable.
MAX_FRACTION = Decimal(1000)
# Counts (head-count, days, actions) fit the 32-bit integers of the UI's spin boxes.
MAX_COUNT = 2**31 - 1

# What XML 1.0, and so an XLSX export, cannot hold: C0 controls but tab and line breaks,
# NUL among them, lone surrogates (JSON's "\ud800") and the non-characters U+FFFE, U+FFFF.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A one-line field (a name, an email) refuses tabs and line breaks as well.
_UNWRITABLE_IN_ONE_LINE = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff]")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A time of day after a date, as spreadsheets and CRMs write a moment: left out of a day.
_TIME_AFTER = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2})" + _TIME_AFTER)
_FRENCH_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})" + _TIME_AFTER)
# Excel's reading of a two-digit year (its default cut-off, 2029): 29 is 2029, 30 is 1930.
_TWO_DIGIT_YEAR_CUTOFF = 30
# What separates thousands in French: a space, a no-break space, a narrow one, a thin one.
_GROUPING = " \u00a0\u202f\u2009"
_FRENCH_NUMBER = re.compile(rf"(\d{{1,3}}(?:[{_GROUPING}]\d{{3}})+|\d+)(?:[.,](\d+))?")
_CURRENCY = re.compile(rf"^(?:€|EUR)[{_GROUPING}]*|[{_GROUPING}]*(?:€|EUR)$", re.IGNORECASE)
_ENGLISH_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EXPONENT = re.compile(r"\d+(?:[.,]\d+)?[eE][+-]?\d{1,4}")
_PERCENT = re.compile(rf"[{_GROUPING}]*%$")
#: What the app's list exports show for a value that is not there (formatting.MISSING).
_NOTHING = "\u2014"
#: What a text field takes (a number typed in a text column is its text). A tuple, built once:
#: `str | int | ...` would make a new union at each of a list import's million cells.
_TEXT_TYPES = (str, int, float, Decimal)
# 24-hour clock, hours with or without their leading zero (9:00 as people type it, 09:00).
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


class FieldReader:
    """Reads typed values out of one raw item; every bad field adds a Problem and reads as None."""

    def __init__(
        self, raw: Mapping[str, Any], item: str, problems: list[Problem], *, spreadsheet: bool = False
    ) -> None:
        self.raw = raw
        #: The fields asked for: a key of `raw` outside them is no field of the item's list.
        self.asked: set[str] = set()
        #: The readers of its nested lines (a channel's costs...), made by `line`.
        self.lines: list[FieldReader] = []
        self.item = item
        self.problems = problems
        self.failed = False
        #: Cells as a spreadsheet shows them (French numbers and dates), not only as the contract writes them.
        self.spreadsheet = spreadsheet

    def line(self, raw: Mapping[str, Any], item: str) -> FieldReader:
        """The reader of one of this item's nested lines, sharing its problems."""
        reader = FieldReader(raw, item, self.problems, spreadsheet=self.spreadsheet)
        self.lines.append(reader)
        return reader

    def unknown(self) -> list[tuple[str, str]]:
        """(item, key) of each key no field read, here and in the nested lines."""
        found = [(self.item, str(key)) for key in sorted(set(self.raw) - self.asked, key=str)]
        for line in self.lines:
            found += line.unknown()
        return found

    def problem(self, field: str, reason: str) -> None:
        self.failed = True
        self.problems.append(Problem(self.item, field, reason))

    def _value(self, name: str, required: bool) -> Any:
        self.asked.add(name)
        value = self.raw.get(name)
        if isinstance(value, str):
            value = value.strip()
            if self.spreadsheet and value == _NOTHING:
                value = ""
        if value is None or value == "":
            if required:
                self.problem(name, "is required")
            return None
        return value

    def text(self, name: str, *, required: bool = False, multiline: bool = False) -> str | None:
        """Text of at most MAX_TEXT characters; `multiline` fields (notes) may hold tabs and line breaks."""
        value = self._value(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, _TEXT_TYPES):
            self.problem(name, "must be text")
            return None
        return self._checked(name, str(value), multiline)

    def _checked(self, name: str, text: str, multiline: bool) -> str | None:
        if len(text) > MAX_TEXT:
            self.problem(name, f"is longer than {MAX_TEXT} characters")
            return None
        bad = (_UNWRITABLE if multiline else _UNWRITABLE_IN_ONE_LINE).search(text)
        if bad is not None:
            code = ord(bad.group())
            if bad.group() in "\t\n\r":
                self.problem(name, f"contains a tab or line break (U+{code:04X}); it holds one line")
            elif code < 0x20:
                self.problem(name, f"contains the control character U+{code:04X}")
            else:
                self.problem(name, f"contains U+{code:04X}, which is not a valid character")
            return None
        # One spelling per text: 'Hélène' typed on a Mac (e + combining accent, NFD) is the same
        # name as 'Hélène' typed elsewhere (NFC), for uniqueness, references and the workspace.
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)

    def number(
        self,
        name: str,
        *,
        required: bool = False,
        decimals: int = 2,
        maximum: Decimal = MAX_AMOUNT,
        unit: str = "",
    ) -> Decimal | None:
        """A number; in a spreadsheet's cell also written the French way, with its `unit`
        ("€" for money, "%" for a rate) if it has one."""
        value = self._value(name, required)
        if value is None:
            return None
        if self.spreadsheet and isinstance(value, str):
            read = _spreadsheet_decimal(value, unit)
            if isinstance(read, str):
                self.problem(name, read)
                return None
            number: Decimal | None = read
        else:
            number = _decimal(value)
        if number is None:
            self.problem(name, f"must be a number, not {quoted(value)}")
            return None
        # Before any arithmetic: quantizing 1e308 needs more digits than Decimal's context has.
        if abs(number) > maximum:
            self.problem(name, "is too large" if number > 0 else "is too small")
            return None
        if number != number.quantize(Decimal(1).scaleb(-decimals)):
            if decimals == 0:
                self.problem(name, f"must be a whole number, not {quoted(value)}")
                return None
            self.problem(name, f"has more than {decimals} decimals ({quoted(value)})")
            return None
        return number.quantize(Decimal(1)) if number == number.to_integral_value() else number

    def money(self, name: str, *, required: bool = False, positive: bool = False) -> Decimal | None:
        amount = self.number(name, required=required, unit="€")
        if amount is None:
            return None
        if amount < 0 or (positive and amount == 0):
            self.problem(name, "must be positive" if positive else "cannot be negative")
            return None
        return amount

    def fraction(
        self, name: str, *, required: bool = False, allow_zero: bool = True, allow_above_one: bool = False
    ) -> Decimal | None:
        value = self.number(name, required=required, decimals=6, maximum=MAX_FRACTION, unit="%")
        if value is None:
            return None
        if value < 0 or (value == 0 and not allow_zero) or (value > 1 and not allow_above_one):
            low = "0 or more" if allow_zero else "above 0"
            example = "0,25 or 25 %" if self.spreadsheet else "0.25"
            high = "" if allow_above_one else f", at most 1 (a fraction: {example}, not 25)"
            self.problem(name, f"must be {low}{high}")
            return None
        return value

    def integer(self, name: str, *, required: bool = False, minimum: int = 0) -> int | None:
        value = self.number(name, required=required, decimals=0, maximum=Decimal(MAX_COUNT))
        if value is None:
            return None
        if value < minimum:
            self.problem(name, f"must be at least {minimum}")
            return None
        return int(value)

    def day(self, name: str, *, required: bool = False) -> dt.date | None:
        """A date, within the years the app takes (domain.calendar.FIRST_DAY to LAST_DAY)."""
        day = self._day(name, required)
        if day is not None and outside_days_taken(day):
            self.problem(name, f"{day.isoformat()} is outside {DAYS_TAKEN}, the dates the app takes")
            return None
        return day

    def _day(self, name: str, required: bool) -> dt.date | None:
        value = self._value(name, required)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if self.spreadsheet and isinstance(value, str):
            day = _spreadsheet_day(value)
            if day is _NO_SUCH_DAY:
                first = "; a date is read day first, DD/MM/YYYY" if "/" in value else ""
                self.problem(name, f"is not a day of the calendar ({quoted(value)}{first})")
                return None
            if day is None:
                self.problem(name, f"must be a date written DD/MM/YYYY or YYYY-MM-DD, not {quoted(value)}")
            return day
        # fromisoformat alone would also read 20260105 and 2026-W02-1: the contract says YYYY-MM-DD.
        if isinstance(value, str) and _ISO_DAY.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:  # 2026-02-30
                pass
        self.problem(name, f"must be a date written YYYY-MM-DD, not {quoted(value)}")
        return None

    def clock(self, name: str, *, required: bool = False) -> dt.time | None:
        """A time of day to the minute, written HH:MM on a 24-hour clock (or an XLSX time cell)."""
        value = self._value(name, required)
        if value is None:
            return None
        # A spreadsheet cell typed 14:30 reads as a time; one at midnight of a date is no time.
        if isinstance(value, dt.time) and value.second == 0 and value.microsecond == 0:
            return value.replace(tzinfo=None)
        if isinstance(value, str) and (match := _CLOCK.fullmatch(value)):
            hours, minutes = int(match[1]), int(match[2])
            if hours < 24 and minutes < 60:
                return dt.time(hours, minutes)
        self.problem(name, f"must be a time written HH:MM on a 24-hour clock, not {quoted(value)}")
        return None

    def choice(self, name: str, enum: type[E], *, required: bool = False) -> E | None:
        value = self._value(name, required)
        if value is None:
            return None
        try:
            return enum(str(value))
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.problem(name, f"must be one of {allowed}, not {quoted(value)}")
            return None

    def items(self, name: str) -> list[Mapping[str, Any]]:
        self.asked.add(name)
        value = self.raw.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.problem(name, "must be a list of objects")
            return []
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        self.asked.add(name)
        value = self.raw.get(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(name, "must be a list of text")
            return ()
        texts = [self._checked(name, v.strip(), multiline=False) for v in value if v.strip()]
        return tuple(text for text in texts if text is not None)


def quoted(value: Any) -> str:
    """A value in a message as the person wrote it: numbers plain (3, not Decimal('3')), text
    between quotes as typed (`'40 000,00 €'`, never Python's `'40\\xa0000,00 €'`).

    The message stays on one line: a line break or another control character shows as U+FFFD,
    and a long text is cut."""
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return str(value)
    text = _UNWRITABLE_IN_ONE_LINE.sub("\ufffd", str(value))
    if len(text) > _QUOTED_AT_MOST:
        text = text[: _QUOTED_AT_MOST - 1] + "…"
    return f"'{text}'"


_QUOTED_AT_MOST = 80


def _spreadsheet_decimal(text: str, unit: str) -> Decimal | str | None:
    """A number as French Excel (or a program) writes it, its unit allowed (see the module's
    rule); a reason when it is ambiguous, None when it is no number."""
    body = text.strip().replace("\u2212", "-")
    percent = english = False
    if unit == "€":  # 1 234,50 €, € 1234.50, and after a minus: -€1,234.50 is the app's English
        negative = body.startswith("-")
        unsigned = _CURRENCY.sub("", body, count=1)
        if unsigned == body and negative:
            unsigned = "-" + _CURRENCY.sub("", body[1:], count=1)
        # The symbol before the amount is the English way, where commas group thousands.
        english = unsigned != body and _CURRENCY.match(body.removeprefix("-")) is not None
        body = unsigned
    elif unit == "%" and _PERCENT.search(body):
        body, percent = _PERCENT.sub("", body), True
    negative = body.startswith("-")
    body = body.removeprefix("-").lstrip(_GROUPING)
    if english and _ENGLISH_GROUPS.fullmatch(body):
        body = body.replace(",", "")
    if ("," in body and "." in body) or body.count(",") > 1 or body.count(".") > 1:
        return f"is ambiguous ({quoted(text)}): write 1234.50 or 1 234,50, thousands separated by spaces only"
    match = _FRENCH_NUMBER.fullmatch(body)
    if match is None:
        # 1E+20 or 1,5E+20: what Excel writes of a large number in a General cell.
        exponent = _EXPONENT.fullmatch(body)
        return Decimal(("-" if negative else "") + body.replace(",", ".")) if exponent else None
    if (
        match[2] is not None
        and len(match[2]) == 3
        and match[1].isdigit()
        and match[1] != "0"
        and len(match[1]) <= 3
    ):
        # 1,250 is 1.25 in French and 1250 in English; 1.250 is the other way round.
        return (
            f"is ambiguous ({quoted(text)}): write 1250 or 1 250 for a thousand and more, 1,25 for a decimal"
        )
    whole = re.sub(f"[{_GROUPING}]", "", match[1])
    number = Decimal(f"{'-' if negative else ''}{whole}.{match[2] or '0'}")
    if number.adjusted() >= _DIGITS_QUANTIZED:
        return number  # far too large for any field, which says so; no arithmetic on it
    if match[2] is None:
        number = number.quantize(Decimal(1))
    return number.scaleb(-2) if percent else number


#: Decimal's default precision: quantizing a number of more digits (a 1e300 cell) is invalid.
_DIGITS_QUANTIZED = 28

#: A date well written that the calendar lacks: 31/02/2022, 2026-02-30.
_NO_SUCH_DAY = dt.date.min


def _spreadsheet_day(text: str) -> dt.date | None:
    """2022-12-22, 22/12/2022 or 22/12/22 (day first), any time after it left out; None if not
    written as a day, _NO_SUCH_DAY if written as one the calendar lacks."""
    try:
        if match := _ISO_MOMENT.fullmatch(text):
            return dt.date.fromisoformat(match[1])
        if match := _FRENCH_DAY.fullmatch(text):
            year = int(match[3])
            if len(match[3]) == 2:
                year += 2000 if year < _TWO_DIGIT_YEAR_CUTOFF else 1900
            return dt.date(year, int(match[2]), int(match[1]))
    except ValueError:  # 31/02/2022, 22/13/2022
        return _NO_SUCH_DAY
    return None


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)  # the shortest text that reads back as this float: 0.1, not 0.1000000000000000055
    try:
        number = Decimal(str(value).replace("\u202f", "").replace("\xa0", "").replace(" ", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
