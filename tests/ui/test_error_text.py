"""The store's "already open by…" refusal, worded by the window in French with a clock time,
while the command line keeps its English one-liner."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QApplication

from esn_desktop.formatting import Formatter
from esn_desktop.store.errors import LockHolder, WorkspaceLockedError
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.i18n import install_language

PARIS = timezone(timedelta(hours=1))
SINCE = datetime(2026, 12, 1, 14, 5, 9, tzinfo=PARIS)
HOLDER = LockHolder("claire", "poste-7", 4242, SINCE)


def test_the_window_says_who_holds_the_workspace_in_french(qapp: QApplication) -> None:
    formatter = install_language(qapp, "fr")
    error = WorkspaceLockedError("acme.esn", HOLDER)
    same_day = datetime(2026, 12, 1, 16, 30, tzinfo=PARIS)
    assert error_text(error, formatter, same_day) == (
        "acme.esn est déjà ouvert en écriture par claire sur poste-7 depuis 14:05\u202f; "
        "fermez-le d’abord là-bas"
    )
    next_day = datetime(2026, 12, 2, 9, 0, tzinfo=PARIS)
    assert "depuis le 01/12/2026 à 14:05" in error_text(error, formatter, next_day)
    here = WorkspaceLockedError("acme.esn", here=True)
    assert error_text(here, formatter) == "acme.esn est déjà ouvert en écriture dans cette fenêtre"
    unknown = WorkspaceLockedError("acme.esn")
    assert "par une autre copie d’esn-desktop" in error_text(unknown, formatter)


def test_english_window_and_command_line_keep_their_wording(qapp: QApplication) -> None:
    formatter = install_language(qapp, "en")
    error = WorkspaceLockedError("acme.esn", HOLDER)
    same_day = datetime(2026, 12, 1, 16, 30, tzinfo=PARIS)
    assert error_text(error, formatter, same_day) == (
        "acme.esn is already open for writing by claire on poste-7 since 14:05; close it there first"
    )
    assert str(error) == (
        "acme.esn is already open for writing by claire on poste-7 (process 4242, since "
        "2026-12-01T14:05:09+01:00); close it there first"
    )


def test_other_refusals_keep_their_line(qapp: QApplication) -> None:
    from esn_desktop.store.errors import WorkspaceReadOnlyError

    assert (
        error_text(WorkspaceReadOnlyError("acme.esn is read-only"), Formatter("fr_FR"))
        == "acme.esn is read-only"
    )


def test_the_window_says_why_a_file_does_not_open_in_french(qtbot, monkeypatch, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from esn_desktop.ui.main_window import MainWindow

    formatter = install_language(qapp, "fr")
    window = MainWindow(formatter=formatter)
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(window, "show_error", said.append)
    notes = tmp_path / "notes.esn"
    notes.write_text("pas une base", encoding="utf-8")
    window.open_path(notes)
    window.open_path(tmp_path / "absent.esn")
    assert said == [
        "notes.esn n’est pas un espace de travail esn-desktop (ce n’est pas une base SQLite)",
        f"Il n’y a pas d’espace de travail à {tmp_path / 'absent.esn'}",
    ]
    assert window.workspace is None


def test_a_workspace_error_without_a_known_reason_keeps_its_line(qapp: QApplication) -> None:
    from esn_desktop.store.errors import WorkspaceError

    formatter = install_language(qapp, "fr")
    assert error_text(WorkspaceError("something new", "not_worded_yet"), formatter) == "something new"
