"""What a person edits of a monthly action plan: the revenue goal, the actions per segment, the
named target accounts, the deals to push with their next step, and the notes on method; shown
from the plan read, and read back as the `PlanInput` to save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.formatting import Formatter
from esn_desktop.services.action_plans import ActionPlanView, PlanInput
from esn_desktop.ui.forms import error_label, keep_rows_in_sight, show_error
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right
from esn_desktop.ui.widgets.account_picker import AccountPicker
from esn_desktop.ui.widgets.action_rules_editor import ActionRulesEditor
from esn_desktop.ui.widgets.deals_to_push import DealsToPush

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace


class PlanForm(QWidget):
    """The plan's fields in two columns; `beside` (the month's progress) heads the right one."""

    #: Something to tell the person about what they did in the form ('' once it is solved).
    problem = Signal(str)

    def __init__(self, workspace: Workspace, formatter: Formatter, beside: QWidget) -> None:
        super().__init__()
        self.formatter = formatter
        self.goal = QLineEdit()
        self.goal_error = error_label()
        self.rules = ActionRulesEditor()
        self.targets = QListWidget()
        self.target_picker = AccountPicker(workspace)
        self.add_target_button = QPushButton(self.tr("Add"))
        self.remove_target_button = QPushButton(self.tr("Remove"))
        self.pushes = DealsToPush(formatter)
        self.notes = QPlainTextEdit(
            placeholderText=self.tr("Pitch, questions for discovery meetings, objections to expect…")
        )
        self._lay_out(beside)
        self.add_target_button.clicked.connect(lambda _checked=False: self.add_target())
        self.target_picker.returnPressed.connect(self.add_target)
        self.remove_target_button.clicked.connect(
            lambda _checked=False: self.targets.takeItem(self.targets.currentRow())
        )
        lock_editing(
            workspace,
            self.goal,
            self.rules.table,
            self.rules.add_button,
            self.rules.remove_button,
            self.target_picker,
            self.add_target_button,
            self.remove_target_button,
            self.pushes.table,
            self.notes,
            right=Right.PLANS,
        )

    def _lay_out(self, beside: QWidget) -> None:
        goal_row = QFormLayout()
        goal_row.addRow(self.tr("Revenue goal of the month (€)"), self.goal)
        goal_row.addRow("", self.goal_error)
        targets_box = QGroupBox(self.tr("Named target accounts (none: every account of the segments)"))
        targets_layout = QVBoxLayout(targets_box)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.target_picker, 1)
        picker_row.addWidget(self.add_target_button)
        picker_row.addWidget(self.remove_target_button)
        targets_layout.addLayout(picker_row)
        targets_layout.addWidget(self.targets)
        notes_box = QGroupBox(self.tr("Method"))
        QVBoxLayout(notes_box).addWidget(self.notes)
        # At 1366×768 the deals to push had one row and a half under the month's progress and the
        # method (found by the user trial): the method goes under the targets, the progress takes
        # the height of its rows, and the deals the rest of the right column.
        keep_rows_in_sight(self.rules.table, 3)
        keep_rows_in_sight(self.targets, 2)
        keep_rows_in_sight(self.pushes.table, 4)
        self.notes.setMinimumHeight(
            3 * self.notes.fontMetrics().lineSpacing() + 2 * self.notes.frameWidth() + 8
        )
        left = QVBoxLayout()
        left.addLayout(goal_row)
        left.addWidget(self.rules, 3)
        left.addWidget(targets_box, 1)
        left.addWidget(notes_box, 2)

        right = QVBoxLayout()
        right.addWidget(beside)
        right.addWidget(self.pushes, 1)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    # Showing a plan

    def show_plan(self, view: ActionPlanView, known_segments: list[str]) -> None:
        """The plan as read; `known_segments`: the segments the accounts use, for its rules."""
        f = self.formatter
        plan = view.plan
        self.goal.setText(f.number(plan.revenue_goal, decimals=2) if plan.revenue_goal is not None else "")
        derived = view.goal if view.goal_source == "objectives" else None
        self.goal.setPlaceholderText(
            self.tr("From the objectives: %1").replace("%1", f.money(derived, cents=False))
            if derived is not None
            else self.tr("No objective with a revenue criterion covers this month")
        )
        show_error(self.goal_error, "")
        self.rules.show_rules(plan.rules, known_segments)
        self.targets.clear()
        for target in view.targets:
            self._add_target_item(target.account_id, target.name)
        self.pushes.show_deals(view.pushes)
        self.notes.setPlainText(plan.notes)

    def offer_segments(self, known_segments: list[str]) -> None:
        """The segments the accounts use now, for the rules added next (the plan shown is kept)."""
        self.rules.model.known_segments = list(known_segments)

    # Editing

    def add_target(self) -> None:
        account_id = self.target_picker.account_id()
        if account_id is None:
            self.problem.emit(self.tr("Pick an account from the list to add it to the targets."))
            return
        self.problem.emit("")
        if account_id not in self._target_ids():
            self._add_target_item(account_id, self.target_picker.text().strip())
        self.target_picker.clear()

    def _add_target_item(self, account_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, account_id)
        self.targets.addItem(item)

    def _target_ids(self) -> list[int]:
        return [self.targets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.targets.count())]

    # Reading it back

    def plan_input(self, salesperson: str, month: date) -> PlanInput | None:
        """What the form holds as `salesperson`'s plan for `month`, or None with the reason shown
        beside the goal."""
        try:
            goal = self.formatter.parse_decimal(self.goal.text())
        except ValueError:
            show_error(self.goal_error, self.tr("Type an amount, such as 40 000, or leave it empty."))
            return None
        show_error(self.goal_error, "")
        return PlanInput(
            salesperson=salesperson,
            month=month,
            revenue_goal=goal,
            notes=self.notes.toPlainText(),
            account_ids=tuple(self._target_ids()),
            rules=self.rules.rules(),
            pushes=tuple(self.pushes.pushes()),
        )

    def differs_from(self, shown: PlanInput) -> bool:
        """The form holds something else than `shown` (a goal that does not read counts)."""
        typed = self.plan_input(shown.salesperson, shown.month)
        return typed is None or _comparable(typed) != _comparable(shown)


def _comparable(plan: PlanInput) -> PlanInput:
    """The plan with its lists in one order: the form shows targets and deals in its own."""
    return replace(
        plan,
        notes=plan.notes.strip(),
        account_ids=tuple(sorted(plan.account_ids)),
        pushes=tuple(sorted(plan.pushes, key=lambda p: p.opportunity_id)),
    )
