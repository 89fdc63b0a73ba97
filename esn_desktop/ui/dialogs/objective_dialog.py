"""Setting or changing an objective: for a salesperson or the whole team, over a month, a quarter,
a year or any dates, on 2 to 4 weighted criteria, each with its target. The form checks the rules
every objective keeps (domain.objectives, the importer's too) as one types; the service also
refuses a second objective of the same person over the same dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import Problem
from esn_desktop.domain.objectives import (
    MAX_CRITERIA,
    Criterion,
    Metric,
    ObjectiveRule,
    objective_rule_breaks,
)
from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import Changed
from esn_desktop.services.objectives import (
    ObjectiveTerms,
    StoredObjective,
    salespeople_to_aim,
    save_objective,
    stored_objective,
)
from esn_desktop.ui.dialogs.record_dialog import RecordDialog
from esn_desktop.ui.forms import date_edit, from_qdate, to_qdate
from esn_desktop.ui.labels import METRICS, label
from esn_desktop.ui.operations import Operations

#: A new objective's criteria: revenue weighted 60%, meetings 40% (the usual output and input pair).
NEW_CRITERIA = ((Metric.SIGNED_REVENUE, Decimal(60)), (Metric.MEETINGS, Decimal(40)))
HUNDRED = Decimal(100)


class CriterionRow:
    """One criterion's line of the form: what it measures, its target, its weight in %."""

    def __init__(self, number: int) -> None:
        self.metric = QComboBox()
        self.metric.addItem(QCoreApplication.translate("ObjectiveDialog", "— none —"), None)
        for metric in Metric:
            self.metric.addItem(label(METRICS, metric), metric)
        self.target = QLineEdit()
        self.weight = QLineEdit()
        self.weight.setMaximumWidth(70)
        self.unit = QLabel()
        self.unit.setMinimumWidth(self.unit.fontMetrics().horizontalAdvance("€") + 4)
        self.key = f"criterion {number}"
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.metric, 3)
        self.layout.addWidget(self.target, 2)
        self.layout.addWidget(self.unit)
        self.layout.addWidget(self.weight, 1)
        self.layout.addWidget(QLabel("%"))
        self.metric.currentIndexChanged.connect(self._show_unit)
        self._show_unit()

    def chosen(self) -> Metric | None:
        data = self.metric.currentData()
        return Metric(data) if data is not None else None

    def _show_unit(self) -> None:
        metric = self.chosen()
        self.unit.setText("€" if metric is not None and metric.is_money else "")
        self.target.setPlaceholderText("" if metric is None else "120 000" if metric.is_money else "30")
        for field in (self.target, self.weight):
            field.setEnabled(metric is not None)


