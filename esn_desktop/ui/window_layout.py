"""Where each workspace left the window: its size and place, the tab on show, the accounts'
columns; kept on this computer, per workspace file or team database (its name stays out of the settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QWidget

from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.recent_workspaces import Place
from esn_desktop.ui.window_tabs import Tab

ACCOUNTS_HEADER = "prospects/header"


def _settings(workspace: Place) -> QSettings:
    settings = QSettings()
    settings.beginGroup(f"layout/{recent_workspaces.workspace_key(workspace)}")
    return settings


def save_layout(workspace: Place, window: QWidget, shown: Tab | None, accounts: QHeaderView | None) -> None:
    settings = _settings(workspace)
    settings.setValue("geometry", window.saveGeometry())
    # By its place: the layouts saved before the tabs had names keep their meaning.
    settings.setValue("tab", list(Tab).index(shown) if shown is not None else 0)
    if accounts is not None:
        settings.setValue(ACCOUNTS_HEADER, accounts.saveState())


def restore_layout(workspace: Place, window: QWidget) -> Tab:
    """Puts the window back where it was; returns the tab that was on show."""
    settings = _settings(workspace)
    if settings.contains("geometry"):
        window.restoreGeometry(settings.value("geometry"))
    index = settings.value("tab", 0)
    assert isinstance(index, int | str)  # a number, or its text in an INI file
    tabs = list(Tab)
    return tabs[int(index)] if 0 <= int(index) < len(tabs) else Tab.PROSPECTS


def restore_accounts_header(workspace: Place, header: QHeaderView) -> None:
    """The accounts' columns as this workspace left them."""
    settings = _settings(workspace)
    if settings.contains(ACCOUNTS_HEADER):
        header.restoreState(settings.value(ACCOUNTS_HEADER))
