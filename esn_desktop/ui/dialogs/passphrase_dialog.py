"""The passphrase of an encrypted workspace: typed to open it, or chosen when creating one.

Both forms say a refusal under its field and stay open, the person's other choices kept. The
keychain box is greyed, with a tooltip saying why, when the computer has no keychain.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.forms import field_with_error, reserved_error_label, secret_field, show_error


def keychain_box(available: bool) -> QCheckBox:
    """« Remember in the system keychain », greyed with the reason when there is none."""
    box = QCheckBox(QCoreApplication.translate("PassphraseDialog", "Remember in the system keychain"))
    if available:
        box.setToolTip(
            QCoreApplication.translate(
                "PassphraseDialog", "The next opening asks nothing on this computer, for this user"
            )
        )
    else:
        box.setEnabled(False)
        box.setToolTip(
            QCoreApplication.translate(
                "PassphraseDialog",
                "No system keychain is available on this computer: the passphrase is asked at each opening",
            )
        )
    return box


def buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PassphraseDialog(QDialog):
    """Asks the passphrase of the workspace named `name`; `check(passphrase)` says whether it
    opens it, in the background (it derives the key: a fifth of a second the window would
    otherwise freeze for). A wrong one is said under the field, which is emptied for the next try."""

    def __init__(
        self, name: str, check: Callable[[str], bool], keychain: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._check = check
        #: The check under way, None when none is.
        self.checking: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Encrypted workspace"))
        self.setMinimumWidth(460)
        self.intro = intro = QLabel(
            self.tr("<b>%1</b> is encrypted. Type its passphrase to open it.").replace("%1", name)
        )
        intro.setWordWrap(True)
        self.field = secret_field()
        self.error = reserved_error_label()
        self.remember = keychain_box(keychain)
        self.buttons = buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(field_with_error(self.field, self.error))
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)

    @property
    def passphrase(self) -> str:
        return self.field.text()

    def accept(self) -> None:
        if self.checking is not None:
            return
        if not self.passphrase:
            self._refuse(self.tr("Type the passphrase of %1").replace("%1", self.name))
            return
        given = self.passphrase
        task = BackgroundTask(lambda _progress: self._check(given))
        task.signals.succeeded.connect(lambda opens: self._checked(task, opens))
        task.signals.failed.connect(lambda text: self._failed(task, text))
        self._busy(True)
        self.checking = task.start()

    def reject(self) -> None:
        if self.checking is not None:  # its answer is no longer wanted
            self.checking.drop()
            self._busy(False)
        super().reject()

    def _checked(self, task: BackgroundTask, opens: bool) -> None:
        if task is not self.checking:  # cancelled meanwhile
            return
        self._busy(False)
        if opens:
            super().accept()
            return
        self.field.clear()
        self._refuse(self.tr("Wrong passphrase for %1").replace("%1", self.name))

    def _failed(self, task: BackgroundTask, text: str) -> None:
        if task is not self.checking:
            return
        self._busy(False)
        self._refuse(text)

    def _busy(self, on: bool) -> None:
        if not on:
            self.checking = None
        self.field.setEnabled(not on)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not on)
        if on:
            show_error(self.error, "")

    def _refuse(self, text: str) -> None:
        show_error(self.error, text)
        self.error.show()
        self.adjustSize()  # the error may take two lines: the dialog grows rather than cut it
        self.field.setFocus()


@dataclass(frozen=True, slots=True)
class NewWorkspace:
    """What the new-workspace form was given."""

    company: str
    # None: the workspace is not encrypted. Never printed.
    passphrase: str | None = dataclasses.field(default=None, repr=False)
    remember: bool = False


def refusal_text(passphrase: str) -> str | None:
    """Why a new passphrase is refused, in the interface's language; None when it is fine."""
    from esn_desktop.services.workspaces import MIN_PASSPHRASE, passphrase_refusal  # with the form

    match passphrase_refusal(passphrase):
        case None:
            return None
        case "too_short":
            return QCoreApplication.translate(
                "PassphraseDialog", "A passphrase needs at least %1 characters"
            ).replace("%1", str(MIN_PASSPHRASE))
        case "edge_space":
            return QCoreApplication.translate(
                "PassphraseDialog", "A passphrase cannot begin or end with a space"
            )
        case other:
            return other


class NewWorkspaceDialog(QDialog):
    """The company a new workspace is for and, when it is to be encrypted, its passphrase typed
    twice; each refusal under its field."""

    def __init__(self, keychain: bool, parent: QWidget | None = None, *, offline: bool = False) -> None:
        """`offline`: for an offline copy of a team database, which has its company already: only
        its encryption is asked, ticked."""
        super().__init__(parent)
        self.keychain = keychain
        self.setWindowTitle(self.tr("Work offline") if offline else self.tr("New workspace"))
        self.company = QLineEdit()
        self.company.setMinimumWidth(320)
        self.company_error = reserved_error_label()
        self.encrypt = QCheckBox(self.tr("Encrypt this workspace"))
        self.encrypt.setToolTip(
            self.tr(
                "The file and its backups can only be read with the passphrase. A forgotten "
                "passphrase cannot be recovered."
            )
        )
        self.passphrase = secret_field()
        self.passphrase_error = reserved_error_label()
        self.again = secret_field()
        self.again_error = reserved_error_label()
        self.remember = keychain_box(keychain)
        # Said in the form, not only in a tooltip: there is no way back from a lost passphrase.
        self.warning = QLabel(
            self.tr(
                "Keep the passphrase somewhere safe: if it is lost, nothing can open this workspace "
                "or its backups again."
            )
        )
        self.warning.setWordWrap(True)
        self.buttons = buttons(self)
        form = QFormLayout()
        form.addRow(self.tr("Company name:"), field_with_error(self.company, self.company_error))
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase:"), field_with_error(self.passphrase, self.passphrase_error))
        form.addRow(self.tr("The same again:"), field_with_error(self.again, self.again_error))
        form.addRow("", self.remember)
        form.addRow("", self.warning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.encrypt.toggled.connect(self._encrypting)
        self._encrypting(False)
        if offline:
            self.company.setText("-")  # the team database's own
            form.setRowVisible(0, False)
            self.encrypt.setChecked(True)

    def _encrypting(self, on: bool) -> None:
        for field in (self.passphrase, self.again):
            field.setEnabled(on)
        self.remember.setEnabled(on and self.keychain)
        self.warning.setEnabled(on)
        if not on:
            for label in (self.passphrase_error, self.again_error):
                label.setText("")  # its line kept: the form does not jump

    def choice(self) -> NewWorkspace:
        encrypted = self.encrypt.isChecked()
        return NewWorkspace(
            self.company.text().strip(),
            self.passphrase.text() if encrypted else None,
            encrypted and self.remember.isChecked(),
        )

    def accept(self) -> None:
        company = "" if self.company.text().strip() else self.tr("The company name is required")
        first = second = ""
        if self.encrypt.isChecked():
            first = refusal_text(self.passphrase.text()) or ""
            if not first and self.again.text() != self.passphrase.text():
                second = self.tr("The two passphrases differ")
        for label, text in (
            (self.company_error, company),
            (self.passphrase_error, first),
            (self.again_error, second),
        ):
            show_error(label, text)
            label.show()  # an empty line keeps its height: the form does not jump
        self.adjustSize()  # an error of two lines: the dialog grows rather than cut the warning
        if not (company or first or second):
            super().accept()
