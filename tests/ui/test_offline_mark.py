"""An offline copy of a team database in the window: its status bar says whose copy it is and how
old (« Copie hors ligne de DB du 02/12/2026 à 09:14 »), and a plain file says nothing of it."""

from __future__ import annotations

import re
from pathlib import Path

from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.database import create_workspace
from esn_desktop.store.offline_copy import make_offline_copy
from esn_desktop.store.places import open_workspace_at
from esn_desktop.ui.main_window import MainWindow
from tests.cli.conftest import run
from tests.cli.test_offline import _url
from tests.conftest import SMALL_WORKSPACE


def test_the_status_bar_says_an_offline_copys_age(qtbot, team_database: TeamDatabase, tmp_path: Path) -> None:
    assert run("import", _url(team_database), str(SMALL_WORKSPACE))[0] == 0
    copy = tmp_path / "salle.esn"
    origin, _ = make_offline_copy(team_database, copy)
    with open_workspace_at(copy, write=True) as workspace:
        window = MainWindow(workspace, "Exemple")
        qtbot.addWidget(window)
        label = window.marks.offline_label
        moment = origin.copied_at
        assert label.text() == (
            f"Offline copy of {team_database.database} of {moment:%d/%m/%Y} at {moment:%H:%M}"
        )
        assert label.isVisibleTo(window) and not window.marks.team_label.isVisibleTo(window)
        assert "esn-desktop sync" in label.toolTip()
        window.set_language("fr")
        assert re.fullmatch(
            rf"Copie hors ligne de {team_database.database} du \d\d/\d\d/\d{{4}} à \d\d:\d\d", label.text()
        )
        window.set_language("en")
        window.close_workspace()
    assert not label.isVisibleTo(window)
    plain = tmp_path / "plain.esn"
    with create_workspace(plain):
        pass
    with open_workspace_at(plain, write=True) as workspace:
        other = MainWindow(workspace, "Plain")
        qtbot.addWidget(other)
        assert not other.marks.offline_label.isVisibleTo(other)


def test_file_work_offline_copies_the_team_database_and_opens_the_copy(
    qtbot, monkeypatch, team_database: TeamDatabase, tmp_path: Path
) -> None:
    from esn_desktop.store.database import is_encrypted
    from esn_desktop.store.team_database import open_team_workspace
    from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspaceDialog

    assert run("import", _url(team_database), str(SMALL_WORKSPACE))[0] == 0
    copy = tmp_path / "salle.esn"
    window = MainWindow(open_team_workspace(team_database), "Exemple")
    qtbot.addWidget(window)
    assert window.menus.offline_action.isEnabled()
    asked: list[NewWorkspaceDialog] = []

    def fill(dialog: NewWorkspaceDialog) -> bool:
        asked.append(dialog)
        assert dialog.encrypt.isChecked()  # encrypted unless unticked
        dialog.passphrase.setText("salle de réunion 42")
        dialog.again.setText("salle de réunion 42")
        dialog.accept()
        return bool(dialog.result())

    suggested: list[str] = []
    monkeypatch.setattr(window, "ask_new_workspace_path", lambda name="": (suggested.append(name), copy)[1])
    monkeypatch.setattr(window, "run_dialog", fill)
    window.work_offline()  # copied off the UI thread: the window waits for nothing
    assert suggested == [f"{team_database.database}-offline"]
    assert asked and asked[0].windowTitle() == "Work offline"
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.team is None, timeout=30_000)
    assert window.workspace is not None and window.workspace.team is None
    assert window.workspace.path == copy.resolve() and window.workspace.encrypted and is_encrypted(copy)
    assert window.marks.offline_label.text().startswith(f"Offline copy of {team_database.database} of ")
    assert not window.menus.offline_action.isEnabled()  # a file: nothing to copy
    window.close_workspace()


def test_work_offline_cancelled_leaves_no_file(
    qtbot, monkeypatch, team_database: TeamDatabase, tmp_path: Path
) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from esn_desktop.domain.errors import Cancelled
    from esn_desktop.store.team_database import open_team_workspace
    from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspaceDialog

    assert run("import", _url(team_database), str(SMALL_WORKSPACE))[0] == 0
    copy = tmp_path / "salle.esn"
    window = MainWindow(open_team_workspace(team_database), "Exemple")
    qtbot.addWidget(window)

    def plain(dialog: NewWorkspaceDialog) -> bool:
        dialog.encrypt.setChecked(False)
        dialog.accept()
        return True

    monkeypatch.setattr(window, "ask_new_workspace_path", lambda _name="": copy)
    monkeypatch.setattr(window, "run_dialog", plain)
    from esn_desktop.services import offline

    copying = offline.make_offline_copy

    cancelled: list[int] = []

    def cancelled_midway(*args, progress, **kwargs):  # the person's Cancel, once rows are copied
        def cancel(done: int, total: int) -> None:
            if done:
                cancelled.append(done)
                raise Cancelled
            progress(done, total)

        return copying(*args, progress=cancel, **kwargs)

    monkeypatch.setattr(offline, "make_offline_copy", cancelled_midway)
    window.work_offline()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=30_000)  # rows were being written
    QThreadPool.globalInstance().waitForDone()  # the copy's work has ended
    qtbot.waitUntil(
        lambda: (
            not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
    )
    assert window.workspace is not None and window.workspace.team is not None  # still the team's
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("salle", ".salle"))) == []
    window.close_workspace()
