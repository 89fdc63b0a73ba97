"""The questions the main window asks the person (files to open, whether to read a workspace
in use...) and the forms it shows: each one method, which the tests replace with an answer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMessageBox

from esn_desktop.ui import file_dialogs, recent_workspaces
from esn_desktop.ui.meeting_mode import MeetingMode

if TYPE_CHECKING:
    from esn_desktop.ui.dialogs.import_wizard import ImportWizard

FILE_FILTER = "esn-desktop (*.esn);;SQLite (*.sqlite *.db);;*"


class WindowQuestions(QMainWindow):
    """The main window's questions; the window itself is `MainWindow`, made from this class."""

    meeting: MeetingMode

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
        folder = recent_workspaces.default_folder()
        return file_dialogs.save_file_name(
            self, self.tr("New workspace"), folder / "entreprise.esn", FILE_FILTER, suffix="esn"
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
