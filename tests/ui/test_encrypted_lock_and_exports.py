"""An encrypted workspace in the window: locked after its idle minutes (nothing of it shown
until its passphrase is typed again), its exports confirmed once, its mark in the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from esn_desktop.domain.records import AccountRecord
from esn_desktop.domain.settings import DEFAULT_IDLE_LOCK_MINUTES
from esn_desktop.services.account_editing import save_account
from esn_desktop.services.workspaces import open_workspace
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.screen_lock import LockPage
from esn_desktop.ui.window_tabs import Tab
from tests.ui.encrypted import PASSPHRASE, make_encrypted, typed
from tests.ui.test_workspaces import make_small


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def opened(qtbot, tmp_path: Path, keychain_kept):
    """The encrypted small workspace open in a window whose idle lock reads `clock`."""
    workspace = open_workspace(make_encrypted(tmp_path / "exemple.esn"), passphrase=PASSPHRASE)
    window = MainWindow(workspace, "Exemple Numérique SAS")
    qtbot.addWidget(window)
    window.idle_lock.clock = clock = Clock()
    window.idle_lock.arm(5)
    keychain_kept[("esn-desktop", str(workspace.path))] = PASSPHRASE  # never used by the lock
    yield window, clock
    window.close_workspace()


def idle(window: MainWindow, clock: Clock, minutes: int) -> None:
    clock.now += minutes * 60
    window.idle_lock.check()


def test_idle_minutes_hide_everything_until_the_passphrase(opened) -> None:
    window, clock = opened
    window.show_tab(Tab.MISSIONS)
    operations = window.scope.operations
    operations.run("Account Atelier", lambda: save_account(window.workspace, AccountRecord("Atelier Nord")))
    assert window.undo_stack.count() == 1
    idle(window, clock, 4)
    assert window.stack.currentWidget() is window.tabs  # not yet
    idle(window, clock, 1)
    page = window.screen_lock.page
    assert window.stack.currentWidget() is page
    assert window.windowTitle() == "Locked — esn-desktop"  # no client's name
    assert window.statusBar().currentMessage() == ""  # no path either
    assert not window.menuBar().isEnabled()
    assert not window.export_action.isEnabled() and not window.undo_action.isEnabled()
    assert not window.meeting.on  # the lock is no meeting mode: nothing at all shows
    window.backups.notice.emit("Saved at 10:00 in /clients/exemple-backups", 0)
    assert window.statusBar().currentMessage() == ""  # a backup's place names the client

    typed(page.field, "pas la bonne")
    QTest.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert (page.error.text(), page.field.text()) == ("Wrong passphrase", "")
    assert window.stack.currentWidget() is page
    idle(window, clock, 10)  # still locked, nothing else happens
    assert window.stack.currentWidget() is page

    typed(page.field, PASSPHRASE)
    QTest.keyClick(page.field, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.tabs
    assert window.pages.current_tab() is Tab.MISSIONS  # the tab on show before
    assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop"
    assert window.undo_stack.count() == 1 and window.undo_action.isEnabled()
    assert window.menuBar().isEnabled() and window.export_action.isEnabled()
    assert window.statusBar().currentMessage() == str(window.workspace.path)
    # Counted anew from the unlock, with the workspace's minutes.
    assert window.idle_lock.minutes == DEFAULT_IDLE_LOCK_MINUTES
    idle(window, clock, DEFAULT_IDLE_LOCK_MINUTES)
    assert window.stack.currentWidget() is page


def test_the_dashboard_in_full_screen_is_hidden_too(opened, qtbot) -> None:
    window, clock = opened
    window.show()
    window.show_tab(Tab.DASHBOARD)
    dashboard = window.dashboard
    dashboard.full_screen_button.click()
    assert dashboard.isWindow() and dashboard.isVisible()
    idle(window, clock, 5)
    assert not dashboard.isVisible()
    page = window.screen_lock.page
    typed(page.field, PASSPHRASE)
    QTest.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert dashboard.isWindow() and dashboard.isVisible()
    dashboard.full_screen_button.click()
    assert not dashboard.isWindow()


def test_a_form_left_open_is_covered_and_the_passphrase_typed_over_it(opened) -> None:
    window, clock = opened
    window.show()
    form = QDialog(window)
    figure = QLabel("Marge 56 000 €", form)
    save = QPushButton("Enregistrer", form)  # the form's default button: Return would click it
    save.setDefault(True)
    saved: list[bool] = []
    save.clicked.connect(lambda: saved.append(True))
    form.resize(360, 220)
    form.setModal(True)
    form.show()
    idle(window, clock, 5)
    cover = form.findChild(LockPage)
    assert cover is not None and cover.isVisible() and cover.close_button.text() == "Close this form"
    assert cover.geometry() == form.rect()  # over all of it: the figure is hidden
    assert not figure.isVisible()  # hidden, not only painted over
    typed(cover.field, "pas la bonne")
    QTest.keyClick(cover.field, Qt.Key.Key_Return)
    assert cover.error.text() == "Wrong passphrase" and window.screen_lock.locked
    typed(cover.field, PASSPHRASE)
    QTest.keyClick(cover.field, Qt.Key.Key_Return)
    assert not window.screen_lock.locked and not cover.isVisible()
    assert form.isVisible() and window.stack.currentWidget() is window.tabs  # the form goes on
    assert figure.isVisible()
    assert saved == []  # the Return that unlocked saved nothing half typed
    form.reject()


def test_close_the_workspace_from_the_lock_screen(opened) -> None:
    window, clock = opened
    idle(window, clock, 5)
    QTest.mouseClick(window.screen_lock.page.close_button, Qt.MouseButton.LeftButton)
    assert window.workspace is None
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "esn-desktop"
    assert window.menuBar().isEnabled() and not window.screen_lock.locked


def test_closing_from_the_lock_never_shows_the_full_screen_dashboard_again(opened, qtbot) -> None:
    window, clock = opened
    window.show()
    window.show_tab(Tab.DASHBOARD)
    dashboard = window.dashboard
    dashboard.full_screen_button.click()
    idle(window, clock, 5)
    shown: list[bool] = []
    dashboard.installEventFilter(watcher := _ShowWatcher(shown))
    QTest.mouseClick(window.screen_lock.page.close_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)  # the deletions the closing asked for
    assert shown == [] and window.workspace is None
    assert not any(top.isVisible() for top in QApplication.topLevelWidgets() if top is not window)
    del watcher


def test_a_backup_failure_waits_for_the_unlock_and_is_dropped_on_closing(opened) -> None:
    window, clock = opened
    said: list[str] = []
    window.show_error = said.append  # type: ignore[method-assign]
    idle(window, clock, 5)
    window.backups.failed.emit("disk full: /clients/exemple-backups")
    assert said == []  # no dialog over the lock, naming the client's folder
    page = window.screen_lock.page
    typed(page.field, PASSPHRASE)
    QTest.keyClick(page.field, Qt.Key.Key_Return)
    assert said == ["disk full: /clients/exemple-backups"]
    idle(window, clock, DEFAULT_IDLE_LOCK_MINUTES)
    window.backups.failed.emit("disk full again")
    QTest.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert said == ["disk full: /clients/exemple-backups"]


class _ShowWatcher(QObject):
    def __init__(self, shown: list[bool]) -> None:
        super().__init__()
        self.shown = shown

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown.append(True)
        return False


def test_a_plain_workspace_goes_to_meeting_mode_and_is_never_asked_about_exports(
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    window = MainWindow(open_workspace(make_small(tmp_path / "plain.esn")), "Exemple")
    qtbot.addWidget(window)
    window.idle_lock.clock = clock = Clock()
    window.idle_lock.arm(5)
    idle(window, clock, 5)
    assert window.meeting.on and window.stack.currentWidget() is window.tabs
    monkeypatch.setattr(window, "accept_unencrypted_export", lambda: pytest.fail("asked"))
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_a, **_k: pytest.fail("a dialog"))
    asked: list[str] = []  # in meeting mode: into the workspace's own folder, no dialog
    monkeypatch.setattr(window, "accept_saving_in_own_folder", lambda folder: asked.append(folder) and False)
    window.export_list()
    assert asked == ["Exemple Numérique SAS"]
    window.close_workspace()


def test_exports_of_an_encrypted_workspace_are_confirmed_once(opened, monkeypatch, qtbot, tmp_path) -> None:
    window, _clock = opened
    answers = [False, True]
    asked: list[bool] = []
    chosen: list[str] = []

    def answer() -> bool:
        asked.append(answers[len(asked)])
        return asked[-1]

    def save_file_name(_parent, caption, start, *_a, **_k):
        chosen.append(caption)
        return tmp_path / start.name

    monkeypatch.setattr(window, "accept_unencrypted_export", answer)
    monkeypatch.setattr(file_dialogs, "save_file_name", save_file_name)
    window.export_list()  # cancelled: no file dialog
    assert (asked, chosen) == ([False], [])
    window.export_list()
    assert (asked, chosen) == ([False, True], ["Export the list"])
    qtbot.waitUntil(lambda: (tmp_path / "accounts.xlsx").exists() or any(tmp_path.glob("*.xlsx")))
    window.show_tab(Tab.DASHBOARD)
    assert window.dashboard.board.ask_png_path("rates") == tmp_path / "rates.png"
    assert (asked, chosen[-1]) == ([False, True], "Export the chart")  # asked once a session


def test_lock_now_hides_it_at_once(opened) -> None:
    window, _clock = opened
    action = window.menus.lock_action
    assert action.isEnabled()
    action.trigger()
    page = window.screen_lock.page
    assert window.stack.currentWidget() is page
    assert window.windowTitle() == "Locked — esn-desktop"
    typed(page.field, PASSPHRASE)
    QTest.keyClick(page.field, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.tabs
    assert window.idle_lock.timer.isActive()  # the idle minutes counted anew


def test_a_plain_workspace_does_not_lock(qtbot, tmp_path: Path) -> None:
    window = MainWindow(open_workspace(make_small(tmp_path / "plain.esn")), "Exemple Numérique SAS")
    qtbot.addWidget(window)
    action = window.menus.lock_action
    assert not action.isEnabled()
    assert action.toolTip() == "Only an encrypted workspace locks; meeting mode hides its costs"
    window.idle_lock.lock_now()
    assert window.stack.currentWidget() is window.tabs
    window.close_workspace()


def test_a_form_left_open_is_closed_unsaved_from_its_lock(opened) -> None:
    window, clock = opened
    window.show()
    form = QDialog(window)
    form.resize(360, 220)  # as small as the smallest form (a question)
    form.setModal(True)
    form.show()
    idle(window, clock, 5)
    cover = form.findChild(LockPage)
    for button in (cover.close_button, cover.unlock_button):  # whole, side by side
        assert button.size().expandedTo(button.sizeHint()) == button.size()
    QTest.mouseClick(cover.close_button, Qt.MouseButton.LeftButton)
    assert form.result() == QDialog.DialogCode.Rejected and not form.isVisible()
    page = window.screen_lock.page
    assert window.screen_lock.locked and window.stack.currentWidget() is page
    assert page.close_button.isVisibleTo(page)  # the workspace's own Close, now reachable


def test_a_question_left_open_waits_for_the_unlocking(opened) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, clock = opened
    window.show()
    question = QMessageBox(QMessageBox.Icon.Question, "Plan", "Enregistrer le plan ?", parent=window)
    question.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    question.show()
    idle(window, clock, 5)
    cover = question.findChild(LockPage)
    assert cover is not None and not cover.close_button.isVisibleTo(cover)
    question.reject()
