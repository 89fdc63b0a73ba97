"""A bar or line chart on pyqtgraph with what a director expects of one: a title, a legend, units
on the axes, the value under the mouse, category names on the x axis, one colour-blind-safe
palette for every chart, a click that reports its category, and export to PNG.

pyqtgraph is imported by this module only: the window opens without paying for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QImage, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QVBoxLayout, QWidget

from esn_desktop import bar_scale
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
    #: Bars that do not set the scale: one taller than the others' scale is cut, marked as cut,
    #: and labelled with its value (`short_label` when given), so it cannot flatten the rest.
    beyond_scale: bool = False
    short_label: Callable[[float], str] | None = None


class CategoryAxis(pg.AxisItem):
    """An axis showing category names (months, consultants, stages) at 0, 1, 2...: along the
    bottom, or down the left side for a chart of horizontal bars."""

    def __init__(
        self, names: Sequence[str] = (), orientation: str = "bottom", *, every_name: bool = False
    ) -> None:
        super().__init__(orientation=orientation)
        self.names = list(names)
        #: Every bar named, each name shortened with an ellipsis to its bar's room when they do
        #: not all fit (people: one bar in two unnamed left the director guessing whose it was).
        self.every_name = every_name
        #: The width a name's line may take, when names are shortened to fit; None when they fit.
        self.name_room: int | None = None
        self.setStyle(tickLength=0)  # a name under its bar needs no tick, which lands on the bar

    def tickValues(self, _low: float, _high: float, size: float) -> list[tuple[float, list[float]]]:
        """Every name when they fit (measured in the axis font), else one in n, or every name
        shortened to fit (`every_name`)."""
        self.name_room = None
        if not self.names:
            return []
        metrics = self._metrics()
        if self.orientation == "left":
            room = metrics.height() * max(name.count("\n") + 1 for name in self.names) + 2
        else:
            room = max(metrics.horizontalAdvance(line) for name in self.names for line in name.split("\n"))
            room += 4
        step = max(1, math.ceil(len(self.names) * room / max(size, 1)))
        if step > 1 and self.every_name and self.orientation == "bottom":
            self.name_room = max(int(size / len(self.names)) - 6, metrics.horizontalAdvance("M…"))
            step = 1
        return [(step, [float(i) for i in range(0, len(self.names), step)])]

    def tickStrings(self, values: Sequence[float], _scale: float, _spacing: float) -> list[str]:
        names = [self.names[int(v)] if 0 <= int(v) < len(self.names) else "" for v in values]
        room = self.name_room
        if room is None:
            return names
        metrics = self._metrics()
        return [
            "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in name.split("\n")
            )
            for name in names
        ]

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.style.get("tickFont") or self.font())


class ValueAxis(pg.AxisItem):
    """A y axis whose ticks read in the locale (1 234 567 €, 80 %), through the chart's own
    formatting, on multiples of `resolution` only: the smallest step the formatting shows (1 € for
    whole euros, 1 % for whole percents), so that no two ticks ever read the same ("1 €, 1 €")."""

    def __init__(
        self, label: Callable[[float], str], *, resolution: float = 1.0, orientation: str = "left"
    ) -> None:
        super().__init__(orientation=orientation)
        self.format_value = label  # not `label`: AxisItem has its own
        self.resolution = resolution

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        levels = []
        for spacing, values in super().tickValues(low, high, size):
            kept = [v for v in values if _is_multiple(v, self.resolution)]
            if kept:
                levels.append((max(spacing, self.resolution), kept))
        return levels

    def tickStrings(self, values: Sequence[float], _scale: float, _spacing: float) -> list[str]:
        return [self.format_value(round(v / self.resolution) * self.resolution) for v in values]


def _is_multiple(value: float, step: float) -> bool:
    return abs(value / step - round(value / step)) < 1e-6


class _PlotView(pg.PlotWidget):
    """The plot, leaving the mouse wheel to the page around it: the charts neither zoom nor pan,
    and a wheel that stopped over a chart left the director stuck in the dashboard."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Handed to the nearest scroll area explicitly: Qt passes an ignored wheel event on to
        # parents only when it came from the system, and the page must scroll either way.
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        QApplication.sendEvent(parent.viewport(), event.clone())
        event.accept()


