"""The one place where money, dates, days and rates become text, in the user's locale.

French: `1 234,50 €` (narrow no-break space between thousands, no-break space before €),
`22/03/2026`, `35,9 %`, and a change between two rates in points: `0,8 pt`. Used by the windows,
the command line and the PDF reports alike.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_compact_currency, format_currency, format_decimal, format_percent

if TYPE_CHECKING:
    from esn_desktop.domain.comparison import Comparison

MISSING = "—"


class Formatter:
    def __init__(self, locale: str = "fr_FR") -> None:
        self.locale = locale

    def money(self, amount: Decimal | None, *, cents: bool = True) -> str:
        if amount is None:
            return MISSING
        pattern = None if cents else "#,##0\u00a0¤" if self.locale.startswith("fr") else "¤#,##0"
        return format_currency(amount, "EUR", format=pattern, locale=self.locale, currency_digits=cents)

    def compact_money(self, amount: Decimal | None) -> str:
        """A large amount in a few characters, for a label on a chart: `15,2 M€`, `250 k€`."""
        if amount is None:
            return MISSING
        return format_compact_currency(amount, "EUR", locale=self.locale, fraction_digits=1)

    def rate(self, value: Decimal | None, *, decimals: int = 1) -> str:
        if value is None:
            return MISSING
        pattern = "#,##0." + "0" * decimals + "\u202f%" if decimals else "#,##0\u202f%"
        if not self.locale.startswith("fr"):
            pattern = pattern.replace("\u202f%", "%")
        return format_percent(value, format=pattern, locale=self.locale)

    def points(self, difference: Decimal | None) -> str:
        """A change between two rates, in percentage points: 35,9 % against 35,1 % is `0,8 pt`
        (a "+0,8 %" would read as a change of 0.8 % of the rate). The unit agrees as the language
        does: "0,8 pt", "1,5 pt", "2,0 pts" in French. The sign is the caller's."""
        if difference is None:
            return MISSING
        value = (difference * 100).quantize(Decimal("0.1"))
        shown = format_decimal(value, format="#,##0.0", locale=self.locale)
        unit = "pt" if Locale.parse(self.locale).plural_form(abs(value)) == "one" else "pts"
        return f"{shown}\u202f{unit}" if self.locale.startswith("fr") else f"{shown}\u00a0{unit}"

    def change(self, comparison: Comparison, *, signed: bool = False) -> str:
        """A change against the previous period as `domain.comparison` measures it: a share of the
        previous value, `6,9 %`, or between two rates, points, `12,8 pts`. Unsigned (beside an
        arrow) unless `signed`: `+6,9 %`, `−12,8 pts`, and no sign before a change too small to
        show. MISSING for a figure new this period: no share of zero."""
        if comparison.points is not None:
            text = self.points(abs(comparison.points))
        elif comparison.share is not None:
            text = self.rate(abs(comparison.share), decimals=1)
        else:
            return MISSING
        if not signed or not any(ch in "123456789" for ch in text):
            return text
        return ("+" if comparison.direction > 0 else "\u2212") + text

    def number(self, value: Decimal | int | None, *, decimals: int = 1) -> str:
        if value is None:
            return MISSING
        pattern = "#,##0." + "#" * decimals if decimals else "#,##0"
        return format_decimal(value, format=pattern, locale=self.locale)

    def days(self, value: Decimal | int | None) -> str:
        """A count of days (bench, worked, billed, available): always one decimal, rounded half up
        as a person rounds, `51,8`, `361,0`, `0,5`. Days are fractional (a 0.8 time ratio works
        4 days of 5), and one rule everywhere (the dashboard's tiles, the PDFs, `kpi`) keeps the same
        figure reading the same, and a column of days aligned."""
        if value is None:
            return MISSING
        tenths = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return format_decimal(tenths, format="#,##0.0", locale=self.locale)

    def day(self, value: date | None) -> str:
        return (
            MISSING
            if value is None
            else format_date(value, "short" if self.locale.startswith("fr") else "medium", locale=self.locale)
        )

    def short_day(self, value: date) -> str:
        """A day of the year shown beside a figure measured on it: `30/11` in French, `30 Nov` in
        English (the year is the period's, said elsewhere)."""
        return format_date(value, "dd/MM" if self.locale.startswith("fr") else "d MMM", locale=self.locale)

    def clock(self, value: time | datetime) -> str:
        """A time of day on the 24-hour clock, as French and British diaries write it: `14:30`."""
        return format_time(value, "HH:mm", locale=self.locale)

    def moment(self, value: datetime) -> str:
        """A meeting's start with its weekday, to choose among slots: `mar. 24/11/2026 14:00`."""
        return f"{format_date(value, 'EEE', locale=self.locale)} {self.day(value.date())} {self.clock(value)}"

    def month(self, value: date) -> str:
        return format_date(value, "LLLL yyyy", locale=self.locale)

    def short_month(self, value: date) -> str:
        """A chart's month: 'nov. 26' in French, 'Nov 26' in English."""
        return format_date(value, "LLL yy", locale=self.locale)

    def month_abbreviation(self, value: date) -> str:
        """A month alone, as under a chart's bar: 'sept.' in French, 'Sep' in English."""
        return format_date(value, "LLL", locale=self.locale)

    def parse_decimal(self, text: str) -> Decimal | None:
        """What a person typed, exactly: '1 234,50 €' -> Decimal('1234.50'); None when empty.

        In French a comma is the decimal mark (a lone dot is accepted too); in English commas
        group thousands. Raises ValueError when the text is not a number.
        """
        cleaned = "".join(ch for ch in text if not ch.isspace() and ch not in "€%")
        if not cleaned:
            return None
        if self.locale.startswith("fr"):
            cleaned = cleaned.replace(".", "").replace(",", ".") if "," in cleaned else cleaned
        else:
            cleaned = cleaned.replace(",", "")
        try:
            number = Decimal(cleaned)
        except ArithmeticError:
            raise ValueError(f"{text!r} is not a number") from None
        if not number.is_finite():
            raise ValueError(f"{text!r} is not a number")
        return number


def parse_typed_day(text: str, *, finished: bool = True) -> date | None:
    """A day typed day first, as the date fields show it: '07/12/2026', '7/12/2026', '7.12.26',
    '07122026'; None when the text is not (yet) a whole day.

    While the person is still typing (`finished` false) only a four-digit year counts, so that
    '07/12/20' is not taken for 2020 before the '26' comes; once they leave the field, a two-digit
    year is of this century ('7/12/26' is 7 December 2026). Raises ValueError for a whole text
    that names no day of the calendar ('31/02/2027')."""
    cleaned = text.strip()
    for separator in ".- ":
        cleaned = cleaned.replace(separator, "/")
    parts = cleaned.split("/")
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) in (6, 8):
        digits = parts[0]
        parts = [digits[:2], digits[2:4], digits[4:]]
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    day, month, year = parts
    if not (1 <= len(day) <= 2 and 1 <= len(month) <= 2 and len(year) in ((2, 4) if finished else (4,))):
        return None
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:
        raise ValueError(f"{text!r} is not a day") from None
