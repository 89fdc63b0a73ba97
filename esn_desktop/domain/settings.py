"""A workspace's settings, with the defaults a French ESN expects."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from esn_desktop.domain.calendar import HolidayRegion, WorkingCalendar
from esn_desktop.domain.objectives import DEFAULT_ACHIEVEMENT_CAP
from esn_desktop.domain.staffing import CostSettings

#: The idle lock's default and its longest delay (four hours: a meeting's length, not a day's).
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 240


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    company_name: str = ""
    holiday_region: HolidayRegion = HolidayRegion.METROPOLE
    employer_charge_rate: Decimal = Decimal("0.45")
    yearly_extra_costs: Decimal = Decimal(0)
    yearly_worked_days: Decimal = Decimal(218)
    achievement_cap: Decimal = DEFAULT_ACHIEVEMENT_CAP
    #: After this many minutes without a key or a click the window hides every figure; 0: never.
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES

    @property
    def cost_settings(self) -> CostSettings:
        return CostSettings(self.employer_charge_rate, self.yearly_extra_costs, self.yearly_worked_days)

    @property
    def calendar(self) -> WorkingCalendar:
        return WorkingCalendar(self.holiday_region)

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))
