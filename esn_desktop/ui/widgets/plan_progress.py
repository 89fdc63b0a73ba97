"""How a plan's month is going: the goal against what is signed, the working days gone by, the
missed meetings to reschedule, and each action planned against what is due by now and done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from esn_desktop.domain.action_plans import Pace
from esn_desktop.formatting import Formatter
from esn_desktop.services.action_plans import ActionPlanView
from esn_desktop.ui.labels import ACTIVITY_KINDS, label

PACE_COLUMN = 4


class PlanProgress(QGroupBox):
    def __init__(self, formatter: Formatter) -> None:
        super().__init__(self.tr("This month so far"))
        self.formatter = formatter
        #: The month's summary line; also says what the page is doing ("Reading…").
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                # What the plan's rules schedule, as the plan's PDF names it: not what the revenue
                # goal needs (the reverse funnel), another quantity.
                self.tr("Planned by the rules"),
                self.tr("Due by now"),
                self.tr("Done"),
                self.tr("Pace"),
            ]
        )
        # Each figure's column as wide as its heading (« Prévu par les règles » was cut at 1280 px
        # among five equal columns); the action's takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows of one line of text, every one in sight: a handful of actions needs no scrolling,
        # and the height left is the deals to push's (plan_form).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)

    def say(self, text: str) -> None:
        self.status.setText(text)

    def show_progress(self, view: ActionPlanView) -> None:
        f = self.formatter
        goal = f.money(view.goal, cents=False) if view.goal is not None else self.tr("none")
        self.status.setText(
            self.tr("Goal %1 · signed %2 · %3 of the working days gone by · %4 no-shows to reschedule")
            .replace("%1", goal)
            .replace("%2", f.money(view.signed, cents=False))
            .replace("%3", f.rate(view.elapsed, decimals=0))
            .replace("%4", f.number(view.no_shows_waiting, decimals=0))
        )
        paces = {
            Pace.AHEAD: self.tr("ahead"),
            Pace.ON_TRACK: self.tr("on track"),
            Pace.BEHIND: self.tr("behind"),
        }
        self.table.setRowCount(len(view.progress))
        for row, line in enumerate(view.progress):
            cells = (
                label(ACTIVITY_KINDS, line.kind),
                f.number(line.planned, decimals=0),
                f.number(line.due_by_now, decimals=0),
                f.number(line.done, decimals=0),
                paces[line.pace] if line.planned else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < PACE_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == PACE_COLUMN and line.planned and line.pace is Pace.BEHIND:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """The table exactly as tall as its header and rows (one empty row's room when none)."""
        table = self.table
        rows = max(table.rowCount(), 1) * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())
