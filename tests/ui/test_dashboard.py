"""The dashboard on the hand-built workspace: tiles equal `kpi --json`, charts equal the services'
data, meeting mode hides every cost and margin, and a click drills down to the list."""

import csv
import json
from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.calendar import Period
from esn_desktop.formatting import Formatter
from esn_desktop.services.dashboard import dashboard
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.tabs.dashboard_tab import DashboardTab
from esn_desktop.ui.window_tabs import Tab
from tests.conftest import SMALL_WORKSPACE, mode, names_in

TODAY = date(2026, 11, 22)
NOVEMBER = Period.month(2026, 11)
EXPECTED = json.loads(SMALL_WORKSPACE.with_name("small-workspace.kpi-2026-11.json").read_text())


@pytest.fixture
def window(qtbot, small_workspace):
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    return window


def open_dashboard(qtbot, window):
    window.show_tab(Tab.DASHBOARD)
    tab = window.dashboard
    tab.today = TODAY
    # Waits for the figures asked for last, every chart drawn with them: `loaded` is only said once
    # no read is under way (an answer overtaken by a newer question is dropped, not shown).
    with qtbot.waitSignal(tab.loaded):
        tab.picker.fill_periods()  # the months up to the test's today
        # findData() does not match a Period held in a combo (it compares identities): by hand.
        which = tab.picker.which
        which.setCurrentIndex(next(i for i in range(which.count()) if which.itemData(i) == NOVEMBER))
    assert tab.ready and tab.data.period == NOVEMBER
    return tab


def test_tiles_equal_kpi_json_for_the_same_period(qtbot, window) -> None:
    tab = open_dashboard(qtbot, window)
    f = window.formatter
    expected = {
        "revenue": f.money(Decimal(str(EXPECTED["revenue"])), cents=False),
        "margin": f.money(Decimal(str(EXPECTED["margin"])), cents=False),
        "margin_rate": f.rate(Decimal(str(EXPECTED["margin_rate"])), decimals=1),
        "tjm": f.money(Decimal(str(EXPECTED["tjm"])), cents=False),
        "cjm": f.money(Decimal(str(EXPECTED["cjm"])), cents=False),
        "utilization": f.rate(Decimal(str(EXPECTED["utilization"])), decimals=1),
        "bench": f.days(Decimal(str(EXPECTED["bench_days"]))),
        "pipeline": f.money(Decimal(str(EXPECTED["pipeline_weighted"])), cents=False),
        "win_rate": f.rate(Decimal(str(EXPECTED["win_rate"])), decimals=1),
        "no_show": f.rate(Decimal(str(EXPECTED["no_show_rate"])), decimals=1),
        "top_client": f.rate(Decimal(str(EXPECTED["top_client_share"])), decimals=1),
        "team": f.rate(Decimal(str(EXPECTED["team_reaching_share"])), decimals=1),
    }
    assert {key: tile.value.text() for key, tile in tab.kpis.tiles.items()} == expected
    assert tab.kpis.tiles["revenue"].value.text() == "12\u202f040\xa0€"
    # Days by the one rule of the formatter, as the review PDF and `kpi` write them.
    assert tab.kpis.tiles["bench"].value.text() == "33,0"
    # A figure measured on a day says which: the open pipeline and the objectives' scores on the
    # 22nd (November still runs); revenue is the whole month's.
    titles = {key: tile.title.text() for key, tile in tab.kpis.tiles.items()}
    assert titles["pipeline"] == "Weighted pipeline at 22/11"
    assert titles["team"] == "Team reaching its objectives at 22/11"
    assert titles["revenue"] == "Revenue"
    # Each tile says how it moved since October.
    assert all(tile.change.text() for tile in tab.kpis.tiles.values())


