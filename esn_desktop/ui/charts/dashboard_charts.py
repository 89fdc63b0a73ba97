"""The dashboard's charts, two a row: made one per turn of the event loop, drawn one per turn, each
click on a bar told as a drill-down, each chart exported to a PNG on request.

What each chart draws is `ChartDrawings`'s; this widget only places the charts and keeps the window
answering while they come (a chart costs 20 ms to make, eight drawn at once held the window for a
third of a second).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.services.dashboard import Dashboard
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.charts.chart import Chart
from esn_desktop.ui.charts.chart_drawings import (
    CONFIDENTIAL_CHARTS,
    DRILLS,
    RATE_BARS,
    ChartDrawings,
    ChartKey,
)
from esn_desktop.ui.charts.drill_down import DrillDown


class DashboardCharts(QWidget):
    #: A bar was clicked: the `DrillDown` to the list behind it.
    drill = Signal(object)
    #: Every chart is made and shows the latest figures.
    drawn = Signal()
    #: "See all" under the rates chart: every consultant's rate is asked for.
    all_rates_asked = Signal()

    def __init__(self, formatter: Formatter) -> None:
        super().__init__()
        self.formatter = formatter
        self.drawings = ChartDrawings(formatter, self)
        self._specs = self.drawings.specs()
        self.charts: dict[ChartKey, Chart] = {}
        self.hosts: dict[ChartKey, QWidget] = {}
        #: What each drawn chart's bars stand for, for its drill-down.
        self._keys: dict[ChartKey, list[str]] = {}
        #: Charts whose new figures are still to be drawn.
        self._to_draw: list[ChartKey] = []
        self._data: Dashboard | None = None
        self._hide = False
        self.all_rates_button = QPushButton()
        self.all_rates_button.setVisible(False)

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for key in self._specs:
            host = QWidget()
            host.setFixedHeight(Chart.HEIGHT)  # adding a chart later moves nothing around it
            host_layout = QVBoxLayout(host)
            host_layout.setContentsMargins(0, 0, 0, 0)
            self.hosts[key] = host
            if key is ChartKey.RATES:  # under its chart: the consultants the chart leaves out
                host_layout.addWidget(self.all_rates_button, 0, Qt.AlignmentFlag.AlignRight)
        self._lay_out()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.all_rates_button.clicked.connect(self.all_rates_asked)
        QTimer.singleShot(0, self, self._build_next_chart)

    @property
    def ready(self) -> bool:
        """Every chart made, and the figures last given drawn on each."""
        return len(self.charts) == len(self._specs) and self._data is not None and not self._to_draw

    def show_figures(self, data: Dashboard, hide: bool) -> None:
        """Shows `data` (costs and margins left out when `hide`): the layout at once, the charts
        redrawn one per turn of the event loop."""
        self._data, self._hide = data, hide
        self._lay_out()
        if not self._to_draw:
            QTimer.singleShot(0, self, self._draw_next)
        self._to_draw = list(self.charts)

    def _lay_out(self) -> None:
        """Two charts a row, a hidden one (cost per lead in meeting mode) leaving no hole: a blank
        square in front of a client asks what was taken away."""
        for host in self.hosts.values():
            self.grid.removeWidget(host)
        shown = [k for k in self._specs if not (self._hide and k in CONFIDENTIAL_CHARTS)]
        for key, host in self.hosts.items():
            host.setVisible(key in shown)
        for index, key in enumerate(shown):
            self.grid.addWidget(self.hosts[key], index // 2, index % 2)

    def _build_next_chart(self) -> None:
        """Makes one chart per turn of the event loop: the tab answers while they come, and each
        shows the figures as soon as it exists."""
        key = next(k for k in self._specs if k not in self.charts)
        spec = self._specs[key]
        # Ticks on the step the axis text shows: whole percents, whole euros, whole days or people.
        # Channel names are long and many: they read down the side, one a line.
        chart = Chart(
            spec.title,
            spec.value_label,
            spec.unit,
            resolution=0.01 if spec.unit == "%" else 1.0,
            horizontal=key is ChartKey.CHANNELS,
            # A bar a person: each named, if shortened (the trial saw 4 names under 8 bars).
            every_name=key is ChartKey.RATES,
        )
        host = self.hosts[key].layout()
        assert isinstance(host, QVBoxLayout)  # each host is given its layout when made
        host.insertWidget(0, chart)
        self.charts[key] = chart
        if key in DRILLS:
            chart.clicked.connect(lambda index, k=key: self._drill(k, index))
        if self._data is not None and key not in self._to_draw:
            # Drawn on a turn of its own: making a chart and drawing it in one turn held the
            # window for twice as long.
            if not self._to_draw:
                QTimer.singleShot(0, self, self._draw_next)
            self._to_draw.append(key)
        if len(self.charts) < len(self._specs):
            QTimer.singleShot(0, self, self._build_next_chart)
        elif self.ready:
            self.drawn.emit()

    def _draw_next(self) -> None:
        if not self._to_draw or self._data is None:
            return
        self._draw(self._to_draw.pop(0), self._data)
        if self._to_draw:
            QTimer.singleShot(0, self, self._draw_next)
        elif self.ready:
            self.drawn.emit()

    def _draw(self, key: ChartKey, data: Dashboard) -> None:
        if key is ChartKey.RATES:  # before the chart is drawn: the button takes from its height
            count = len(data.rates)
            self.all_rates_button.setText(
                self.tr("See all %1 consultants…").replace("%1", self.formatter.number(count, decimals=0))
            )
            self.all_rates_button.setVisible(count > RATE_BARS)
        self._keys[key] = self.drawings.draw(key, self.charts[key], data, self._hide)

    def bars(self, key: ChartKey) -> list[str]:
        """What each bar of the chart last drawn stands for: a month's first day, a consultant's
        or a channel's name, a stage's code."""
        return list(self._keys.get(key, []))

    def _drill(self, key: ChartKey, index: int) -> None:
        keys = self._keys.get(key, [])
        if 0 <= index < len(keys):
            self.drill.emit(DrillDown(DRILLS[key], keys[index]))

    # --- exporting ------------------------------------------------------------------------------

    def export_menu(self, under: QWidget) -> QMenu:
        """The charts on screen, one to choose to export, in a menu popped up under `under`."""
        menu = QMenu(self)
        for key, chart in self.charts.items():
            if chart.isVisible() or not self.isVisible():
                menu.addAction(chart.title).triggered.connect(lambda _c=False, k=key: self.export_chart(k))
        menu.popup(under.mapToGlobal(under.rect().bottomLeft()))
        return menu

    def ask_png_path(self, name: str) -> Path | None:
        return file_dialogs.export_file_name(
            self, self.tr("Export the chart"), Path.home() / f"{name}.png", "PNG (*.png)", suffix="png"
        )

    def export_chart(
        self, key: ChartKey, path: Path | None = None, size: tuple[int, int] = (1600, 900)
    ) -> Path | None:
        path = path or self.ask_png_path(str(key))
        if path is None:
            return None
        try:  # a file already there is replaced: the save dialog asked first
            return self.charts[key].export_png(path, *size, force=True)
        except (EsnError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export the chart"), str(error))
            return None
