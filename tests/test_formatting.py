from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.formatting import Formatter, parse_typed_day

FR, EN = Formatter("fr_FR"), Formatter("en_GB")


def test_french_money_uses_narrow_no_break_spaces() -> None:
    assert FR.money(Decimal("1234.5")) == "1\u202f234,50\xa0€"
    assert FR.money(Decimal("12040"), cents=False) == "12\u202f040\xa0€"
    assert FR.rate(Decimal("0.309")) == "30,9\u202f%"
    assert FR.day(date(2026, 3, 22)) == "22/03/2026"
    assert FR.month(date(2026, 11, 1)) == "novembre 2026"
    assert FR.money(None) == "—"
    assert EN.money(Decimal("1234.5")) == "€1,234.50"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,50 €", "1234.50"),
        ("1\u202f234,50\xa0€", "1234.50"),
        ("550", "550"),
        ("0,8", "0.8"),
        ("0.8", "0.8"),
        ("12 040", "12040"),
        ("", None),
    ],
)
def test_french_input_is_read_exactly(text: str, expected: str | None) -> None:
    assert FR.parse_decimal(text) == (Decimal(expected) if expected else None)


def test_english_input_and_refusals() -> None:
    assert EN.parse_decimal("1,234.50") == Decimal("1234.50")
    with pytest.raises(ValueError, match="not a number"):
        FR.parse_decimal("six cents")
    with pytest.raises(ValueError, match="not a number"):
        FR.parse_decimal("inf")


def test_a_change_between_rates_is_in_points() -> None:
    # 35.9 % against 35.1 %: 0.8 point, not 0.8 % (which would be 0.28 point).
    assert FR.points(Decimal("0.359") - Decimal("0.351")) == "0,8\u202fpt"
    assert FR.points(Decimal("0.015")) == "1,5\u202fpt"  # French keeps the singular below 2
    assert FR.points(Decimal("0.153")) == "15,3\u202fpts"
    assert FR.points(Decimal("0")) == "0,0\u202fpt"
    assert FR.points(None) == "—"
    assert EN.points(Decimal("0.008")) == "0.8\xa0pts"


def test_compact_money_for_chart_labels() -> None:
    f = Formatter()
    assert f.compact_money(Decimal("15233188")) == "15,2\xa0M\xa0€"
    assert f.compact_money(Decimal("250000")) == "250\xa0k\xa0€"
    assert f.compact_money(Decimal("800")) == "800\xa0€"
    assert Formatter("en_GB").compact_money(Decimal("15233188")) == "€15.2M"


def test_a_change_against_the_previous_period_reads_as_its_rule_measures_it() -> None:
    from esn_desktop.domain.comparison import Measure, compare

    revenue = compare(Decimal(12040), Decimal(11264), Measure.AMOUNT)
    margin_rate = compare(Decimal("0.359"), Decimal("0.487"), Measure.RATE)
    assert revenue is not None and margin_rate is not None
    assert FR.change(revenue) == "6,9\u202f%"  # beside an arrow: no sign
    assert FR.change(revenue, signed=True) == "+6,9\u202f%"
    assert FR.change(margin_rate, signed=True) == "\u221212,8\u202fpts"
    assert EN.change(margin_rate) == "12.8\xa0pts"
    # Too small to show: no "+0,0 %".
    tiny = compare(Decimal("10000.4"), Decimal(10000), Measure.AMOUNT)
    assert tiny is not None and FR.change(tiny, signed=True) == "0,0\u202f%"
    new = compare(Decimal(1500), Decimal(0), Measure.AMOUNT)
    assert new is not None and FR.change(new, signed=True) == "—"


def test_days_always_keep_one_decimal_rounded_half_up() -> None:
    # One rule for every count of days (the dashboard's tiles, the PDFs, `kpi`): 51.75 bench days
    # read 51,8 everywhere, never 52 on one screen and 51,8 on another; 361 reads 361,0 beside 305,4.
    f = Formatter("fr_FR")
    assert f.days(Decimal("51.75")) == "51,8"
    assert f.days(Decimal("51.85")) == "51,9"  # half up, as a person rounds (not to the even tenth)
    assert f.days(361) == "361,0"
    assert f.days(Decimal("305.4")) == "305,4"
    assert f.days(Decimal("1234.56")) == "1\u202f234,6"
    assert f.days(None) == "—"
    assert Formatter("en_GB").days(Decimal("1234.55")) == "1,234.6"


def test_typed_days_read_day_first() -> None:
    assert parse_typed_day("07/12/2026") == date(2026, 12, 7)
    assert parse_typed_day("07/12/20", finished=False) is None
    assert parse_typed_day("07/12/26") == date(2026, 12, 7)
    assert parse_typed_day("0712") is None
    with pytest.raises(ValueError):
        parse_typed_day("31/02/2027")