def test_charts_show_the_services_data(qtbot, window, small_workspace) -> None:
    tab = open_dashboard(qtbot, window)
    data = dashboard(small_workspace, period=NOVEMBER, today=TODAY)
    months = tab.board.charts["months"]
    assert [float(m.revenue) for m in data.months] == list(months.series[0].values)
    assert [m.forecast for m in data.months] == list(months.series[0].dashed)
    assert months.names[:3] == ["juin\n2026", "juil.", "août"]
    funnel = tab.board.charts["funnel"]
    assert [float(step.reached) for step in data.funnel] == list(funnel.series[0].values)
    # Two November deals were qualified, one of them went on: 50% shows under the mouse.
    assert [step.reached for step in data.funnel] == [2, 2, 1, 1, 0, 0]
    assert funnel.values_at(1) == [
        ("Deals that reached the stage", "2"),
        ("Went on to the next stage", "50,0\u202f%"),
    ]
    rates = tab.board.charts["rates"]
    thinnest_first = sorted(data.rates, key=lambda r: r.tjm - r.cjm)
    assert [float(r.tjm) for r in thinnest_first] == list(rates.series[0].values)
    # A month's bench days under the mouse as the tile writes them: November's 33 days, 33,0.
    bench = tab.board.charts["bench"]
    assert bench.values_at(len(bench.names) - 1) == [("Bench days", "33,0")]
    objectives = tab.board.charts["objectives"]
    assert list(objectives.series[0].values) == [0.61, 0.1375]
    assert objectives.values_at(0) == [("Score", "61,0\u202f%")]
    channels = tab.board.charts["channels"]
    assert channels.names == ["Téléprospection", "Webinaire"]
    assert list(channels.series[0].values) == [1500.0, 1200.0]


def test_meeting_mode_hides_every_cost_and_margin(qtbot, window, tmp_path) -> None:
    tab = open_dashboard(qtbot, window)
    window.show()
    # The tiles change at once, the charts one per turn of the event loop: `loaded` says the last
    # one is redrawn.
    with qtbot.waitSignal(tab.loaded):
        window.meeting_action.trigger()
    assert tab.ready
    assert window.meeting.on and window.meeting_label.text().startswith("MEETING MODE")
    # Shown in the window's status bar, not as a little window of its own.
    assert window.meeting_label.isVisible() and not window.meeting_label.isWindow()
    assert window.statusBar().isAncestorOf(window.meeting_label)
    for key in ("margin", "margin_rate", "cjm"):
        assert not tab.kpis.tiles[key].isVisibleTo(window)
    assert tab.kpis.tiles["revenue"].isVisibleTo(window)
    assert [s.name for s in tab.board.charts["months"].series] == [
        "Revenue (hatched: signed, ahead)",
        "Weighted pipeline expected",
    ]
    assert [s.name for s in tab.board.charts["rates"].series] == ["TJM"]
    assert not tab.board.charts["channels"].isVisibleTo(window)
    # No hole where it was: the objectives and staffing charts move up, side by side.
    grid = tab.board.grid
    places = {
        key: grid.getItemPosition(grid.indexOf(host))[:2]
        for key, host in tab.board.hosts.items()
        if host.isVisibleTo(window)
    }
    assert sorted(places.values()) == [(r, c) for r in range(4) for c in range(2)][: len(places)]
    assert places["staffing"] == (3, 0) and "channels" not in places
    hover = [
        text
        for i in range(len(tab.board.charts["rates"].names))
        for _, text in tab.board.charts["rates"].values_at(i)
    ]
    cjms = {window.formatter.money(r.cjm, cents=False) for r in tab.data.rates}
    assert not cjms & set(hover)
    png = tab.board.export_chart("rates", tmp_path / "rates.png", (800, 450))
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (800, 450)
    assert image.pixelColor(2, 2).name() == "#ffffff"  # a white background
    # The consultants list hides the CJM, and so does its export.
    window.show_tab(Tab.CONSULTANTS)
    consultants = window.consultants
    consultants.table.selectRow(0)
    cjm = next(i for i, c in enumerate(consultants.model.columns) if c.key == "cjm")
    assert consultants.table.isColumnHidden(cjm)
    assert not consultants.panel.cost.isVisibleTo(window)
    export = consultants.export(tmp_path / "consultants.csv")
    # The task finished, not just its file in place: the file is renamed into place while the
    # worker still runs.
    qtbot.waitUntil(lambda: export is not None and export.finished)
    with (tmp_path / "consultants.csv").open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert "CJM" not in header
    # Forms too: the mission's cost and margin lines, the consultant's CJM and salary.
    missions = window.missions
    mission = missions.open_dialog(missions.model.row_at(0))
    qtbot.addWidget(mission)
    mission.show()
    assert not mission.cells[("margin", "whole")].isVisible()
    assert not mission.cells[("cost", "month")].isVisible()
    assert mission.cells[("revenue", "whole")].isVisible()
    consultant = consultants.open_dialog(consultants.model.row_at(0))
    qtbot.addWidget(consultant)
    consultant.show()
    assert not consultant.cost.isVisible() and not consultant.salary.isVisible()
    assert consultant.name.isVisible()
    window.meeting_action.trigger()  # off again, no restart
    assert consultants.panel.cost.isVisibleTo(window)
    window.show_tab(Tab.DASHBOARD)
    assert tab.kpis.tiles["margin"].isVisibleTo(window)
    assert tab.board.hosts["channels"].isVisibleTo(window)
    assert tab.board.grid.getItemPosition(tab.board.grid.indexOf(tab.board.hosts["staffing"]))[:2] == (3, 1)
    assert not consultants.table.isColumnHidden(cjm)


