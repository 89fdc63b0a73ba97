"""The dashboard's KPI tiles, six a row: each figure of the period, and how it moved against the
previous period by the one rule of `domain.comparison` (a share of the previous value, a rate's
change in points)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from PySide6.QtWidgets import QGridLayout, QWidget

from esn_desktop.domain.comparison import Measure, compare
from esn_desktop.domain.kpis import KpiReport
from esn_desktop.formatting import Formatter
from esn_desktop.ui.widgets.kpi_tile import KpiTile

COLUMNS = 6


class Unit(Enum):
    """How a tile's figure reads."""

    MONEY = "money"
    RATE = "rate"
    DAYS = "days"


@dataclass(frozen=True)
class Tile:
    key: str
    title: str
    value: Callable[[KpiReport], Decimal | int | None]
    unit: Unit
    higher_is_better: bool | None
    #: A cost, CJM or margin figure: hidden in meeting mode.
    confidential: bool = False

    @property
    def measure(self) -> Measure:
        """A rate moves in points, any other figure by a share of what it was."""
        return Measure.RATE if self.unit is Unit.RATE else Measure.AMOUNT


class KpiTiles(QWidget):
    def __init__(self, formatter: Formatter) -> None:
        super().__init__()
        self.formatter = formatter
        self.tiles = {t.key: KpiTile(t.title) for t in self.kpis()}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._lay_out(hide=False)

    def kpis(self) -> list[Tile]:
        money, rate, days = Unit.MONEY, Unit.RATE, Unit.DAYS
        return [
            Tile("revenue", self.tr("Revenue"), lambda r: r.revenue, money, True),
            Tile("margin", self.tr("Margin"), lambda r: r.margin, money, True, True),
            Tile("margin_rate", self.tr("Margin rate"), lambda r: r.margin_rate, rate, True, True),
            Tile("tjm", self.tr("Average daily rate (TJM)"), lambda r: r.tjm, money, True),
            Tile("cjm", self.tr("Average daily cost (CJM)"), lambda r: r.cjm, money, False, True),
            Tile("utilization", self.tr("Utilization"), lambda r: r.utilization, rate, True),
            Tile("bench", self.tr("Bench days"), lambda r: r.bench_days, days, False),
            Tile("pipeline", self.tr("Weighted pipeline"), lambda r: r.pipeline_weighted, money, True),
            Tile("win_rate", self.tr("Win rate"), lambda r: r.win_rate, rate, True),
            Tile("no_show", self.tr("No-show rate"), lambda r: r.no_show_rate, rate, False),
            Tile("top_client", self.tr("Top client's share"), lambda r: r.top_client_share, rate, False),
            Tile(
                "team", self.tr("Team reaching its objectives"), lambda r: r.team_reaching_share, rate, True
            ),
        ]

    def show_figures(self, current: KpiReport, previous: KpiReport, hide: bool) -> None:
        """The period's figures against the previous period's; costs and margins left out when
        `hide` (meeting mode)."""
        self._lay_out(hide)
        for tile in self.kpis():
            widget = self.tiles[tile.key]
            widget.setVisible(not (hide and tile.confidential))
            widget.show_value(*self._texts(tile, tile.value(current), tile.value(previous)))

    def _lay_out(self, hide: bool) -> None:
        """Six tiles a row, the hidden ones (meeting mode) leaving no hole."""
        for widget in self.tiles.values():
            self.grid.removeWidget(widget)
        shown = [t for t in self.kpis() if not (hide and t.confidential)]
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
        return f.number(value, decimals=0)

    def _texts(
        self, tile: Tile, now: Decimal | int | None, before: Decimal | int | None
    ) -> tuple[str, str, int, bool | None]:
        """The figure, its change against the previous period, the change's direction, and
        whether up is good news."""
        text = self._format(tile.unit, now)
        comparison = compare(now, before, tile.measure)
        if comparison is None:
            return text, self.tr("no comparison"), 0, tile.higher_is_better
        if comparison.new:
            change = self.tr("new this period")
        else:
            change = self.tr("%1 vs previous period").replace("%1", self.formatter.change(comparison))
        return text, change, comparison.direction, tile.higher_is_better
