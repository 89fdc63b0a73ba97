"""Reading one item's fields from loose input (JSON, a spreadsheet cell, CSV text), noting every problem."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

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
# 24-hour clock, hours with or without their leading zero (9:00 as people type it, 09:00).
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


class FieldReader:
    """Reads typed values out of one raw item; every bad field adds a Problem and reads as None."""

    def __init__(self, raw: Mapping[str, Any], item: str, problems: list[Problem]) -> None:
        self.raw = raw
        self.item = item
        self.problems = problems
        self.failed = False

    def problem(self, field: str, reason: str) -> None:
        self.failed = True
        self.problems.append(Problem(self.item, field, reason))

    def _value(self, name: str, required: bool) -> Any:
        value = self.raw.get(name)
        if isinstance(value, str):
            value = value.strip()
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
        if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
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
        return text

    def number(
        self, name: str, *, required: bool = False, decimals: int = 2, maximum: Decimal = MAX_AMOUNT
    ) -> Decimal | None:
        value = self._value(name, required)
        if value is None:
            return None
        number = _decimal(value)
        if number is None:
            self.problem(name, f"must be a number, not {_shown(value)}")
            return None
        # Before any arithmetic: quantizing 1e308 needs more digits than Decimal's context has.
        if abs(number) > maximum:
            self.problem(name, "is too large" if number > 0 else "is too small")
            return None
        if number != number.quantize(Decimal(1).scaleb(-decimals)):
            if decimals == 0:
                self.problem(name, f"must be a whole number, not {value}")
                return None
            self.problem(name, f"has more than {decimals} decimals ({value})")
            return None
        return number.quantize(Decimal(1)) if number == number.to_integral_value() else number

    def money(self, name: str, *, required: bool = False, positive: bool = False) -> Decimal | None:
        amount = self.number(name, required=required)
        if amount is None:
            return None
        if amount < 0 or (positive and amount == 0):
            self.problem(name, "must be positive" if positive else "cannot be negative")
            return None
        return amount

    def fraction(
        self, name: str, *, required: bool = False, allow_zero: bool = True, allow_above_one: bool = False
    ) -> Decimal | None:
        value = self.number(name, required=required, decimals=6, maximum=MAX_FRACTION)
        if value is None:
            return None
        if value < 0 or (value == 0 and not allow_zero) or (value > 1 and not allow_above_one):
            low = "0 or more" if allow_zero else "above 0"
            high = "" if allow_above_one else ", at most 1 (a fraction: 0.25, not 25)"
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
        value = self._value(name, required)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        # fromisoformat alone would also read 20260105 and 2026-W02-1: the contract says YYYY-MM-DD.
        if isinstance(value, str) and _ISO_DAY.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:  # 2026-02-30
                pass
        self.problem(name, f"must be a date written YYYY-MM-DD, not {_shown(value)}")
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
        self.problem(name, f"must be a time written HH:MM on a 24-hour clock, not {_shown(value)}")
        return None

    def choice(self, name: str, enum: type[E], *, required: bool = False) -> E | None:
        value = self._value(name, required)
        if value is None:
            return None
        try:
            return enum(str(value))
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.problem(name, f"must be one of {allowed}, not {_shown(value)}")
            return None

    def items(self, name: str) -> list[Mapping[str, Any]]:
        value = self.raw.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.problem(name, "must be a list of objects")
            return []
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(name, "must be a list of text")
            return ()
        texts = [self._checked(name, v.strip(), multiline=False) for v in value if v.strip()]
        return tuple(text for text in texts if text is not None)


def _shown(value: Any) -> str:
    """A refused value as the person wrote it: numbers plain (3, not Decimal('3')), text quoted."""
    return str(value) if isinstance(value, Decimal) else repr(value)


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
