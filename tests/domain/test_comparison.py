"""The change against the previous period, one rule for the dashboard and the monthly review: amounts
in a share of the previous value, rates in points, nothing to divide when the previous is zero."""

from decimal import Decimal

from esn_desktop.domain.comparison import Comparison, Measure, compare


def test_money_counts_and_days_move_by_a_share_of_the_previous_value() -> None:
    # November 2026 of the shared example against October: 12,040 € of revenue after 11,264 €.
    revenue = compare(Decimal(12040), Decimal(11264), Measure.AMOUNT)
    assert revenue is not None and revenue.direction == 1
    assert revenue.share is not None and round(revenue.share, 4) == Decimal("0.0689")
    assert revenue.points is None and not revenue.new
    # 33 bench days after 48: down by 31.25 %.
    assert compare(Decimal(33), Decimal(48), Measure.AMOUNT) == Comparison(-1, share=Decimal("-0.3125"))
    # Counts are whole numbers: 6 open deals after 4 is +50 %.
    assert compare(6, 4, Measure.AMOUNT) == Comparison(1, share=Decimal("0.5"))


def test_a_share_is_taken_of_the_size_of_a_negative_previous_value() -> None:
    # A loss of 1,000 € after a loss of 4,000 €: up by three quarters of the size of the loss.
    assert compare(Decimal(-1000), Decimal(-4000), Measure.AMOUNT) == Comparison(1, share=Decimal("0.75"))
    assert compare(Decimal(-5000), Decimal(-4000), Measure.AMOUNT) == Comparison(-1, share=Decimal("-0.25"))


def test_rates_move_in_points() -> None:
    # A margin rate of 35.9 % after 48.7 %: 12.8 points down, not "−26.3 %".
    margin_rate = compare(Decimal("0.359"), Decimal("0.487"), Measure.RATE)
    assert margin_rate == Comparison(-1, points=Decimal("-0.128"))
    # From a zero rate too: points need no division.
    assert compare(Decimal("0.25"), Decimal(0), Measure.RATE) == Comparison(1, points=Decimal("0.25"))
    assert compare(Decimal(0), Decimal(0), Measure.RATE) == Comparison(0, points=Decimal(0))


def test_from_zero_an_amount_is_new_rather_than_infinitely_up() -> None:
    first = compare(Decimal(1500), Decimal(0), Measure.AMOUNT)
    assert first == Comparison(1) and first.new
    # Still nothing: no change, not "new".
    nothing = compare(0, 0, Measure.AMOUNT)
    assert nothing == Comparison(0, share=Decimal(0)) and not nothing.new


def test_nothing_to_compare_when_either_figure_is_missing() -> None:
    # A rate over an empty period is missing (no meeting, no closed deal): no comparison at all.
    assert compare(Decimal("0.5"), None, Measure.RATE) is None
    assert compare(None, Decimal(12040), Measure.AMOUNT) is None


def test_a_fall_from_zero_into_a_loss_is_not_new() -> None:
    # A margin of 0 € last month, −500 € this month: down, with no share of zero to give.
    fallen = compare(Decimal(-500), Decimal(0), Measure.AMOUNT)
    assert fallen is not None
    assert (fallen.direction, fallen.share, fallen.new) == (-1, None, False)
    risen = compare(Decimal(500), Decimal(0), Measure.AMOUNT)
    assert risen is not None and risen.new
