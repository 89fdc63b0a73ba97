"""What another member of the team logs appears in the director's open window by itself
(issue 16, point 5: LISTEN/NOTIFY), and the window does not read again what it wrote itself."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import Workspace
from esn_desktop.store.team_listener import ChangeListener
from esn_desktop.ui.main_window import MainWindow
from tests.conftest import SMALL_WORKSPACE

ROOT = Path(__file__).resolve().parents[2]


def _url(workspace: Workspace) -> str:
    assert workspace.team is not None
    return str(workspace.team.url._replace(drivername="postgresql").render_as_string(hide_password=False))


def _other_laptop(workspace: Workspace, notes: str) -> float:
    """Logs an activity on Transports Lemaire from another process; when its commit returned."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.team_writer", _url(workspace), "Lemaire", notes],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )
    return float(done.stdout.strip())


def test_an_activity_logged_on_another_laptop_appears_in_the_open_window(qtbot, team_workspace) -> None:
    import_document(team_workspace, SMALL_WORKSPACE)
    window = MainWindow(team_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    names = [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]
    tab.table.selectRow(names.index("Transports Lemaire"))
    qtbot.waitUntil(lambda: tab.panel.timeline.count() > 0)
    assert window.scope is not None and window.scope._live is not None
    assert window.scope._live.listening.wait(10)

    committed = _other_laptop(team_workspace, "Appel de Camille depuis le salon")
    qtbot.waitUntil(
        lambda: any(
            "Appel de Camille depuis le salon" in tab.panel.timeline.item(row).text()
            for row in range(tab.panel.timeline.count())
        ),
        timeout=10_000,
    )
    # The figure issue 16 asks for (within 2 s), printed rather than asserted: a loaded machine's
    # scheduling is not the feature's.
    print(f"shown {time.time() - committed:.2f} s after the other laptop's commit")


def _own_call(workspace: Workspace) -> None:
    from datetime import date

    from esn_desktop.domain.activities import ActivityKind, ActivityStatus
    from esn_desktop.services.account_editing import ActivityFields, log_activity
    from esn_desktop.services.account_list import AccountFilter, account_ids

    account_id = account_ids(workspace, AccountFilter(search="Lemaire"))[0]
    log_activity(
        workspace, ActivityFields(ActivityKind.CALL, ActivityStatus.DONE, date(2026, 11, 24), account_id)
    )


def test_the_listener_hears_other_processes_not_its_own(team_workspace) -> None:
    import_document(team_workspace, SMALL_WORKSPACE)
    assert team_workspace.team is not None
    heard: list[frozenset[str]] = []
    arrived = threading.Event()

    def hear(tables: frozenset[str]) -> None:
        heard.append(tables)
        arrived.set()

    listener = ChangeListener(team_workspace.team, hear)
    listener.start()
    try:
        assert listener.listening.wait(10)
        _own_call(team_workspace)  # this process's own write: not heard
        time.sleep(1)
        assert heard == []
        _other_laptop(team_workspace, "Relance")
        assert arrived.wait(10)
        assert set().union(*heard) == {"activities"}
    finally:
        listener.stop(wait=True)


def test_the_team_mark_turns_red_while_the_server_does_not_answer(qtbot, team_workspace) -> None:
    window = MainWindow(team_workspace, "Exemple")
    qtbot.addWidget(window)
    assert window.scope is not None
    shown = window.marks.team_label.text()
    assert shown.startswith("Team database: ")
    window.scope._team_reachable.emit(False)  # as the listener does, from its thread, on a cut
    qtbot.waitUntil(lambda: window.marks.team_label.text().endswith("does not answer: reconnecting…"))
    window.scope._team_reachable.emit(True)
    qtbot.waitUntil(lambda: window.marks.team_label.text() == shown)
