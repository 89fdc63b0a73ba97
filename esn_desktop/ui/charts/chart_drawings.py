"""What each of the dashboard's charts draws from the dashboard's figures: its names, its series and
its title, out of meeting mode and in it. Nothing here is laid out or read: `DashboardCharts` places
the charts, the dashboard service computed the figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QObject

from esn_desktop.formatting import Formatter
from esn_desktop.palette import PALETTE
from esn_desktop.services.dashboard import Dashboard, MonthFigures
from esn_desktop.ui.charts.chart import Chart, Series
from esn_desktop.ui.charts.drill_down import DrillTarget
from esn_desktop.ui.labels import STAGES, label

#: Consultants drawn on the rates chart: each name must stay readable at 1280 pixels wide.
RATE_BARS = 8


class ChartKey(StrEnum):
    """The dashboard's charts, in the order they are laid out (two a row)."""

    MONTHS = "months"
    RATES = "rates"
    UTILIZATION = "utilization"
    BENCH = "bench"
    FUNNEL = "funnel"
    CHANNELS = "channels"
    OBJECTIVES = "objectives"
    STAFFING = "staffing"


#: Charts made of costs only: left out, not just emptied, in meeting mode.
CONFIDENTIAL_CHARTS = frozenset({ChartKey.CHANNELS})
#: The list a click on a chart's bar leads to (`charts.drill_down`); the staffing risk's
#: weeks lead nowhere.
DRILLS = {
    ChartKey.MONTHS: DrillTarget.MONTH,
    ChartKey.UTILIZATION: DrillTarget.MONTH,
    ChartKey.BENCH: DrillTarget.MONTH,
    ChartKey.RATES: DrillTarget.CONSULTANT,
    ChartKey.FUNNEL: DrillTarget.STAGE,
    ChartKey.CHANNELS: DrillTarget.CHANNEL,
    ChartKey.OBJECTIVES: DrillTarget.OWNER,
}


@dataclass(frozen=True)
class ChartSpec:
    """A chart as first made: its title, how its value axis reads, and its unit."""

    title: str
    value_label: Callable[[float], str]
    unit: str


#: Draws one chart (chart, figures, meeting mode on) and returns what each bar stands for, for
#: its drill-down: a month's first day, a consultant's or a channel's name, a stage's code.
Drawer = Callable[[Chart, Dashboard, bool], list[str]]