class ObjectiveDialog(RecordDialog):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        objective: StoredObjective | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(
            operations, formatter, self.tr("Edit objective") if objective else self.tr("New objective")
        )
        self.setMinimumWidth(560)
        self.objective_id = objective.id if objective else None
        self.today = today or date.today()

        self.salesperson = QComboBox()
        self.salesperson.addItem(self.tr("Whole team"), None)
        for salesperson_id, name in salespeople_to_aim(self.workspace):
            self.salesperson.addItem(name, salesperson_id)
        self.period = QComboBox()
        for text, period in self._periods():
            self.period.addItem(
                f"{text} ({formatter.day(period.start)} – {formatter.day(period.end)})", period
            )
        self.period.addItem(self.tr("Other dates"), None)
        self.start, self.end = date_edit(), date_edit()
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end, 1)
        self.rows = [CriterionRow(number) for number in range(1, MAX_CRITERIA + 1)]
        heading = QHBoxLayout()
        for text, stretch in ((self.tr("Criterion"), 3), (self.tr("Target"), 2), (self.tr("Weight"), 1)):
            heading.addWidget(QLabel(f"<b>{text}</b>"), stretch)
        self.hint = QLabel(
            self.tr(
                "2 to 4 criteria, each once. The weights need not add up to 100%: the score "
                "shares them out. Money targets in euros, the others in numbers."
            )
        )
        self.hint.setWordWrap(True)

        # Filled before the fields learn what editing them means: loading is not editing.
        self._load(objective)
        self.add_field(self.tr("For"), self.salesperson, "salesperson")
        self.add_field(self.tr("Period"), self.period, "start")
        self.add_field("", dates, "end")
        self.add_field("", heading)
        for number, row in enumerate(self.rows, start=1):
            self.add_field(self.tr("Criterion %1").replace("%1", str(number)), row.layout, row.key)
        self.add_field("", self.hint, "criteria")
        # Moving the dates may make (or unmake) a duplicate, or put the end before the start.
        self.field_errors.touched_by("start", self.start, self.end, self.salesperson)
        self.field_errors.touched_by("end", self.start)
        for row in self.rows:
            self.field_errors.touched_by("criteria", row.metric)

        self.period.currentIndexChanged.connect(self._period_picked)
        self.start.dateChanged.connect(self._dates_moved)
        self.end.dateChanged.connect(self._dates_moved)
        self.watch(
            self.salesperson.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            *(row.metric.currentIndexChanged for row in self.rows),
            *(row.target.textChanged for row in self.rows),
            *(row.weight.textChanged for row in self.rows),
        )

    def _periods(self) -> list[tuple[str, Period]]:
        month, quarter = Period.month_of(self.today), Period.quarter_of(self.today)
        return [
            (self.tr("This month"), month),
            (self.tr("Next month"), month.shifted(1)),
            (self.tr("This quarter"), quarter),
            (self.tr("Next quarter"), quarter.shifted(3)),
            (self.tr("This year"), Period.year(self.today.year)),
            (self.tr("Next year"), Period.year(self.today.year + 1)),
        ]

    def hide_costs(self, hidden: bool) -> None:
        """Meeting mode: a margin criterion stays off the screen (and unchanged on save), and no
        new one is offered: its target would tell the margin hoped for."""
        kept = False
        for row in self.rows:
            if row.chosen() is Metric.MARGIN:
                self.set_row_visible(row.layout, not hidden)
                kept = hidden
            elif hidden:
                row.metric.removeItem(row.metric.findData(Metric.MARGIN))
        if kept:
            self.hint.setText(
                self.hint.text()
                + "\n"
                + self.tr("Its margin criterion is hidden in meeting mode, and kept as it is.")
            )

    # --- filling and reading the form ------------------------------------------------------------

    def _load(self, objective: StoredObjective | None) -> None:
        f = self.formatter
        if objective is None:
            # The first salesperson rather than the team: most objectives are someone's.
            self.salesperson.setCurrentIndex(1 if self.salesperson.count() > 1 else 0)
            quarter = self._periods()[2][1]
            self.start.setDate(to_qdate(quarter.start))
            self.end.setDate(to_qdate(quarter.end))
            for row, (metric, weight) in zip(self.rows, NEW_CRITERIA, strict=False):
                row.metric.setCurrentIndex(row.metric.findData(metric))
                row.weight.setText(f.number(weight, decimals=0))
        else:
            terms = objective.terms
            self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(terms.salesperson_id)))
            self.start.setDate(to_qdate(terms.start))
            self.end.setDate(to_qdate(terms.end))
            for row in self.rows:
                row.metric.setCurrentIndex(0)
                row.target.clear()
                row.weight.clear()
            for row, criterion in zip(self.rows, terms.criteria, strict=False):
                row.metric.setCurrentIndex(row.metric.findData(criterion.metric))
                row.target.setText(f.number(criterion.target, decimals=0 if criterion.target % 1 == 0 else 2))
                row.weight.setText(f.number(criterion.weight * HUNDRED, decimals=0))
        self._dates_moved()

    def _period_picked(self) -> None:
        period = self.period.currentData()
        if period is None:  # "Other dates": the dates as they are, to be changed by hand
            return
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self.refresh()

    def _dates_moved(self) -> None:
        """The period named by the dates when they are one of the choices, else "Other dates"."""
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        dates = Period(start, end) if end >= start else None
        other = self.period.count() - 1
        named = next((i for i in range(other) if self.period.itemData(i) == dates), other)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(named)
        self.period.blockSignals(False)

    def _number(self, field: QLineEdit) -> Decimal | str | None:
        """The number typed, None when empty, or the reason it is not one."""
        try:
            return self.formatter.parse_decimal(field.text())
        except ValueError:
            return self.tr("Type a number, such as 120 000 or 12,5.")

    def values(self) -> tuple[ObjectiveTerms, dict[str, str]]:
        errors: dict[str, str] = {}
        criteria: list[Criterion] = []
        for row in self.rows:
            metric = row.chosen()
            if metric is None:
                continue
            target, weight = self._number(row.target), self._number(row.weight)
            if isinstance(target, str) or isinstance(weight, str):
                errors[row.key] = target if isinstance(target, str) else str(weight)
                continue
            if target is None:
                errors[row.key] = self.tr("Type the target of %1.").replace("%1", label(METRICS, metric))
                continue
            if weight is None:
                errors[row.key] = self.tr("Type the weight of %1, in %.").replace(
                    "%1", label(METRICS, metric)
                )
                continue
            criteria.append(Criterion(metric, target, weight / HUNDRED))
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        named = [metric for row in self.rows if (metric := row.chosen()) is not None]
        for rule_break in objective_rule_breaks(start, end, criteria, count=len(named), named=named):
            key = rule_break.field
            if rule_break.index is not None:
                key = self._row_of(criteria[rule_break.index]).key
            errors.setdefault(key, self._rule(rule_break.rule, rule_break.count, rule_break.metric))
        terms = ObjectiveTerms(self.salesperson.currentData(), start, end, tuple(criteria))
        return terms, errors

    def _row_of(self, criterion: Criterion) -> CriterionRow:
        return next(row for row in self.rows if row.chosen() is criterion.metric)

    def _rule(self, rule: ObjectiveRule, count: int, metric: Metric | None) -> str:
        if rule is ObjectiveRule.END_BEFORE_START:
            return self.tr("The end is before the start.")
        if rule is ObjectiveRule.CRITERIA_COUNT:
            return self.tr("Choose 2 to 4 criteria (%1 chosen).").replace("%1", str(count))
        if rule is ObjectiveRule.METRIC_TWICE:
            return self.tr("%1 is chosen twice: each criterion once.").replace(
                "%1", label(METRICS, metric) if metric else ""
            )
        if rule is ObjectiveRule.TARGET_NOT_POSITIVE:
            return self.tr("The target must be above zero.")
        return self.tr("The weight must be above zero.")

    # --- saving --------------------------------------------------------------------------------

    def refusal_text(self, problem: Problem) -> str:
        if problem.field == "start":
            return self.tr("%1 already has an objective over these dates: change that one instead.").replace(
                "%1", self.salesperson.currentText()
            )
        if problem.field == "salesperson":
            return self.tr("This salesperson is no longer in the workspace.")
        if problem.field == "id":
            return self.tr("This objective was deleted meanwhile: close this form.")
        return problem.reason

    def undo_text(self) -> str:
        return self.tr("Objective of %1").replace("%1", self.salesperson.currentText())

    def write(self, values: ObjectiveTerms) -> Changed[int]:
        return save_objective(self.workspace, objective_id=self.objective_id, terms=values)

    def stored(self) -> bool:
        return self.objective_id is not None

    def reload(self) -> None:
        if self.objective_id is not None:
            self._load(stored_objective(self.workspace, self.objective_id))
