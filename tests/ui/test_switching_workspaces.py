"""One client's workspace after another in one window: meeting mode names no other client, and a
closed workspace's tabs hear nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMenu

from esn_desktop.services.topics import EVERYTHING, Topic
from esn_desktop.services.transfer import import_document
from esn_desktop.services.workspaces import create_company_workspace
from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.window_tabs import Tab
from tests.conftest import SMALL_WORKSPACE


def _client(folder: Path, file: str, company: str) -> Path:
    """The small workspace's contents under `company`'s name."""
    path = folder / file
    with create_company_workspace(path, company_name=company) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
    return path


@pytest.fixture
def clients(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    return [
        _client(tmp_path, "acme.esn", "Acme Conseil"),
        _client(tmp_path, "globex.esn", "Globex Industrie"),
        _client(tmp_path, "initech.esn", "Initech SAS"),
    ]


def _deleted_later() -> None:
    """What the event loop does between two clicks: the previous workspace's pages go."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _recent_menu_texts(window: MainWindow) -> list[str]:
    window.recent_menu.fill()
    return [action.text() for action in window.recent_menu.actions() if action.text()]


def test_the_rule_lists_only_the_open_workspace_and_no_path_in_meeting_mode(tmp_path: Path) -> None:
    meeting = MeetingMode()
    a, b = tmp_path / "a.esn", tmp_path / "b.esn"
    assert meeting.recent_shown([a, b], b) == [a, b]
    assert meeting.place_shown(a) == str(a)
    meeting.set(True)
    assert meeting.recent_shown([a, b], b) == [b]
    assert meeting.recent_shown([a, b], None) == []
    assert meeting.others_hidden([a, b], b)
    assert not meeting.others_hidden([b], b)
    assert meeting.place_shown(a) == ""


def test_a_third_workspace_opens_after_the_first_ones_pages_are_gone(qtbot, clients: list[Path]) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    for path, company in zip(
        [*clients, clients[0]],
        ["Acme Conseil", "Globex Industrie", "Initech SAS", "Acme Conseil"],
        strict=True,
    ):
        window.open_path(path)
        assert window.windowTitle() == f"{company} — esn-desktop"
        for tab in Tab:
            window.show_tab(tab)
        _deleted_later()
        # Every tab is inside this workspace's page, not in a page deleted with the last one.
        for index, tab in enumerate(Tab):
            page = window.tabs.widget(index)
            assert page is not None
            assert page.isAncestorOf(window.tab(tab))
    window.close_workspace()
    assert window.stack.currentWidget() is window.welcome


def test_a_closed_workspaces_tabs_hear_nothing_more(qtbot, clients: list[Path]) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(clients[0])
    window.show_tab(Tab.DASHBOARD)  # which redraws on meeting mode
    old_scope = window.scope
    assert old_scope is not None
    heard: list[object] = []
    old_scope.events.data_changed.connect(heard.append)
    window.open_path(clients[1])
    window.events.data_changed.emit(EVERYTHING)
    assert heard == []
    _deleted_later()
    # Meeting mode on and off after the first dashboard was deleted: nothing reaches it.
    window.meeting.set(True)
    window.meeting.set(False)
    assert window.scope is not None
    assert not window.scope.meeting.on
    # The open workspace's tabs still hear the window, and the window hears them.
    current: list[object] = []
    window.scope.events.data_changed.connect(current.append)
    window.events.data_changed.emit(frozenset({Topic.MISSIONS}))
    from_window: list[object] = []
    window.events.data_changed.connect(from_window.append)
    window.scope.events.data_changed.emit(frozenset({Topic.ACCOUNTS}))
    assert current == [{Topic.MISSIONS}, {Topic.ACCOUNTS}]
    assert from_window == [{Topic.ACCOUNTS}]


