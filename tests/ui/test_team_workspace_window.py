"""A team workspace in the window, where a file's had a file beside it: no scheduled backup
written beside it, no backup files for the GDPR erasure to list, the documents folder and the
layout kept by its URL; and `esn-desktop gui URL` opening the window on it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from esn_desktop.cli import main
from esn_desktop.services.transfer import import_document
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.database import Workspace
from esn_desktop.ui import file_dialogs, recent_workspaces
from esn_desktop.ui.dialogs.forget_dialog import ForgetDialog
from esn_desktop.ui.main_window import MainWindow
from tests.conftest import SMALL_WORKSPACE
from tests.ui.test_forget_dialog import EMAIL, _click, _open_window, _select


def test_no_backup_is_scheduled_beside_a_team_database(qtbot, team_workspace: Workspace) -> None:
    QSettings().setValue("backups/every_hours", 1)
    window = MainWindow(team_workspace, "Équipe")
    qtbot.addWidget(window)
    assert window.backup_task is None and window.backups.workspace is None
    window.back_up_if_due()
    assert window.backup_task is None
    assert window.marks.team_label.text().startswith("Team database: ")
    assert not window.marks.encrypted_label.isVisibleTo(window)


def test_forgetting_a_contact_of_a_team_workspace_lists_no_backup_file(
    qtbot, monkeypatch, team_workspace: Workspace, tmp_path
) -> None:
    import_document(team_workspace, SMALL_WORKSPACE)
    window = _open_window(qtbot, team_workspace)
    panel = window.prospects.panel
    _select(window, "Mutuelle Horizon")
    seen: dict[str, object] = {}

    def forget(dialog: ForgetDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.plan is not None)
        seen["what"] = dialog.what_goes.text()
        _click(qtbot, dialog.forget_button)
        qtbot.waitUntil(lambda: dialog.forgotten is not None)
        seen["backups"] = dict(getattr(dialog, "backup_rows", {}))
        _click(qtbot, dialog.close_button)
        return bool(dialog.result())

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: forget(dialog))
    panel.contacts.setCurrentCell(0, 0)
    _click(qtbot, panel.forget_contact_button)
    assert "backup" not in str(seen["what"])
    assert seen["backups"] == {}
    qtbot.waitUntil(lambda: panel.contacts.rowCount() == 0)
    assert EMAIL not in str(window.prospects.panel.detail)


def test_the_documents_folder_and_the_layout_are_kept_by_the_url(
    qtbot, team_workspace: Workspace, tmp_path
) -> None:
    assert team_workspace.team is not None
    place = team_workspace.team.shown
    assert recent_workspaces.place_of(team_workspace) == place
    file_dialogs.remember_documents_folder(place, tmp_path)
    assert file_dialogs.documents_folder(place) == tmp_path
    window = MainWindow(team_workspace, "Équipe")
    qtbot.addWidget(window)
    window.close_workspace()
    settings = QSettings()
    assert settings.contains(f"layout/{recent_workspaces.workspace_key(place)}/geometry")
    assert recent_workspaces.recent() == [place]
    assert recent_workspaces.company_of(place) == "Équipe"


def test_gui_url_opens_the_window_on_the_team_database(monkeypatch, team_database: TeamDatabase) -> None:
    opened: list[object] = []
    monkeypatch.setattr("esn_desktop.cli._start_gui", lambda address: opened.append(address) or 0)
    url = team_database.url.set(drivername="postgresql").render_as_string(hide_password=False)
    assert main(["gui", url]) == 0
    assert [str(address) for address in opened] == [team_database.shown]
    assert isinstance(opened[0], TeamDatabase) and opened[0].url.password == team_database.url.password


def test_the_idle_lock_of_a_team_workspace_is_meeting_mode(qtbot, team_workspace: Workspace) -> None:
    from dataclasses import replace

    from esn_desktop.services.workspace_settings import update_workspace_settings, workspace_settings
    from tests.ui.test_idle_lock import Clock

    settings = replace(workspace_settings(team_workspace), company_name="Équipe", idle_lock_minutes=1)
    update_workspace_settings(team_workspace, settings)
    window = MainWindow(team_workspace, "Équipe")
    qtbot.addWidget(window)
    clock = Clock()
    window.idle_lock.clock = clock
    window.idle_lock.start(team_workspace)
    assert window.idle_lock.timer.isActive() and not window.meeting.on
    clock.now += 60
    window.idle_lock.check()
    assert window.meeting.on
    assert window.workspace is team_workspace  # still open: only costs and other clients hidden
    assert team_workspace.team is not None
    assert team_workspace.team.shown not in window.statusBar().currentMessage()  # no place in meeting mode
