"""The workspace's settings (company, holidays, what a consultant costs, objective cap) and how
often it is backed up."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox

from esn_desktop.domain.calendar import HolidayRegion
from esn_desktop.domain.errors import Problem
from esn_desktop.domain.settings import MAX_IDLE_LOCK_MINUTES, WorkspaceSettings
from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import Changed
from esn_desktop.services.workspace_settings import update_workspace_settings, workspace_settings
from esn_desktop.ui.dialogs.record_dialog import RecordDialog, code_combo
from esn_desktop.ui.labels import HOLIDAY_REGIONS
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.operations import Operations


class SettingsDialog(RecordDialog):
    """The workspace's settings; in `meeting` mode without what a consultant costs (employer
    charges, yearly costs), which stay as they are on save."""

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        backup_hours: int,
        meeting: MeetingMode | None = None,
    ) -> None:
        super().__init__(operations, formatter, self.tr("Workspace settings"))
        self.settings = s = workspace_settings(self.workspace)
        f = formatter
        self.company = QLineEdit(s.company_name)
        self.region = code_combo(HOLIDAY_REGIONS, s.holiday_region)
        self.charges = QLineEdit(f.number(s.employer_charge_rate * 100, decimals=1))
        self.extra_costs = QLineEdit(f.number(s.yearly_extra_costs, decimals=2))
        self.worked_days = QLineEdit(f.number(s.yearly_worked_days, decimals=0))
        self.cap = QLineEdit(f.number(s.achievement_cap * 100, decimals=0))
        self.idle_minutes = QLineEdit(str(s.idle_lock_minutes))
        self.idle_minutes.setToolTip(
            self.tr("0: never. After this many minutes, meeting mode hides every figure.")
        )
        self.backup_hours = QSpinBox(minimum=0, maximum=24 * 7)
        self.backup_hours.setValue(backup_hours)
        self.backup_hours.setSuffix(self.tr(" hours"))
        self.backup_hours.setSpecialValueText(self.tr("never"))
        self.costs_hidden_note = QLabel(
            self.tr("Employer charges and yearly costs per consultant are hidden in meeting mode.")
        )
        self.costs_hidden_note.setWordWrap(True)
        self.add_field(self.tr("Company"), self.company, "company_name")
        self.add_field(self.tr("Public holidays"), self.region)
        self.form.addRow(self.costs_hidden_note)
        self.add_field(self.tr("Employer charges (% of gross salary)"), self.charges, "employer_charge_rate")
        self.add_field(
            self.tr("Other yearly costs per consultant (€)"), self.extra_costs, "yearly_extra_costs"
        )
        self.add_field(self.tr("Worked days a year"), self.worked_days, "yearly_worked_days")
        self.add_field(self.tr("Objective achievement capped at (%)"), self.cap, "achievement_cap")
        self.add_field(self.tr("Lock after inactivity (minutes)"), self.idle_minutes, "idle_lock_minutes")
        self.add_field(self.tr("Automatic backup every"), self.backup_hours)
        self.watch(
            self.company.textChanged,
            self.charges.textChanged,
            self.extra_costs.textChanged,
            self.worked_days.textChanged,
            self.cap.textChanged,
            self.idle_minutes.textChanged,
        )
        self.hide_costs(meeting is not None and meeting.on)
        if meeting is not None:
            # Meeting mode can come on while the form is open (the idle lock): the costs go then.
            meeting.changed.connect(self.hide_costs)

    def hide_costs(self, hidden: bool) -> None:
        """Meeting mode: what a consultant costs stays off the screen (and unchanged on save)."""
        self.set_row_visible(self.charges, not hidden)
        self.set_row_visible(self.extra_costs, not hidden)
        self.form.setRowVisible(self.costs_hidden_note, hidden)

    def _number(self, field: QLineEdit, key: str, errors: dict[str, str]) -> Decimal | None:
        try:
            value = self.formatter.parse_decimal(field.text())
        except ValueError:
            errors[key] = self.tr("Type a number, such as 45 or 45,5.")
            return None
        if value is None:
            errors[key] = self.tr("Required.")
        return value

    def values(self) -> tuple[WorkspaceSettings, dict[str, str]]:
        errors: dict[str, str] = {}
        if not self.company.text().strip():
            errors["company_name"] = self.tr("The company name is required.")
        charges = self._number(self.charges, "employer_charge_rate", errors)
        extra = self._number(self.extra_costs, "yearly_extra_costs", errors)
        days = self._number(self.worked_days, "yearly_worked_days", errors)
        cap = self._number(self.cap, "achievement_cap", errors)
        if charges is not None and charges < 0:
            errors["employer_charge_rate"] = self.tr("Must not be negative.")
        if extra is not None and extra < 0:
            errors["yearly_extra_costs"] = self.tr("Must not be negative.")
        if days is not None and not 0 < days <= 366:
            errors["yearly_worked_days"] = self.tr("Between 1 and 366 days.")
        if cap is not None and cap < 100:
            errors["achievement_cap"] = self.tr("At least 100%.")
        idle = self._number(self.idle_minutes, "idle_lock_minutes", errors)
        if idle is not None and (idle != idle.to_integral_value() or not 0 <= idle <= MAX_IDLE_LOCK_MINUTES):
            errors["idle_lock_minutes"] = self.tr("A whole number of minutes from 0 (never) to 240.")
            idle = None
        s = self.settings
        settings = replace(
            s,
            company_name=self.company.text().strip(),
            holiday_region=HolidayRegion(self.region.currentData()),
            employer_charge_rate=(charges / 100) if charges is not None else s.employer_charge_rate,
            yearly_extra_costs=extra if extra is not None else s.yearly_extra_costs,
            yearly_worked_days=days if days is not None else s.yearly_worked_days,
            achievement_cap=(cap / 100) if cap is not None else s.achievement_cap,
            idle_lock_minutes=int(idle) if idle is not None else s.idle_lock_minutes,
        )
        return settings, errors

    def write(self, values: WorkspaceSettings) -> Changed[int | None]:
        return Changed(None, update_workspace_settings(self.workspace, values))

    def refusal_text(self, problem: Problem) -> str:
        return self.tr("Refused: %1").replace("%1", problem.reason)
