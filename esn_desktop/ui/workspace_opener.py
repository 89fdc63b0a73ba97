"""Opening a workspace's file for the window: for writing, or for reading only (with what the
banner says of it) when it cannot be written from here; an encrypted one with its passphrase,
from the keychain or asked; a team database through its connection form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from esn_desktop.formatting import Formatter
from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.background import awaited
from esn_desktop.ui.error_text import error_text

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Secret, TeamDatabase, Workspace
    from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspace


@dataclass(frozen=True, slots=True)
class Unlocked:
    """What opens a workspace: the key its passphrase derived (once: it takes a fifth of a
    second), None for a plain one."""

    secret: Secret | None = field(default=None, repr=False)


class WorkspaceOpener(QObject):
    def __init__(
        self,
        accept_reading_only: Callable[[str], bool],
        run_dialog: Callable[[QDialog], bool],
        parent: QWidget,
    ) -> None:
        """`accept_reading_only(reason)` asks whether to read a workspace another copy changes;
        `run_dialog(dialog)` shows the passphrase's form (the window's, which tests drive)."""
        super().__init__(parent)
        self._accept_reading_only = accept_reading_only
        self._run_dialog = run_dialog
        self._parent = parent

    def unlock(self, path: Path) -> Unlocked | None:
        """The passphrase that opens `path` when it is encrypted: the keychain's if it is right (a
        wrong one is forgotten there), else asked until right; None when the person cancels.

        Asked before the window closes the workspace it shows: cancelling leaves it as it was."""
        # The database code is loaded with the first workspace: the welcome screen needs none.
        from esn_desktop.services import keychain, workspaces
        from esn_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

        if not workspaces.is_encrypted(path):
            return Unlocked()
        remembered = keychain.recall(path)
        if remembered is not None:
            secret = awaited(lambda: workspaces.unlock_file(path, remembered))
            if secret is not None:
                return Unlocked(secret)
            keychain.forget(path)  # changed elsewhere since: asked, and remembered anew if wished
        found: list[Secret] = []

        def opens(given: str) -> bool:
            secret = workspaces.unlock_file(path, given)
            if secret is not None:
                found.append(secret)
            return secret is not None

        company = recent_workspaces.company_of(path.expanduser().resolve())
        name = path.name if company in ("", path.stem) else f"{company} ({path.name})"
        dialog = PassphraseDialog(
            name,
            opens,
            keychain.available(),
            self._parent,
        )
        try:
            if not self._run_dialog(dialog):
                return None
            if dialog.remember.isChecked():
                keychain.remember(path, dialog.passphrase)
            return Unlocked(found[-1])
        finally:
            dialog.deleteLater()

    def create(self, path: Path, new: NewWorkspace) -> Workspace:
        """The new workspace at `path`, open, encrypted when a passphrase was chosen (then kept in
        the keychain if asked)."""
        from esn_desktop.services import keychain, workspaces

        # Off the UI thread: an encrypted one's key takes a fifth of a second, the schema as long.
        made = awaited(
            lambda: workspaces.create_company_workspace(
                path, company_name=new.company, passphrase=new.passphrase
            )
        )
        if new.passphrase is not None and new.remember:
            keychain.remember(made.path, new.passphrase)
        return made

    def remember_offline(self, path: Path, new: NewWorkspace) -> None:
        """An offline copy made at `path`: its passphrase kept in the keychain when asked."""
        from esn_desktop.services import keychain

        if new.passphrase is not None and new.remember:
            keychain.remember(path.expanduser().resolve(), new.passphrase)

    def open(
        self, path: Path, formatter: Formatter, unlocked: Unlocked | None = None
    ) -> tuple[Workspace, str] | None:
        """The workspace for writing, with no word for the banner; for reading only, with what the
        banner says of it; None when the person would rather not read it. Other refusals raise."""
        from esn_desktop.services import workspaces

        passphrase = unlocked.secret if unlocked is not None else None
        try:
            return workspaces.open_workspace(path, passphrase=passphrase), ""
        except workspaces.WorkspaceReadOnlyError:
            why = self.tr(
                "Read-only: this file cannot be changed (its folder or the file itself is write-protected)."
            )
        except workspaces.WorkspaceLockedError as error:
            if not self._accept_reading_only(error_text(error, formatter)):
                return None
            why = self.tr(
                "Read-only: another copy of esn-desktop is changing this file. Close it there, then "
                "open it again here to make changes."
            )
        return workspaces.open_workspace(path, write=False, passphrase=passphrase), why

    def team_login(
        self, database: TeamDatabase, formatter: Formatter, *, ask: bool, recall: bool = True
    ) -> TeamDatabase | None:
        """`database` with its login's password: the keychain's (kept as the connection form keeps
        it), else, when `ask`, typed in the connection form, filled and fixed to that login (an
        offline copy goes back as the login it was made for); None when the person cancelled, or
        nothing is remembered and `ask` is False. Not `recall`: the keychain's was refused, asked."""
        from esn_desktop.services import keychain
        from esn_desktop.ui.dialogs.team_connect_dialog import TeamConnectDialog

        remembered = keychain.recall(database) if recall else None
        if remembered is not None:
            return database.with_password(remembered)
        if not ask:
            return None
        dialog = TeamConnectDialog(keychain.available(), formatter, self._parent)
        dialog.fill(database)
        for line in (dialog.url, dialog.server, dialog.database, dialog.user):
            line.setReadOnly(True)
        dialog.port.setReadOnly(True)
        try:
            if not self._run_dialog(dialog):
                return None
            if dialog.workspace is not None:  # the form checked the password by connecting
                dialog.workspace.close()
            return dialog.database_named()
        finally:
            dialog.deleteLater()

    def connect_team(self, database: TeamDatabase | str | None, formatter: Formatter) -> Workspace | None:
        """The team database's workspace, open for writing once the connection form connected
        (None when the person cancelled). A known database (File > Recent, the command line)
        fills the form, with its password from the URL or the keychain, and is connected to
        at once: the form stays only when that fails, its reason under the fields."""
        from esn_desktop.services import keychain, workspaces
        from esn_desktop.ui.dialogs.team_connect_dialog import TeamConnectDialog

        if isinstance(database, str):
            database = workspaces.team_database(database)
        dialog = TeamConnectDialog(keychain.available(), formatter, self._parent)
        if database is not None:
            remembered = keychain.recall(database)
            dialog.remember.setChecked(remembered is not None)
            dialog.fill(database if database.has_password else database.with_password(remembered))
            dialog.connect_now()
        try:
            return dialog.workspace if self._run_dialog(dialog) else None
        finally:
            dialog.deleteLater()
