"""The dashboard's KPI tiles, six a row: each figure of the period, and how it moved against the
previous period by the one rule of `domain.comparison` (a share of the previous value, a rate's
change in points)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QWidget

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.comparison import compare
from esn_desktop.domain.kpi_figures import FIGURES, Figure, Unit
from esn_desktop.domain.kpis import KpiReport
from esn_desktop.formatting import Formatter
from esn_desktop.ui.widgets.kpi_tile import KpiTile

COLUMNS = 6


@dataclass(frozen=True)
class Tile:
    key: str
    title: str
    #: What the figure is (how it reads and moves, whether it is internal): `domain.kpi_figures`.
    figure: Figure


class KpiTiles(QWidget):
    def __init__(self, formatter: Formatter) -> None:
        super().__init__()
        self.formatter = formatter
        self.tiles = {t.key: KpiTile(t.title) for t in self.kpis()}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._lay_out(hide=False)

    def kpis(self) -> list[Tile]:
        f = FIGURES
        return [
            Tile("revenue", self.tr("Revenue"), f["revenue"]),
            Tile("margin", self.tr("Margin"), f["margin"]),
            Tile("margin_rate", self.tr("Margin rate"), f["margin_rate"]),
            Tile("tjm", self.tr("Average daily rate (TJM)"), f["tjm"]),
            Tile("cjm", self.tr("Average daily cost (CJM)"), f["cjm"]),
            Tile("utilization", self.tr("Utilization"), f["utilization"]),
            Tile("bench", self.tr("Bench days"), f["bench_days"]),
            Tile("pipeline", self.tr("Weighted pipeline"), f["pipeline_weighted"]),
            Tile("win_rate", self.tr("Win rate"), f["win_rate"]),
            Tile("no_show", self.tr("No-show rate"), f["no_show_rate"]),
            Tile("top_client", self.tr("Top client's share"), f["top_client_share"]),
            Tile("team", self.tr("Team reaching its objectives"), f["team_reaching_share"]),
        ]

    def show_figures(self, current: KpiReport, previous: KpiReport, hide: bool, today: date) -> None:
        """The period's figures against the previous period's; costs and margins left out when
        `hide` (meeting mode). A figure measured on a day says which (« au 30/11 »)."""
        self._lay_out(hide)
        for tile in self.kpis():
            widget = self.tiles[tile.key]
            widget.setVisible(not (hide and tile.figure.internal))
            widget.title.setText(self.title(tile, current.period, today))
            widget.show_value(*self._texts(tile.figure, tile.figure.of(current), tile.figure.of(previous)))

    def title(self, tile: Tile, period: Period, today: date) -> str:
        """The tile's name, with the day it is measured on when it is measured on one: the open
        pipeline at the month's end is not the board's of today."""
        day = tile.figure.measured_on(period, today)
        if day is None:
            return tile.title
        return self.tr("%1 at %2").replace("%1", tile.title).replace("%2", self.formatter.short_day(day))

    def _lay_out(self, hide: bool) -> None:
        """Six tiles a row, the hidden ones (meeting mode) leaving no hole."""
        for widget in self.tiles.values():
            self.grid.removeWidget(widget)
        shown = [t for t in self.kpis() if not (hide and t.figure.internal)]
        for index, tile in enumerate(shown):
            self.grid.addWidget(self.tiles[tile.key], index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)

    def _format(self, unit: Unit, value: Decimal | int | None) -> str:
        f = self.formatter
        if unit is Unit.MONEY:
            return f.money(Decimal(value) if value is not None else None, cents=False)
        if unit is Unit.RATE:
            return f.rate(Decimal(value) if value is not None else None, decimals=1)
        if unit is Unit.DAYS:
            return f.days(value)
        return f.number(value, decimals=0)

    def _texts(
        self, figure: Figure, now: Decimal | int | None, before: Decimal | int | None
    ) -> tuple[str, str, int, bool | None]:
        """The figure, its change against the previous period, the change's direction, and
        whether up is good news."""
        text = self._format(figure.unit, now)
        comparison = compare(now, before, figure.measure)
        if comparison is None:
            return text, self.tr("no comparison"), 0, figure.rising_is_good
        if comparison.new:
            change = self.tr("new this period")
        else:
            change = self.tr("%1 vs previous period").replace("%1", self.formatter.change(comparison))
        return text, change, comparison.direction, figure.rising_is_good
