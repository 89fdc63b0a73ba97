"""The scale a bar chart keeps when some bars must not set it (worked examples)."""

from pytest import approx

from esn_desktop import bar_scale


def test_bars_beyond_the_scale_do_not_set_it() -> None:
    # Revenue up to 200 k€ a month, one month's weighted pipeline at 15 M€.
    top, bottom = bar_scale.scale([150_000.0, 200_000.0], [0.0, 15_000_000.0])
    assert (top, bottom) == (approx(230_000.0), 0.0)  # the tallest revenue, 15 % above
    assert bar_scale.drawn_height(15_000_000.0, top) == approx(200_100.0)  # cut at 87 % of the top
    assert bar_scale.is_cut(15_000_000.0, top) and not bar_scale.is_cut(150_000.0, top)
    assert bar_scale.drawn_height(90_000.0, top) == 90_000.0  # a smaller one drawn whole


def test_without_bars_setting_it_those_beyond_do_and_an_empty_chart_has_a_unit_scale() -> None:
    assert bar_scale.scale([], [100.0, 50.0]) == (approx(115.0), 0.0)
    assert bar_scale.scale([], []) == (1.0, 0.0)


def test_a_reference_line_and_negative_bars_stay_inside() -> None:
    assert bar_scale.scale([80.0, -20.0], [], reference=100.0) == (approx(115.0), -20.0)
