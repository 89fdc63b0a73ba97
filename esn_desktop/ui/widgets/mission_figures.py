"""The mission form's figures, this month and over the whole mission: worked and billed days,
revenue, cost, margin and margin rate, the last three out of sight in meeting mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from esn_desktop.domain.staffing import MissionFigures
from esn_desktop.formatting import Formatter
from esn_desktop.services.missions import MissionPreview

#: The figures meeting mode keeps from a client's eyes.
CONFIDENTIAL_LINES = ("cost", "margin", "rate")
#: The two columns: this month, and the whole mission (none for an open-ended one).
PERIODS = ("month", "whole")


class MissionFiguresBox(QGroupBox):
    """The figures beside the mission form, refreshed as it is typed."""

    def __init__(self, formatter: Formatter) -> None:
        super().__init__()
        self.setTitle(self.tr("Figures"))
        self.formatter = formatter
        grid = QGridLayout(self)
        #: Each figure's cell, by (line, period).
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.line_labels: dict[str, QLabel] = {}
        for column, heading in enumerate((self.tr("This month"), self.tr("Whole mission")), start=1):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column, Qt.AlignmentFlag.AlignRight)
        lines = (
            ("worked", self.tr("Worked days")),
            ("billed", self.tr("Billed days")),
            ("revenue", self.tr("Revenue")),
            ("cost", self.tr("Cost")),
            ("margin", self.tr("Margin")),
            ("rate", self.tr("Margin rate")),
        )
        for line, (key, text) in enumerate(lines, start=1):
            self.line_labels[key] = QLabel(text)
            grid.addWidget(self.line_labels[key], line, 0)
            for column, period in enumerate(PERIODS, start=1):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.cells[(key, period)] = cell
                grid.addWidget(cell, line, column)

    def show_preview(self, preview: MissionPreview | None) -> None:
        """The figures of the terms as typed; a dash where they cannot be told."""
        for period in PERIODS:
            figures = None if preview is None else preview.this_month if period == "month" else preview.whole
            for key, text in self._texts(figures).items():
                self.cells[(key, period)].setText(text)

    def _texts(self, figures: MissionFigures | None) -> dict[str, str]:
        f = self.formatter
        if figures is None:
            return dict.fromkeys(("worked", "billed", "revenue", *CONFIDENTIAL_LINES), "—")
        return {
            "worked": f.days(figures.worked_days),
            "billed": f.days(figures.billed_days),
            "revenue": f.money(figures.revenue),
            "cost": f.money(figures.cost),
            "margin": f.money(figures.margin),
            "rate": f.rate(figures.margin_rate),
        }

    def hide_costs(self, hidden: bool) -> None:
        """Meeting mode: no cost, margin nor margin rate on screen."""
        for key in CONFIDENTIAL_LINES:
            self.line_labels[key].setVisible(not hidden)
            for period in PERIODS:
                self.cells[(key, period)].setVisible(not hidden)
