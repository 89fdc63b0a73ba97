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