def test_clicking_a_funnel_stage_filters_the_list(qtbot, window) -> None:
    tab = open_dashboard(qtbot, window)
    proposal = [s.stage.value for s in tab.data.funnel].index("proposal")
    tab.board.charts["funnel"].clicked.emit(proposal)
    prospects = window.prospects
    assert window.tabs.currentWidget().objectName() == "prospects"
    assert prospects.stage.currentData() == "proposal"
    assert [prospects.model.index(r, 0).data() for r in range(prospects.model.rowCount())] == [
        "Transports Lemaire"
    ]
    tab.board.charts["rates"].clicked.emit(0)
    assert window.tabs.currentWidget().objectName() == "consultants"
    assert window.consultants.search.text() == min(tab.data.rates, key=lambda r: r.tjm - r.cjm).name


def test_clicking_a_month_lists_the_missions_running_in_it(qtbot, window) -> None:
    tab = open_dashboard(qtbot, window)
    months = [m.month.start.isoformat() for m in tab.data.months]
    window.missions.status.setCurrentIndex(1)  # a filter left on: the click clears it
    tab.board.charts["months"].clicked.emit(months.index("2026-09-01"))
    assert window.tabs.currentWidget().objectName() == "missions"
    missions = window.missions
    assert missions.month.currentText() == "Running in septembre 2026"  # the formatter stays French
    assert [missions.month.itemText(i) for i in range(missions.month.count())].count(
        "Running in septembre 2026"
    ) == 1
    assert missions.status.currentIndex() == 0
    assert [missions.model.index(r, 0).data() for r in range(missions.model.rowCount())] == [
        "Transports Lemaire"
    ]
    tab.board.charts["utilization"].clicked.emit(months.index("2026-11-01"))
    assert sorted(missions.model.index(r, 0).data() for r in range(missions.model.rowCount())) == [
        "Mutuelle Horizon",
        "Transports Lemaire",
    ]


def test_full_screen_and_back(qtbot, window) -> None:
    tab = open_dashboard(qtbot, window)
    host = tab.parentWidget()
    tab.full_screen_button.click()
    assert tab.isWindow()
    tab.full_screen_button.click()
    assert not tab.isWindow() and tab.parentWidget() is host


def test_a_chart_exports_to_a_private_png_over_the_file_chosen(qtbot, window, tmp_path, umask_022) -> None:
    from PySide6.QtGui import QImage

    tab = open_dashboard(qtbot, window)
    chosen = tmp_path / "charts" / "rates.png"
    chosen.parent.mkdir()
    chosen.write_bytes(b"last month's chart")  # the save dialog asked before replacing it
    assert tab.board.export_chart("rates", chosen, (800, 450)) == chosen
    assert QImage(str(chosen)).width() == 800
    assert mode(chosen) == 0o600 and names_in(chosen.parent) == ["rates.png"]


def make_tab(qtbot, workspace, today: date, meeting: MeetingMode | None = None) -> DashboardTab:
    tab = DashboardTab(workspace, DataEvents(), Formatter("en_GB"), meeting or MeetingMode(), today=today)
    qtbot.addWidget(tab)
    return tab


@pytest.mark.parametrize(
    ("today", "shown"),
    [
        (date(2026, 12, 1), Period.month(2026, 11)),
        (date(2026, 12, 7), Period.month(2026, 11)),
        (date(2026, 12, 8), Period.month(2026, 12)),
    ],
)
def test_the_dashboard_opens_on_the_month_just_closed_during_five_working_days(
    qtbot, small_workspace, today, shown
) -> None:
    tab = make_tab(qtbot, small_workspace, today)
    assert tab.period() == shown
    qtbot.waitUntil(lambda: tab.ready)
    assert tab.data.period == shown
    # The months chart runs on without a gap: November, December, January...
    names = tab.board.charts["months"].names
    assert names[names.index("Nov") :][:3] == ["Nov", "Dec", "Jan\n2027"]
    # The choices still list every month, the current one first.
    assert tab.picker.which.itemData(0) == Period.month_of(today)
    assert tab.picker.which.itemData(23) == Period.month(2025, 1)


