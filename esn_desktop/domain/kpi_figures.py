"""What each figure of a KPI report is, wherever it is shown (the dashboard's tiles, the monthly
review): how it reads, how its change is measured, whether a rise is good news, and whether it is
internal (a cost, a CJM, a margin), which meeting mode and client-safe documents leave out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.comparison import Measure
from esn_desktop.domain.kpis import KpiReport


class Unit(Enum):
    """How a figure reads."""

    MONEY = "money"
    RATE = "rate"
    DAYS = "days"
    COUNT = "count"


class Moment(Enum):
    """When a figure is measured, so what its reader must be told beside it."""

    #: Over the whole period: what happened in it (revenue, days, rates of meetings...).
    OVER_PERIOD = "over_period"
    #: On the period's last day, or today while the period runs: the deals open then (a board
    #: read in the middle of the next month shows other deals, other amounts).
    PERIOD_END = "period_end"
    #: Today, whatever the period: objectives scored on everything known so far.
    TODAY = "today"


@dataclass(frozen=True, slots=True)
class Figure:
    #: The `KpiReport` field it reads.
    key: str
    unit: Unit
    #: Whether a rise is good news (None: neither).
    rising_is_good: bool | None
    #: A cost, a CJM or a margin: never shown to a client.
    internal: bool = False
    moment: Moment = Moment.OVER_PERIOD

    def measured_on(self, period: Period, today: date) -> date | None:
        """The day the figure is measured on, to be said beside it (« au 30/11 »); None for a
        figure over the whole period. A period still running is measured today."""
        if self.moment is Moment.PERIOD_END:
            return min(period.end, today)
        if self.moment is Moment.TODAY:
            return today
        return None

    @property
    def measure(self) -> Measure:
        """A rate moves in points, any other figure by a share of what it was."""
        return Measure.RATE if self.unit is Unit.RATE else Measure.AMOUNT

    def of(self, report: KpiReport) -> Decimal | int | None:
        value: Decimal | int | None = getattr(report, self.key)
        return value


FIGURES: dict[str, Figure] = {
    figure.key: figure
    for figure in (
        Figure("revenue", Unit.MONEY, True),
        Figure("cost", Unit.MONEY, False, internal=True),
        Figure("margin", Unit.MONEY, True, internal=True),
        Figure("margin_rate", Unit.RATE, True, internal=True),
        Figure("tjm", Unit.MONEY, True),
        Figure("cjm", Unit.MONEY, False, internal=True),
        Figure("utilization", Unit.RATE, True),
        Figure("bench_days", Unit.DAYS, False),
        Figure("pipeline_weighted", Unit.MONEY, True, moment=Moment.PERIOD_END),
        Figure("open_opportunities", Unit.COUNT, True, moment=Moment.PERIOD_END),
        Figure("win_rate", Unit.RATE, True),
        Figure("no_show_rate", Unit.RATE, False),
        Figure("top_client_share", Unit.RATE, False),
        Figure("team_reaching_share", Unit.RATE, True, moment=Moment.TODAY),
    )
}
