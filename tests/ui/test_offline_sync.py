"""An offline copy sent back from the window (issue 16, point 6): File > Synchronise with the team
database sends it in the background, opens the refreshed copy again (same passphrase, nothing
asked, the same tab) and says what was sent, not sent back and kept; each kept conflict is decided
there; and while the copy is open, its server answering again is offered, or synced by itself when
the keychain holds the password."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.records import AccountRecord
from esn_desktop.services import keychain
from esn_desktop.services.account_editing import ActivityFields, log_activity, save_account
from esn_desktop.services.workspaces import open_workspace
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.offline_copy import make_offline_copy
from esn_desktop.store.places import open_workspace_at
from esn_desktop.store.team_database import open_team_workspace
from esn_desktop.ui import offline_sync
from esn_desktop.ui.dialogs.team_connect_dialog import TeamConnectDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.offline_sync import MINE, THEIRS, SyncSummaryDialog
from esn_desktop.ui.window_tabs import Tab
from tests.cli.conftest import run
from tests.cli.test_offline import _karim_plan, _url
from tests.conftest import SMALL_WORKSPACE
from tests.postgres_server import ADMIN_PASSWORD

PASSPHRASE = "salle de réunion 42"


def _server(database: TeamDatabase, statement: str) -> list[tuple[object, ...]]:
    with open_team_workspace(database) as workspace, workspace.engine.begin() as connection:
        result = connection.execute(text(statement))
        return [tuple(row) for row in result] if result.returns_rows else []


def _call(workspace, account: str, notes: str) -> None:  # type: ignore[no-untyped-def]
    with workspace.engine.connect() as connection:
        account_id = connection.execute(
            text("SELECT id FROM accounts WHERE name = :n"), {"n": account}
        ).scalar()
    fields = ActivityFields(
        ActivityKind.CALL, ActivityStatus.DONE, date(2026, 12, 2), account_id, notes=notes
    )
    log_activity(workspace, fields)


@pytest.fixture
def copy(team_database: TeamDatabase, tmp_path: Path, keychain_kept: dict) -> Path:  # type: ignore[type-arg]
    assert run("import", _url(team_database), str(SMALL_WORKSPACE))[0] == 0
    path = tmp_path / "salle.esn"
    make_offline_copy(team_database, path, passphrase=PASSPHRASE)
    return path


def _seen(dialog: SyncSummaryDialog) -> dict[str, object]:
    """What the summary said (it is deleted once closed)."""
    return {
        "sent": dialog.sent.text(),
        "decided": dialog.decided.text() if dialog.decided.isVisibleTo(dialog) else "",
        "not sent": dialog.not_sent.text() if dialog.not_sent.isVisibleTo(dialog) else "",
        "choices": list(dialog.choices),
        "apply": dialog.apply_button.isVisibleTo(dialog),
    }


def _window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(open_workspace(path, passphrase=PASSPHRASE), "Exemple")
    qtbot.addWidget(window)
    return window


def test_file_synchronise_sends_the_copy_back_and_opens_it_again(
    qtbot, monkeypatch, team_database: TeamDatabase, copy: Path
) -> None:
    database = team_database.with_password(None)
    keychain.remember(database, ADMIN_PASSWORD)  # as the connection form keeps it
    window = _window(qtbot, copy)
    assert window.menus.sync_action.isEnabled()
    assert window.menus.sync_action.text() == "&Synchronise with the team database"
    _call(window.workspace, "Transports Lemaire", "Appel depuis le train")
    save_account(window.workspace, AccountRecord(name="Nouveau prospect"))  # never sent back
    window.show_tab(Tab.OBJECTIVES)
    summaries: list[dict[str, object]] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, SyncSummaryDialog), "nothing asked: the password is in the keychain"
        summaries.append(_seen(dialog))
        return False  # Close

    monkeypatch.setattr(window, "run_dialog", answer)
    window.menus.sync_action.trigger()
    assert window.workspace is None  # let go of while the sync replaces it
    qtbot.waitUntil(lambda: bool(summaries), timeout=60_000)
    summary = summaries[0]
    assert summary["sent"] == f"Sent to {team_database.database} on 127.0.0.1: 1 activity."
    assert str(summary["not sent"]).endswith(": 1 change to accounts.")
    assert (summary["choices"], summary["apply"], summary["decided"]) == ([], False, "")
    # The refreshed copy open again, encrypted with the same passphrase, on the same tab.
    assert window.workspace is not None and window.workspace.path == copy.resolve()
    assert window.workspace.encrypted and window.pages.current_tab() is Tab.OBJECTIVES
    assert window.marks.offline_label.text().startswith(f"Offline copy of {team_database.database} of ")
    notes = "SELECT count(*) FROM activities WHERE notes = 'Appel depuis le train'"
    assert _server(team_database, notes) == [(1,)]
    assert _server(team_database, "SELECT count(*) FROM accounts WHERE name = 'Nouveau prospect'") == [(0,)]
    with window.workspace.engine.connect() as connection:
        assert connection.execute(text(notes)).scalar() == 1  # the team's, now
        assert connection.execute(text("SELECT count(*) FROM offline_journal")).scalar() == 0

    window.menus.sync_action.trigger()  # again: nothing sent twice
    qtbot.waitUntil(lambda: len(summaries) == 2, timeout=60_000)
    assert summaries[1]["sent"] == f"Nothing new to send to {team_database.database} on 127.0.0.1."
    assert _server(team_database, notes) == [(1,)]
    window.close_workspace()


def test_a_server_gone_leaves_the_copy_open_as_it_was_with_one_line(
    qtbot, monkeypatch, team_database: TeamDatabase, copy: Path
) -> None:
    keychain.remember(team_database.with_password(None), ADMIN_PASSWORD)
    window = _window(qtbot, copy)
    _call(window.workspace, "Transports Lemaire", "Dans le tunnel")
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)

    def dead(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        from esn_desktop.store.errors import WorkspaceError

        # What the connection says of a server gone after the file was read (team_database.py).
        raise WorkspaceError(
            "cannot connect to the team database: connection refused",
            "team_unreachable",
            name=team_database.name,
            error="connection refused",
        )

    monkeypatch.setattr("esn_desktop.services.offline._send", dead)
    window.menus.sync_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert errors == [f"Cannot connect to {team_database.database} on 127.0.0.1: connection refused"]
    assert window.workspace is not None and window.workspace.path == copy.resolve()
    with window.workspace.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM offline_journal")).scalar() == 1
    window.close_workspace()


def test_conflicts_are_decided_in_the_summary(
    qtbot, monkeypatch, team_database: TeamDatabase, copy: Path
) -> None:
    with open_team_workspace(team_database) as workspace:
        _karim_plan(workspace, "Plan de départ")
    copy.unlink()
    make_offline_copy(team_database, copy, passphrase=PASSPHRASE)
    window = _window(qtbot, copy)
    _call(window.workspace, "Boulangeries Réunies", "x")
    _karim_plan(window.workspace, "Plan du client")
    _server(team_database, "DELETE FROM accounts WHERE name = 'Boulangeries Réunies'")
    with open_team_workspace(team_database) as workspace:
        _karim_plan(workspace, "Plan du bureau")
    asked: list[object] = []

    def answer(dialog: QDialog) -> bool:
        asked.append(type(dialog))
        if isinstance(dialog, TeamConnectDialog):  # nothing in the keychain: the form, filled
            assert dialog.user.text() == team_database.url.username and dialog.user.isReadOnly()
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.connect_now()
            qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
            return True
        assert isinstance(dialog, SyncSummaryDialog)
        asked[-1] = _seen(dialog)
        if len(asked) == 2:
            assert len(dialog.choices) == 2
            (call,) = (name for name in dialog.choices if name.startswith("activity:"))
            (plan,) = (name for name in dialog.choices if name.startswith("plan:"))
            said = [label.text() for label in dialog.findChildren(type(dialog.sent))]
            day = window.formatter.day(date(2026, 12, 2))
            assert f"Call of {day} with Boulangeries Réunies: its account was deleted on the server" in said
            month = window.formatter.month(date(2026, 12, 1))
            assert f"Karim Benali’s action plan for {month}: it was edited on both sides" in said
            assert dialog.choices[call].findData(MINE) == -1  # a new activity: nothing to write over
            assert not dialog.apply_button.isEnabled()
            dialog.choose(call, THEIRS)
            dialog.choose(plan, MINE)
            assert dialog.apply_button.isEnabled()
            return True
        return False

    monkeypatch.setattr(window, "run_dialog", answer)
    window.menus.sync_action.trigger()
    qtbot.waitUntil(lambda: len(asked) == 3, timeout=60_000)
    assert asked[0] is TeamConnectDialog  # asked once: the decisions' sync goes as the same login
    decided = asked[2]
    assert isinstance(decided, dict) and decided["choices"] == []
    assert decided["sent"] == f"Sent to {team_database.database} on 127.0.0.1: 1 action plan."
    month = window.formatter.month(date(2026, 12, 1))
    assert f"Sent over the team’s version: Karim Benali’s action plan for {month}" in str(decided["decided"])
    assert "Dropped, the team’s version kept: Call of" in str(decided["decided"])
    assert _server(team_database, "SELECT notes FROM action_plans") == [("Plan du client",)]
    assert _server(team_database, "SELECT count(*) FROM activities WHERE notes = 'x'") == [(0,)]
    assert window.workspace is not None
    with window.workspace.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM offline_pending")).scalar() == 0
    window.close_workspace()


def test_the_server_answering_again_is_offered_then_synced_by_itself(
    qtbot, monkeypatch, team_database: TeamDatabase, copy: Path, tmp_path: Path
) -> None:
    monkeypatch.setattr(offline_sync, "PROBE_MS", 50)
    server_up = [False]
    probed: list[tuple[str, int]] = []

    def answers(host: str, port: int) -> bool:
        probed.append((host, port))
        return server_up[0]

    monkeypatch.setattr(offline_sync, "answers", answers)
    # A plain workspace: no probe at all.
    plain = tmp_path / "plain.esn"
    assert run("import", str(plain), str(SMALL_WORKSPACE))[0] == 0
    with open_workspace_at(plain, write=True) as workspace:
        other = MainWindow(workspace, "Plain")
        qtbot.addWidget(other)
        assert not other.marks.probe.running and not other.menus.sync_action.isEnabled()
        other.close_workspace()
    window = _window(qtbot, copy)
    label = window.marks.offline_label
    age = label.text()
    assert window.marks.probe.running
    qtbot.waitUntil(lambda: len(probed) >= 2)
    assert probed[0] == ("127.0.0.1", team_database.url.port) and label.text() == age
    _call(window.workspace, "Transports Lemaire", "Appel du parking")
    # Back, and no password kept: offered, not sent.
    server_up[0] = True
    qtbot.waitUntil(lambda: "Synchronise" in label.text())
    assert label.text().startswith("Team database reachable: 1 change to send — <a href=")
    assert _server(team_database, "SELECT count(*) FROM activities WHERE notes = 'Appel du parking'") == [
        (0,)
    ]
    # Its password kept: sent by itself at the next probe, and said so.
    keychain.remember(team_database.with_password(None), ADMIN_PASSWORD)
    status = window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Synchronised by itself"), timeout=60_000)
    assert status.currentMessage() == (
        f"Synchronised by itself with {team_database.database} on 127.0.0.1 — sent: 1 activity"
    )
    assert _server(team_database, "SELECT count(*) FROM activities WHERE notes = 'Appel du parking'") == [
        (1,)
    ]
    assert window.workspace is not None and window.marks.probe.running  # the copy open again, probed
    qtbot.waitUntil(lambda: len(probed) >= 8)  # nothing more to send: nothing sent twice
    assert label.text().startswith(f"Offline copy of {team_database.database} of ")
    assert _server(team_database, "SELECT count(*) FROM activities WHERE notes = 'Appel du parking'") == [
        (1,)
    ]
    window.close_workspace()
    assert not window.marks.probe.running


def test_a_sync_made_by_itself_that_fails_is_said_once_and_not_tried_again(
    qtbot, monkeypatch, team_database: TeamDatabase, copy: Path
) -> None:
    monkeypatch.setattr(offline_sync, "PROBE_MS", 50)
    probed: list[int] = []

    def answers(_host: str, _port: int) -> bool:
        probed.append(1)
        return True

    monkeypatch.setattr(offline_sync, "answers", answers)
    keychain.remember(team_database.with_password(None), "not-the-password")
    window = _window(qtbot, copy)
    _call(window.workspace, "Transports Lemaire", "Mot de passe périmé")
    status = window.statusBar()
    qtbot.waitUntil(lambda: "not synchronised by itself again" in status.currentMessage(), timeout=60_000)
    assert status.currentMessage() == (
        f"{team_database.database} on 127.0.0.1 refused the password: check the user and the password"
        " — not synchronised by itself again: File > Synchronise with the team database"
    )
    assert window.workspace is not None and window.auto_sync_paused
    opened = window.workspace
    seen = len(probed)
    qtbot.waitUntil(lambda: len(probed) >= seen + 5)  # more probes: the copy left open, as it was
    assert window.workspace is opened and "Synchronise" in window.marks.offline_label.text()
    assert _server(team_database, "SELECT count(*) FROM activities WHERE notes = 'Mot de passe périmé'") == [
        (0,)
    ]
    window.close_workspace()


def test_a_password_kept_that_no_longer_works_is_asked_again(
    qtbot, monkeypatch, team_database: TeamDatabase, copy: Path
) -> None:
    keychain.remember(team_database.with_password(None), "an-old-password")
    window = _window(qtbot, copy)
    _call(window.workspace, "Transports Lemaire", "Après le changement de mot de passe")
    asked: list[object] = []

    def answer(dialog: QDialog) -> bool:
        asked.append(type(dialog))
        if isinstance(dialog, TeamConnectDialog):
            assert dialog.password.text() == ""  # not the refused one
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.connect_now()
            qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
            return True
        assert isinstance(dialog, SyncSummaryDialog)
        asked[-1] = _seen(dialog)
        return False

    monkeypatch.setattr(window, "run_dialog", answer)
    window.menus.sync_action.trigger()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=60_000)
    assert asked[0] is TeamConnectDialog
    assert isinstance(asked[1], dict)
    assert asked[1]["sent"] == f"Sent to {team_database.database} on 127.0.0.1: 1 activity."
    notes = "SELECT count(*) FROM activities WHERE notes = 'Après le changement de mot de passe'"
    assert _server(team_database, notes) == [(1,)]
    assert window.workspace is not None
    window.close_workspace()