class Chart(QWidget):
    #: The index of the category clicked.
    clicked = Signal(int)
    MINIMUM_HEIGHT = 230
    #: The height the dashboard gives each chart.
    HEIGHT = 300

    def __init__(
        self,
        title: str,
        value_label: Callable[[float], str],
        unit: str,
        *,
        resolution: float = 1.0,
        horizontal: bool = False,
        every_name: bool = False,
    ) -> None:
        super().__init__()
        #: Bars along the x axis, names down the left side, the first at the top: for long names
        #: (channels) that side by side would leave room for one in three.
        self.horizontal = horizontal
        names_side, values_side = ("left", "bottom") if horizontal else ("bottom", "left")
        self.axis = CategoryAxis(orientation=names_side, every_name=every_name)
        self.value_axis = ValueAxis(value_label, resolution=resolution, orientation=values_side)
        self.plot = _PlotView(axisItems={names_side: self.axis, values_side: self.value_axis})
        self.plot.getPlotItem().vb.invertY(horizontal)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel(values_side, unit)
        self.plot.showGrid(y=True, alpha=0.25)
        # The legend sits under the x axis, in a row of the plot's own layout: never on the bars,
        # and still in the exported PNG.
        self.legend = pg.LegendItem(labelTextColor="#333333", frame=False)
        # Scaled with the rest when exported, not left at screen size on a 1600-pixel PNG.
        self.legend.setFlag(self.legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.plot.getPlotItem().layout.addItem(self.legend, 4, 1)
        self.empty_text = pg.TextItem(color="#555555", anchor=(0.5, 0.5))
        self.empty_message = ""
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
        self,
        names: Sequence[str],
        series: Sequence[Series],
        *,
        reference: tuple[float, str] | None = None,
        empty: str = "",
    ) -> None:
        """Draws the categories `names` with one bar group or line per series; `reference` adds a
        dashed horizontal line (value, label), such as the 100% of objectives, named in the
        legend rather than on the bars. With nothing to draw, `empty` says so in the middle of the
        chart and the axes show no made-up scale."""
        self.names, self.series, self.reference = list(names), list(series), reference
        self.axis.names = self.names
        # Room for names on two lines.
        if not self.horizontal:
            self.axis.setHeight(48 if any("\n" in name for name in names) else None)
        self.plot.clear()
        self.legend.clear()
        drawn = [float(v) for s in series if s.kind != "hover" for v in s.values if v is not None]
        self.empty_message = "" if drawn else empty
        # No figures, no axes: ticks and a unit around nothing read as a scale of nothing.
        for axis in (self.axis, self.value_axis):
            axis.setStyle(showValues=bool(drawn))
            self.plot.getPlotItem().showAxis(axis.orientation, bool(drawn))
        if not drawn:
            self.empty_text.setText(empty)
            self.plot.addItem(self.empty_text)
            self.plot.setXRange(-1, 1, padding=0)
            self.plot.setYRange(-1, 1, padding=0)
            self.empty_text.setPos(0, 0)
            self._fit_legend()
            return
        top, bottom = self._scale(series, reference)
        bars = [s for s in series if s.kind == "bar"]
        width = 0.8 / max(len(bars), 1)
        for number, s in enumerate(bars):
            offset = -0.4 + width * (number + 0.5)
            for hatched in (False, True):
                xs = [
                    i + offset for i, v in enumerate(s.values) if v is not None and _dashed(s, i) == hatched
                ]
                heights = [
                    bar_scale.drawn_height(float(v), top) if self._cut(s) else float(v)
                    for i, v in enumerate(s.values)
                    if v is not None and _dashed(s, i) == hatched
                ]
                if not xs:
                    continue
                colour = QColor(s.colour)
                brush = pg.mkBrush(colour.lighter(150)) if hatched else pg.mkBrush(colour)
                if hatched:
                    brush.setStyle(Qt.BrushStyle.BDiagPattern)
                    brush.setColor(colour)
                item = (
                    pg.BarGraphItem(
                        x0=0, y=xs, width=heights, height=width * 0.9, brush=brush, pen=pg.mkPen(colour)
                    )
                    if self.horizontal
                    else pg.BarGraphItem(
                        x=xs, height=heights, width=width * 0.9, brush=brush, pen=pg.mkPen(colour)
                    )
                )
                self.plot.addItem(item)
                # One legend line a series: its solid bars, or its hatched ones when it has only those.
                if not hatched or all(_dashed(s, i) for i, v in enumerate(s.values) if v is not None):
                    self.legend.addItem(item, s.name)
            if self._cut(s):
                self._mark_cut_bars(s, offset, width * 0.9, top)
        for s in series:
            if s.kind != "line":
                continue
            xs = [float(i) for i, v in enumerate(s.values) if v is not None]
            ys = [float(v) for v in s.values if v is not None]
            pen = pg.mkPen(s.colour, width=2.5)
            if self.horizontal:
                xs, ys = ys, xs
            self.legend.addItem(
                self.plot.plot(
                    xs, ys, pen=pen, symbol="o", symbolBrush=s.colour, symbolPen=s.colour, symbolSize=7
                ),
                s.name,
            )
        if reference is not None:
            value, text = reference
            pen = pg.mkPen(PALETTE["vermillion"], width=1.5, style=Qt.PenStyle.DashLine)
            self.plot.addItem(pg.InfiniteLine(pos=value, angle=90 if self.horizontal else 0, pen=pen))
            # Named in the legend: a label on the line itself lands on the bars.
            self.legend.addItem(pg.PlotDataItem(pen=pen), text)
        categories = (-0.6, max(len(names), 1) - 0.4)
        if self.horizontal:
            self.plot.setYRange(*categories, padding=0)
            self.plot.setXRange(bottom, top, padding=0)
        else:
            self.plot.setXRange(*categories, padding=0)
            self.plot.setYRange(bottom, top, padding=0)
        self._fit_legend()

    def _scale(self, series: Sequence[Series], reference: tuple[float, str] | None) -> tuple[float, float]:
        """The y range (bar_scale): the series beyond the scale do not set it."""
        drawn = [s for s in series if s.kind != "hover"]
        return bar_scale.scale(
            (float(v) for s in drawn if not self._cut(s) for v in s.values if v is not None),
            (float(v) for s in drawn if self._cut(s) for v in s.values if v is not None),
            reference[0] if reference else 0.0,
        )

    def _cut(self, s: Series) -> bool:
        """Whether the series' bars are cut at the scale: on vertical bars only, the horizontal
        charts holding like figures (rates, costs) that never dwarf one another."""
        return s.beyond_scale and not self.horizontal

    def _mark_cut_bars(self, s: Series, offset: float, width: float, top: float) -> None:
        """A bar taller than the chart is cut: the usual broken-bar mark (a white gap between two
        dark slashes) across it, and its value above."""
        label = s.short_label or s.label
        gap: list[float] = []
        slashes: list[float] = []
        ys_gap: list[float] = []
        ys_slashes: list[float] = []
        for i, v in enumerate(s.values):
            if v is None or not bar_scale.is_cut(float(v), top):
                continue
            x, y, rise = i + offset, top * 0.78, top * 0.025
            gap += [x - width * 0.8, x + width * 0.8]
            ys_gap += [y - rise, y + rise]
            for edge in (-0.018, 0.018):
                slashes += [x - width * 0.8, x + width * 0.8]
                ys_slashes += [y - rise + top * edge, y + rise + top * edge]
            text = pg.TextItem(label(float(v)), color="#333333", anchor=(0.5, 1))
            text.setPos(x, bar_scale.drawn_height(float(v), top))
            self.plot.addItem(text)
        if gap:  # two light curve items for every mark: a plot() per slash cost 10 ms each
            for xs, ys, pen in (
                (gap, ys_gap, pg.mkPen("w", width=7)),
                (slashes, ys_slashes, pg.mkPen("#333333", width=1.2)),
            ):
                self.plot.addItem(pg.PlotCurveItem(xs, ys, pen=pen, connect="pairs"))

    def _fit_legend(self) -> None:
        """As many legend entries on a line as the chart's width holds, and the row only as tall
        as they need."""
        count = len(self.legend.items)
        room = max(self.plot.width() - 80, 100)
        columns = max(count, 1)
        self.legend.setColumnCount(columns)
        self.legend.updateSize()
        while columns > 1 and self.legend.width() > room:
            columns -= 1
            self.legend.setColumnCount(columns)
            self.legend.updateSize()
        self.plot.getPlotItem().layout.setRowFixedHeight(4, self.legend.height() if count else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()

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
        point = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        x = point.y() if self.horizontal else point.x()
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
