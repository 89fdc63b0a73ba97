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