def test_meeting_mode_names_no_other_client_in_the_recents(qtbot, clients: list[Path]) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    for path in clients:
        window.open_path(path)
    assert len(_recent_menu_texts(window)) == 3
    window.meeting.set(True)
    assert _recent_menu_texts(window) == [
        "Initech SAS",  # the open client, without its file's path
        "Show every workspace (leaves meeting mode)",
    ]
    assert window.statusBar().currentMessage() == ""  # the path names the file
    window.meeting.set(False)
    assert window.statusBar().currentMessage() == str(clients[2])

    window.meeting.set(True)
    window.close_workspace()
    welcome = window.welcome
    assert welcome.recent_list.count() == 0
    assert not welcome.hidden_label.isHidden()
    assert _recent_menu_texts(window) == ["Show every workspace (leaves meeting mode)"]
    welcome.show_recent_button.click()
    assert not window.meeting.on
    assert welcome.recent_list.count() == 3
    assert welcome.hidden_label.isHidden()
    assert "Acme Conseil" in welcome.recent_list.item(2).text()


def test_the_recent_menus_way_out_of_meeting_mode(qtbot, clients: list[Path]) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(clients[0])
    window.open_path(clients[1])
    window.meeting.set(True)
    window.recent_menu.fill()
    show = window.recent_menu.actions()[-1]
    assert isinstance(window.recent_menu, QMenu)
    show.trigger()
    assert not window.meeting.on
    assert [text.split(" — ")[0] for text in _recent_menu_texts(window)] == [
        "Globex Industrie",
        "Acme Conseil",
    ]


def test_a_file_dialog_in_meeting_mode_asks_to_leave_it_first(
    qtbot, clients: list[Path], monkeypatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.meeting.set(True)
    shown: list[Path] = []
    monkeypatch.setattr(
        "esn_desktop.ui.file_dialogs.open_file_name", lambda *args: shown.append(args[2]) or clients[1]
    )
    monkeypatch.setattr(window, "accept_leaving_meeting_mode", lambda: False)
    window.choose_workspace()
    assert shown == []  # no dialog listing the clients' files
    assert window.workspace is None
    assert window.meeting.on
    monkeypatch.setattr(window, "accept_leaving_meeting_mode", lambda: True)
    window.choose_workspace()
    assert not window.meeting.on
    assert window.windowTitle() == "Globex Industrie — esn-desktop"


def test_a_backup_notice_names_no_folder_in_meeting_mode(qtbot, clients: list[Path]) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(clients[0])
    target = clients[0].parent / "acme-backups" / "acme.esn"
    window.backups.backed_up(target)
    assert str(target.parent) in window.statusBar().currentMessage()
    window.meeting.set(True)
    window.backups.backed_up(target)
    message = window.statusBar().currentMessage()
    assert message.startswith("Backed up at ")
    assert "acme" not in message
    assert recent_workspaces.recent()[0] == clients[0].resolve()


def test_a_failure_while_closing_never_leaves_the_previous_client_on_screen(
    qtbot, clients: list[Path], monkeypatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(clients[0])

    def broken() -> None:
        raise RuntimeError("Internal C++ object (PySide6.QtWidgets.QTableView) already deleted.")

    monkeypatch.setattr(window, "_save_layout", broken)
    with pytest.raises(RuntimeError):
        window.open_path(clients[1])
    assert window.workspace is None
    assert window.windowTitle() == "esn-desktop"
    assert window.stack.currentWidget() is window.welcome
    monkeypatch.delattr(window, "_save_layout")  # the class's own again
    window.open_path(clients[1])  # the first one's file was closed: nothing holds it
    assert window.windowTitle() == "Globex Industrie — esn-desktop"


def test_meeting_mode_after_a_language_change_reaches_only_the_new_welcome_screen(
    qtbot, clients: list[Path]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(clients[0])
    old = window.welcome
    window.set_language("en")
    _deleted_later()
    assert window.welcome is not old
    window.close_workspace()
    window.meeting.set(True)  # the replaced welcome screen, deleted, hears nothing
    assert window.welcome.recent_list.count() == 0
    window.meeting.set(False)
    assert window.welcome.recent_list.count() == 1
