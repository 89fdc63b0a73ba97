"""Bar charts drawn as vector graphics inside the PDF, in the palette of the screens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from textwrap import fill

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from esn_desktop import bar_scale
from esn_desktop.reports.document import INK, MUTED, WIDTH
from esn_desktop.reports.fonts import BOLD, register_fonts

#: Characters on a line of a category's name.
LABEL_WIDTH = 14


@dataclass(frozen=True, slots=True)
class Bars:
    name: str
    values: Sequence[Decimal | int]
    colour: str
    #: Bars that do not set the scale (bar_scale): one taller than the others' is cut and
    #: labelled with its value, as on the screens.
    beyond_scale: bool = False


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Bars],
    value_text: Callable[[float], str],
    *,
    height: float = 170,
    hatched: Sequence[int] = (),
    cut_text: Callable[[float], str] | None = None,
) -> Drawing:
    """Bars side by side per category, from zero, with a legend; `hatched` categories (a
    forecast) are drawn lighter; a series beyond the scale has its bars taller than the scale
    cut and labelled with their value (`cut_text`, else `value_text`)."""
    font = register_fonts()
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName = font  # else rendering starts by setting Helvetica, never embedded
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=9.5, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y = 52, 30
    chart.width, chart.height = WIDTH - 62, height - 66
    top, _bottom = bar_scale.scale(
        (float(v) for s in series if not s.beyond_scale for v in s.values),
        (float(v) for s in series if s.beyond_scale for v in s.values),
    )
    chart.data = [
        [bar_scale.drawn_height(float(v), top) if s.beyond_scale else float(v) for v in s.values]
        for s in series
    ]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [
            (cut_text or value_text)(float(v)) if s.beyond_scale and bar_scale.is_cut(float(v), top) else ""
            for v in s.values
        ]
        for s in series
    ]
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 5
    # Long names go on two or three lines rather than run into their neighbours.
    chart.categoryAxis.categoryNames = [fill(name, LABEL_WIDTH) for name in categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = MUTED
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = value_text
    chart.valueAxis.forceZero = True
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E4E4")
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index, bars in enumerate(series):
        chart.bars[index].fillColor = colors.HexColor(bars.colour)
        chart.bars[index].strokeColor = None
        for category in hatched:
            chart.bars[(index, category)].fillColor = colors.HexColor(bars.colour).clone(alpha=0.45)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 52, height - 24
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = font
    legend.fontSize = 7.5
    legend.deltax = 90
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(colors.HexColor(s.colour), s.name) for s in series]
    drawing.add(legend)
    return drawing
