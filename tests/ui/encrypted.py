"""Encrypted workspaces for the window's tests, and a person answering the passphrase's forms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox

from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import create_workspace
from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspaceDialog, PassphraseDialog
from tests.conftest import SMALL_WORKSPACE

PASSPHRASE = "chevaux-de-course 7"


def make_encrypted(path: Path, passphrase: str = PASSPHRASE) -> Path:
    """The small workspace (Exemple Numérique SAS), encrypted."""
    with create_workspace(path, passphrase=passphrase) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
    return path


def click(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    QTest.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def tick(box: QCheckBox) -> None:
    """Clicks the box on its square, as a person does (its centre may lie past its text)."""
    QTest.mouseClick(
        box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, box.height() // 2)
    )


def typed(field, text: str) -> None:
    field.clear()
    QTest.keyClicks(field, text)


def checked(dialog: PassphraseDialog) -> None:
    """Waits for the passphrase's check, made in the background."""
    for _ in range(1000):
        if dialog.checking is None:
            return
        QTest.qWait(10)
    raise AssertionError("the passphrase was never checked")


class Person:
    """Answers each form the window shows with the next of `answers`: a function given the
    form, which types and clicks. What each form said (its errors) is kept in `seen`."""

    def __init__(self, *answers: Callable[[QDialog], None]) -> None:
        self.answers = list(answers)
        self.forms: list[QDialog] = []
        self.seen: list[str] = []

    def __call__(self, dialog: QDialog) -> bool:
        assert self.answers, f"not expected: {dialog.windowTitle()}"
        self.forms.append(dialog)
        dialog.show()  # laid out, as the person sees it: the clicks land on what they name
        self.answers.pop(0)(dialog)
        dialog.hide()
        return dialog.result() == QDialog.DialogCode.Accepted


def passphrase(*tries: str, remember: bool = False, then_cancel: bool = False) -> Callable[[QDialog], None]:
    """Types each of `tries` in the passphrase form and presses OK; cancels at the end if asked."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        if remember:
            tick(dialog.remember)
        for text in tries:
            typed(dialog.field, text)
            click(dialog, QDialogButtonBox.StandardButton.Ok)
            checked(dialog)
            if dialog.result() != QDialog.DialogCode.Accepted:
                answer.said.append(dialog.error.text())  # type: ignore[attr-defined]
        if then_cancel:
            click(dialog, QDialogButtonBox.StandardButton.Cancel)

    answer.said = []  # type: ignore[attr-defined]
    return answer


def new_workspace(company: str, *pairs: tuple[str, str], remember: bool = False) -> Callable[[QDialog], None]:
    """Fills the new-workspace form: encrypted when `pairs` (passphrase, again) are given, each
    pair tried with OK in turn."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, NewWorkspaceDialog)
        typed(dialog.company, company)
        if pairs:
            tick(dialog.encrypt)
        if remember:
            tick(dialog.remember)
        for first, second in pairs or (("", ""),):
            if pairs:
                typed(dialog.passphrase, first)
                typed(dialog.again, second)
            click(dialog, QDialogButtonBox.StandardButton.Ok)
            if dialog.result() != QDialog.DialogCode.Accepted:
                answer.said.append((dialog.passphrase_error.text(), dialog.again_error.text()))  # type: ignore[attr-defined]

    answer.said = []  # type: ignore[attr-defined]
    return answer
