"""The team database's server stops while a form is open: Save says in one French line that the
database does not answer and that nothing was saved, never libpq's words nor a traceback; the
form stays open with what was typed, and saves once the server answers again (issue 16).

The server is this module's own throwaway cluster, stopped the way a crash stops it
(`pg_ctl stop -m immediate`): the tests' shared server goes on serving the others."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.accounts import account_detail
from esn_desktop.services.missions import list_missions
from esn_desktop.services.transfer import import_document
from esn_desktop.store import models as m
from esn_desktop.store.address import team_database as parse_team_url
from esn_desktop.store.database import Workspace
from esn_desktop.store.team_database import new_team_workspace, open_team_workspace
from esn_desktop.ui.dialogs.account_dialogs import AccountDialog
from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow
from tests.conftest import SMALL_WORKSPACE
from tests.postgres_server import PostgresServer, PostgresUnavailable, start_postgres

TODAY = date(2026, 11, 30)


@dataclass
class Stoppable:
    """A cluster of this test's own, with the workspace opened on it."""

    server: PostgresServer
    workspace: Workspace

    def stop(self) -> None:
        """The server dies (a crash, a restart): connections cut, nothing written after."""
        self.server._run("pg_ctl", "-D", str(self.server.data), "-m", "immediate", "stop")

    def start(self) -> None:
        """The server back, where it was."""
        server = self.server
        where = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {server.root}"
        server._run(
            "pg_ctl", "-D", str(server.data), "-o", where, "-w", "-l", str(server.root / "log"), "start"
        )


@pytest.fixture
def stoppable(qapp: QApplication) -> Iterator[Stoppable]:
    try:
        server = start_postgres(fast=False)  # a commit survives the stop below, as on a real server
    except PostgresUnavailable as why:
        pytest.skip(f"no PostgreSQL server here: {why}")
    try:
        server.create_database("acme")
        database = parse_team_url(server.url("acme"))
        with new_team_workspace(database) as made:
            import_document(made, SMALL_WORKSPACE)
        with open_team_workspace(database) as workspace:
            yield Stoppable(server, workspace)
    finally:
        server.stop()


def _said_unanswered(text: str) -> None:
    assert text == (
        "La base d’équipe acme sur 127.0.0.1 ne répond pas (serveur arrêté ou injoignable)\u202f: "
        "rien n’a été enregistré\u202f; réessayez quand elle répondra"
    ), text


def _said_unread(text: str) -> None:
    """What a read (figures, Reload) says: nothing was being saved."""
    assert text == (
        "La base d’équipe acme sur 127.0.0.1 ne répond pas (serveur arrêté ou injoignable)\u202f: "
        "réessayez quand elle répondra"
    ), text


def _activities(workspace: Workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(m.Activity)) or 0


def _window(qtbot, workspace: Workspace) -> MainWindow:
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    window = MainWindow(workspace, "Acme")
    qtbot.addWidget(window)
    return window


def test_saving_an_account_with_the_server_stopped_says_so_and_keeps_the_form(
    qtbot, stoppable: Stoppable
) -> None:
    workspace = stoppable.workspace
    window = _window(qtbot, workspace)
    assert window.scope is not None
    account_id = account_ids(workspace, AccountFilter(search="Lemaire"))[0]
    dialog = AccountDialog(window.scope.operations, window.formatter, account_detail(workspace, account_id))
    qtbot.addWidget(dialog)
    dialog.city.setText("Nancy")

    stoppable.stop()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _said_unanswered(dialog.general_error.text())
    assert dialog.result() == 0 and dialog.city.text() == "Nancy"
    assert dialog.reload_button.isHidden()  # nothing another person did: nothing to reload

    stoppable.start()  # back: the same Save goes in
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1, dialog.general_error.text()
    assert account_detail(workspace, account_id).city == "Nancy"


def test_logging_an_activity_with_the_server_stopped_says_so_and_writes_nothing(
    qtbot, stoppable: Stoppable
) -> None:
    workspace = stoppable.workspace
    window = _window(qtbot, workspace)
    assert window.scope is not None
    detail = account_detail(workspace, account_ids(workspace, AccountFilter(search="Lemaire"))[0])
    before = _activities(workspace)
    dialog = ActivityDialog(window.scope.operations, window.formatter, TODAY, detail=detail)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("Rappeler lundi")

    stoppable.stop()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _said_unanswered(dialog.general_error.text())
    assert dialog.notes.toPlainText() == "Rappeler lundi"
    assert window.scope.operations.undo_stack.count() == 0  # nothing on the history either

    stoppable.start()
    assert _activities(workspace) == before  # nothing half-written


