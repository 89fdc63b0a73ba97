"""The chart widget: a legend beside the plot never on the bars, ticks that never read twice the
same, an empty chart that says so, a bar beyond the scale cut and labelled, and a mouse wheel
that scrolls the page around the chart."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from esn_desktop.ui.charts.chart import Chart, Series


def money(value: float) -> str:
    return f"{value:.0f} €"


def make_chart(qtbot, resolution: float = 1.0) -> Chart:
    chart = Chart("Title", money, "€", resolution=resolution)
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def tick_texts(chart: Chart) -> list[str]:
    axis = chart.value_axis
    low, high = chart.plot.getPlotItem().vb.viewRange()[1]
    values = [v for _, level in axis.tickValues(low, high, 200) for v in level]
    return axis.tickStrings(values, 1.0, 1.0)


def test_ticks_of_a_small_range_never_repeat(qtbot) -> None:
    # Seen: an axis reading "1 €, 1 €, 0 €" for values under 1 €.
    chart = make_chart(qtbot)
    chart.show_data(["A", "B"], [Series("Cost", [0.4, 0.9], "#0072B2", label=money)])
    texts = tick_texts(chart)
    assert texts and len(texts) == len(set(texts))
    assert set(texts) <= {"0 €", "1 €"}


def test_percent_ticks_step_on_whole_percents(qtbot) -> None:
    chart = Chart("Rates", lambda v: f"{v * 100:.0f} %", "%", resolution=0.01)
    qtbot.addWidget(chart)
    chart.show_data(["A"], [Series("Rate", [0.03], "#0072B2")])
    texts = tick_texts(chart)
    assert texts and len(texts) == len(set(texts))


def test_an_empty_chart_says_so_and_shows_no_scale(qtbot) -> None:
    chart = make_chart(qtbot)
    chart.show_data([], [Series("Cost per lead", [], "#009E73")], empty="No lead in the period")
    assert chart.empty_message == "No lead in the period"
    assert chart.empty_text.textItem.toPlainText() == "No lead in the period"
    assert chart.empty_text in chart.plot.getPlotItem().items
    assert not chart.value_axis.style["showValues"] and not chart.value_axis.isVisible()
    # Data again: the message goes, the scale comes back.
    chart.show_data(["A"], [Series("Cost per lead", [120.0], "#009E73")], empty="No lead in the period")
    assert chart.empty_message == "" and chart.empty_text not in chart.plot.getPlotItem().items
    assert chart.value_axis.style["showValues"] and chart.value_axis.isVisible()


def test_the_legend_and_the_reference_sit_below_the_plotted_area(qtbot) -> None:
    chart = make_chart(qtbot)
    chart.show_data(
        ["Ann", "Bob", "Cy"],
        [Series("Score", [1.2, 0.9, 1.0], "#0072B2")],
        reference=(1.0, "Objective reached (100%)"),
    )
    qtbot.wait(10)
    plot_item = chart.plot.getPlotItem()
    plotted = plot_item.vb.sceneBoundingRect()
    legend = chart.legend.sceneBoundingRect()
    assert [label.text for _, label in chart.legend.items] == ["Score", "Objective reached (100%)"]
    assert legend.top() >= plotted.bottom()  # under the plot, so never over a bar
    assert legend.height() > 0 and plotted.height() > 100


def test_a_bar_beyond_the_scale_is_cut_and_labelled(qtbot) -> None:
    chart = make_chart(qtbot)
    revenue = Series("Revenue", [1_500_000.0, 1_400_000.0, 1_450_000.0], "#0072B2", label=money)
    pipeline = Series(
        "Pipeline",
        [None, 15_000_000.0, 200_000.0],
        "#56B4E9",
        label=money,
        beyond_scale=True,
        short_label=lambda v: f"{v / 1e6:.1f} M€",
    )
    chart.show_data(["Jan", "Feb", "Mar"], [revenue, pipeline])
    top = chart.plot.getPlotItem().vb.viewRange()[1][1]
    assert 1_500_000 < top < 2_000_000  # the revenue sets the scale
    labels = [i.textItem.toPlainText() for i in chart.plot.getPlotItem().items if hasattr(i, "textItem")]
    assert labels == ["15.0 M€"]
    # The hover still tells the whole amount.
    assert chart.values_at(1) == [("Revenue", "1400000 €"), ("Pipeline", "15000000 €")]


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    charts = [Chart(f"Chart {n}", money, "€") for n in range(4)]
    for chart in charts:
        chart.setFixedHeight(300)
        chart.show_data(["A", "B"], [Series("Revenue", [1.0, 2.0], "#0072B2")])
        column.addWidget(chart)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    scroll.resize(600, 400)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    target = charts[0].plot.viewport()
    inside = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(
        inside,
        QPointF(target.mapToGlobal(inside.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)
    assert bar.value() > 0
    # The chart itself neither zoomed nor panned.
    assert charts[0].plot.getPlotItem().vb.viewRange()[0] == [-0.6, 1.6]


def test_horizontal_bars_name_every_channel(qtbot) -> None:
    # Ten channel names side by side left room for one name: down the side, each has its line.
    names = [f"Salon professionnel {n}" for n in range(10)]
    chart = Chart("Cost per lead", money, "€", horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_data(names, [Series("Cost", [float(100 * n + 50) for n in range(10)], "#009E73", label=money)])
    qtbot.wait(10)
    view = chart.plot.getPlotItem().vb
    assert chart.axis.orientation == "left" and chart.value_axis.orientation == "bottom"
    ticks = chart.axis.tickValues(-0.6, 9.6, view.height())
    assert ticks[0][1] == [float(n) for n in range(10)]
    assert chart.axis.tickStrings(ticks[0][1], 1, 1) == names
    # The first name at the top, and the hover finds each bar by its row.
    top_row = view.mapViewToScene(QPointF(50, 0))
    assert chart._index_at(top_row) == 0
    assert chart.values_at(9) == [("Cost", "950 €")]
    left, right = view.viewRange()[0]
    assert left == 0 and right > 950


def _shortened_from(shown: str, name: str) -> bool:
    """Each line of `shown` is the line of `name`, or its beginning followed by an ellipsis."""
    pairs = list(zip(shown.split("\n"), name.split("\n"), strict=True))
    return all(s == n or (s.endswith("…") and n.startswith(s[:-1])) for s, n in pairs)


def test_a_chart_of_people_names_every_bar_shortening_names_that_do_not_fit(qtbot) -> None:
    # The trial's dashboard named 4 of 8 consultants: one bar in two left the director guessing.
    names = [f"Céline\nCharpentier-{n}" for n in range(8)]
    chart = Chart("TJM", money, "€", every_name=True)
    qtbot.addWidget(chart)
    chart.resize(420, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_data(names, [Series("TJM", [500.0 + n for n in range(8)], "#0072B2", label=money)])
    width = chart.plot.getPlotItem().vb.width()
    ticks = chart.axis.tickValues(-0.6, 7.6, width)
    assert ticks[0][1] == [float(n) for n in range(8)]  # no bar unnamed
    shown = chart.axis.tickStrings(ticks[0][1], 1, 1)
    assert all(_shortened_from(s, n) for s, n in zip(shown, names, strict=True))
    assert all(s != n for s, n in zip(shown, names, strict=True))  # at this width, each shortened
    metrics = chart.axis._metrics()
    assert all(metrics.horizontalAdvance(line) < width / 8 for s in shown for line in s.split("\n"))
    # With room, the names are written out whole.
    assert chart.axis.tickStrings(chart.axis.tickValues(-0.6, 7.6, 2000)[0][1], 1, 1) == names
