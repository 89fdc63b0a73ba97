"""The dashboard: the period's KPIs against the previous period, and the charts behind them.

The figures come from the dashboard service, the one computation behind `kpi`; they are read in
the background and the previous ones stay on screen meanwhile. Charts (pyqtgraph) load with this
tab, never with the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.calendar import Period, quarter_number, shift_month
from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.kpis import KpiReport
from esn_desktop.domain.months import month_run, opening_month
from esn_desktop.formatting import Formatter
from esn_desktop.palette import PALETTE
from esn_desktop.services.account_list import filter_choices
from esn_desktop.services.dashboard import Dashboard, MonthFigures, dashboard, staffing_weeks
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.store.database import Workspace
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.charts.chart import Chart, Series
from esn_desktop.ui.dialogs.rates_dialog import RatesDialog
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.forms import date_edit, from_qdate
from esn_desktop.ui.labels import STAGES, label
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.widgets.kpi_tile import KpiTile

#: Charts made of costs only: left out, not just emptied, in meeting mode.
CONFIDENTIAL_CHARTS = frozenset({"channels"})
#: Consultants drawn on the rates chart: each name must stay readable at 1280 pixels wide.
RATE_BARS = 8


@dataclass(frozen=True)
class Tile:
    key: str
    title: str
    value: Callable[[KpiReport], Decimal | int | None]
    kind: str  # money, rate, days
    higher_is_better: bool | None
    #: A cost, CJM or margin figure: hidden in meeting mode.
    confidential: bool = False


class DashboardTab(QWidget):
    #: A chart was clicked: (what, value), such as ("stage", "proposal") or ("consultant", name).
    drill = Signal(str, str)
    #: New figures are on screen.
    loaded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        formatter: Formatter,
        meeting: MeetingMode,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.workspace, self.formatter, self.meeting = workspace, formatter, meeting
        self.today = today or date.today()
        self.calendar = workspace_settings(workspace).calendar
        self.data: Dashboard | None = None
        self.task: BackgroundTask | None = None
        self._asked = 0

        self.kind = QComboBox()
        for key, text in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("custom", self.tr("Custom")),
        ):
            self.kind.addItem(text, key)
        self.which = QComboBox()
        self.start, self.end = date_edit(self.today.replace(day=1)), date_edit(self.today)
        self.salesperson = QComboBox()
        self.status = QLabel()
        self.export_button = QPushButton(self.tr("Export a chart…"))
        self.full_screen_button = QPushButton(self.tr("Full screen"))
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.setShortcut("F11")
        self.all_rates_button = QPushButton()
        self.all_rates_button.setVisible(False)

        self.tiles = {t.key: KpiTile(t.title) for t in self._tiles()}
        self._specs = self._chart_specs()
        self.charts: dict[str, Chart] = {}
        self._chart_hosts: dict[str, QWidget] = {}
        #: Charts whose new figures are still to be drawn.
        self._to_draw: list[str] = []
        self._rate_names: list[str] = []
        self._stage_keys: list[str] = []
        self._month_keys: list[str] = []
        self._channel_names: list[str] = []
        self._objective_names: list[str] = []

        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Period")), self.kind, self.which, self.start, self.end):
            bar.addWidget(widget)
        bar.addWidget(self.salesperson)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.full_screen_button)
        self.tile_grid = QGridLayout()
        self._lay_out_tiles()
        self.chart_grid = QGridLayout()
        for key in self._specs:
            host = QWidget()
            host.setFixedHeight(Chart.HEIGHT)  # adding a chart later moves nothing around it
            host_layout = QVBoxLayout(host)
            host_layout.setContentsMargins(0, 0, 0, 0)
            self._chart_hosts[key] = host
            if key == "rates":  # under its chart: the consultants the chart leaves out
                host_layout.addWidget(self.all_rates_button, 0, Qt.AlignmentFlag.AlignRight)
        self._lay_out_charts()
        self.chart_grid.setColumnStretch(0, 1)
        self.chart_grid.setColumnStretch(1, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self.tile_grid)
        body_layout.addLayout(self.chart_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll)

        self._fill_salespeople()
        self._fill_periods()
        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.which.currentIndexChanged.connect(self.reload)
        self.start.dateChanged.connect(self.reload)
        self.end.dateChanged.connect(self.reload)
        self.salesperson.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(self._export_menu)
        self.full_screen_button.toggled.connect(self.set_full_screen)
        self.all_rates_button.clicked.connect(self.show_all_rates)
        meeting.changed.connect(lambda _on: self._show())
        events.data_changed.connect(self._on_data_changed)
        self.reload()
        QTimer.singleShot(0, self, self._build_next_chart)

    # --- what is shown ------------------------------------------------------------------------

    def _tiles(self) -> list[Tile]:
        return [
            Tile("revenue", self.tr("Revenue"), lambda r: r.revenue, "money", True),
            Tile("margin", self.tr("Margin"), lambda r: r.margin, "money", True, True),
            Tile("margin_rate", self.tr("Margin rate"), lambda r: r.margin_rate, "rate", True, True),
            Tile("tjm", self.tr("Average daily rate (TJM)"), lambda r: r.tjm, "money", True),
            Tile("cjm", self.tr("Average daily cost (CJM)"), lambda r: r.cjm, "money", False, True),
            Tile("utilization", self.tr("Utilization"), lambda r: r.utilization, "rate", True),
            Tile("bench", self.tr("Bench days"), lambda r: r.bench_days, "days", False),
            Tile("pipeline", self.tr("Weighted pipeline"), lambda r: r.pipeline_weighted, "money", True),
            Tile("win_rate", self.tr("Win rate"), lambda r: r.win_rate, "rate", True),
            Tile("no_show", self.tr("No-show rate"), lambda r: r.no_show_rate, "rate", False),
            Tile("top_client", self.tr("Top client's share"), lambda r: r.top_client_share, "rate", False),
            Tile(
                "team", self.tr("Team reaching its objectives"), lambda r: r.team_reaching_share, "rate", True
            ),
        ]

    def _chart_specs(self) -> dict[str, tuple[str, Callable[[float], str], str]]:
        """Each chart's title, how its axis reads, and its unit."""
        f = self.formatter
        money = lambda v: f.money(Decimal(str(v)), cents=False)  # noqa: E731
        rate = lambda v: f.rate(Decimal(str(v)), decimals=0)  # noqa: E731
        number = lambda v: f.number(Decimal(str(v)), decimals=0)  # noqa: E731
        return {
            "months": (self.tr("Revenue and margin per month, then the next 6 months"), money, "€"),
            "rates": (self.tr("Daily rate (TJM) against daily cost (CJM), per consultant"), money, "€"),
            "utilization": (self.tr("Utilization per month"), rate, "%"),
            "bench": (self.tr("Bench days per month"), number, self.tr("days")),
            "funnel": (self.tr("Pipeline by stage (deals created in the period)"), number, self.tr("deals")),
            "channels": (self.tr("Cost per lead by channel"), money, "€"),
            "objectives": (self.tr("Objective score per salesperson"), rate, "%"),
            "staffing": (self.tr("Staffing risk: the next 13 weeks"), number, self.tr("people")),
        }

    def _build_next_chart(self) -> None:
        """Makes one chart per turn of the event loop (a chart costs 20 ms to make): the tab
        answers while they come, and each shows the figures as soon as it exists."""
        key = next(k for k in self._specs if k not in self.charts)
        title, value_label, unit = self._specs[key]
        # Ticks on the step the axis text shows: whole percents, whole euros, whole days or people.
        # Channel names are long and many: they read down the side, one a line.
        chart = Chart(
            title, value_label, unit, resolution=0.01 if unit == "%" else 1.0, horizontal=key == "channels"
        )
        host = self._chart_hosts[key].layout()
        assert isinstance(host, QVBoxLayout)  # each host is given its layout when made
        host.insertWidget(0, chart)
        self.charts[key] = chart
        clicks = {
            "months": ("month", "_month_keys"),
            "utilization": ("month", "_month_keys"),
            "bench": ("month", "_month_keys"),
            "rates": ("consultant", "_rate_names"),
            "funnel": ("stage", "_stage_keys"),
            "channels": ("channel", "_channel_names"),
            "objectives": ("owner", "_objective_names"),
        }
        if key in clicks:
            what, names = clicks[key]
            chart.clicked.connect(lambda i, w=what, n=names: self._drill(w, getattr(self, n), i))
        if self.data is not None and key not in self._to_draw:
            # Drawn on a turn of its own: making a chart and drawing it in one turn held the
            # window for twice as long.
            if not self._to_draw:
                QTimer.singleShot(0, self, self._draw_next)
            self._to_draw.append(key)
        if len(self.charts) < len(self._specs):
            QTimer.singleShot(0, self, self._build_next_chart)
        elif self.ready:
            self.loaded.emit()

    @property
    def ready(self) -> bool:
        """Every chart made and the latest figures on screen."""
        return (
            len(self.charts) == len(self._specs)
            and self.data is not None
            and self.task is None
            and not self._to_draw
        )

    def _lay_out_tiles(self) -> None:
        """Six tiles a row, the hidden ones (meeting mode) leaving no hole."""
        for widget in self.tiles.values():
            self.tile_grid.removeWidget(widget)
        shown = [t for t in self._tiles() if not (self.meeting.on and t.confidential)]
        for index, tile in enumerate(shown):
            self.tile_grid.addWidget(self.tiles[tile.key], index // 6, index % 6)
        for column in range(6):
            self.tile_grid.setColumnStretch(column, 1)

    def _lay_out_charts(self) -> None:
        """Two charts a row, a hidden one (cost per lead in meeting mode) leaving no hole: a blank
        square in front of a client asks what was taken away."""
        for host in self._chart_hosts.values():
            self.chart_grid.removeWidget(host)
        shown = [k for k in self._specs if not (self.meeting.on and k in CONFIDENTIAL_CHARTS)]
        for key, host in self._chart_hosts.items():
            host.setVisible(key in shown)
        for index, key in enumerate(shown):
            self.chart_grid.addWidget(self._chart_hosts[key], index // 2, index % 2)

    def _drill(self, what: str, keys: list[str], index: int) -> None:
        if 0 <= index < len(keys):
            self.drill.emit(what, keys[index])

    # --- choosing the period --------------------------------------------------------------------

    def _fill_salespeople(self) -> None:
        current = self.salesperson.currentData()
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        self.salesperson.addItem(self.tr("Whole firm"), None)
        for name in filter_choices(self.workspace).owners:
            self.salesperson.addItem(name, name)
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(current)))
        self.salesperson.blockSignals(False)

    def _fill_periods(self) -> None:
        kind, f, today = self.kind.currentData(), self.formatter, self.today
        self.which.blockSignals(True)
        self.which.clear()
        if kind == "month":
            months = month_run(shift_month(today, -23).start, 24)[::-1]
            for month in months:
                self.which.addItem(f.month(month.start), month)
            # Early in a month the new one is nearly empty: open on the month just closed.
            # (findData compares Python objects by identity, hence the index from the list.)
            self.which.setCurrentIndex(months.index(opening_month(today, self.calendar)))
        elif kind == "quarter":
            this_quarter = Period.quarter_of(today)
            for back in range(8):
                quarter = this_quarter.shifted(-3 * back)
                self.which.addItem(
                    self.tr("Q%1 %2")
                    .replace("%1", str(quarter_number(quarter.start)))
                    .replace("%2", str(quarter.start.year)),
                    quarter,
                )
        elif kind == "year":
            for year in range(today.year, today.year - 4, -1):
                self.which.addItem(str(year), Period.year(year))
        self.which.blockSignals(False)
        custom = kind == "custom"
        self.which.setVisible(not custom)
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.reload()

    def period(self) -> Period | None:
        if self.kind.currentData() == "custom":
            start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
            return Period(start, end) if start <= end else None
        chosen = self.which.currentData()
        return chosen if isinstance(chosen, Period) else None

    # --- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the figures in the background; the ones on screen stay until the new ones come."""
        period = self.period()
        if period is None:
            self.status.setText(self.tr("The end is before the start."))
            return
        self._asked += 1
        if self.task is not None:
            self.task.drop()
        asked, workspace, today, salesperson = (
            self._asked,
            self.workspace,
            self.today,
            self.salesperson.currentData(),
        )
        self.status.setText(self.tr("Reading the figures…"))
        task = BackgroundTask(
            lambda _p: (asked, dashboard(workspace, period=period, today=today, salesperson=salesperson))
        )
        task.signals.succeeded.connect(self._arrived)
        task.signals.failed.connect(self.status.setText)
        self.task = task.start()

    def _arrived(self, answer: tuple[int, Dashboard]) -> None:
        asked, data = answer
        if asked != self._asked:
            return
        self.task = None
        self.data = data
        self._month_keys = [m.month.start.isoformat() for m in data.months]
        self.status.setText("")
        self._show()
        if self.ready:
            self.loaded.emit()

    def _on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.NAMES}:
            self._fill_salespeople()
        if topics & {Topic.SETTINGS}:  # the holiday region decides the opening month
            self.calendar = workspace_settings(self.workspace).calendar
        self.reload()

    # --- showing --------------------------------------------------------------------------------

    def _show(self) -> None:
        if self.data is None:
            return
        hide = self.meeting.on
        self._lay_out_tiles()
        self._lay_out_charts()
        for tile in self._tiles():
            widget = self.tiles[tile.key]
            widget.setVisible(not (hide and tile.confidential))
            now, before = tile.value(self.data.current), tile.value(self.data.previous)
            widget.show_value(*self._tile_texts(tile, now, before))
        self._show_charts()

    def _format(self, kind: str, value: Decimal | int | None) -> str:
        f = self.formatter
        if kind == "money":
            return f.money(Decimal(value) if value is not None else None, cents=False)
        if kind == "rate":
            return f.rate(Decimal(value) if value is not None else None, decimals=1)
        return f.number(value, decimals=0)

    def _tile_texts(self, tile: Tile, now: Any, before: Any) -> tuple[str, str, int, bool | None]:
        f = self.formatter
        text = self._format(tile.kind, now)
        if now is None or before is None:
            return text, self.tr("no comparison"), 0, tile.higher_is_better
        direction = (now > before) - (now < before)
        if tile.kind == "rate":
            change = self.tr("%1 vs previous period").replace(
                "%1", f.points(abs(Decimal(now) - Decimal(before)))
            )
        elif before:
            change = self.tr("%1 vs previous period").replace(
                "%1", f.rate(abs(Decimal(now) - Decimal(before)) / abs(Decimal(before)), decimals=1)
            )
        else:
            change = self.tr("new this period")
        return text, change, direction, tile.higher_is_better

    def _show_charts(self) -> None:
        """Redraws the charts one per turn of the event loop: eight at once would hold the
        window for a third of a second."""
        if not self._to_draw:
            QTimer.singleShot(0, self, self._draw_next)
        self._to_draw = list(self.charts)

    def _draw_next(self) -> None:
        if not self._to_draw or self.data is None:
            return
        self._draw(self._to_draw.pop(0))
        if self._to_draw:
            QTimer.singleShot(0, self, self._draw_next)
        elif self.ready:
            self.loaded.emit()

    def _draw(self, key: str) -> None:
        assert self.data is not None
        chart, hide = self.charts[key], self.meeting.on
        getattr(self, f"_draw_{key}")(chart, self.data, hide)

    def _money(self, value: float) -> str:
        return self.formatter.money(Decimal(str(value)), cents=False)

    def _rate(self, value: float) -> str:
        return self.formatter.rate(Decimal(str(value)), decimals=1)

    def _number(self, value: float) -> str:
        return self.formatter.number(Decimal(str(value)), decimals=0)

    def _draw_months(self, chart: Chart, d: Dashboard, hide: bool) -> None:
        months = self._month_names(d.months)
        forecast = [m.forecast for m in d.months]
        series = [
            Series(
                self.tr("Revenue (hatched: signed, ahead)"),
                [float(m.revenue) for m in d.months],
                PALETTE["blue"],
                dashed=forecast,
                label=self._money,
            )
        ]
        if not hide:
            series.append(
                Series(
                    self.tr("Margin"),
                    [float(m.margin) for m in d.months],
                    PALETTE["orange"],
                    dashed=forecast,
                    label=self._money,
                )
            )
        # The weighted pipeline is what deals are worth when signed, not what a month bills: at
        # 100k prospects it reaches 15 M€ in a month of 1.5 M€ revenue. Drawn to the revenue's
        # scale it made every revenue bar a sliver; spread over invented mission lengths it would
        # be a guess shown as a figure. So it stays in the month each deal is expected to close
        # (what the sales team can act on) but does not set the scale: a taller bar is cut,
        # marked as cut, and carries its amount.
        series.append(
            Series(
                self.tr("Weighted pipeline expected"),
                [float(m.pipeline) if m.forecast else None for m in d.months],
                PALETTE["sky"],
                dashed=[True] * len(d.months),
                label=self._money,
                beyond_scale=True,
                short_label=lambda v: self.formatter.compact_money(Decimal(str(v))),
            )
        )
        chart.set_title(
            self.tr("Revenue per month, then the next 6 months")
            if hide
            else self.tr("Revenue and margin per month, then the next 6 months")
        )
        chart.show_data(months, series)

    def _draw_rates(self, chart: Chart, d: Dashboard, hide: bool) -> None:
        # At 150 consultants a bar each is a wall with one name in three: the chart keeps the
        # RATE_BARS a director acts on first, every name written out, and "see all" lists the rest.
        # Thinnest daily margin first; in meeting mode the margin is hidden, and so is any order
        # that would give it away: the lowest rate first.
        order = sorted(d.rates, key=lambda r: (r.tjm or Decimal(0)) - (Decimal(0) if hide else r.cjm))
        shown = order[:RATE_BARS]
        self._rate_names = [r.name for r in shown]
        rate_series = [
            Series(self.tr("TJM"), [float(r.tjm or 0) for r in shown], PALETTE["blue"], label=self._money)
        ]
        if not hide:
            rate_series.append(
                Series(
                    self.tr("CJM"),
                    [float(r.cjm) for r in shown],
                    PALETTE["vermillion"],
                    kind="line",
                    label=self._money,
                )
            )
        few = len(order) <= RATE_BARS
        if hide:
            title = (
                self.tr("Daily rate (TJM) per consultant")
                if few
                else self.tr("Daily rate (TJM): the %1 lowest").replace("%1", str(RATE_BARS))
            )
        else:
            title = (
                self.tr("Daily rate (TJM) against daily cost (CJM), per consultant")
                if few
                else self.tr("TJM against CJM: the %1 thinnest daily margins").replace("%1", str(RATE_BARS))
            )
        chart.set_title(title)
        self.all_rates_button.setText(self.tr("See all %1 consultants…").replace("%1", str(len(order))))
        self.all_rates_button.setVisible(not few)
        chart.show_data(
            [_first_and_last(r.name) for r in shown],
            rate_series,
            empty=self.tr("No billed day in the period"),
        )

    def show_all_rates(self) -> RatesDialog | None:
        """Every consultant's rate (and, out of meeting mode, cost and margin) in a list."""
        if self.data is None:
            return None
        dialog = RatesDialog(self.data.rates, self.formatter, meeting=self.meeting.on, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # It shows costs and margins: meeting mode coming on closes it rather than leave them up.
        self.meeting.changed.connect(dialog.close)
        dialog.open()
        return dialog

    def _actual_months(self, d: Dashboard) -> tuple[list[str], list[MonthFigures]]:
        actual = [m for m in d.months if not m.forecast]
        return self._month_names(actual), actual

    def _month_names(self, months: Sequence[MonthFigures]) -> list[str]:
        """Each month under its bar, the year below the first and below each January: thirteen
        months then fit side by side, where 'sept. 26' left room for one month in two."""
        f, names = self.formatter, []
        for number, m in enumerate(months):
            name = f.month_abbreviation(m.month.start)
            if number == 0 or m.month.start.month == 1:
                name += f"\n{m.month.start.year}"
            names.append(name)
        return names

    def _draw_utilization(self, chart: Chart, d: Dashboard, _hide: bool) -> None:
        names, actual = self._actual_months(d)
        chart.show_data(
            names,
            [
                Series(
                    self.tr("Utilization"),
                    [float(m.utilization) if m.utilization is not None else None for m in actual],
                    PALETTE["green"],
                    label=self._rate,
                )
            ],
            reference=(1.0, self.tr("Fully staffed (100%)")),
        )

    def _draw_bench(self, chart: Chart, d: Dashboard, _hide: bool) -> None:
        names, actual = self._actual_months(d)
        chart.show_data(
            names,
            [
                Series(
                    self.tr("Bench days"),
                    [float(m.bench_days) for m in actual],
                    PALETTE["purple"],
                    label=self._number,
                )
            ],
        )

    def _draw_funnel(self, chart: Chart, d: Dashboard, _hide: bool) -> None:
        self._stage_keys = [s.stage.value for s in d.funnel]
        chart.show_data(
            [_two_lines(label(STAGES, s.stage)) for s in d.funnel],
            [
                Series(
                    self.tr("Deals that reached the stage"),
                    # No deal at all is said in words, not as a row of empty bars.
                    [float(s.reached) if any(s.reached for s in d.funnel) else None for s in d.funnel],
                    PALETTE["purple"],
                    label=self._number,
                ),
                Series(
                    self.tr("Went on to the next stage"),
                    [float(s.conversion) if s.conversion is not None else None for s in d.funnel],
                    PALETTE["purple"],
                    kind="hover",
                    label=self._rate,
                ),
            ],
            empty=self.tr("No deal created in the period"),
        )

    def _draw_channels(self, chart: Chart, d: Dashboard, hide: bool) -> None:
        # The dearest lead at the top: the channel to question first.
        channels = sorted(
            ((name, value) for name, value in d.current.cost_per_lead.items() if value is not None),
            key=lambda item: (-item[1], item[0]),
        )
        self._channel_names = [name for name, _ in channels]
        chart.setVisible(not hide)
        chart.show_data(
            self._channel_names,
            [
                Series(
                    self.tr("Cost per lead"),
                    [float(v) for _, v in channels],
                    PALETTE["green"],
                    label=self._money,
                )
            ],
            empty=self.tr("No lead in the period"),
        )

    def _draw_objectives(self, chart: Chart, d: Dashboard, _hide: bool) -> None:
        people = [o for o in d.current.objectives if o.salesperson is not None]
        self._objective_names = [o.salesperson or "" for o in people]
        chart.show_data(
            self._objective_names,
            [
                Series(
                    self.tr("Score"),
                    [float(o.result.score) for o in people],
                    PALETTE["blue"],
                    label=self._rate,
                )
            ],
            reference=(1.0, self.tr("Objective reached (100%)")),
            empty=self.tr("No objective in the period"),
        )

    def _draw_staffing(self, chart: Chart, d: Dashboard, _hide: bool) -> None:
        weeks, ending, freed = self._staffing_weeks(d)
        chart.show_data(
            weeks,
            [
                Series(self.tr("Missions ending"), ending, PALETTE["vermillion"], label=self._number),
                Series(self.tr("Consultants becoming free"), freed, PALETTE["green"], label=self._number),
            ],
        )

    def _staffing_weeks(self, d: Dashboard) -> tuple[list[str], list[float], list[float]]:
        weeks = staffing_weeks(d.ending, d.freed, self.today)
        names = [self.formatter.day(week.monday)[:5] for week in weeks]
        return names, [float(week.ending) for week in weeks], [float(week.freed) for week in weeks]

    # --- presenting -----------------------------------------------------------------------------

    def ask_png_path(self, name: str) -> Path | None:
        return file_dialogs.save_file_name(
            self, self.tr("Export the chart"), Path.home() / f"{name}.png", "PNG (*.png)", suffix="png"
        )

    def _export_menu(self) -> None:
        menu = QMenu(self)
        for key, chart in self.charts.items():
            if chart.isVisible() or not self.isVisible():
                menu.addAction(chart.title).triggered.connect(lambda _c=False, k=key: self.export_chart(k))
        menu.popup(self.export_button.mapToGlobal(self.export_button.rect().bottomLeft()))

    def export_chart(
        self, key: str, path: Path | None = None, size: tuple[int, int] = (1600, 900)
    ) -> Path | None:
        path = path or self.ask_png_path(key)
        if path is None:
            return None
        try:  # a file already there is replaced: the save dialog asked first
            return self.charts[key].export_png(path, *size, force=True)
        except (EsnError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export the chart"), str(error))
            return None

    def set_full_screen(self, on: bool) -> None:
        """The dashboard alone on the screen, for presenting; F11 or the button again comes back."""
        if on:
            parent = self.parentWidget()
            layout = parent.layout() if parent is not None else None
            self._place = (parent, layout.indexOf(self) if layout is not None else 0)
            self.setParent(None)
            self.setWindowFlag(Qt.WindowType.Window, True)
            self.showFullScreen()
        else:
            parent, _ = self._place
            self.setWindowFlag(Qt.WindowType.Window, False)
            layout = parent.layout() if parent is not None else None
            assert layout is not None  # full screen is only entered from the window's layout
            layout.addWidget(self)
            self.show()


def _first_and_last(name: str) -> str:
    """A person's name on two lines, whole: first name(s) above, last name below."""
    first, _, last = name.rpartition(" ")
    return f"{first}\n{last}" if first else name


def _two_lines(name: str) -> str:
    """A long category name on two lines, so that neighbours on the axis do not overlap."""
    if len(name) <= 14 or " " not in name:
        return name
    middle = len(name) // 2
    cut = min((i for i, ch in enumerate(name) if ch == " "), key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1 :]
