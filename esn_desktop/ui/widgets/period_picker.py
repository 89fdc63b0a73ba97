"""What the dashboard is about: a month, a quarter, a year or dates of one's own, and the whole
firm or one salesperson."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from esn_desktop.domain.calendar import Period, WorkingCalendar, quarter_number, shift_month
from esn_desktop.domain.months import month_run, opening_month
from esn_desktop.formatting import Formatter
from esn_desktop.ui.forms import date_edit, from_qdate


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


#: The periods a kind offers, newest first, each with its name, and the one to open on.
Choices = tuple[list[tuple[str, Period]], int]


class PeriodPicker(QWidget):
    #: The period or the salesperson chosen changed.
    changed = Signal()

    def __init__(self, formatter: Formatter, today: date, calendar: WorkingCalendar) -> None:
        super().__init__()
        self.formatter, self.today, self.calendar = formatter, today, calendar
        self._choices: dict[PeriodKind, Callable[[], Choices]] = {
            PeriodKind.MONTH: self._months,
            PeriodKind.QUARTER: self._quarters,
            PeriodKind.YEAR: self._years,
            PeriodKind.CUSTOM: lambda: ([], 0),
        }
        self.kind = QComboBox()
        for kind, text in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
            (PeriodKind.CUSTOM, self.tr("Custom")),
        ):
            self.kind.addItem(text, kind.value)
        self.which = QComboBox()
        self.start, self.end = date_edit(today.replace(day=1)), date_edit(today)
        self.salesperson = QComboBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Period")), self.kind, self.which, self.start, self.end):
            layout.addWidget(widget)
        layout.addWidget(self.salesperson)

        self.kind.currentIndexChanged.connect(self.fill_periods)
        self.which.currentIndexChanged.connect(self.changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)
        self.salesperson.currentIndexChanged.connect(self.changed)

    def period(self) -> Period | None:
        """The period chosen; None for dates of one's own that end before they start."""
        if self.kind.currentData() == PeriodKind.CUSTOM:
            start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
            return Period(start, end) if start <= end else None
        chosen = self.which.currentData()
        return chosen if isinstance(chosen, Period) else None

    def chosen_salesperson(self) -> str | None:
        """None for the whole firm."""
        name = self.salesperson.currentData()
        return name if isinstance(name, str) else None

    def set_salespeople(self, names: Sequence[str]) -> None:
        """The salespeople to choose among, keeping the one chosen if still there."""
        current = self.salesperson.currentData()
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        self.salesperson.addItem(self.tr("Whole firm"), None)
        for name in names:
            self.salesperson.addItem(name, name)
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(current)))
        self.salesperson.blockSignals(False)

    def fill_periods(self) -> None:
        """The periods of the kind chosen, up to today's; then says the period changed."""
        choices, opening = self._choices[PeriodKind(self.kind.currentData())]()
        self.which.blockSignals(True)
        self.which.clear()
        for text, period in choices:
            self.which.addItem(text, period)
        if choices:
            self.which.setCurrentIndex(opening)
        self.which.blockSignals(False)
        custom = self.kind.currentData() == PeriodKind.CUSTOM
        self.which.setVisible(not custom)
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.changed.emit()

    def _months(self) -> Choices:
        months = month_run(shift_month(self.today, -23).start, 24)[::-1]
        # Early in a month the new one is nearly empty: open on the month just closed.
        # (findData compares Python objects by identity, hence the index from the list.)
        opening = months.index(opening_month(self.today, self.calendar))
        return [(self.formatter.month(month.start), month) for month in months], opening

    def _quarters(self) -> Choices:
        this_quarter = Period.quarter_of(self.today)
        quarters = [this_quarter.shifted(-3 * back) for back in range(8)]
        return [
            (
                self.tr("Q%1 %2")
                .replace("%1", str(quarter_number(quarter.start)))
                .replace("%2", str(quarter.start.year)),
                quarter,
            )
            for quarter in quarters
        ], 0

    def _years(self) -> Choices:
        return [(str(year), Period.year(year)) for year in range(self.today.year, self.today.year - 4, -1)], 0
