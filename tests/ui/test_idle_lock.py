"""The idle lock of a plain workspace: after its idle minutes without input the window falls into
meeting mode and says so; any input counts again from zero; 0 never locks. Time is a clock the
test moves, and the timer's wake-up is called, not waited for."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from esn_desktop.services.workspace_settings import update_workspace_settings, workspace_settings
from esn_desktop.services.workspaces import create_company_workspace
from esn_desktop.ui.dialogs.settings_dialog import SettingsDialog
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow


class Clock:
    """Seconds, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _workspace(folder: Path, file: str, company: str, minutes: int) -> Path:
    path = folder / file
    with create_company_workspace(path, company_name=company) as workspace:
        update_workspace_settings(
            workspace, replace(workspace_settings(workspace), idle_lock_minutes=minutes)
        )
    return path


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    return Clock()


def _window(qtbot, clock: Clock, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.idle_lock.clock = clock
    window.open_path(path)
    assert window.workspace is not None
    return window


def test_a_minute_without_input_turns_meeting_mode_on_and_says_so(qtbot, tmp_path, clock) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 1))
    assert window.idle_lock.timer.isActive()
    assert window.idle_lock.timer.interval() == 60_000
    assert not window.meeting.on
    clock.now += 60
    window.idle_lock.check()  # what the timer does when it wakes
    assert window.meeting.on
    assert window.meeting_action.isChecked()
    assert window.statusBar().currentMessage() == "Meeting mode on after 1 minute of inactivity"


def test_the_status_text_is_french_in_a_french_interface(qtbot, qapp, tmp_path, clock) -> None:
    install_language(qapp, "fr")
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 10))
    clock.now += 600
    window.idle_lock.check()
    assert window.statusBar().currentMessage() == "Mode réunion activé après 10 minutes d’inactivité"


def test_a_key_press_before_the_delay_counts_again_from_zero(qtbot, tmp_path, clock) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 1))
    window.show()
    clock.now += 30
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    clock.now += 30  # the timer wakes a minute after the opening: only 30 s since the key
    window.idle_lock.check()
    assert not window.meeting.on
    assert window.idle_lock.timer.isActive()
    assert window.idle_lock.timer.interval() == 30_000  # what is left of the minute
    clock.now += 30
    window.idle_lock.check()
    assert window.meeting.on


def test_the_first_key_after_a_sleep_past_the_minutes_locks_rather_than_counts(
    qtbot, tmp_path, clock
) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 10))
    window.show()
    clock.now += 3600  # the lid closed for an hour: the timer, asleep too, has not woken
    assert window.idle_lock.timer.isActive()
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # the first key on opening it
    assert window.meeting.on
    assert window.statusBar().currentMessage() == "Meeting mode on after 10 minutes of inactivity"


def test_a_mouse_click_after_the_lock_counts_again_but_never_leaves_meeting_mode(
    qtbot, tmp_path, clock
) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 1))
    window.show()
    clock.now += 60
    window.idle_lock.check()
    assert window.meeting.on and not window.idle_lock.timer.isActive()
    qtbot.mouseClick(window.statusBar(), Qt.MouseButton.LeftButton)
    assert window.meeting.on  # leaving it is the person's choice (Ctrl+M)
    assert window.idle_lock.timer.isActive()


def test_zero_minutes_never_locks(qtbot, tmp_path, clock) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 0))
    assert not window.idle_lock.timer.isActive()
    clock.now += 24 * 3600
    window.idle_lock.check()
    assert not window.meeting.on


def test_nothing_is_watched_without_a_workspace(qtbot, tmp_path, clock) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 1))
    window.close_workspace()
    assert not window.idle_lock.timer.isActive()
    clock.now += 3600
    window.idle_lock.check()
    assert not window.meeting.on


def test_switching_workspace_takes_the_new_workspaces_minutes(qtbot, tmp_path, clock) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 1))
    window.open_path(_workspace(tmp_path, "globex.esn", "Globex Industrie", 5))
    assert window.windowTitle().startswith("Globex Industrie")
    assert window.idle_lock.timer.interval() == 5 * 60_000
    clock.now += 60
    window.idle_lock.check()
    assert not window.meeting.on  # Acme's minute is not Globex's five
    clock.now += 4 * 60
    window.idle_lock.check()
    assert window.meeting.on
    assert window.statusBar().currentMessage() == "Meeting mode on after 5 minutes of inactivity"


def test_the_settings_form_refuses_500_minutes_and_saves_5(qtbot, tmp_path, clock) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 10))
    assert window.scope is not None and window.workspace is not None
    dialog = SettingsDialog(window.scope.operations, window.formatter, 0)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.text() == "10"
    dialog.idle_minutes.setText("500")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["idle_lock_minutes"].text() == "A whole number of minutes from 0 (never) to 240."
    assert workspace_settings(window.workspace).idle_lock_minutes == 10
    dialog.idle_minutes.setText("5")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert workspace_settings(window.workspace).idle_lock_minutes == 5


def test_saving_the_settings_rearms_the_lock(qtbot, tmp_path, clock, monkeypatch) -> None:
    window = _window(qtbot, clock, _workspace(tmp_path, "acme.esn", "Acme Conseil", 10))

    def fill(dialog: SettingsDialog) -> bool:
        dialog.idle_minutes.setText("2")
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", fill)
    window.edit_settings()
    assert window.idle_lock.timer.interval() == 2 * 60_000
    clock.now += 120
    window.idle_lock.check()
    assert window.meeting.on