class ChartDrawings(QObject):
    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self._drawers: dict[ChartKey, Drawer] = {
            ChartKey.MONTHS: self._months,
            ChartKey.RATES: self._rates,
            ChartKey.UTILIZATION: self._utilization,
            ChartKey.BENCH: self._bench,
            ChartKey.FUNNEL: self._funnel,
            ChartKey.CHANNELS: self._channels,
            ChartKey.OBJECTIVES: self._objectives,
            ChartKey.STAFFING: self._staffing,
        }

    def specs(self) -> dict[ChartKey, ChartSpec]:
        """Each chart's title, how its axis reads, and its unit."""
        f = self.formatter
        money = lambda v: f.money(Decimal(str(v)), cents=False)  # noqa: E731
        rate = lambda v: f.rate(Decimal(str(v)), decimals=0)  # noqa: E731
        number = lambda v: f.number(Decimal(str(v)), decimals=0)  # noqa: E731
        return {
            ChartKey.MONTHS: ChartSpec(
                self.tr("Revenue and margin per month, then the next 6 months"), money, "€"
            ),
            ChartKey.RATES: ChartSpec(
                self.tr("Daily rate (TJM) against daily cost (CJM), per consultant"), money, "€"
            ),
            ChartKey.UTILIZATION: ChartSpec(self.tr("Utilization per month"), rate, "%"),
            ChartKey.BENCH: ChartSpec(self.tr("Bench days per month"), number, self.tr("days")),
            ChartKey.FUNNEL: ChartSpec(
                self.tr("Pipeline by stage (deals created in the period)"), number, self.tr("deals")
            ),
            ChartKey.CHANNELS: ChartSpec(self.tr("Cost per lead by channel"), money, "€"),
            ChartKey.OBJECTIVES: ChartSpec(self.tr("Objective score per salesperson"), rate, "%"),
            ChartKey.STAFFING: ChartSpec(
                self.tr("Staffing risk: the next 13 weeks"), number, self.tr("people")
            ),
        }

    def draw(self, key: ChartKey, chart: Chart, data: Dashboard, hide: bool) -> list[str]:
        """Draws `data` on the chart `key` (costs and margins left out when `hide`); returns what
        each bar stands for."""
        return self._drawers[key](chart, data, hide)

    # --- how values read ------------------------------------------------------------------------

    def _money(self, value: float) -> str:
        return self.formatter.money(Decimal(str(value)), cents=False)

    def _rate(self, value: float) -> str:
        return self.formatter.rate(Decimal(str(value)), decimals=1)

    def _number(self, value: float) -> str:
        return self.formatter.number(Decimal(str(value)), decimals=0)

    def _days(self, value: float) -> str:
        """A bar's days as the tile and the review write them (`Formatter.days`): 51,8, not 52."""
        return self.formatter.days(Decimal(str(value)))

    def _month_names(self, months: Sequence[MonthFigures]) -> list[str]:
        """Each month under its bar, the year below the first and below each January: thirteen
        months then fit side by side, where 'sept. 26' left room for one month in two."""
        f, names = self.formatter, []
        for number, m in enumerate(months):
            name = f.month_abbreviation(m.month.start)
            if number == 0 or m.month.start.month == 1:
                name += f"\n{m.month.start.year}"
            names.append(name)
        return names

    # --- the charts -----------------------------------------------------------------------------

    def _months(self, chart: Chart, d: Dashboard, hide: bool) -> list[str]:
        forecast = [m.forecast for m in d.months]
        series = [
            Series(
                self.tr("Revenue (hatched: signed, ahead)"),
                [float(m.revenue) for m in d.months],
                PALETTE["blue"],
                dashed=forecast,
                label=self._money,
            )
        ]
        if not hide:
            series.append(
                Series(
                    self.tr("Margin"),
                    [None if m.margin is None else float(m.margin) for m in d.months],
                    PALETTE["orange"],
                    dashed=forecast,
                    label=self._money,
                )
            )
        # The weighted pipeline is what deals are worth when signed, not what a month bills: at
        # 100k prospects it reaches 15 M€ in a month of 1.5 M€ revenue. Drawn to the revenue's
        # scale it made every revenue bar a sliver; spread over invented mission lengths it would
        # be a guess shown as a figure. So it stays in the month each deal is expected to close
        # (what the sales team can act on) but does not set the scale: a taller bar is cut,
        # marked as cut, and carries its amount.
        series.append(
            Series(
                self.tr("Weighted pipeline expected"),
                [float(m.pipeline) if m.forecast else None for m in d.months],
                PALETTE["sky"],
                dashed=[True] * len(d.months),
                label=self._money,
                beyond_scale=True,
                short_label=lambda v: self.formatter.compact_money(Decimal(str(v))),
            )
        )
        chart.set_title(
            self.tr("Revenue per month, then the next 6 months")
            if hide
            else self.tr("Revenue and margin per month, then the next 6 months")
        )
        chart.show_data(self._month_names(d.months), series)
        return [m.month.start.isoformat() for m in d.months]

    def _rates(self, chart: Chart, d: Dashboard, hide: bool) -> list[str]:
        # At 150 consultants a bar each is a wall with one name in three: the chart keeps the
        # RATE_BARS a director acts on first, every name written out, and "see all" lists the rest.
        # Thinnest daily margin first; in meeting mode the margin is hidden, and so is any order
        # that would give it away: the lowest rate first.
        order = sorted(
            d.rates, key=lambda r: (r.tjm or Decimal(0)) - (Decimal(0) if hide else r.cjm or Decimal(0))
        )
        shown = order[:RATE_BARS]
        rate_series = [
            Series(self.tr("TJM"), [float(r.tjm or 0) for r in shown], PALETTE["blue"], label=self._money)
        ]
        if not hide:
            rate_series.append(
                Series(
                    self.tr("CJM"),
                    [None if r.cjm is None else float(r.cjm) for r in shown],
                    PALETTE["vermillion"],
                    kind="line",
                    label=self._money,
                )
            )
        few = len(order) <= RATE_BARS
        if hide:
            title = (
                self.tr("Daily rate (TJM) per consultant")
                if few
                else self.tr("Daily rate (TJM): the %1 lowest").replace("%1", str(RATE_BARS))
            )
        else:
            title = (
                self.tr("Daily rate (TJM) against daily cost (CJM), per consultant")
                if few
                else self.tr("TJM against CJM: the %1 thinnest daily margins").replace("%1", str(RATE_BARS))
            )
        chart.set_title(title)
        chart.show_data(
            [_first_and_last(r.name) for r in shown],
            rate_series,
            empty=self.tr("No billed day in the period"),
        )
        return [r.name for r in shown]

    def _utilization(self, chart: Chart, d: Dashboard, _hide: bool) -> list[str]:
        actual = [m for m in d.months if not m.forecast]
        chart.show_data(
            self._month_names(actual),
            [
                Series(
                    self.tr("Utilization"),
                    [float(m.utilization) if m.utilization is not None else None for m in actual],
                    PALETTE["green"],
                    label=self._rate,
                )
            ],
            reference=(1.0, self.tr("Fully staffed (100%)")),
        )
        return [m.month.start.isoformat() for m in actual]

    def _bench(self, chart: Chart, d: Dashboard, _hide: bool) -> list[str]:
        actual = [m for m in d.months if not m.forecast]
        chart.show_data(
            self._month_names(actual),
            [
                Series(
                    self.tr("Bench days"),
                    [float(m.bench_days) for m in actual],
                    PALETTE["purple"],
                    label=self._days,
                )
            ],
        )
        return [m.month.start.isoformat() for m in actual]

    def _funnel(self, chart: Chart, d: Dashboard, _hide: bool) -> list[str]:
        chart.show_data(
            [_two_lines(label(STAGES, s.stage)) for s in d.funnel],
            [
                Series(
                    self.tr("Deals that reached the stage"),
                    # No deal at all is said in words, not as a row of empty bars.
                    [float(s.reached) if any(s.reached for s in d.funnel) else None for s in d.funnel],
                    PALETTE["purple"],
                    label=self._number,
                ),
                Series(
                    self.tr("Went on to the next stage"),
                    [float(s.conversion) if s.conversion is not None else None for s in d.funnel],
                    PALETTE["purple"],
                    kind="hover",
                    label=self._rate,
                ),
            ],
            empty=self.tr("No deal created in the period"),
        )
        return [s.stage.value for s in d.funnel]

    def _channels(self, chart: Chart, d: Dashboard, hide: bool) -> list[str]:
        # The dearest lead at the top: the channel to question first.
        channels = sorted(
            ((name, value) for name, value in d.current.cost_per_lead.items() if value is not None),
            key=lambda item: (-item[1], item[0]),
        )
        names = [name for name, _ in channels]
        chart.setVisible(not hide)
        chart.show_data(
            names,
            [
                Series(
                    self.tr("Cost per lead"),
                    [float(v) for _, v in channels],
                    PALETTE["green"],
                    label=self._money,
                )
            ],
            empty=self.tr("No lead in the period"),
        )
        return names

    def _objectives(self, chart: Chart, d: Dashboard, _hide: bool) -> list[str]:
        people = [o for o in d.current.objectives if o.salesperson is not None]
        names = [o.salesperson or "" for o in people]
        chart.show_data(
            names,
            [
                Series(
                    self.tr("Score"),
                    [float(o.result.score) for o in people],
                    PALETTE["blue"],
                    label=self._rate,
                )
            ],
            reference=(1.0, self.tr("Objective reached (100%)")),
            empty=self.tr("No objective in the period"),
        )
        return names

    def _staffing(self, chart: Chart, d: Dashboard, _hide: bool) -> list[str]:
        chart.show_data(
            [self.formatter.day(week.monday)[:5] for week in d.weeks],
            [
                Series(
                    self.tr("Missions ending"),
                    [float(week.ending) for week in d.weeks],
                    PALETTE["vermillion"],
                    label=self._number,
                ),
                Series(
                    self.tr("Consultants becoming free"),
                    [float(week.freed) for week in d.weeks],
                    PALETTE["green"],
                    label=self._number,
                ),
            ],
        )
        return []


def _first_and_last(name: str) -> str:
    """A person's name on two lines, whole: first name(s) above, last name below."""
    first, _, last = name.rpartition(" ")
    return f"{first}\n{last}" if first else name


def _two_lines(name: str) -> str:
    """A long category name on two lines, so that neighbours on the axis do not overlap."""
    if len(name) <= 14 or " " not in name:
        return name
    middle = len(name) // 2
    cut = min((i for i, ch in enumerate(name) if ch == " "), key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1 :]
