import json
from datetime import date

import pytest

from esn_desktop.domain.calendar import Period
from esn_desktop.interchange.kpi_json import kpi_report_to_json
from esn_desktop.services.kpis import compute_kpis
from tests.conftest import SMALL_KPI


def test_kpis_of_november_2026_equal_the_hand_worked_example(small_workspace) -> None:
    report = kpi_report_to_json(compute_kpis(small_workspace, period=Period.month(2026, 11)))
    expected = json.loads(SMALL_KPI.read_text(encoding="utf-8"))
    assert report.keys() == expected.keys()
    for key, value in expected.items():
        if isinstance(value, float):
            assert report[key] == pytest.approx(value, rel=1e-12), key
        else:
            assert report[key] == value, key


def test_rates_without_denominator_are_null(small_workspace) -> None:
    report = kpi_report_to_json(
        compute_kpis(small_workspace, period=Period(date(2020, 1, 1), date(2020, 1, 31)))
    )
    assert report["revenue"] == 0.0
    assert report["tjm"] is None
    assert report["margin_rate"] is None
    assert report["win_rate"] is None
    assert report["no_show_rate"] is None
    assert report["utilization"] is None
    assert report["objectives"] == []
    assert report["team_reaching_share"] is None
