"""The save dialog's answer: a name completed with its suffix after the dialog is confirmed too."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from esn_desktop.ui import file_dialogs


@pytest.fixture
def typed(monkeypatch):  # type: ignore[no-untyped-def]
    """Sets the name the person types in the dialog, which Qt confirms as typed."""
    chosen: list[Path] = []
    monkeypatch.setattr(file_dialogs, "_chosen", lambda dialog: (dialog.deleteLater(), chosen[0])[1])
    return chosen


def _ask(reply: QMessageBox.StandardButton, questions: list[str]):  # type: ignore[no-untyped-def]
    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return reply

    return question


def test_a_completed_name_that_exists_is_confirmed_before_it_is_replaced(
    qtbot, monkeypatch, typed, tmp_path: Path
) -> None:
    typed.append(tmp_path / "revue.2026")
    (tmp_path / "revue.2026.pdf").write_bytes(b"the review already sent")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", _ask(QMessageBox.StandardButton.No, questions))
    assert file_dialogs.save_file_name(None, "Save", tmp_path, "PDF (*.pdf)", suffix="pdf") is None
    assert questions == ["revue.2026.pdf already exists. Replace it?"]
    monkeypatch.setattr(QMessageBox, "question", _ask(QMessageBox.StandardButton.Yes, questions))
    chosen = file_dialogs.save_file_name(None, "Save", tmp_path, "PDF (*.pdf)", suffix="pdf")
    assert chosen == tmp_path / "revue.2026.pdf"


def test_a_name_the_dialog_confirmed_is_not_asked_about_again(
    qtbot, monkeypatch, typed, tmp_path: Path
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("asked twice"))
    for name in ("liste.CSV", "liste.xlsx"):
        (tmp_path / name).write_bytes(b"")
        typed[:] = [tmp_path / name]
        chosen = file_dialogs.save_file_name(
            None, "Export", tmp_path, "XLSX (*.xlsx)", suffix="xlsx", accepted=(".xlsx", ".csv")
        )
        assert chosen == tmp_path / name
    typed[:] = [tmp_path / "nouvelle"]  # completed, and nothing there to replace
    assert (
        file_dialogs.save_file_name(None, "Export", tmp_path, "X", suffix="xlsx")
        == tmp_path / "nouvelle.xlsx"
    )
