"""The questions the main window asks the person (files to open, whether to read a workspace
in use...) and the forms it shows: each one method, which the tests replace with an answer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from esn_desktop.ui import file_dialogs, recent_workspaces
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.recent_workspaces import Place, place_of

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace
    from esn_desktop.ui.dialogs.import_wizard import ImportWizard
    from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspace

FILE_FILTER = "esn-desktop (*.esn);;SQLite (*.sqlite *.db);;*"


class WindowQuestions(QMainWindow):
    """The main window's questions; the window itself is `MainWindow`, made from this class."""

    meeting: MeetingMode
    workspace: Workspace | None

    def __init__(self) -> None:
        super().__init__()
        # The encrypted workspaces whose exports the person accepted, this session.
        self.exports_allowed: set[Place] = set()

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

    def accept_saving_in_own_folder(self, folder: str) -> bool:
        """In meeting mode, asks before writing a file into the workspace's own folder, `folder`,
        rather than showing a save dialog (tests answer)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Meeting mode"),
            self.tr(
                "In meeting mode no dialog shows your folders, whose files may name other clients. "
                "Save in this workspace's own folder, esn-desktop › %1, in your Documents?\n\n"
                "To choose another folder, leave meeting mode first."
            ).replace("%1", folder),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save)
        box.exec()
        box.deleteLater()
        return box.clickedButton() is save

    def _out_of_meeting_mode(self) -> bool:
        """True once meeting mode is off: asked first when it is on (see meeting_mode.py)."""
        if self.meeting.on and self.accept_leaving_meeting_mode():
            self.meeting.set(False)
        return not self.meeting.on

    def ask_new_workspace_path(self, name: str = "") -> Path | None:
        """Where to make a new workspace; `name` suggests its file's name (an offline copy's)."""
        if not self._out_of_meeting_mode():
            return None
        folder = recent_workspaces.default_folder()
        suggested = name or self.tr("company")
        return file_dialogs.save_file_name(
            self, self.tr("New workspace"), folder / f"{suggested}.esn", FILE_FILTER, suffix="esn"
        )

    def ask_new_workspace(self, *, offline: bool = False) -> NewWorkspace | None:
        """The company of a new workspace and, when it is to be encrypted, its passphrase; for an
        `offline` copy of a team database, only whether to encrypt it (ticked) and its passphrase."""
        from esn_desktop.services import keychain  # loaded when asked: not at start-up
        from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspaceDialog

        dialog = NewWorkspaceDialog(keychain.available(), self, offline=offline)
        try:
            return dialog.choice() if self.run_dialog(dialog) else None
        finally:
            dialog.deleteLater()

    def may_export(self) -> bool:
        """Whether to write a file out of the open workspace: always for a plain one; for an
        encrypted one once the person accepted, asked once per workspace and session."""
        workspace = self.workspace
        if workspace is None or not workspace.encrypted or place_of(workspace) in self.exports_allowed:
            return True
        if not self.accept_unencrypted_export():
            return False
        self.exports_allowed.add(place_of(workspace))
        return True

    def accept_unencrypted_export(self) -> bool:
        """Asks before the first export out of an encrypted workspace (tests answer)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export"),
            self.tr("This file will not be encrypted: anyone who gets it can read it."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        box.deleteLater()
        return box.clickedButton() is go

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
            self.tr("Prospect lists and documents (*.csv *.txt *.tsv *.xlsx *.json)"),
        )

    def run_import(self, wizard: ImportWizard) -> bool:
        """Shows the wizard; True when something was imported (tests drive the wizard instead)."""
        wizard.exec()
        return wizard.imported

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a form; True once it saved (tests drive the form instead)."""
        return bool(dialog.exec())

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

    def show_error(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("esn-desktop"), text)
