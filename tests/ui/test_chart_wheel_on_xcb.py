"""The mouse wheel over a chart, as a person turns it: a real X wheel click (xdotool) on the xcb
platform under Xvfb. Qt hands such a system event to the page by itself when the chart ignores
it; the chart also forwards it for synthetic events, so the page must move by one notch exactly,
as over any other widget, not two."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PAGE = """
import subprocess, sys
from PySide6.QtCore import QPoint, QPointF, QThread
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget
from esn_desktop.ui.charts.chart import Chart, Series

app = QApplication(sys.argv)
page = QWidget()
column = QVBoxLayout(page)
label = QLabel("text")
label.setFixedHeight(200)
column.addWidget(label)
charts = [Chart(f"Chart {n}", str, "€") for n in range(4)]
for chart in charts:
    chart.setFixedHeight(300)
    chart.show_data(["A", "B"], [Series("Revenue", [1.0, 2.0], "#0072B2")])
    column.addWidget(chart)
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(page)
scroll.setGeometry(0, 0, 600, 700)
scroll.show()
def settle(rounds=20):
    for _ in range(rounds):
        app.processEvents()
        QThread.msleep(20)
settle(40)
bar = scroll.verticalScrollBar()
def notch_over(widget, point=None):
    # From the top, one notch down over the widget (its centre, or the point): how far it went.
    bar.setValue(0)
    settle()
    point = point or QPoint(widget.width() // 2, widget.height() // 2)
    centre = widget.mapToGlobal(point)
    subprocess.run(["xdotool", "mousemove", str(centre.x()), str(centre.y())], check=True)
    settle()
    subprocess.run(["xdotool", "click", "5"], check=True)
    settle()
    return bar.value()
plot = charts[0].plot
# The value axis: pyqtgraph's axes take the wheel for themselves (seen: the page stopped there).
# (Its bounding rect spans the grid lines across the plot: the middle of its own width it is.)
left = plot.getPlotItem().getAxis("left")
axis = plot.mapFromScene(left.mapToScene(QPointF(left.width() / 2, left.height() / 2)))
print(
    notch_over(label),
    notch_over(plot.viewport()),
    notch_over(plot.viewport(), axis),
    plot.getPlotItem().vb.viewRange()[0],
)
"""


def test_a_real_wheel_notch_over_a_chart_scrolls_the_page_once(xvfb, tmp_path: Path) -> None:
    if xvfb is None:
        pytest.skip("needs Xvfb (the real window on xcb); .ci/run installs it")
    if shutil.which("xdotool") is None:
        pytest.skip("needs xdotool to turn a real wheel (Debian package xdotool)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{xvfb.display}"}
    script = tmp_path / "page.py"
    script.write_text(_PAGE)
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    over_text, over_plot, over_axis, view_range = done.stdout.strip().split(" ", 3)
    assert int(over_text) > 0
    # One notch, one step, wherever the mouse is on the chart: not zero, not twice.
    assert int(over_plot) == int(over_axis) == int(over_text)
    assert view_range == "[-0.6, 1.6]"  # and the chart neither zoomed nor panned
