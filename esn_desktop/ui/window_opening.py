"""Opening a workspace from the window: a new one, a file chosen or recent, the demo, a team
database through its connection form; an offline copy sent back to its team database and opened
again, refreshed. The window (`MainWindow`) is made from this class; it switches workspaces
(`_switch`: two companies are never open in one window)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.demo_builder import DemoBuilder
from esn_desktop.ui.error_text import error_text, team_name
from esn_desktop.ui.recent_workspaces import Place
from esn_desktop.ui.window_questions import WindowQuestions
from esn_desktop.ui.workspace_opener import Unlocked, WorkspaceOpener

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from esn_desktop.services.offline import SyncReport
    from esn_desktop.services.workspaces import Secret, TeamDatabase, Workspace
    from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspace
    from esn_desktop.ui.screen_lock import ScreenLock

# How long the status bar says what a sync the window made by itself sent.
SYNCED_MESSAGE_MS = 15_000


@dataclass(frozen=True, slots=True)
class PasswordRefused:
    """A sync the server refused for its password: the form asks for it again (not an error box)."""

    error: EsnError


def _sync_or_refusal(
    path: Path, database: TeamDatabase, key: Secret | None, theirs: Sequence[str], mine: Sequence[str]
) -> SyncReport | PasswordRefused:
    """On the worker: the sync, or the password's refusal (as libpq words it, ui/error_text.py)."""
    from esn_desktop.services.offline import sync
    from esn_desktop.services.workspaces import WorkspaceError

    try:
        return sync(path, database, passphrase=key, theirs=theirs, mine=mine)
    except WorkspaceError as error:
        if error.reason == "team_unreachable" and "password authentication failed" in error.fields.get(
            "error", ""
        ):
            return PasswordRefused(error)
        raise


