"""From a clicked bar, stage or consultant of the dashboard to the list behind it, filtered to it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from esn_desktop.ui.charts.drill_down import DrillDown, DrillTarget
from esn_desktop.ui.window_tabs import Tab

if TYPE_CHECKING:
    from esn_desktop.ui.main_window import MainWindow


def drill_through(window: MainWindow, drill: DrillDown) -> None:
    """Shows the tab of `drill`'s list in `window`, filtered on its value."""
    value = drill.value
    match drill.target:
        case DrillTarget.MONTH:
            window.show_tab(Tab.MISSIONS)
            window.missions.show_month(date.fromisoformat(value))
        case DrillTarget.CONSULTANT:
            window.show_tab(Tab.CONSULTANTS)
            window.consultants.show_filtered(search=value)
        case DrillTarget.OWNER:
            window.show_tab(Tab.PROSPECTS)
            window.prospects.show_filtered(owner=value)
        case DrillTarget.STAGE:
            window.show_tab(Tab.PROSPECTS)
            window.prospects.show_filtered(stage=value)
        case DrillTarget.CHANNEL:
            window.show_tab(Tab.PROSPECTS)
            window.prospects.show_filtered(channel=value)
