"""The Objectives tab: each salesperson's weighted criteria, achievement and capped score,
the team's share reaching 100%, and the reverse funnel from a revenue goal to weekly actions.
Objectives are set, changed and deleted here (button, Ctrl+N, double-click, Delete, right-click),
each change on the undo history."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.cadence import monthly_rhythm, weekly_rhythm
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.funnel import Source
from esn_desktop.domain.objectives import Metric
from esn_desktop.formatting import Formatter
from esn_desktop.services.funnel import MINIMUM_SAMPLE, plan_funnel
from esn_desktop.services.objectives import objectives_in
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.labels import METRICS, label
from esn_desktop.ui.list_export import export_view
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.tabs.objective_editing import ObjectiveEditing

if TYPE_CHECKING:
    from esn_desktop.ui.tabs.action_plan_page import ActionPlanPage

PLANS_PAGE = 1


class ObjectivesTab(QWidget):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        today: date | None = None,
        meeting: MeetingMode | None = None,
    ) -> None:
        super().__init__()
        self.operations = operations
        self.meeting = meeting or MeetingMode(self)
        self.workspace = operations.workspace
        self.formatter = formatter
        self.today = today or date.today()

        self.period = QComboBox()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Salesperson"),
                self.tr("Period"),
                self.tr("Criteria: actual / target (achievement)"),
                self.tr("Score"),
                self.tr("Reached"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        # The criteria wrap whole rather than cut: the row as tall as its text.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.team = QLabel()
        self.editing = ObjectiveEditing(self.table, operations, formatter, self.meeting, self.today, self)
        self.editing.saved.connect(self.show_dates)
        self.new_button = self.editing.new_button
        self.delete_button = self.editing.delete_button
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_task: BackgroundTask | None = None

        self.goal = QLineEdit(placeholderText="500 000")
        self.funnel_period = QComboBox()
        self.compute_button = QPushButton(self.tr("Work it out"))
        self.funnel = QTableWidget(0, 3)
        self.funnel.setHorizontalHeaderLabels(
            [self.tr("Whole period"), self.tr("Per month"), self.tr("Per week")]
        )
        self.funnel.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.funnel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # "1 every 12 weeks" takes two lines in a narrow window: each row as tall as its text,
        # again whenever the columns narrow.
        rows = self.funnel.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.assumptions = QLabel()
        self.assumptions.setWordWrap(True)
        self.funnel_error = QLabel()
        self.funnel_error.setStyleSheet("color: #b00020;")

        left = QVBoxLayout()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Objectives over")))
        bar.addWidget(self.period, 1)
        # As on the other tabs: an objective is edited by a double-click, Enter or its menu.
        for button in (self.new_button, self.delete_button, self.export_button):
            bar.addWidget(button)
        left.addLayout(bar)
        left.addWidget(self.table)
        left.addWidget(self.team)
        box = QGroupBox(self.tr("Reverse funnel: from a revenue goal to actions"))
        form = QFormLayout()
        form.addRow(self.tr("Revenue goal (€)"), self.goal)
        form.addRow(self.tr("Over"), self.funnel_period)
        form.addRow("", self.compute_button)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.funnel_error)
        inner.addWidget(self.funnel)
        inner.addWidget(self.assumptions)
        overview = QWidget()
        columns = QHBoxLayout(overview)
        columns.addLayout(left, 3)
        columns.addWidget(box, 2)
        # The action plans page is built when first opened: the tab opens on the objectives.
        self.pages = QTabWidget()
        self.pages.addTab(overview, self.tr("Objectives and reverse funnel"))
        self.pages.addTab(QWidget(), self.tr("Monthly action plans"))
        self.pages.currentChanged.connect(self._build_plans)
        self._plans: ActionPlanPage | None = None
        QVBoxLayout(self).addWidget(self.pages)

        self._fill_periods()
        self.period.currentIndexChanged.connect(self.reload)
        self.compute_button.clicked.connect(self.compute_funnel)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.goal.returnPressed.connect(self.compute_funnel)
        operations.events.data_changed.connect(self.on_data_changed)
        self.meeting.changed.connect(lambda _on: self.reload())
        self.reload()

    @property
    def plans(self) -> ActionPlanPage:
        """The action plans page, built on first use."""
        if self._plans is None:
            # Loaded with the page: the window opens without the plans' code.
            from esn_desktop.ui.tabs.action_plan_page import ActionPlanPage

            self._plans = ActionPlanPage(self.operations, self.formatter, self.today, self.meeting)
            self.pages.blockSignals(True)
            self.pages.removeTab(PLANS_PAGE)
            self.pages.insertTab(PLANS_PAGE, self._plans, self.tr("Monthly action plans"))
            self.pages.blockSignals(False)
        return self._plans

    def show_plans(self) -> ActionPlanPage:
        """Brings the monthly action plans to the front (File > Visit pack)."""
        self.pages.setCurrentWidget(self.plans)
        return self.plans

    def _build_plans(self, index: int) -> None:
        if index == PLANS_PAGE and self._plans is None:
            self.pages.setCurrentWidget(self.plans)

    def export(self, path: Path | None = None) -> BackgroundTask | None:
        """The objectives of the period as shown."""
        self.export_task = export_view(self, self.table, self.tr("objectives"), path)
        return self.export_task

    def _fill_periods(self) -> None:
        year = self.today.year
        choices = [
            (self.tr("This quarter"), Period.quarter_of(self.today)),
            (self.tr("This month"), Period.month_of(self.today)),
            (self.tr("This year"), Period.year(year)),
            (self.tr("Next year"), Period.year(year + 1)),
        ]
        for combo in (self.period, self.funnel_period):
            for text, period in choices:
                combo.addItem(
                    f"{text} ({self.formatter.day(period.start)} – {self.formatter.day(period.end)})", period
                )
        self.funnel_period.setCurrentIndex(3)

    def reload(self) -> None:
        f = self.formatter
        view = objectives_in(self.workspace, self.period.currentData())
        self.table.setRowCount(len(view.outcomes))
        for row, outcome in enumerate(view.outcomes):
            parts = []
            for c in outcome.result.criteria:
                if self.meeting.on and c.criterion.metric is Metric.MARGIN:
                    parts.append(
                        self.tr("%1 %2: hidden in meeting mode")
                        .replace("%1", label(METRICS, c.criterion.metric))
                        .replace("%2", f.rate(c.criterion.weight, decimals=0))
                    )
                    continue
                money = c.criterion.metric.is_money
                actual = f.money(c.actual, cents=False) if money else f.number(c.actual, decimals=0)
                target = (
                    f.money(c.criterion.target, cents=False)
                    if money
                    else f.number(c.criterion.target, decimals=0)
                )
                parts.append(
                    self.tr("%1 %2: %3 / %4 (%5)")
                    .replace("%1", label(METRICS, c.criterion.metric))
                    .replace("%2", f.rate(c.criterion.weight, decimals=0))
                    .replace("%3", actual)
                    .replace("%4", target)
                    .replace("%5", f.rate(c.achievement, decimals=0))
                )
            cells = (
                outcome.salesperson or self.tr("Whole team"),
                f"{f.day(outcome.dates.start)} – {f.day(outcome.dates.end)}",
                " · ".join(parts),
                f.rate(outcome.result.score, decimals=0),
                "✓" if outcome.result.reached else "✗",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the score's detail outgrows its column at 1280 px
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.editing.show_rows(view.outcomes)
        self.team.setText(
            self.tr(
                "Share of the team reaching 100%: %1 (healthy: 70 to 80%). Achievements are capped at %2."
            )
            .replace("%1", f.rate(view.team_reaching_share, decimals=0))
            .replace("%2", f.rate(view.achievement_cap, decimals=0))
        )

    def compute_funnel(self) -> None:
        f = self.formatter
        try:
            goal = f.parse_decimal(self.goal.text())
        except ValueError:
            goal = None
        if goal is None or goal <= 0:
            self.funnel_error.setText(self.tr("Type the revenue goal, such as 500 000."))
            return
        self.funnel_error.clear()
        plan = plan_funnel(
            self.workspace, goal=goal, period=self.funnel_period.currentData(), today=self.today
        )
        funnel = plan.funnel
        steps = [
            ("wins", self.tr("Deals to win")),
            ("proposals", self.tr("Proposals to send")),
            ("meetings", self.tr("Meetings to hold")),
            ("qualified_leads", self.tr("Qualified leads to find")),
            ("calls", self.tr("Calls to make")),
        ]
        self.funnel.setRowCount(len(steps))
        self.funnel.setVerticalHeaderLabels([text for _, text in steps])
        for row, (name, _) in enumerate(steps):
            # Whole actions, spread as the plans' PDFs spread them: 4 meetings, never 3.8; one
            # win every 3 months rather than 0.3 a month.
            actions = funnel.step(name).rounded
            monthly = monthly_rhythm(actions, funnel.months)
            weekly = weekly_rhythm(actions, funnel.weeks)
            values = (
                f.number(actions, decimals=0),
                self._every(monthly.count, monthly.months, self.tr("%1 every %2 months")),
                self._every(weekly.count, weekly.weeks, self.tr("%1 every %2 weeks")),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.funnel.setItem(row, column, item)
        rates = funnel.rates

        def source(rate_source: Source) -> str:
            return self.tr("history") if rate_source is Source.HISTORY else self.tr("assumption")

        lines = [
            self.tr("Average deal %1 (%2)")
            .replace("%1", f.money(funnel.average_deal, cents=False))
            .replace("%2", source(plan.average_deal_source)),
            *(
                text.replace("%1", f.rate(rate.value, decimals=0)).replace("%2", source(rate.source))
                for text, rate in (
                    (self.tr("proposal to win %1 (%2)"), rates.proposal_to_win),
                    (self.tr("meeting to proposal %1 (%2)"), rates.meeting_to_proposal),
                    (self.tr("qualified lead to meeting %1 (%2)"), rates.qualified_to_meeting),
                    (self.tr("call to qualified lead %1 (%2)"), rates.call_to_qualified),
                )
            ),
        ]
        basis = (
            self.tr("From this workspace's last 12 months (%1 closed deals).").replace(
                "%1", self.formatter.number(plan.closed_opportunities, decimals=0)
            )
            if rates.from_history
            else self.tr(
                "Not enough history for every rate (under %1 deals): usual assumptions fill in."
            ).replace("%1", str(MINIMUM_SAMPLE))
        )
        self.assumptions.setText("; ".join(lines) + ".\n" + basis)

    def _every(self, count: int, spans: int, several: str) -> str:
        """'21' (a span), or '1 every 3 months' when the actions are rarer than one a span."""
        number = self.formatter.number(count, decimals=0)
        return number if spans == 1 else several.replace("%1", number).replace("%2", str(spans))

    def on_data_changed(self, topics: Topics) -> None:
        # Names: a salesperson renamed shows under the new name.
        if topics & {Topic.ACTIVITIES, Topic.DEALS, Topic.MISSIONS, Topic.OBJECTIVES, Topic.NAMES}:
            selected = self.editing.selected_id()
            self.reload()
            self.editing.select_objective(selected)

    def show_dates(self, dates: Period) -> None:
        """Lists objectives over a period meeting `dates` when the one shown does not (one just
        set for next year shows, rather than seeming lost)."""
        if self.period.currentData().overlaps(dates):
            return
        choices = [self.period.itemData(i) for i in range(self.period.count())]
        found = next((i for i, period in enumerate(choices) if period.overlaps(dates)), None)
        if found is None:
            f = self.formatter
            self.period.addItem(
                self.tr("Its dates (%1 – %2)")
                .replace("%1", f.day(dates.start))
                .replace("%2", f.day(dates.end)),
                dates,
            )
            found = self.period.count() - 1
        self.period.setCurrentIndex(found)

    def new_item(self) -> None:
        """A new objective (Ctrl+N too), shown in the objectives' list (not the plans page)."""
        if self.editing.can_edit():
            self.pages.setCurrentIndex(0)
            self.editing.new_item()