def test_a_mission_form_with_the_server_stopped_says_so_as_its_figures_go(
    qtbot, stoppable: Stoppable
) -> None:
    workspace = stoppable.workspace
    window = _window(qtbot, workspace)
    assert window.scope is not None
    mission = list_missions(workspace)[0]
    dialog = MissionDialog(window.scope.operations, window.formatter, mission, today=mission.terms.start)
    qtbot.addWidget(dialog)

    stoppable.stop()
    dialog.daily_rate.setText("700")  # its figures are read as it is typed
    _said_unread(dialog.save_error.text())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _said_unanswered(dialog.save_error.text())
    assert dialog.daily_rate.text() == "700"

    stoppable.start()
    dialog.daily_rate.setText("710")  # read again: the line goes
    assert dialog.save_error.text() == ""


def test_reloading_with_the_server_stopped_says_so_and_offers_reload_again(
    qtbot, stoppable: Stoppable
) -> None:
    workspace = stoppable.workspace
    window = _window(qtbot, workspace)
    assert window.scope is not None
    account_id = account_ids(workspace, AccountFilter(search="Lemaire"))[0]
    opened = account_detail(workspace, account_id)
    dialog = AccountDialog(window.scope.operations, window.formatter, opened)
    qtbot.addWidget(dialog)
    fields = {f.name: getattr(opened, f.name) for f in dataclasses.fields(AccountRecord)}
    save_account(workspace, AccountRecord(**{**fields, "city": "Metz"}), account_id=account_id)
    dialog.city.setText("Nancy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.text().startswith(
        "Le compte «\u202fTransports Lemaire\u202f» a été modifié par "
    )

    stoppable.stop()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    _said_unread(dialog.general_error.text())
    assert not dialog.reload_button.isHidden() and dialog.city.text() == "Nancy"

    stoppable.start()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert (dialog.city.text(), dialog.general_error.text()) == ("Metz", "")
    assert dialog.reload_button.isHidden()


def test_a_window_action_and_an_undo_with_the_server_stopped_say_so(qtbot, stoppable: Stoppable) -> None:
    workspace = stoppable.workspace
    window = _window(qtbot, workspace)
    said: list[str] = []

    def modal(text: str) -> None:
        """As the window's message box: said, then a loop of its own until it is closed."""
        said.append(text)
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()

    window.show_error = modal  # type: ignore[method-assign]
    tab, panel = window.prospects, window.prospects.panel
    panel.today = TODAY
    names = [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]
    tab.table.selectRow(names.index("Mutuelle Horizon"))
    qtbot.waitUntil(lambda: panel.timeline.count() > 0)
    timeline = panel.timeline
    meeting = next(row for row in range(timeline.count()) if "Rendez-vous" in timeline.item(row).text())
    timeline.setCurrentRow(meeting)
    assert window.scope is not None
    before = _activities(workspace)
    window.scope.operations.undo_stack.clear()

    stoppable.stop()
    panel.mark_no_show()  # a click on « Marquer le rendez-vous comme non honoré »
    _said_unanswered(panel.message.text())
    assert window.scope.operations.undo_stack.count() == 0 and said == []

    stoppable.start()
    panel.mark_no_show()  # back: marked, on the history
    assert window.scope.operations.undo_stack.count() == 1 and _activities(workspace) == before + 1
    stoppable.stop()
    stack = window.scope.operations.undo_stack
    stack.undo()  # Edit > Undo: said in the window, nothing undone
    qtbot.waitUntil(lambda: len(said) == 1)
    _said_unanswered(said[0])
    qtbot.waitUntil(stack.canUndo)  # kept on the history, where it was
    qtbot.wait(100)  # the message's own loop over: the history as it stays
    assert stack.count() == 1 and stack.index() == 1 and stack.canUndo() and not stack.canRedo()
    stoppable.start()
    assert _activities(workspace) == before + 1
    stack.undo()  # the server back: undone now
    assert _activities(workspace) == before and said[1:] == []
