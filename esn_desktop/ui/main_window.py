"""The main window: the welcome screen, or one open workspace's tabs under its company's name."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.services.topics import EVERYTHING
from esn_desktop.ui import recent_workspaces, role_rights
from esn_desktop.ui.background import BackgroundTask, awaiting, wind_down
from esn_desktop.ui.charts.drill_down import DrillDown
from esn_desktop.ui.demo_builder import DemoBuilder
from esn_desktop.ui.drill_through import drill_through
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.i18n import SETTING as LANGUAGE_SETTING
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.idle_lock import IdleLock
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.recent_workspaces import place_of
from esn_desktop.ui.role_rights import writes
from esn_desktop.ui.scheduled_backups import ScheduledBackups, backup_hours, set_backup_hours
from esn_desktop.ui.screen_lock import ScreenLock
from esn_desktop.ui.tab_actions import CreatesItems, ExportsList, Searches
from esn_desktop.ui.warm_up import ChartsWarmUp
from esn_desktop.ui.welcome_widget import WelcomeWidget
from esn_desktop.ui.window_layout import restore_accounts_header, restore_layout, save_layout
from esn_desktop.ui.window_menus import WindowMenus
from esn_desktop.ui.window_opening import WindowOpening
from esn_desktop.ui.window_tabs import Tab, WorkspaceTabs, make_tab
from esn_desktop.ui.workspace_marks import WorkspaceMarks
from esn_desktop.ui.workspace_opener import WorkspaceOpener
from esn_desktop.ui.workspace_scope import WorkspaceScope

# The welcome screen needs none of these: the database (SQLAlchemy), the services, the tabs and
# the forms are imported when a workspace opens, so that the first window shows sooner.
if TYPE_CHECKING:
    from collections.abc import Callable

    from esn_desktop.services.workspaces import Workspace
    from esn_desktop.ui.tabs.consultants_tab import ConsultantsTab
    from esn_desktop.ui.tabs.missions_tab import MissionsTab
    from esn_desktop.ui.tabs.objectives_tab import ObjectivesTab
    from esn_desktop.ui.tabs.prospects_tab import ProspectsTab

__all__ = ["MainWindow", "backup_hours"]

#: How long « Fait : Appel chez X » stays in the status bar: read at a glance, gone before the next.
LOGGED_MESSAGE_MS = 8000


class MainWindow(WindowOpening):
    #: The window closed, its workspace with it: the application ends there (app.py), whatever
    #: other window is still shown (a dialog, a progress left by a task).
    closed = Signal()

    #: Made by _build_menus, and made again (after removing these) in a new language.
    menus: WindowMenus

    def __init__(
        self, workspace: Workspace | None = None, company: str = "", formatter: Formatter | None = None
    ) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.scope: WorkspaceScope | None = None
        self.formatter = formatter or Formatter()
        self.events = DataEvents(self)
        # One history of changes per open workspace, emptied when another one opens.
        self.undo_stack = QUndoStack(self)
        self.meeting = MeetingMode(self)
        self.idle_lock = IdleLock(self.meeting, self)
        self.warm_up = ChartsWarmUp(self)
        self.backups = ScheduledBackups(self.meeting, self)
        self.demo = DemoBuilder(self)
        # Through a lambda: the tests answer by replacing the method on the window (and below).
        self.opener = WorkspaceOpener(
            lambda reason: self.accept_reading_only(reason),  # noqa: PLW0108
            lambda dialog: self.run_dialog(dialog),  # noqa: PLW0108
            self,
        )
        self.export_task: BackgroundTask | None = None
        self.marks = WorkspaceMarks(self)
        self.meeting_label, self.read_only_label = self.marks.meeting_label, self.marks.read_only_label
        self.read_only_banner = self.marks.read_only_banner
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.pages = WorkspaceTabs(self.tabs)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self._build_welcome()
        self.screen_lock = ScreenLock(self, self.stack)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._connect_signals()
        if workspace is not None:
            self.show_workspace(workspace, company)
        else:
            self._show_welcome()

    # --- building -----------------------------------------------------------------------

    def _build_welcome(self) -> None:
        self.welcome = WelcomeWidget(self.meeting)
        self.stack.insertWidget(0, self.welcome)
        self.welcome.create_requested.connect(self.create_workspace)
        self.welcome.open_requested.connect(self.choose_workspace)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_path)

    def _build_menus(self) -> None:
        if hasattr(self, "menus"):  # made again in the new language
            self.menus.remove()
        self.menus = menus = WindowMenus(self)
        self.toolbar, self.recent_menu = menus.toolbar, menus.recent_menu
        self.import_action, self.export_action = menus.import_action, menus.export_action
        self.visit_pack_action, self.close_action = menus.visit_pack_action, menus.close_action
        self.undo_action, self.redo_action = menus.undo_action, menus.redo_action
        self.log_action, self.settings_action = menus.log_action, menus.settings_action
        self.meeting_action = menus.meeting_action

    def _connect_signals(self) -> None:
        self.meeting.changed.connect(self._show_meeting_mode)
        self.backups.notice.connect(self.screen_lock.say)
        self.idle_lock.locked.connect(self.statusBar().showMessage)
        self.idle_lock.lock_screen.connect(self.screen_lock.lock)
        # Through lambdas: the tests answer by replacing the method on the window; and nothing
        # opens over the lock screen: it waits to be unlocked.
        self.demo.built.connect(lambda path: self.screen_lock.when_unlocked(lambda: self.open_path(path)))
        self.backups.failed.connect(
            lambda text: self.screen_lock.when_unlocked(lambda: self.show_error(text))
        )
        self.demo.failed.connect(lambda text: self.screen_lock.when_unlocked(lambda: self.show_error(text)))
        self.pages.built.connect(self._tab_built)
        # An open offline copy's mark: « Synchronise » clicked, or its server answering again.
        self.marks.sync_requested.connect(self.sync_offline)
        self.marks.ready_to_send.connect(self.offline_ready)
        for tab in Tab:
            QShortcut(QKeySequence(f"Ctrl+{tab.number}"), self).activated.connect(
                lambda t=tab: self.show_tab(t) if self.workspace is not None else None
            )
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.activated.connect(self._new_item)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(
            lambda: self.events.data_changed.emit(EVERYTHING)
        )

    def report_error(self, error: EsnError) -> None:
        """A refusal that reached no form (a drag, a click, an undo), said in one line.

        A workspace changed under the window is closed: nothing more could be saved into it,
        and opening it again shows what the file holds.
        """
        from esn_desktop.services.workspaces import WorkspaceChangedError  # loaded with a workspace

        self.show_error(error_text(error, self.formatter))
        if isinstance(error, WorkspaceChangedError):
            self.close_workspace()

    # --- actions on the open workspace ----------------------------------------------------

    def import_file(self) -> None:
        """Imports a list or a document: the wizard writes through the operations, which tell the
        views what it wrote."""
        if self.scope is None:
            return
        from esn_desktop.ui.dialogs.import_wizard import ImportWizard  # see the imports above

        path = self.ask_import_file()
        if path is not None:
            self.run_import(ImportWizard(self.scope.operations, path, self.formatter))

    def log_activity(self) -> None:
        """Logs an activity, on the account in view if there is one: this action, then Save."""
        if self.scope is None:
            return
        from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog  # see the imports above
        from esn_desktop.ui.tabs.prospects_tab import ProspectsTab

        prospects = self.pages.widgets.get(Tab.PROSPECTS)
        # The account as the panel read it: logging reads it once, when the panel shows it again.
        detail = prospects.panel.detail if isinstance(prospects, ProspectsTab) else None
        dialog = ActivityDialog(self.scope.operations, self.formatter, date.today(), detail=detail)
        # Saved, the status bar says so, as after every write (`Operations.notice`).
        saved = self.run_dialog(dialog) and dialog.saved_id is not None
        if saved and isinstance(prospects, ProspectsTab) and dialog.saved_id is not None:
            prospects.panel.point_out(dialog.account.account_id(), dialog.saved_id)
        # Deleted now, not by Python's collector: a reference kept elsewhere (a test, a journey)
        # would otherwise destroy the form after the application, crashing the process on quit.
        dialog.deleteLater()

    def export_list(self) -> None:
        """Exports the list of the tab on show, as shown."""
        if isinstance(tab := self._current_tab(), ExportsList):
            self.export_task = tab.export()

    def write_visit_pack(self) -> None:
        """Opens the plans page, which holds the review's month and says where the pack went,
        and writes the pack from there."""
        if self.workspace is not None:
            self.show_tab(Tab.OBJECTIVES)
            self.objectives.show_plans().write_visit_pack()

    def edit_settings(self) -> None:
        if self.scope is None or self.workspace is None:
            return
        from esn_desktop.services.workspaces import company_name  # see the imports above
        from esn_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.scope.operations, self.formatter, backup_hours(), self.scope.meeting)
        if self.run_dialog(dialog):
            set_backup_hours(dialog.backup_hours.value())
            self.idle_lock.start(self.workspace)
            self.show_title(company_name(self.workspace))
            recent_workspaces.remember(place_of(self.workspace), company_name(self.workspace))

    def drill_down(self, drill: DrillDown) -> None:
        """Opens the list behind a clicked bar, stage or consultant of the dashboard, filtered to it."""
        drill_through(self, drill)

    def _new_item(self) -> None:
        if isinstance(tab := self._current_tab(), CreatesItems):
            tab.new_item()

    def _focus_search(self) -> None:
        if isinstance(tab := self._current_tab(), Searches):
            tab.focus_search()

    # --- the tabs -------------------------------------------------------------------------

    def show_tab(self, tab: Tab) -> None:
        """Brings `tab` of the open workspace to the front."""
        self.pages.show(tab)

    def tab(self, tab: Tab) -> Any:
        """The open workspace's tab, built on first use."""
        return self.pages.tab(tab)

    def _current_tab(self) -> QWidget | None:
        return self.pages.current() if self.stack.currentWidget() is self.tabs else None

    @property
    def prospects(self) -> ProspectsTab:
        return self.tab(Tab.PROSPECTS)

    @property
    def consultants(self) -> ConsultantsTab:
        return self.tab(Tab.CONSULTANTS)

    @property
    def missions(self) -> MissionsTab:
        return self.tab(Tab.MISSIONS)

    @property
    def objectives(self) -> ObjectivesTab:
        return self.tab(Tab.OBJECTIVES)

    @property
    def dashboard(self) -> Any:
        return self.tab(Tab.DASHBOARD)

    def _tab_built(self, tab: Tab, widget: Any) -> None:
        """What the window hears of a tab: the account panel's log button, the dashboard's clicks."""
        if tab is Tab.PROSPECTS:
            widget.panel.log_requested.connect(self.log_activity)
            assert self.workspace is not None  # tabs are built for the open workspace
            restore_accounts_header(place_of(self.workspace), widget.table.horizontalHeader())
        elif tab is Tab.DASHBOARD:
            widget.drill.connect(self.drill_down)

    # --- opening and closing workspaces ------------------------------------------------------

    @property
    def demo_task(self) -> BackgroundTask | None:
        return self.demo.task

    @property
    def backup_task(self) -> BackgroundTask | None:
        return self.backups.task

    def back_up_if_due(self) -> None:
        self.backups.back_up_if_due()

    def _switch(self, opener: Callable[[], tuple[Workspace, str] | None]) -> None:
        """Closes the current workspace first: two companies are never open in one window."""
        self.close_workspace()
        try:
            opened = opener()
        except EsnError as error:
            self.show_error(error_text(error, self.formatter))
            return
        if opened is not None:
            from esn_desktop.services.workspaces import company_name  # loaded by the opening

            workspace, read_only_why = opened
            self.show_workspace(workspace, company_name(workspace), read_only_why)

    def show_workspace(self, workspace: Workspace, company: str, read_only_why: str = "") -> None:
        """Shows the workspace's tabs; one that cannot be written is marked, the banner giving
        `read_only_why` when the window knows why."""
        self.workspace = workspace
        place = place_of(workspace)
        company = company or recent_workspaces.company_of(place)
        recent_workspaces.remember(place, company)
        # The tabs hear the window through a scope of this workspace, cut off when it closes.
        self.scope = scope = WorkspaceScope(workspace, self.events, self.meeting, self.undo_stack, self)
        scope.operations.refused.connect(self.report_error)
        scope.reachable.connect(lambda up: self.marks.show_reachable(workspace, up))
        scope.operations.notice.connect(lambda text: self.statusBar().showMessage(text, LOGGED_MESSAGE_MS))
        self.pages.open(lambda tab: make_tab(tab, scope, self.formatter))
        self.show_title(company)
        self.show_place()
        self.stack.setCurrentWidget(self.tabs)
        self._enable_workspace_actions(workspace)
        self.marks.show_read_only(
            not writes(workspace),
            read_only_why
            or role_rights.read_only_why(workspace)
            or self.tr("Read-only: this workspace is open for reading; nothing in it can be changed."),
        )
        self.marks.show_kind(workspace)
        self.show_tab(restore_layout(place, self))  # built now, the others when first shown
        self.backups.start(workspace)
        self.idle_lock.start(workspace)
        self.warm_up.start()

    def close_workspace(self) -> None:
        if self.workspace is None:
            return
        try:
            self._save_layout()
        finally:
            # Closed whatever happened to the layout: a failure there once left the window on
            # the previous client, under its name, with the next one never opened.
            if self.scope is not None:
                self.scope.close()
                self.scope = None
            self.undo_stack.clear()
            self.screen_lock.release(closing=True)
            wind_down()
            self.backups.stop()
            self.idle_lock.stop()
            self.export_task = None
            self.pages.close()
            self.workspace.close()
            self.workspace = None
            self._show_welcome()

    def set_language(self, language: str) -> None:
        """Switches the interface language now and for the next starts; the open workspace stays open."""
        QSettings().setValue(LANGUAGE_SETTING, language)
        app = QCoreApplication.instance()
        assert app is not None  # the window lives inside the application
        self.formatter = install_language(app, language)
        # A team database reopens with the password it was opened with, kept in memory only.
        path = (self.workspace.team or self.workspace.path) if self.workspace is not None else None
        self.close_workspace()
        self._build_menus()
        old = self.welcome
        self._build_welcome()
        self.stack.removeWidget(old)
        old.deleteLater()
        if path is not None:
            self.open_path(path)
        else:
            self._show_welcome()

    # --- what the window shows of the workspace ---------------------------------------------

    def _show_welcome(self) -> None:
        self.setWindowTitle(self.tr("esn-desktop"))
        self.statusBar().showMessage(self.tr("No workspace open"))
        self.welcome.refresh()
        self.stack.setCurrentWidget(self.welcome)
        self._enable_workspace_actions(None)
        self.marks.show_read_only(False, "")
        self.marks.show_kind(None)

    def _show_meeting_mode(self, on: bool) -> None:
        self.meeting_action.setChecked(on)
        self.marks.show_meeting_mode(on)
        if self.workspace is not None:
            self.show_place()

    def show_place(self) -> None:
        """The open workspace's file (or team database's URL, without its password) in the status
        bar, unless meeting mode keeps paths off screen."""
        assert self.workspace is not None
        self.statusBar().showMessage(self.meeting.place_shown(place_of(self.workspace)))

    def show_title(self, company: str) -> None:
        title = f"{company} — {self.tr('esn-desktop')}"
        if self.workspace is not None and not writes(self.workspace):
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)

    def _enable_workspace_actions(self, workspace: Workspace | None) -> None:
        """What needs an open workspace; what writes it, only when it can be written."""
        self.menus.enable_for(workspace)
        self.new_shortcut.setEnabled(workspace is not None and writes(workspace))

    def _save_layout(self) -> None:
        assert self.workspace is not None
        built = Tab.PROSPECTS in self.pages.widgets
        header = self.prospects.table.horizontalHeader() if built else None
        save_layout(place_of(self.workspace), self, self.pages.current_tab(), header)

    def closeEvent(self, event: QCloseEvent) -> None:
        if awaiting():  # a workspace being opened or made: closed once it is done
            event.ignore()
            QTimer.singleShot(50, self.close)
            return
        self.close_workspace()
        super().closeEvent(event)
        self.closed.emit()
