"""The dashboard: the period's KPIs against the previous period, and the charts behind them.

Three widgets, one job each: the period picker says what the dashboard is about, the KPI tiles
show the figures, the charts draw them. The tab reads the figures in the background (the previous
ones stay on screen meanwhile) and hands them to both; it writes nothing. The figures come from the
dashboard service, the one computation behind `kpi`. Charts (pyqtgraph) load with this tab, never
with the window.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from esn_desktop.domain.calendar import Period
from esn_desktop.formatting import Formatter
from esn_desktop.services.account_list import filter_choices
from esn_desktop.services.dashboard import Dashboard, dashboard
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.charts.dashboard_charts import DashboardCharts
from esn_desktop.ui.dialogs.rates_dialog import RatesDialog
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.widgets.kpi_tiles import KpiTiles
from esn_desktop.ui.widgets.period_picker import PeriodPicker

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace


class DashboardTab(QWidget):
    #: A chart's bar was clicked: the `charts.drill_down.DrillDown` to the list behind it.
    drill = Signal(object)
    #: New figures are on screen, every chart drawn.
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
        self.data: Dashboard | None = None
        self.task: BackgroundTask | None = None
        self._asked = 0

        self.picker = PeriodPicker(formatter, today or date.today(), workspace_settings(workspace).calendar)
        self.status = QLabel()
        self.export_button = QPushButton(self.tr("Export a chart…"))
        self.full_screen_button = QPushButton(self.tr("Full screen"))
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.setShortcut("F11")
        self.kpis = KpiTiles(formatter)
        self.board = DashboardCharts(formatter)

        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.full_screen_button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.kpis)
        body_layout.addWidget(self.board)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll)

        self._connect_signals(events)
        self.picker.set_salespeople(filter_choices(workspace).owners)
        self.picker.fill_periods()  # the period chosen: the first figures are asked for

    def _connect_signals(self, events: DataEvents) -> None:
        self.picker.changed.connect(self.reload)
        self.export_button.clicked.connect(lambda: self.board.export_menu(self.export_button))
        self.full_screen_button.toggled.connect(self.set_full_screen)
        self.board.all_rates_asked.connect(self.show_all_rates)
        self.board.drill.connect(self.drill)
        self.board.drawn.connect(self._on_drawn)
        self.meeting.changed.connect(lambda _on: self._show())
        events.data_changed.connect(self._on_data_changed)

    @property
    def today(self) -> date:
        return self.picker.today

    @today.setter
    def today(self, value: date) -> None:
        """A new today: the periods offered change with it (see `PeriodPicker.fill_periods`)."""
        self.picker.today = value

    def period(self) -> Period | None:
        return self.picker.period()

    @property
    def ready(self) -> bool:
        """Every chart made and the latest figures on screen."""
        return self.data is not None and self.task is None and self.board.ready

    # --- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the figures in the background; the ones on screen stay until the new ones come."""
        period = self.picker.period()
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
            self.picker.chosen_salesperson(),
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
        self.status.setText("")
        self._show()
        self._on_drawn()

    def _on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.NAMES}:
            self.picker.set_salespeople(filter_choices(self.workspace).owners)
        if topics & {Topic.SETTINGS}:  # the holiday region decides the opening month
            self.picker.calendar = workspace_settings(self.workspace).calendar
        self.reload()

    # --- showing --------------------------------------------------------------------------------

    def _show(self) -> None:
        if self.data is None:
            return
        hide = self.meeting.on
        self.kpis.show_figures(self.data.current, self.data.previous, hide, self.data.today)
        self.board.show_figures(self.data, hide)

    def _on_drawn(self) -> None:
        if self.ready:
            self.loaded.emit()

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