class WindowOpening(WindowQuestions):
    """The main window's ways to open a workspace."""

    opener: WorkspaceOpener
    formatter: Formatter
    demo: DemoBuilder
    workspace: Workspace | None
    screen_lock: ScreenLock
    # The sync of the offline copy under way (the file let go of meanwhile), else None.
    sync_task: BackgroundTask | None = None
    # A sync the window started by itself failed: not started by itself again in this session
    # (a wrong password kept, a server that takes connections but refuses them would otherwise
    # close and reopen the copy at every probe); the offline mark still offers it.
    auto_sync_paused: bool = False

    def close_workspace(self) -> None:
        raise NotImplementedError

    def _switch(self, opener: Callable[[], tuple[Workspace, str] | None]) -> None:
        """Closes the workspace on show, then shows the one `opener` opens (the window's own)."""
        raise NotImplementedError

    def create_workspace(self) -> None:
        path = self.ask_new_workspace_path()
        new = self.ask_new_workspace() if path is not None else None
        if path is None or new is None or not self._place_is_acceptable(path):
            return
        self._switch(lambda: (self.opener.create(path, new), ""))

    def work_offline(self) -> None:
        """File > Work offline…: the open team database copied into a new file (encrypted unless
        the person unticks it), then opened in its place; its status bar says its age."""
        database = self.workspace.team if self.workspace is not None else None
        if database is None:
            return
        path = self.ask_new_workspace_path(self.tr("%1-offline").replace("%1", database.database))
        new = self.ask_new_workspace(offline=True) if path is not None else None
        if path is None or new is None or not self._place_is_acceptable(path):
            return
        from esn_desktop.services.offline import copy_for_offline  # loaded with a workspace

        # The whole database read and written: seconds on a big one, off the UI thread.
        dialog = QProgressDialog(
            self.tr("Copying %1 to work offline…").replace("%1", team_name(database.name)),
            self.tr("Cancel"),
            0,
            0,
            self,
        )
        dialog.setWindowTitle(self.tr("Work offline"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        passphrase = new.passphrase
        task = BackgroundTask(
            lambda progress: copy_for_offline(database, path, passphrase=passphrase, progress=progress)
        ).shown_in(dialog)
        task.signals.succeeded.connect(lambda _origin: self._copied_offline(path, new))
        task.signals.failed.connect(self.show_error)  # nothing written: the copy appears whole or not
        task.start()

    def _copied_offline(self, path: Path, new: NewWorkspace) -> None:
        self.opener.remember_offline(path, new)
        self._switch(lambda: self.opener.open(path, self.formatter, Unlocked(new.passphrase)))

    def sync_offline(
        self,
        *,
        automatic: bool = False,
        theirs: Sequence[str] = (),
        mine: Sequence[str] = (),
        login: TeamDatabase | None = None,
    ) -> None:
        """File > Synchronise with the team database, on an open offline copy: the login's password
        from the keychain, or asked in the connection form (not when `automatic`: then nothing
        happens without it); the window lets go of the file, the sync runs in the background,
        then the refreshed copy opens again with the same key (nothing asked) on the same tab, and
        what was sent, not sent back or kept is said, each kept item with its choice. A failed sync
        (the server gone meanwhile) changed nothing: the copy opens again as it was, and its reason
        is said in one line. `theirs` and `mine` decide kept items (services/offline.py)."""
        workspace = self.workspace
        if workspace is None or workspace.team is not None or self.sync_task is not None:
            return
        from esn_desktop.services.offline import offline_copy_of  # loaded with a workspace

        origin = offline_copy_of(workspace)
        if origin is None:
            return
        database = login or self.opener.team_login(origin.team_database(), self.formatter, ask=not automatic)
        if database is None:
            return
        path, key = workspace.path, workspace.key
        self.close_workspace()  # saves the tab on show, and lets go of the file the sync replaces
        dialog = QProgressDialog(
            self.tr("Sending the offline copy’s work to %1…").replace("%1", team_name(database.name)),
            "",
            0,
            0,
            self,
        )
        dialog.setWindowTitle(self.tr("Synchronise with the team database"))
        dialog.setCancelButton(None)  # one server transaction: it ends, whole or not at all
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        task = BackgroundTask(lambda _progress: _sync_or_refusal(path, database, key, theirs, mine)).shown_in(
            dialog
        )
        task.signals.succeeded.connect(
            lambda report: self._synced(
                path, key, database, report, automatic=automatic, decided=(theirs, mine)
            )
        )
        task.signals.failed.connect(lambda text: self._sync_failed(path, key, text, automatic=automatic))
        self.sync_task = task.start()

    def _reopen(self, path: Path, key: Secret | None) -> None:
        self.sync_task = None
        self._switch(lambda: self.opener.open(path, self.formatter, Unlocked(key)))

    def _synced(
        self,
        path: Path,
        key: Secret | None,
        database: TeamDatabase,
        report: SyncReport | PasswordRefused,
        *,
        automatic: bool,
        decided: tuple[Sequence[str], Sequence[str]],
    ) -> None:
        from esn_desktop.ui.offline_sync import SyncSummaryDialog, synced_by_itself

        if isinstance(report, PasswordRefused):  # a password kept that is no longer the login's
            text = error_text(report.error, self.formatter)
            if automatic:
                self._sync_failed(path, key, text, automatic=True)
                return
            self._reopen(path, key)
            login = self.opener.team_login(
                database.with_password(None), self.formatter, ask=True, recall=False
            )
            if login is None:
                self.show_error(text)
            else:
                self.sync_offline(theirs=decided[0], mine=decided[1], login=login)
            return
        self._reopen(path, key)
        self.auto_sync_paused = False
        if automatic and not report.kept:
            self.statusBar().showMessage(synced_by_itself(report, database.name), SYNCED_MESSAGE_MS)
            return
        dialog = SyncSummaryDialog(report, database.name, report.refreshed, self.formatter, self)
        try:
            applied = self.run_dialog(dialog)
            theirs, mine = dialog.decisions()
        finally:
            dialog.deleteLater()
        if applied and (theirs or mine):
            self.sync_offline(theirs=theirs, mine=mine, login=database)

    def _sync_failed(self, path: Path, key: Secret | None, text: str, *, automatic: bool) -> None:
        self._reopen(path, key)
        if automatic:  # in the status bar: a box popping up by itself would interrupt
            self.auto_sync_paused = True
            self.statusBar().showMessage(
                self.tr(
                    "%1 — not synchronised by itself again: File > Synchronise with the team database"
                ).replace("%1", text)
            )
        else:
            self.show_error(text)

    def offline_ready(self, fresh: int) -> None:
        """The open offline copy's server answers, and the copy holds `fresh` new items: sent by
        itself when the login's password is in the keychain and the person is in nothing (no
        dialog open, the screen not locked); offered by the offline mark otherwise. The conflicts
        kept wait for the person's decision: never synced by themselves."""
        if not fresh or self.sync_task is not None or self.workspace is None or self.auto_sync_paused:
            return
        if QApplication.activeModalWidget() is not None or self.screen_lock.locked:
            return  # the next probe tries again
        from esn_desktop.services import keychain
        from esn_desktop.services.offline import offline_copy_of

        origin = offline_copy_of(self.workspace)
        if origin is None or keychain.recall(origin.team_database()) is None:
            return
        self.statusBar().showMessage(self.tr("Team database reachable: synchronising by itself…"))
        self.sync_offline(automatic=True)

    def choose_workspace(self) -> None:
        path = self.ask_existing_workspace()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Place | TeamDatabase) -> bool:
        """Opens `path`, an encrypted one with its passphrase (asked before the workspace on show
        closes: cancelling leaves it there), a team database through its form; False when the
        person stepped back."""
        if not isinstance(path, Path):
            return self.connect_team(path)
        if not self._place_is_acceptable(path):
            return False
        unlocked = self.opener.unlock(path)
        if unlocked is None:
            return False
        self._switch(lambda: self.opener.open(path, self.formatter, unlocked))
        return True

    def connect_team(self, database: TeamDatabase | str | None) -> bool:
        """File > Connect to a team database…, or a known one (see `WorkspaceOpener.connect_team`)."""
        try:
            opened = self.opener.connect_team(database, self.formatter)
        except EsnError as error:
            self.show_error(error_text(error, self.formatter))
            return False
        if opened is not None:
            self._switch(lambda: (opened, ""))
        return opened is not None

    def open_demo(self) -> None:
        path = recent_workspaces.default_folder() / "demo.esn"
        if path.exists():
            self.open_path(path)
        else:
            self.demo.build(path)

    def _place_is_acceptable(self, path: Path) -> bool:
        from esn_desktop.services.workspaces import storage_risk  # loaded with a workspace

        risk = storage_risk(path)
        return risk is None or self.accept_risky_place(risk)