def test_the_wheel_over_a_dashboard_chart_scrolls_the_dashboard(qtbot, small_workspace) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    tab = make_tab(qtbot, small_workspace, TODAY)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.ready)
    bar = tab.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    target = tab.board.charts["months"].plot.viewport()
    inside = QPointF(target.width() / 2, target.height() / 2)
    wheel = QWheelEvent(
        inside,
        QPointF(target.mapToGlobal(inside.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, wheel)
    assert bar.value() > 0


def test_an_empty_cost_per_lead_chart_says_so(qtbot, workspace) -> None:
    tab = make_tab(qtbot, workspace, TODAY)  # a workspace with no lead at all
    qtbot.waitUntil(lambda: tab.ready)
    channels = tab.board.charts["channels"]
    assert channels.empty_message == "No lead in the period"
    assert not channels.value_axis.style["showValues"]


def test_the_rates_chart_names_few_consultants_and_lists_all_of_them(qtbot, tmp_path) -> None:
    from esn_desktop.services.demo import create_demo
    from esn_desktop.store.database import open_workspace
    from esn_desktop.ui.charts.chart_drawings import RATE_BARS

    path = tmp_path / "demo.esn"
    create_demo(path, prospects=300, seed=1, as_of=TODAY)  # 20 consultants
    with open_workspace(path) as workspace:
        meeting = MeetingMode()
        tab = make_tab(qtbot, workspace, TODAY, meeting)
        tab.resize(1280, 800)
        tab.show()
        qtbot.waitUntil(lambda: tab.ready)
        rates, chart = tab.data.rates, tab.board.charts["rates"]
        assert len(rates) > RATE_BARS
        # The thinnest daily margins first, every one of them named in full.
        margins = sorted(r.tjm - r.cjm for r in rates)
        shown = [r for name in tab.board.bars("rates") for r in rates if r.name == name]
        assert [r.tjm - r.cjm for r in shown] == margins[:RATE_BARS]
        assert [n.replace("\n", " ") for n in chart.names] == [r.name for r in shown]
        ticks = chart.axis.tickValues(-0.6, RATE_BARS - 0.4, chart.plot.getPlotItem().vb.width())
        assert ticks[0][1] == [float(i) for i in range(RATE_BARS)]  # no name skipped
        assert tab.board.all_rates_button.isVisible()
        assert tab.board.all_rates_button.text() == f"See all {len(rates)} consultants…"
        dialog = tab.show_all_rates()
        qtbot.addWidget(dialog)
        model = dialog.model
        assert model.rowCount() == len(rates)
        margin = next(i for i, c in enumerate(model.columns) if c.key == "margin")
        assert [model.row_at(i).tjm - model.row_at(i).cjm for i in range(model.rowCount())] == margins
        assert not dialog.table.isColumnHidden(margin)
        # In meeting mode: no cost, no margin, and no order that would give the margin away.
        meeting.set(True)
        assert dialog.isHidden()  # margins never stay up once meeting mode is on
        qtbot.waitUntil(lambda: tab.ready)
        assert [s.name for s in chart.series] == ["TJM"]
        tjms = sorted(r.tjm for r in rates)
        assert list(chart.series[0].values) == [float(t) for t in tjms[:RATE_BARS]]
        dialog = tab.show_all_rates()
        qtbot.addWidget(dialog)
        assert dialog.table.isColumnHidden(margin)
        cjm = next(i for i, c in enumerate(model.columns) if c.key == "cjm")
        assert dialog.table.isColumnHidden(cjm)
        assert [dialog.model.row_at(i).tjm for i in range(len(rates))] == tjms
        dialog.close()


def test_the_rates_chart_names_every_bar_in_both_modes(qtbot, tmp_path) -> None:
    # The trial (this demo, at 1366×768) saw 4 names under the 8 bars; narrower here, so that the
    # names must be shortened to be all written.
    from esn_desktop.services.demo import create_demo
    from esn_desktop.store.database import open_workspace

    path = tmp_path / "demo.esn"
    create_demo(path, prospects=300, seed=3, as_of=TODAY)
    with open_workspace(path) as workspace:
        meeting = MeetingMode()
        tab = make_tab(qtbot, workspace, TODAY, meeting)
        tab.resize(1000, 800)
        tab.show()
        for on in (False, True):
            meeting.set(on)
            qtbot.waitUntil(lambda: tab.ready)
            chart = tab.board.charts["rates"]
            ticks = chart.axis.tickValues(-0.6, len(chart.names) - 0.4, chart.plot.getPlotItem().vb.width())
            assert ticks[0][1] == [float(i) for i in range(len(chart.names))]  # every bar named
            shown = chart.axis.tickStrings(ticks[0][1], 1, 1)
            for text, name in zip(shown, chart.names, strict=True):
                for line, whole in zip(text.split("\n"), name.split("\n"), strict=True):
                    assert line == whole or (line.endswith("…") and whole.startswith(line[:-1])), (
                        line,
                        whole,
                    )


def test_the_quarter_choices_step_back_across_year_ends(qtbot, window) -> None:
    window.show_tab(Tab.DASHBOARD)
    tab = window.dashboard
    tab.today = date(2026, 2, 10)
    tab.picker.kind.setCurrentIndex(tab.picker.kind.findData("quarter"))  # refills the choices
    qtbot.waitUntil(lambda: tab.ready)
    choices = [
        (tab.picker.which.itemText(i), tab.picker.which.itemData(i)) for i in range(tab.picker.which.count())
    ]
    assert choices == [
        ("Q1 2026", Period.quarter(2026, 1)),
        ("Q4 2025", Period.quarter(2025, 4)),
        ("Q3 2025", Period.quarter(2025, 3)),
        ("Q2 2025", Period.quarter(2025, 2)),
        ("Q1 2025", Period.quarter(2025, 1)),
        ("Q4 2024", Period.quarter(2024, 4)),
        ("Q3 2024", Period.quarter(2024, 3)),
        ("Q2 2024", Period.quarter(2024, 2)),
    ]


def test_a_tile_compares_by_the_rule_of_the_review(qtbot) -> None:
    from esn_desktop.ui.widgets.kpi_tiles import KpiTiles

    tiles = KpiTiles(Formatter("en_GB"))
    qtbot.addWidget(tiles)
    kpis = {tile.key: tile.figure for tile in tiles.kpis()}
    # Money in a share of October's value; a rate in points; from nothing, new.
    assert tiles._texts(kpis["revenue"], Decimal(12040), Decimal(11264)) == (
        "€12,040",
        "6.9% vs previous period",
        1,
        True,
    )
    assert tiles._texts(kpis["margin_rate"], Decimal("0.359"), Decimal("0.487"))[1:3] == (
        "12.8\xa0pts vs previous period",
        -1,
    )
    assert tiles._texts(kpis["bench"], Decimal(12), Decimal(0))[1:3] == ("new this period", 1)
    # Days keep their tenth, as the review PDF and `kpi` show them: 51.75 days is 51.8, not 52.
    assert tiles._texts(kpis["bench"], Decimal("51.75"), Decimal("31.4"))[0] == "51.8"
    assert tiles._texts(kpis["bench"], Decimal(0), Decimal(0))[1:3] == ("0.0% vs previous period", 0)
    assert tiles._texts(kpis["win_rate"], Decimal("0.5"), None)[1:3] == ("no comparison", 0)


def test_the_period_picker_says_when_its_choice_changes_and_refuses_dates_the_wrong_way(qtbot) -> None:
    from PySide6.QtCore import QDate

    from esn_desktop.domain.calendar import HolidayRegion, WorkingCalendar
    from esn_desktop.ui.widgets.period_picker import PeriodPicker

    picker = PeriodPicker(Formatter("en_GB"), TODAY, WorkingCalendar(HolidayRegion.METROPOLE))
    qtbot.addWidget(picker)
    picker.set_salespeople(["Hélène Garnier"])
    with qtbot.waitSignal(picker.changed):
        picker.fill_periods()
    assert picker.period() == NOVEMBER and picker.chosen_salesperson() is None
    with qtbot.waitSignal(picker.changed):
        picker.salesperson.setCurrentIndex(1)
    assert picker.chosen_salesperson() == "Hélène Garnier"
    with qtbot.waitSignal(picker.changed):
        picker.kind.setCurrentIndex(picker.kind.findData("custom"))
    picker.start.setDate(QDate(2026, 11, 20))
    picker.end.setDate(QDate(2026, 11, 10))
    assert picker.period() is None  # the tab says "The end is before the start."
