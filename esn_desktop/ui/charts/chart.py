"""A bar or line chart on pyqtgraph with what a director expects of one: a title, a legend, units
on the axes, the value under the mouse, category names on the x axis, one colour-blind-safe
palette for every chart, a click that reports its category, and export to PNG.

pyqtgraph is imported by this module only: the window opens without paying for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPainter
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from esn_desktop.domain.errors import EsnError
from esn_desktop.palette import PALETTE
from esn_desktop.private_files import private_output

# A figure keeps its colour in every chart (revenue is always blue, margin always orange...).
pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    colour: str
    #: "bar", "line", or "hover": not drawn, shown under the mouse (a conversion rate, say)
    kind: str = "bar"
    #: Bars drawn hatched and lighter: forecast rather than actual.
    dashed: Sequence[bool] = ()
    #: How the hover shows a value.
    label: Callable[[float], str] = str


class CategoryAxis(pg.AxisItem):
    """An x axis showing category names (months, consultants, stages) at 0, 1, 2..."""

    def __init__(self, names: Sequence[str] = ()) -> None:
        super().__init__(orientation="bottom")
        self.names = list(names)

    def tickValues(self, _low: float, _high: float, size: float) -> list[tuple[float, list[float]]]:
        step = max(1, round(len(self.names) * 70 / max(size, 1) + 0.5)) if self.names else 1
        return [(step, [float(i) for i in range(0, len(self.names), step)])]

    def tickStrings(self, values: Sequence[float], _scale: float, _spacing: float) -> list[str]:
        return [self.names[int(v)] if 0 <= int(v) < len(self.names) else "" for v in values]


class ValueAxis(pg.AxisItem):
    """A y axis whose ticks read in the locale (1 234 567 €, 80 %); counts tick on whole numbers."""

    def __init__(self, label: Callable[[float], str], *, counts: bool = False) -> None:
        super().__init__(orientation="left")
        self.format_value = label  # not `label`: AxisItem has its own
        self.counts = counts

    def tickStrings(self, values: Sequence[float], _scale: float, _spacing: float) -> list[str]:
        return ["" if self.counts and abs(v - round(v)) > 1e-9 else self.format_value(v) for v in values]


class Chart(QWidget):
    #: The index of the category clicked.
    clicked = Signal(int)
    MINIMUM_HEIGHT = 230
    #: The height the dashboard gives each chart.
    HEIGHT = 300

    def __init__(
        self, title: str, value_label: Callable[[float], str], unit: str, *, counts: bool = False
    ) -> None:
        super().__init__()
        self.axis = CategoryAxis()
        self.plot = pg.PlotWidget(
            axisItems={"bottom": self.axis, "left": ValueAxis(value_label, counts=counts)}
        )
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("left", unit)
        self.plot.showGrid(y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor="#333333")
        self.set_title(title)
        self.series: list[Series] = []
        self.names: list[str] = []
        self.reference: tuple[float, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setMinimumHeight(self.MINIMUM_HEIGHT)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._click)

    def set_title(self, title: str) -> None:
        self.title = title
        self.plot.setTitle(title, size="11pt", color="#222222")

    def show_data(
        self, names: Sequence[str], series: Sequence[Series], *, reference: tuple[float, str] | None = None
    ) -> None:
        """Draws the categories `names` with one bar group or line per series; `reference` adds a
        dashed horizontal line (value, label), such as the 100% of objectives."""
        self.names, self.series, self.reference = list(names), list(series), reference
        self.axis.names = self.names
        # Room for names on two lines.
        self.axis.setHeight(48 if any("\n" in name for name in names) else None)
        self.plot.clear()
        self.legend.clear()
        bars = [s for s in series if s.kind == "bar"]
        width = 0.8 / max(len(bars), 1)
        for number, s in enumerate(bars):
            offset = -0.4 + width * (number + 0.5)
            for hatched in (False, True):
                xs = [
                    i + offset for i, v in enumerate(s.values) if v is not None and _dashed(s, i) == hatched
                ]
                heights = [v for i, v in enumerate(s.values) if v is not None and _dashed(s, i) == hatched]
                if not xs:
                    continue
                colour = QColor(s.colour)
                brush = pg.mkBrush(colour.lighter(150)) if hatched else pg.mkBrush(colour)
                if hatched:
                    brush.setStyle(Qt.BrushStyle.BDiagPattern)
                    brush.setColor(colour)
                item = pg.BarGraphItem(
                    x=xs, height=heights, width=width * 0.9, brush=brush, pen=pg.mkPen(colour)
                )
                self.plot.addItem(item)
                # One legend line a series: its solid bars, or its hatched ones when it has only those.
                if not hatched or all(_dashed(s, i) for i, v in enumerate(s.values) if v is not None):
                    self.legend.addItem(item, s.name)
        for s in series:
            if s.kind != "line":
                continue
            xs = [float(i) for i, v in enumerate(s.values) if v is not None]
            ys = [float(v) for v in s.values if v is not None]
            pen = pg.mkPen(s.colour, width=2.5)
            self.legend.addItem(
                self.plot.plot(
                    xs, ys, pen=pen, symbol="o", symbolBrush=s.colour, symbolPen=s.colour, symbolSize=7
                ),
                s.name,
            )
        if reference is not None:
            value, text = reference
            line = pg.InfiniteLine(
                pos=value, angle=0, pen=pg.mkPen(PALETTE["vermillion"], width=1.5, style=Qt.PenStyle.DashLine)
            )
            line.label = pg.InfLineLabel(
                line, text, position=0.97, anchor=(1, 1), color=PALETTE["vermillion"]
            )
            self.plot.addItem(line)
        self.plot.setXRange(-0.6, max(len(names), 1) - 0.4, padding=0)
        # From zero, always: a bar chart cut at 90% makes 91% look like twice 90.5%.
        values = [float(v) for s in series if s.kind != "hover" for v in s.values if v is not None]
        top = max([*values, reference[0] if reference else 0.0, 0.0])
        bottom = min([*values, 0.0])
        self.plot.setYRange(bottom, top * 1.12 if top > 0 else 1.0, padding=0)

    def values_at(self, index: int) -> list[tuple[str, str]]:
        """What the hover shows for category `index`: (series, value as text)."""
        return [
            (s.name, s.label(float(value)))
            for s in self.series
            if index < len(s.values) and (value := s.values[index]) is not None
        ]

    def _index_at(self, scene_pos: QPointF) -> int | None:
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.plot.getPlotItem().vb.mapSceneToView(scene_pos).x()
        index = round(x)
        return index if 0 <= index < len(self.names) and abs(x - index) <= 0.45 else None

    def _hover(self, scene_pos: QPointF) -> None:
        index = self._index_at(scene_pos)
        if index is None:
            QToolTip.hideText()
            return
        lines = [f"<b>{self.names[index]}</b>"] + [
            f"{name}: {value}" for name, value in self.values_at(index)
        ]
        QToolTip.showText(QCursor.pos(), "<br>".join(lines), self)

    def _click(self, event: Any) -> None:
        index = self._index_at(event.scenePos())
        if index is not None:
            self.clicked.emit(index)

    def export_png(self, path: Path, width: int = 1600, height: int = 900, *, force: bool = False) -> Path:
        """The chart as a PNG of exactly `width` x `height` pixels, on white, in a private file;
        `force` replaces an existing one."""
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["background"] = QColor("white")
        # The exporter keeps the chart's proportions: render at the asked height (or width),
        # then centre the picture on a white page of the asked size.
        scale = min(width / max(self.plot.width(), 1), height / max(self.plot.height(), 1))
        exporter.parameters()["width"] = max(1, int(self.plot.width() * scale))
        picture = exporter.export(toBytes=True)
        page = QImage(width, height, QImage.Format.Format_RGB32)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage((width - picture.width()) // 2, (height - picture.height()) // 2, picture)
        painter.end()
        with private_output(path, force=force) as partial:
            # PySide6 stubs declare the format as bytes; the binding refuses bytes and takes str.
            if not page.save(str(partial), "PNG"):  # type: ignore[call-overload]
                raise EsnError(f"cannot write {path.name}")
        return path


def _dashed(series: Series, index: int) -> bool:
    return bool(series.dashed) and index < len(series.dashed) and series.dashed[index]
