"""The open workspace's tabs, named by `Tab` and each built on its first visit.

The window opens a 100,000-prospect workspace without paying for the tabs nobody has looked at
yet: each tab's code is imported and its widget made when it is first shown (or first asked
for, by a drill-down or a menu action). Opening a workspace pays for the Prospects tab alone.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from esn_desktop.formatting import Formatter

if TYPE_CHECKING:
    from esn_desktop.ui.workspace_scope import WorkspaceScope


class Tab(StrEnum):
    """The tabs in their order on screen: Ctrl+1 to Ctrl+5 follow it."""

    PROSPECTS = "prospects"
    CONSULTANTS = "consultants"
    MISSIONS = "missions"
    OBJECTIVES = "objectives"
    DASHBOARD = "dashboard"

    @property
    def number(self) -> int:
        """Its place, from 1: the digit of its shortcut."""
        return list(Tab).index(self) + 1


def make_tab(tab: Tab, scope: WorkspaceScope, formatter: Formatter) -> QWidget:
    """The tab's widget for the scope's workspace, its code imported now (see the module's doc)."""
    ops, meeting = scope.operations, scope.meeting
    if tab is Tab.PROSPECTS:
        from esn_desktop.ui.tabs.prospects_tab import ProspectsTab

        return ProspectsTab(ops, formatter, meeting)
    if tab is Tab.CONSULTANTS:
        from esn_desktop.ui.tabs.consultants_tab import ConsultantsTab

        return ConsultantsTab(ops, formatter, meeting=meeting)
    if tab is Tab.MISSIONS:
        from esn_desktop.ui.tabs.missions_tab import MissionsTab

        return MissionsTab(ops, formatter, meeting=meeting)
    if tab is Tab.OBJECTIVES:
        from esn_desktop.ui.tabs.objectives_tab import ObjectivesTab

        return ObjectivesTab(ops, formatter, meeting=meeting)
    # pyqtgraph costs a third of a second, and many sessions never open the dashboard.
    from esn_desktop.ui.tabs.dashboard_tab import DashboardTab

    return DashboardTab(ops.workspace, scope.events, formatter, meeting)


class WorkspaceTabs(QObject):
    """The pages of `tabs` for one open workspace at a time: made empty when it opens, each filled
    with its tab when first shown, removed when it closes."""

    #: A tab was just built (the window wires what it needs of it).
    built = Signal(object, QWidget)

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.widgets: dict[Tab, QWidget] = {}
        self._make: Callable[[Tab], QWidget] | None = None
        tabs.currentChanged.connect(lambda _index: self.current())

    def titles(self) -> dict[Tab, str]:
        return {
            Tab.PROSPECTS: self.tr("Prospects"),
            Tab.CONSULTANTS: self.tr("Consultants"),
            Tab.MISSIONS: self.tr("Missions"),
            Tab.OBJECTIVES: self.tr("Objectives"),
            Tab.DASHBOARD: self.tr("Dashboard"),
        }

    def open(self, make: Callable[[Tab], QWidget]) -> None:
        """One empty page per tab; `make` builds a tab when it is first wanted."""
        self._make = make
        self.widgets = {}
        # Silent: the first tab added becomes current, which would build it even when the
        # workspace reopens on another one.
        self.tabs.blockSignals(True)
        for tab, title in self.titles().items():
            host = QWidget()
            host.setObjectName(tab.value)
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(host, title)
        self.tabs.blockSignals(False)

    def close(self) -> None:
        self._make = None
        for built in self.widgets.values():
            if built.isWindow():  # a tab on a screen of its own (the dashboard in full screen)
                built.hide()
                built.deleteLater()
        self.widgets = {}
        # Silent: each removal moves the current tab, which would build the next one anew.
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            assert widget is not None  # there is a tab 0 while count() > 0
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tabs.blockSignals(False)

    def tab(self, tab: Tab) -> QWidget:
        """The tab's widget, built on first use."""
        if tab not in self.widgets:
            assert self._make is not None, "no workspace open"
            widget = self._make(tab)
            layout = self._page(tab).layout()
            assert layout is not None  # every tab's page is made with its layout
            layout.addWidget(widget)
            # The layout would only queue the showing of a widget added to a visible parent: a
            # tab built and read in the same event (a drill-down, meeting mode) must be shown now.
            widget.show()
            self.widgets[tab] = widget
            self.built.emit(tab, widget)
        return self.widgets[tab]

    def show(self, tab: Tab) -> QWidget:
        """Brings the tab to the front, built if needed."""
        self.tabs.setCurrentWidget(self._page(tab))
        return self.tab(tab)

    def current(self) -> QWidget | None:
        """The tab on show (built now if it was not), None with no workspace open."""
        host = self.tabs.currentWidget()
        if host is None or self._make is None:
            return None
        return self.tab(Tab(host.objectName()))

    def current_tab(self) -> Tab | None:
        host = self.tabs.currentWidget()
        return Tab(host.objectName()) if host is not None and self._make is not None else None

    def _page(self, tab: Tab) -> QWidget:
        # Among this workspace's pages: the previous workspace's, removed, are only deleted
        # later, and a search of all children would find them first.
        return next(
            page
            for page in map(self.tabs.widget, range(self.tabs.count()))
            if page is not None and page.objectName() == tab.value
        )
