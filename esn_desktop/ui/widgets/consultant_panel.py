"""One consultant beside the list: skills, the CJM and where it comes from, the mission now and
next, and the leave periods, added or removed here (undoable)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import ValidationError
from esn_desktop.formatting import Formatter
from esn_desktop.services.consultants import (
    ConsultantDetail,
    ConsultantRow,
    MissionLine,
    add_leave,
    consultant_detail,
    delete_leave,
)
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.ui.forms import date_edit, error_label, from_qdate, show_error, title_label
from esn_desktop.ui.labels import AVAILABILITY, label
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right, allows


class ConsultantPanel(QWidget):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        today: date,
    ) -> None:
        super().__init__()
        self.operations, self.formatter, self.today = operations, formatter, today
        #: What the panel reads (through the services); leave changes through the operations.
        self.workspace = operations.workspace
        self.consultant: ConsultantRow | None = None
        self.detail: ConsultantDetail | None = None

        self.title = title_label()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.cost = QLabel()
        self.cost.setWordWrap(True)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.next = QLabel()
        self.next.setWordWrap(True)
        self.leaves = QListWidget()
        self.leaves.setMaximumHeight(160)
        self.leave_start = date_edit(today)
        self.leave_end = date_edit(today)
        self.add_leave_button = QPushButton(self.tr("Add the leave"))
        self.remove_leave_button = QPushButton(self.tr("Remove the selected leave"))
        self.leave_error = error_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.cost)
        layout.addWidget(QLabel("<b>" + self.tr("Missions") + "</b>"))
        layout.addWidget(self.current)
        layout.addWidget(self.next)
        # Newest first (the service's order), and said: the coming leave on top, the past below.
        layout.addWidget(QLabel("<b>" + self.tr("Leave") + "</b> " + self.tr("(latest first)")))
        layout.addWidget(self.leaves)
        new_leave = QHBoxLayout()
        new_leave.addWidget(QLabel(self.tr("From")))
        new_leave.addWidget(self.leave_start)
        new_leave.addWidget(QLabel(self.tr("to")))
        new_leave.addWidget(self.leave_end)
        new_leave.addWidget(self.add_leave_button)
        new_leave.addStretch()
        layout.addLayout(new_leave)
        layout.addWidget(self.leave_error)
        remove = QHBoxLayout()
        remove.addWidget(self.remove_leave_button)
        remove.addStretch()
        layout.addLayout(remove)
        layout.addStretch()

        self.add_leave_button.clicked.connect(self.add_leave)
        self.remove_leave_button.clicked.connect(self.remove_leave)
        self.leaves.currentRowChanged.connect(
            lambda row: self.remove_leave_button.setEnabled(
                row >= 0 and self.detail is not None and allows(self.workspace, Right.CONSULTANTS)
            )
        )
        lock_editing(
            self.workspace,
            self.leave_start,
            self.leave_end,
            self.add_leave_button,
            self.remove_leave_button,
            right=Right.CONSULTANTS,
        )
        self.show_consultant(None)

    def show_consultant(self, consultant: ConsultantRow | None) -> None:
        self.consultant = consultant
        self.detail = None
        show_error(self.leave_error, "")
        self.setEnabled(consultant is not None)
        self.leaves.clear()
        self.remove_leave_button.setEnabled(False)
        if consultant is None:
            self.title.setText(self.tr("Pick a consultant in the list"))
            for widget in (self.facts, self.cost, self.current, self.next):
                widget.clear()
            return
        f = self.formatter
        self.detail = consultant_detail(self.workspace, consultant.id, today=self.today)
        self.title.setText(consultant.name)
        facts = [label(AVAILABILITY, consultant.availability)]
        if consultant.seniority:
            facts.append(consultant.seniority)
        facts.append(self.tr("Skills: %1").replace("%1", ", ".join(consultant.skills) or "—"))
        self.facts.setText(" · ".join(facts))
        if consultant.cost_from_salary:
            s = workspace_settings(self.workspace)
            self.cost.setText(
                self.tr(
                    "CJM %1, from a salary of %2 (charges %3, yearly costs %4, %5 days: workspace settings)"
                )
                .replace("%1", f.money(consultant.daily_cost))
                .replace("%2", f.money(consultant.annual_salary, cents=False))
                .replace("%3", f.rate(s.employer_charge_rate, decimals=0))
                .replace("%4", f.money(s.yearly_extra_costs, cents=False))
                .replace("%5", f.number(s.yearly_worked_days, decimals=0))
            )
        else:
            self.cost.setText(self.tr("CJM %1 (typed)").replace("%1", f.money(consultant.daily_cost)))
        self.current.setText(
            self.tr("Now: %1").replace("%1", self._mission(self.detail.current) or self.tr("no mission"))
        )
        self.next.setText(
            self.tr("Next: %1").replace("%1", self._mission(self.detail.next) or self.tr("nothing planned"))
        )
        for leave in self.detail.leaves:
            item = QListWidgetItem(
                self.tr("%1 to %2").replace("%1", f.day(leave.start)).replace("%2", f.day(leave.end))
            )
            self.leaves.addItem(item)

    def _mission(self, mission: MissionLine | None) -> str:
        if mission is None:
            return ""
        f = self.formatter
        end = f.day(mission.end) if mission.end else self.tr("open-ended")
        return (
            self.tr("%1, %2 to %3, at %4 a day")
            .replace("%1", mission.account)
            .replace("%2", f.day(mission.start))
            .replace("%3", end)
            .replace("%4", f.money(mission.daily_rate, cents=False))
        )

    def add_leave(self) -> None:
        if self.consultant is None:
            return
        consultant = self.consultant
        start, end = from_qdate(self.leave_start.date()), from_qdate(self.leave_end.date())
        if end < start:
            show_error(self.leave_error, self.tr("The leave ends before it starts."))
            return
        try:
            self.operations.run(
                self.tr("Leave of %1").replace("%1", consultant.name),
                lambda: add_leave(self.workspace, consultant_id=consultant.id, start=start, end=end),
            )
        except ValidationError:  # the only refusal left: another leave covers some of these days
            show_error(self.leave_error, self.tr("This leave overlaps another one."))

    def remove_leave(self) -> None:
        row = self.leaves.currentRow()
        if self.consultant is None or self.detail is None or not 0 <= row < len(self.detail.leaves):
            return
        leave = self.detail.leaves[row]
        self.operations.apply(
            self.tr("Leave of %1").replace("%1", self.consultant.name),
            lambda: delete_leave(self.workspace, leave_id=leave.id),
        )
