"""The main window: the welcome screen, or one open workspace's tabs under its company's name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.services.backups import DEFAULT_EVERY, backup_due, scheduled_backup
from esn_desktop.services.topics import EVERYTHING
from esn_desktop.store.errors import WorkspaceChangedError, WorkspaceLockedError, WorkspaceReadOnlyError
from esn_desktop.store.location import storage_risk
from esn_desktop.ui import file_dialogs, recent_workspaces
from esn_desktop.ui.background import BackgroundTask, wind_down
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.i18n import SETTING as LANGUAGE_SETTING
from esn_desktop.ui.i18n import chosen_language, install_language
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.warm_up import ChartsWarmUp
from esn_desktop.ui.welcome_widget import WelcomeWidget
from esn_desktop.ui.workspace_scope import WorkspaceScope

# The welcome screen needs none of these: the database (SQLAlchemy), the services, the tabs and
# the forms are imported when a workspace opens, so that the first window shows sooner.
if TYPE_CHECKING:
    from esn_desktop.store.database import Workspace
    from esn_desktop.ui.dialogs.import_wizard import ImportWizard
    from esn_desktop.ui.tabs.consultants_tab import ConsultantsTab
    from esn_desktop.ui.tabs.missions_tab import MissionsTab
    from esn_desktop.ui.tabs.objectives_tab import ObjectivesTab
    from esn_desktop.ui.tabs.prospects_tab import ProspectsTab

DEMO_PROSPECTS = 300
BACKUP_HOURS_SETTING = "backups/every_hours"
BACKUP_CHECK_MS = 15 * 60 * 1000
#: How long "Call logged for X" stays in the status bar: read at a glance, gone before the next.
LOGGED_MESSAGE_MS = 8000


def backup_hours() -> int:
    """How often the open workspace is backed up (0: never); a preference of this computer."""
    hours = QSettings().value(BACKUP_HOURS_SETTING, DEFAULT_EVERY.total_seconds() // 3600)
    assert isinstance(hours, int | float | str)  # a number, or its text in an INI file
    return int(hours)


FILE_FILTER = "esn-desktop (*.esn);;SQLite (*.sqlite *.db);;*"
#: How a read-only workspace is marked: a banner above the tabs and a mark in the status bar.
READ_ONLY_STYLE = "background: #FFF3CD; color: #5C4300; border-bottom: 2px solid #E69F00; padding: 8px 12px;"


class MainWindow(QMainWindow):
    #: The window closed, its workspace with it: the application ends there (app.py), whatever
    #: other window is still shown (a dialog, a progress left by a task).
    closed = Signal()

    #: Made by _build_toolbar, and made again (after deleting this one) in a new language.
    toolbar: QToolBar

    def __init__(
        self, workspace: Workspace | None = None, company: str = "", formatter: Formatter | None = None
    ) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.events = DataEvents(self)
        # One history of changes per open workspace, emptied when another one opens.
        self.undo_stack = QUndoStack(self)
        self.meeting = MeetingMode(self)
        self.warm_up = ChartsWarmUp(self)
        self.meeting_label = QLabel()
        self.meeting_label.setStyleSheet(
            "color: white; background: #D55E00; padding: 2px 8px; font-weight: bold;"
        )
        self.meeting_label.hide()
        # In the status bar: a label without a parent would show as a window of its own.
        self.statusBar().addPermanentWidget(self.meeting_label)
        self.meeting.changed.connect(self._show_meeting_mode)
        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet(
            READ_ONLY_STYLE.replace("8px 12px", "2px 8px") + "font-weight: bold;"
        )
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.formatter = formatter or Formatter()
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self._build_welcome()
        # Inside the window, above the tabs: a read-only workspace says so wherever one looks.
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(READ_ONLY_STYLE)
        self.read_only_banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._built: dict[str, QWidget] = {}
        self.scope: WorkspaceScope | None = None
        self.demo_task: BackgroundTask | None = None
        self.backup_task: BackgroundTask | None = None
        self.export_task: BackgroundTask | None = None
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.back_up_if_due)
        self._build_menu()
        self._build_toolbar()
        self._connect_signals()
        if workspace is not None:
            self._show_workspace(workspace, company)
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

    def _build_menu(self) -> None:
        self.menuBar().clear()
        if hasattr(self, "toolbar"):  # rebuilt in the new language
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            del self.toolbar
        menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(menu, self.tr("&New workspace…"), self.create_workspace, "Ctrl+Shift+N")
        self._action(menu, self.tr("&Open workspace…"), self.choose_workspace, QKeySequence.StandardKey.Open)
        self._action(menu, self.tr("Open the &demo"), self.open_demo)
        self.recent_menu = menu.addMenu(self.tr("&Recent workspaces"))
        menu.addSeparator()
        self.import_action = self._action(menu, self.tr("&Import…"), self.import_file)
        self.export_action = self._action(
            menu, self.tr("&Export the list shown…"), self.export_list, "Ctrl+E"
        )
        self.visit_pack_action = self._action(menu, self.tr("&Visit pack…"), self.write_visit_pack)
        self.visit_pack_action.setToolTip(
            self.tr("The monthly review and every salesperson's plan in one PDF, to hand over")
        )
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        self.close_action = self._action(
            menu, self.tr("&Close workspace"), self.close_workspace, QKeySequence.StandardKey.Close
        )
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        # Enabled by the history alone: a read-only workspace opens with an empty one, and
        # nothing can add to it.
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.log_action = self._action(edit, self.tr("&Log an activity…"), self.log_activity, "Ctrl+L")
        settings = self.menuBar().addMenu(self.tr("&Settings"))
        self.settings_action = self._action(settings, self.tr("&Workspace settings…"), self.edit_settings)
        self.meeting_action = QAction(self.tr("Meeting mode"), self)
        self.meeting_action.setCheckable(True)
        self.meeting_action.setChecked(self.meeting.on)
        self.meeting_action.setShortcut(QKeySequence("Ctrl+M"))
        self.meeting_action.setToolTip(
            self.tr("Hides every cost, CJM, salary, margin and margin rate, to show the screen to a client")
        )
        self.meeting_action.toggled.connect(self.meeting.set)
        settings.addAction(self.meeting_action)
        languages = settings.addMenu(self.tr("Interface &language"))
        for code, name in (("fr", "Français"), ("en", "English")):
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))

    def _build_toolbar(self) -> None:
        """The actions a director reaches for from any tab, one click away."""
        bar = self.addToolBar(self.tr("Actions"))
        bar.setObjectName("actions")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.log_action)
        bar.addAction(self.export_action)
        bar.addSeparator()
        bar.addAction(self.meeting_action)
        self.toolbar = bar

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[..., object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(lambda _index: self._current_tab())
        for number in range(1, 6):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self).activated.connect(
                lambda n=number: self.tabs.setCurrentIndex(n - 1) if n <= self.tabs.count() else None
            )
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.activated.connect(self._new_item)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(
            lambda: self.events.data_changed.emit(EVERYTHING)
        )

    # --- dialogs (tests replace these) --------------------------------------------------

    def accept_leaving_meeting_mode(self) -> bool:
        """Asks to leave meeting mode before a file dialog lists workspace files (tests answer)."""
        answer = QMessageBox.question(
            self,
            self.tr("Meeting mode"),
            self.tr(
                "The file dialog lists the workspaces' file names, which may name other clients. "
                "Leave meeting mode to choose a file?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _out_of_meeting_mode(self) -> bool:
        """True once meeting mode is off: asked first when it is on (see meeting_mode.py)."""
        if self.meeting.on and self.accept_leaving_meeting_mode():
            self.meeting.set(False)
        return not self.meeting.on

    def ask_new_workspace_path(self) -> Path | None:
        if not self._out_of_meeting_mode():
            return None
        return file_dialogs.save_file_name(
            self,
            self.tr("New workspace"),
            recent_workspaces.default_folder() / "entreprise.esn",
            FILE_FILTER,
            suffix="esn",
        )

    def ask_company_name(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("New workspace"), self.tr("Company name:"))
        return name if ok else None

    def ask_existing_workspace(self) -> Path | None:
        if not self._out_of_meeting_mode():
            return None
        return file_dialogs.open_file_name(
            self, self.tr("Open a workspace"), recent_workspaces.default_folder(), FILE_FILTER
        )

    def ask_import_file(self) -> Path | None:
        if not self._out_of_meeting_mode():
            return None
        return file_dialogs.open_file_name(
            self,
            self.tr("Import"),
            Path.home(),
            self.tr("Prospect lists and documents (*.csv *.xlsx *.json)"),
        )

    def run_import(self, wizard: ImportWizard) -> bool:
        """Shows the wizard; True when something was imported (tests drive the wizard instead)."""
        wizard.exec()
        return wizard.imported

    def accept_reading_only(self, reason: str) -> bool:
        """Asks whether to read a workspace another copy of the app is changing (tests answer)."""
        answer = QMessageBox.question(
            self,
            self.tr("Workspace in use"),
            self.tr(
                "%1.\n\nOpen it for reading only? Lists, dashboard, exports and PDFs work; "
                "nothing can be changed."
            ).replace("%1", reason),
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self) -> None:
        if self.workspace is None:
            return
        from esn_desktop.ui.dialogs.import_wizard import ImportWizard  # see the imports above

        path = self.ask_import_file()
        if path is not None and self.run_import(ImportWizard(self.workspace, path, self.formatter)):
            self.events.data_changed.emit(EVERYTHING)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a form; True once it saved (tests drive the form instead)."""
        return bool(dialog.exec())

    def log_activity(self) -> None:
        """Logs an activity, on the account in view if there is one: this action, then Save."""
        if self.workspace is None:
            return
        from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog  # see the imports above
        from esn_desktop.ui.tabs.prospects_tab import ProspectsTab

        prospects = self._built.get("prospects")
        detail = prospects.panel.detail if isinstance(prospects, ProspectsTab) else None
        # The account as the panel read it: logging reads it once, when the panel shows it again.
        assert self.scope is not None
        dialog = ActivityDialog(self.scope.operations, self.formatter, date.today(), detail=detail)
        if self.run_dialog(dialog) and dialog.saved_id is not None:
            self.statusBar().showMessage(dialog.confirmation(), LOGGED_MESSAGE_MS)
            if isinstance(prospects, ProspectsTab):
                prospects.panel.point_out(dialog.account.account_id(), dialog.saved_id)
        # Deleted now, not by Python's collector: a reference kept elsewhere (a test, a journey)
        # would otherwise destroy the form after the application, crashing the process on quit.
        dialog.deleteLater()

    def export_list(self) -> None:
        """Exports the list of the tab on show, as shown."""
        export = getattr(self._current_tab(), "export", None)
        if export is not None and self.stack.currentWidget() is self.tabs:
            self.export_task = export()

    def write_visit_pack(self) -> None:
        """Opens the plans page, which holds the review's month and says where the pack went,
        and writes the pack from there."""
        if self.workspace is None:
            return
        objectives = self.objectives
        page = objectives.parentWidget()
        assert page is not None  # a tab is built into its page
        self.tabs.setCurrentWidget(page)
        objectives.pages.setCurrentWidget(objectives.plans)
        objectives.plans.write_visit_pack()

    def edit_settings(self) -> None:
        if self.workspace is None:
            return
        from esn_desktop.services.workspaces import company_name  # see the imports above
        from esn_desktop.ui.dialogs.settings_dialog import SettingsDialog

        assert self.scope is not None
        dialog = SettingsDialog(self.scope.operations, self.formatter, backup_hours())
        if self.run_dialog(dialog):
            QSettings().setValue(BACKUP_HOURS_SETTING, dialog.backup_hours.value())
            self._show_title(company_name(self.workspace))
            recent_workspaces.remember(self.workspace.path, company_name(self.workspace))

    def back_up_if_due(self) -> None:
        """A backup in the background when the last one is older than the chosen interval."""
        hours = backup_hours()
        if self.workspace is None or hours <= 0 or self.backup_task is not None:
            return
        if not self.workspace.writable:  # its backups folder beside it could not be written either
            return
        path = self.workspace.path
        if not backup_due(path, every=timedelta(hours=hours), now=datetime.now()):
            return
        task = BackgroundTask(lambda _progress: scheduled_backup(path))
        task.signals.succeeded.connect(self._backed_up)
        task.signals.failed.connect(self._backup_failed)
        self.backup_task = task.start()

    def _backed_up(self, target: Path) -> None:
        self.backup_task = None
        at = datetime.now().strftime("%H:%M")
        place = self.meeting.place_shown(target.parent)
        self.statusBar().showMessage(
            self.tr("Backed up at %1 in %2").replace("%1", at).replace("%2", place)
            if place
            else self.tr("Backed up at %1").replace("%1", at),
            10_000,
        )

    def _backup_failed(self, text: str) -> None:
        self.backup_task = None
        self.show_error(self.tr("The automatic backup failed: %1").replace("%1", text))

    def show_error(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("esn-desktop"), text)

    def report_error(self, error: EsnError) -> None:
        """A refusal that reached no form (a drag, a click, an undo), said in one line.

        A workspace changed under the window is closed: nothing more could be saved into it,
        and opening it again shows what the file holds.
        """
        self.show_error(error_text(error, self.formatter))
        if isinstance(error, WorkspaceChangedError):
            self.close_workspace()

    def accept_risky_place(self, risk: str) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Risky place for a workspace"),
            self.tr(
                "This folder is not safe for a workspace: %1.\n\nMove it to a local folder. Open it anyway?"
            ).replace("%1", risk),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    # --- workspace lifecycle ------------------------------------------------------------

    def create_workspace(self) -> None:
        path = self.ask_new_workspace_path()
        if path is None:
            return
        name = self.ask_company_name()
        if not name:
            return
        if not self._place_is_acceptable(path):
            return
        from esn_desktop.services.workspaces import create_company_workspace  # see the imports above

        self._switch(lambda: (create_company_workspace(path, company_name=name), ""))

    def choose_workspace(self) -> None:
        path = self.ask_existing_workspace()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        if not self._place_is_acceptable(path):
            return
        self._switch(lambda: self._open(path))

    def _open(self, path: Path) -> tuple[Workspace, str] | None:
        """The workspace for writing; for reading only, with what the banner says of it, when it
        cannot be written from here; None when the person would rather not read it."""
        from esn_desktop.store.database import open_workspace  # see the imports above

        try:
            return open_workspace(path), ""
        except WorkspaceReadOnlyError:
            why = self.tr(
                "Read-only: this file cannot be changed (its folder or the file itself is write-protected)."
            )
        except WorkspaceLockedError as error:
            if not self.accept_reading_only(error_text(error, self.formatter)):
                return None
            why = self.tr(
                "Read-only: another copy of esn-desktop is changing this file. Close it there, then "
                "open it again here to make changes."
            )
        return open_workspace(path, write=False), why

    def open_demo(self) -> None:
        path = recent_workspaces.default_folder() / "demo.esn"
        if path.exists():
            self.open_path(path)
            return
        from esn_desktop.services.demo import create_demo

        dialog = QProgressDialog(
            self.tr("Building the demo workspace…"), self.tr("Cancel"), 0, DEMO_PROSPECTS, self
        )
        dialog.setWindowTitle(self.tr("Demo"))
        dialog.setMinimumDuration(0)
        dialog.setValue(0)  # shown at once: the first accounts come after seconds of setting up
        task = BackgroundTask(
            lambda progress: create_demo(
                path, prospects=DEMO_PROSPECTS, seed=1, as_of=date.today(), progress=progress
            )
        )
        task.signals.progress.connect(lambda done, _total: dialog.setValue(done))

        def succeeded(_counts: object) -> None:
            dialog.close()
            self.open_path(path)

        def failed(text: str) -> None:
            dialog.close()
            self.show_error(text)

        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        task.signals.cancelled.connect(dialog.close)
        dialog.canceled.connect(task.cancel)
        self.demo_task = task.start()

    def set_language(self, language: str) -> None:
        """Switches the interface language now and for the next starts; the open workspace stays open."""
        QSettings().setValue(LANGUAGE_SETTING, language)
        app = QCoreApplication.instance()
        assert app is not None  # the window lives inside the application
        self.formatter = install_language(app, language)
        path = self.workspace.path if self.workspace is not None else None
        self.close_workspace()
        self._build_menu()
        self._build_toolbar()
        old = self.welcome
        self._build_welcome()
        self.stack.removeWidget(old)
        old.deleteLater()
        if path is not None:
            self.open_path(path)
        else:
            self._show_welcome()

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
            wind_down()
            self.backup_task = self.export_task = None
            self._clear_tabs()
            self.workspace.close()
            self.workspace = None
            self._show_welcome()

    def _place_is_acceptable(self, path: Path) -> bool:
        risk = storage_risk(path)
        return risk is None or self.accept_risky_place(risk)

    def _switch(self, opener: Callable[[], tuple[Workspace, str] | None]) -> None:
        """Closes the current workspace first: two companies are never open in one window."""
        from esn_desktop.services.workspaces import company_name  # see the imports above

        self.close_workspace()
        try:
            opened = opener()
        except EsnError as error:
            self.show_error(error_text(error, self.formatter))
            return
        if opened is not None:
            workspace, read_only_why = opened
            self._show_workspace(workspace, company_name(workspace), read_only_why)

    def _show_workspace(self, workspace: Workspace, company: str, read_only_why: str = "") -> None:
        """Shows the workspace's tabs; one that cannot be written is marked, the banner giving
        `read_only_why` when the window knows why."""
        from esn_desktop.ui.tabs.prospects_tab import ProspectsTab  # see the imports above

        self.workspace = workspace
        recent_workspaces.remember(workspace.path, company or workspace.path.stem)
        # The tabs hear the window through a scope of this workspace, cut off when it closes.
        self.scope = WorkspaceScope(workspace, self.events, self.meeting, self.undo_stack, self)
        ws, events, f, ops = workspace, self.scope.events, self.formatter, self.scope.operations
        meeting = self.scope.meeting
        # Each tab is built when first shown: the window opens on a 100,000-prospect workspace
        # without paying for the tabs nobody has looked at yet.
        # The other tabs' code is loaded with them, on their first visit: opening a workspace
        # pays for the Prospects tab alone.

        def consultants() -> QWidget:
            from esn_desktop.ui.tabs.consultants_tab import ConsultantsTab

            return ConsultantsTab(ops, f, meeting=meeting)

        def missions() -> QWidget:
            from esn_desktop.ui.tabs.missions_tab import MissionsTab

            return MissionsTab(ops, f, meeting=meeting)

        def objectives() -> QWidget:
            from esn_desktop.ui.tabs.objectives_tab import ObjectivesTab

            return ObjectivesTab(ops, f, meeting=meeting)

        self._tab_factories = {
            "prospects": lambda: self._prospects_tab(ProspectsTab(ops, f, meeting)),
            "consultants": consultants,
            "missions": missions,
            "objectives": objectives,
            "dashboard": lambda: self._dashboard_tab(ws, events, f, meeting),
        }
        self._built = {}
        titles = (
            self.tr("Prospects"),
            self.tr("Consultants"),
            self.tr("Missions"),
            self.tr("Objectives"),
            self.tr("Dashboard"),
        )
        # Silent: the first tab added becomes current, which would build it even when the
        # workspace reopens on another one.
        self.tabs.blockSignals(True)
        for key, title in zip(self._tab_factories, titles, strict=True):
            host = QWidget()
            host.setObjectName(key)
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(host, title)
        self.tabs.blockSignals(False)
        self._show_title(company or workspace.path.stem)
        self._show_place()
        self.stack.setCurrentWidget(self.tabs)
        self._enable_workspace_actions(workspace)
        self._show_read_only(
            not workspace.writable,
            read_only_why
            or self.tr("Read-only: this workspace is open for reading; nothing in it can be changed."),
        )
        self._restore_layout()
        self.back_up_if_due()
        self._backup_timer.start()
        self.warm_up.start()

    def _show_welcome(self) -> None:
        self.setWindowTitle(self.tr("esn-desktop"))
        self.statusBar().showMessage(self.tr("No workspace open"))
        self.welcome.refresh()
        self.stack.setCurrentWidget(self.welcome)
        self._enable_workspace_actions(None)
        self._show_read_only(False, "")
        self._backup_timer.stop()

    def _dashboard_tab(
        self, workspace: Workspace, events: DataEvents, formatter: Formatter, meeting: MeetingMode
    ) -> Any:
        # Imported on first show: pyqtgraph costs a third of a second, and many sessions never
        # open the dashboard.
        from esn_desktop.ui.tabs.dashboard_tab import DashboardTab

        tab = DashboardTab(workspace, events, formatter, meeting)
        tab.drill.connect(self.drill_down)
        return tab

    def drill_down(self, what: str, value: str) -> None:
        """Opens the list behind a clicked bar, stage or consultant, filtered to it."""
        if what == "month":
            self.tabs.setCurrentIndex(2)
            self.missions.show_month(date.fromisoformat(value))
            return
        if what == "consultant":
            self.tabs.setCurrentIndex(1)
            self.consultants.availability.setCurrentIndex(0)
            self.consultants.search.setText(value)
            return
        prospects = self.prospects
        self.tabs.setCurrentIndex(0)
        prospects.pages.setCurrentIndex(0)
        combo = {"stage": prospects.stage, "channel": prospects.channel, "owner": prospects.owner}[what]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _prospects_tab(self, tab: ProspectsTab) -> ProspectsTab:
        tab.panel.log_requested.connect(self.log_activity)
        settings = self._layout_settings()
        if settings.contains("prospects/header"):  # the columns as this workspace left them
            tab.table.horizontalHeader().restoreState(settings.value("prospects/header"))
        return tab

    def _show_meeting_mode(self, on: bool) -> None:
        self.meeting_action.setChecked(on)
        self.meeting_label.setText(self.tr("MEETING MODE: costs and margins hidden") if on else "")
        self.meeting_label.setVisible(on)
        if self.workspace is not None:
            self._show_place()

    def _show_place(self) -> None:
        """The open workspace's file in the status bar, unless meeting mode keeps paths off screen."""
        assert self.workspace is not None
        self.statusBar().showMessage(self.meeting.place_shown(self.workspace.path))

    def _show_title(self, company: str) -> None:
        title = f"{company} — {self.tr('esn-desktop')}"
        if self.workspace is not None and not self.workspace.writable:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)

    def _show_read_only(self, read_only: bool, why: str) -> None:
        self.read_only_banner.setText(
            f"<b>{why}</b> " + self.tr("Lists, dashboard, exports and PDFs work as usual.")
            if read_only
            else ""
        )
        self.read_only_banner.setVisible(read_only)
        self.read_only_label.setText(self.tr("READ-ONLY") if read_only else "")
        self.read_only_label.setVisible(read_only)

    def _enable_workspace_actions(self, workspace: Workspace | None) -> None:
        """What needs an open workspace; what writes it, only when it can be written."""
        # A read-only workspace writes its documents as any other.
        for action in (self.close_action, self.export_action, self.visit_pack_action):
            action.setEnabled(workspace is not None)
        writable = workspace is not None and workspace.writable
        for control in (self.import_action, self.log_action, self.settings_action, self.new_shortcut):
            control.setEnabled(writable)

    def _tab(self, key: str) -> Any:
        """The tab's widget, built on first use."""
        if key not in self._built:
            widget = self._tab_factories[key]()
            # Among this workspace's pages: the previous workspace's, removed, are only deleted
            # later, and a search of all children would find them first.
            host = next(
                page
                for page in map(self.tabs.widget, range(self.tabs.count()))
                if page is not None and page.objectName() == key
            )
            layout = host.layout()
            assert layout is not None  # every tab's page is made with its layout
            layout.addWidget(widget)
            # The layout would only queue the showing of a widget added to a visible parent: a
            # tab built and read in the same event (a drill-down, meeting mode) must be shown now.
            widget.show()
            self._built[key] = widget
        return self._built[key]

    def _current_tab(self) -> Any:
        host = self.tabs.currentWidget()
        return self._tab(host.objectName()) if host is not None and self.workspace is not None else None

    @property
    def prospects(self) -> ProspectsTab:
        return self._tab("prospects")

    @property
    def consultants(self) -> ConsultantsTab:
        return self._tab("consultants")

    @property
    def missions(self) -> MissionsTab:
        return self._tab("missions")

    @property
    def objectives(self) -> ObjectivesTab:
        return self._tab("objectives")

    @property
    def dashboard(self) -> Any:
        return self._tab("dashboard")

    def _clear_tabs(self) -> None:
        self._built = {}
        # Silent: each removal moves the current tab, which would build the next one anew.
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            assert widget is not None  # there is a tab 0 while count() > 0
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tabs.blockSignals(False)

    def _fill_recent_menu(self) -> None:
        """The recent workspaces by company and file; in meeting mode only the open one, by its
        company, and an action that leaves meeting mode to list the others."""
        self.recent_menu.clear()
        every = recent_workspaces.recent()
        opened = self.workspace.path if self.workspace is not None else None
        for path in self.meeting.recent_shown(every, opened):
            place = self.meeting.place_shown(path)
            company = recent_workspaces.company_of(path)
            action = self.recent_menu.addAction(f"{company} — {place}" if place else company)
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if self.meeting.others_hidden(every, opened):
            self.recent_menu.addSeparator()
            show = self.recent_menu.addAction(self.tr("Show every workspace (leaves meeting mode)"))
            show.triggered.connect(lambda: self.meeting.set(False))

    def _new_item(self) -> None:
        new_item = getattr(self._current_tab(), "new_item", None)
        if new_item is not None and self.stack.currentWidget() is self.tabs:
            new_item()

    def _focus_search(self) -> None:
        focus = getattr(self._current_tab(), "focus_search", None)
        if focus is not None and self.stack.currentWidget() is self.tabs:
            focus()

    # --- layout kept per workspace ------------------------------------------------------

    def _layout_settings(self) -> QSettings:
        settings = QSettings()
        assert self.workspace is not None
        settings.beginGroup(f"layout/{recent_workspaces.workspace_key(self.workspace.path)}")
        return settings

    def _save_layout(self) -> None:
        if self.workspace is None:
            return
        from esn_desktop.ui.tabs.prospects_tab import ProspectsTab  # loaded with the workspace

        settings = self._layout_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("tab", self.tabs.currentIndex())
        prospects = self._built.get("prospects")
        if isinstance(prospects, ProspectsTab):
            settings.setValue("prospects/header", prospects.table.horizontalHeader().saveState())

    def _restore_layout(self) -> None:
        settings = self._layout_settings()
        if settings.contains("geometry"):
            self.restoreGeometry(settings.value("geometry"))
        tab = settings.value("tab", 0)
        assert isinstance(tab, int | str)  # a number, or its text in an INI file
        self.tabs.setCurrentIndex(int(tab))
        self._current_tab()  # built now, the others when first shown

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_workspace()
        super().closeEvent(event)
        self.closed.emit()
