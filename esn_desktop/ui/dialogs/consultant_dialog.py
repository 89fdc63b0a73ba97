"""Creating or editing a consultant: the CJM typed, or derived from the salary with the workspace settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLineEdit, QRadioButton

from esn_desktop.domain.staffing import cjm_from_salary
from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import Changed
from esn_desktop.services.consultants import ConsultantRow, save_consultant
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.ui.dialogs.record_dialog import RecordDialog
from esn_desktop.ui.forms import HintLabel, date_edit, from_qdate, to_qdate
from esn_desktop.ui.operations import Operations


class ConsultantDialog(RecordDialog):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        consultant: ConsultantRow | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(
            operations, formatter, self.tr("Edit consultant") if consultant else self.tr("New consultant")
        )
        self.consultant_id = consultant.id if consultant else None
        self.before = consultant
        self.settings = workspace_settings(self.workspace)

        self.name = QLineEdit()
        self.start = date_edit()
        self.end = date_edit()
        self.still_employed = QCheckBox(self.tr("Still employed"))
        self.by_cost = QRadioButton(self.tr("Daily cost (CJM) typed"))
        self.by_salary = QRadioButton(self.tr("From the annual gross salary"))
        group = QButtonGroup(self)
        group.addButton(self.by_cost)
        group.addButton(self.by_salary)
        self.cost = QLineEdit(placeholderText="420")
        self.salary = QLineEdit(placeholderText="48 000")
        # Three lines in French at the form's width; kept while empty, so the form does not jump.
        self.derived = HintLabel(lines=3)
        self.target_rate = QLineEdit(placeholderText="650")
        self.skills = QLineEdit(placeholderText="Java, Spring, Kubernetes")
        self.seniority = QLineEdit()

        end_row = QHBoxLayout()
        end_row.addWidget(self.end)
        end_row.addWidget(self.still_employed)
        self.add_field(self.tr("Name"), self.name, "name")
        self.add_field(self.tr("Employed from"), self.start)
        self.add_field(self.tr("Until"), end_row, "end")
        self.add_field("", self.by_cost)
        self.add_field(self.tr("CJM (€ a day)"), self.cost, "daily_cost")
        self.add_field("", self.by_salary)
        self.add_field(self.tr("Annual gross salary (€)"), self.salary, "annual_salary")
        self.add_field("", self.derived)
        self.add_field(self.tr("Target daily rate (€)"), self.target_rate, "target_rate")
        self.add_field(self.tr("Skills (comma separated)"), self.skills)
        self.add_field(self.tr("Seniority"), self.seniority)

        self._load(consultant, today or date.today())
        self.still_employed.toggled.connect(lambda checked: self.end.setEnabled(not checked))
        self.end.setEnabled(not self.still_employed.isChecked())
        self.watch(
            self.name.textChanged,
            self.cost.textChanged,
            self.salary.textChanged,
            self.target_rate.textChanged,
            self.by_cost.toggled,
            self.still_employed.toggled,
            self.start.dateChanged,
            self.end.dateChanged,
        )

    def hide_costs(self, hidden: bool) -> None:
        """Meeting mode: the CJM and the salary stay off the screen (and unchanged on save)."""
        for widget in (self.by_cost, self.cost, self.by_salary, self.salary, self.derived):
            self.set_row_visible(widget, not hidden)

    def _load(self, consultant: ConsultantRow | None, today: date) -> None:
        self.start.setDate(to_qdate(consultant.start if consultant else today))
        self.end.setDate(to_qdate(consultant.end or today if consultant else today))
        self.still_employed.setChecked(consultant is None or consultant.end is None)
        self.by_cost.setChecked(True)
        if consultant is None:
            return
        f = self.formatter
        self.name.setText(consultant.name)
        self.skills.setText(", ".join(consultant.skills))
        self.seniority.setText(consultant.seniority or "")
        if consultant.target_rate is not None:
            self.target_rate.setText(f.number(consultant.target_rate, decimals=2))
        if consultant.typed_cost is not None:
            self.cost.setText(f.number(consultant.typed_cost, decimals=2))
        if consultant.annual_salary is not None:
            self.salary.setText(f.number(consultant.annual_salary, decimals=2))
            self.by_salary.setChecked(consultant.typed_cost is None)

    def _amount(self, field: QLineEdit, name: str, errors: dict[str, str]) -> Decimal | None:
        try:
            value = self.formatter.parse_decimal(field.text())
        except ValueError:
            errors[name] = self.tr("Type an amount, such as 420 or 420,50.")
            return None
        if value is not None and value <= 0:
            errors[name] = self.tr("Must be positive.")
        return value

    def values(self) -> tuple[dict[str, object], dict[str, str]]:
        errors: dict[str, str] = {}
        by_cost = self.by_cost.isChecked()
        self.cost.setEnabled(by_cost)
        self.salary.setEnabled(not by_cost)
        cost = self._amount(self.cost, "daily_cost", errors) if by_cost else None
        salary = None if by_cost else self._amount(self.salary, "annual_salary", errors)
        target = self._amount(self.target_rate, "target_rate", errors)
        if by_cost and cost is None and "daily_cost" not in errors:
            errors["daily_cost"] = self.tr("The daily cost is required.")
        if not by_cost and salary is None and "annual_salary" not in errors:
            errors["annual_salary"] = self.tr("The salary is required.")
        if not self.name.text().strip():
            errors["name"] = self.tr("The name is required.")
        start = from_qdate(self.start.date())
        end = None if self.still_employed.isChecked() else from_qdate(self.end.date())
        if end is not None and end < start:
            errors["end"] = self.tr("The end is before the start.")
        values: dict[str, object] = {
            "name": self.name.text().strip(),
            "start": start,
            "end": end,
            "typed_cost": cost,
            "annual_salary": salary,
            "target_rate": target,
            "skills": tuple(s.strip() for s in self.skills.text().split(",") if s.strip()),
            "seniority": self.seniority.text().strip() or None,
        }
        return values, errors

    def refresh(self) -> None:
        super().refresh()
        values, errors = self.values()
        salary = values["annual_salary"]
        if isinstance(salary, Decimal) and "annual_salary" not in errors:
            s, f = self.settings, self.formatter
            self.derived.setText(
                self.tr(
                    "CJM %1 = salary x (1 + %2 charges) + %3 yearly costs, over %4 days (workspace settings)"
                )
                .replace("%1", f.money(cjm_from_salary(salary, s.cost_settings)))
                .replace("%2", f.rate(s.employer_charge_rate, decimals=0))
                .replace("%3", f.money(s.yearly_extra_costs, cents=False))
                .replace("%4", f.number(s.yearly_worked_days, decimals=0))
            )
        else:
            self.derived.setText("")

    def undo_text(self) -> str:
        return self.tr("Consultant %1").replace("%1", self.name.text().strip())

    def write(self, values: dict[str, object]) -> Changed[int | None]:
        return save_consultant(self.workspace, consultant_id=self.consultant_id, **values)  # type: ignore[arg-type]
