"""The scale of a bar chart some of whose bars must not set it, on the screens and in the PDFs.

A weighted pipeline expected in one month can be fifteen times a month's revenue: drawn to
scale, it flattens every revenue bar. Such bars are drawn cut at the scale the others set, marked
as cut and labelled with their value. Plain arithmetic: the screens' charts (pyqtgraph) and the
PDFs' (ReportLab) draw from it alike.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Where a bar beyond the scale is cut, as a share of the chart's top.
CUT_HEIGHT = 0.87
#: Room above the tallest bar that sets the scale, as a share of it.
HEADROOM = 1.15


def scale(setting: Iterable[float], beyond: Iterable[float], reference: float = 0.0) -> tuple[float, float]:
    """The value axis, (top, bottom): from zero (a bar chart cut at 90% makes 91% look like twice
    90.5%), up to the tallest value that sets the scale (or the reference line), with room above.
    When no value sets the scale, those beyond it do."""
    values = list(setting) or list(beyond)
    top = max([*values, reference, 0.0])
    return (top * HEADROOM if top > 0 else 1.0), min([*values, 0.0])


def drawn_height(value: float, top: float) -> float:
    """The height a bar beyond the scale is drawn to: its own, or cut below the chart's top."""
    return min(value, top * CUT_HEIGHT)


def is_cut(value: float, top: float) -> bool:
    return value > top * CUT_HEIGHT
