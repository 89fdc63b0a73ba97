"""The window's menu bar and toolbar: every action a director reaches for, with its shortcut.

Made again, whole, when the interface changes language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from esn_desktop.ui.i18n import chosen_language
from esn_desktop.ui.recent_menu import RecentMenu
from esn_desktop.ui.recent_workspaces import place_of
from esn_desktop.ui.role_rights import Right, allows, refusal, writes

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace
    from esn_desktop.ui.main_window import MainWindow

LANGUAGES = (("fr", "Français"), ("en", "English"))


class WindowMenus(QObject):
    """Builds the menus and the toolbar of `window`, their actions calling its slots."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        bar.clear()
        menu = bar.addMenu(self.tr("&File"))
        self._action(menu, self.tr("&New workspace…"), window.create_workspace, "Ctrl+Shift+N")
        self._action(
            menu, self.tr("&Open workspace…"), window.choose_workspace, QKeySequence.StandardKey.Open
        )
        self._action(menu, self.tr("Connect to a &team database…"), lambda: window.connect_team(None))
        self.offline_action = self._action(menu, self.tr("Work o&ffline…"), window.work_offline)
        self.offline_action.setToolTip(
            self.tr("A copy of the team database in a file, to work without the server (esn-desktop sync)")
        )
        # Through a lambda: `triggered` gives a bool, which is none of its arguments.
        self.sync_action = self._action(
            menu,
            self.tr("&Synchronise with the team database"),
            lambda: window.sync_offline(),  # noqa: PLW0108
        )
        self.sync_action.setToolTip(
            self.tr(
                "Sends the activities, no-show marks and action plans changed in this offline copy to the "
                "team database, then refreshes the copy"
            )
        )
        self._action(menu, self.tr("Open the &demo"), window.open_demo)
        self.recent_menu = RecentMenu(
            self.tr("&Recent workspaces"),
            window.meeting,
            lambda: place_of(window.workspace) if window.workspace is not None else None,
            menu,
        )
        self.recent_menu.chosen.connect(window.open_path)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.import_action = self._action(menu, self.tr("&Import…"), window.import_file)
        self.export_action = self._action(
            menu, self.tr("&Export the list shown…"), window.export_list, "Ctrl+E"
        )
        self.visit_pack_action = self._action(menu, self.tr("&Visit pack…"), window.write_visit_pack)
        self.visit_pack_action.setToolTip(
            self.tr("The monthly review and every salesperson's plan in one PDF, to hand over")
        )
        self.stale_action = self._action(menu, self.tr("St&ale contacts (GDPR)…"), self.show_stale_contacts)
        self.stale_action.setToolTip(
            self.tr("The contacts of prospects with no exchange for years, to forget (GDPR retention)")
        )
        menu.addSeparator()
        # Leaving the laptop for a minute: as if its idle minutes had run out now.
        self.lock_action = self._action(menu, self.tr("&Lock now"), window.idle_lock.lock_now, "Ctrl+Shift+L")
        self.close_action = self._action(
            menu, self.tr("&Close workspace"), window.close_workspace, QKeySequence.StandardKey.Close
        )
        self._action(menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        # Enabled by the history alone: a read-only workspace opens with an empty one, and
        # nothing can add to it.
        self.undo_action = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
        # The platform's Redo keys, and Ctrl+Shift+Z everywhere; each once: a key sequence given
        # twice (on X11, Ctrl+Shift+Z is the platform's own) is ambiguous, and Qt then runs neither.
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self.redo_action.setShortcuts(list({key.toString(): key for key in redo_keys}.values()))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.log_action = self._action(edit, self.tr("&Log an activity…"), window.log_activity, "Ctrl+L")
        settings = bar.addMenu(self.tr("&Settings"))
        self.settings_action = self._action(settings, self.tr("&Workspace settings…"), window.edit_settings)
        self.meeting_action = QAction(self.tr("Meeting mode"), window)
        self.meeting_action.setCheckable(True)
        self.meeting_action.setChecked(window.meeting.on)
        self.meeting_action.setShortcut(QKeySequence("Ctrl+M"))
        self.meeting_action.setToolTip(
            self.tr("Hides every cost, CJM, salary, margin and margin rate, to show the screen to a client")
        )
        self.meeting_action.toggled.connect(window.meeting.set)
        settings.addAction(self.meeting_action)
        languages = settings.addMenu(self.tr("Interface &language"))
        for code, name in LANGUAGES:
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen_language())
            action.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        """The actions a director reaches for from any tab, one click away."""
        self.toolbar = toolbar = self.window.addToolBar(self.tr("Actions"))
        toolbar.setObjectName("actions")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.log_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        toolbar.addAction(self.meeting_action)

    def enable_for(self, workspace: Workspace | None) -> None:
        """What needs an open workspace; what writes it, only when it can be written."""
        # A read-only workspace writes its documents, and lists its stale contacts, as any other.
        # The list shown exports as it is shown: without costs where they are hidden.
        for action in (self.close_action, self.export_action, self.visit_pack_action, self.stale_action):
            action.setEnabled(workspace is not None)
        self.offline_action.setEnabled(workspace is not None and workspace.team is not None)
        self.lock_action.setEnabled(workspace is not None and workspace.encrypted)
        self.lock_action.setToolTip(
            self.tr("Hides the workspace until its passphrase is typed again")
            if workspace is not None and workspace.encrypted
            else self.tr("Only an encrypted workspace locks; meeting mode hides its costs")
        )
        self.sync_action.setEnabled(workspace is not None and self._is_offline_copy(workspace))
        # What the login's role forbids (ui/role_rights.py) is greyed too, saying why.
        for action, right in (
            (self.import_action, Right.IMPORT),
            (self.log_action, Right.ACTIVITIES),
            (self.settings_action, Right.SETTINGS),
        ):
            action.setEnabled(workspace is not None and allows(workspace, right))
            why = "" if workspace is None else refusal(workspace, right)
            action.setToolTip(why)  # empty: the action's own text
            action.setStatusTip(why)

    @staticmethod
    def _is_offline_copy(workspace: Workspace) -> bool:
        """An offline copy open for writing: what File > Synchronise sends back."""
        if workspace.team is not None or not writes(workspace):
            return False
        from esn_desktop.services.offline import offline_copy_of  # loaded with a workspace

        return offline_copy_of(workspace) is not None

    def show_stale_contacts(self) -> None:
        """The stale contacts of the open workspace, to forget (GDPR retention)."""
        window = self.window
        if window.scope is None:
            return
        from datetime import date

        # Loaded with a workspace: the welcome screen loads no database code.
        from esn_desktop.ui.dialogs.stale_contacts_dialog import StaleContactsDialog

        window.run_dialog(
            StaleContactsDialog(window.scope.operations, window.formatter, date.today(), window)
        )

    def remove(self) -> None:
        """Takes the menus and the toolbar off the window, before they are made in another language."""
        self.window.menuBar().clear()
        self.window.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        for action in (self.undo_action, self.redo_action, self.meeting_action):
            action.deleteLater()
        self.deleteLater()

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
