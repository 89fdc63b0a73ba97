from esn_desktop.domain.comparison import Measure
from esn_desktop.domain.kpi_figures import FIGURES, Unit
from esn_desktop.domain.kpis import KpiReport


def test_internal_figures_are_every_cost_cjm_and_margin() -> None:
    # What meeting mode and a client-safe review leave out, wherever a report's figure is shown.
    assert sorted(key for key, figure in FIGURES.items() if figure.internal) == [
        "cjm",
        "cost",
        "margin",
        "margin_rate",
    ]


def test_rates_move_in_points_and_every_figure_is_a_field_of_the_report() -> None:
    assert {key for key, figure in FIGURES.items() if figure.measure is Measure.RATE} == {
        key for key, figure in FIGURES.items() if figure.unit is Unit.RATE
    }
    assert set(FIGURES) <= set(KpiReport.__dataclass_fields__)


def test_a_figure_measured_on_a_day_says_which() -> None:
    from datetime import date

    from esn_desktop.domain.calendar import Period
    from esn_desktop.domain.kpi_figures import Moment

    november = Period.month(2026, 11)
    pipeline, team, revenue = FIGURES["pipeline_weighted"], FIGURES["team_reaching_share"], FIGURES["revenue"]
    # The open pipeline of November is the one open on the 30th; read on 2 December, the board
    # shows another (deals won, lost or added since): the tile says « au 30/11 ».
    assert pipeline.moment is Moment.PERIOD_END
    assert pipeline.measured_on(november, today=date(2026, 12, 2)) == date(2026, 11, 30)
    # While the month runs, it is today's.
    assert pipeline.measured_on(november, today=date(2026, 11, 22)) == date(2026, 11, 22)
    assert FIGURES["open_opportunities"].measured_on(november, today=date(2026, 12, 2)) == date(2026, 11, 30)
    # Objectives are scored on everything known so far; revenue is over the whole month.
    assert team.measured_on(november, today=date(2026, 12, 2)) == date(2026, 12, 2)
    assert revenue.measured_on(november, today=date(2026, 12, 2)) is None
    assert {k for k, f in FIGURES.items() if f.moment is not Moment.OVER_PERIOD} == {
        "pipeline_weighted",
        "open_opportunities",
        "team_reaching_share",
    }
