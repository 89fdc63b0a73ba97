"""File > Connect to a team database…: the form against a real PostgreSQL server (the connection
tried in the background, each refusal said under the fields, the password kept in the keychain
only), and the window showing the team's workspace as a file's, reopened from File > Recent."""

from __future__ import annotations

import itertools
import socket
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings

from esn_desktop.services.workspaces import TeamDatabase, Workspace, load_settings, save_settings
from esn_desktop.store.address import team_database
from esn_desktop.store.team_database import open_team_workspace
from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.dialogs.team_connect_dialog import TeamConnectDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.window_tabs import Tab
from tests.conftest import SMALL_WORKSPACE, import_document
from tests.postgres_server import PostgresServer

KEY = "esn-desktop"
COMPANY = "Équipe Conseil SAS"
_names = itertools.count(1)


@pytest.fixture
def company_database(postgres: PostgresServer, team_template: str) -> Iterator[TeamDatabase]:
    """A team database holding the small example's workspace, named after its company."""
    name = f"window_{next(_names)}"
    postgres.create_database(name, template=team_template)
    database = team_database(postgres.url(name))
    with open_team_workspace(database) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
        with workspace.session() as session:
            save_settings(session, replace(load_settings(session), company_name=COMPANY))
    yield database
    postgres.drop_database(name)


def form(formatter_keychain: bool = True) -> TeamConnectDialog:
    from esn_desktop.formatting import Formatter

    return TeamConnectDialog(formatter_keychain, Formatter("en_GB"))


def typed(dialog: TeamConnectDialog, database: TeamDatabase, password: str | None = None) -> None:
    """Types the database's fields as a person would, one by one."""
    url = database.url
    dialog.server.setText(url.host or "")
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText(url.password if password is None else password)


def refusal(qtbot, dialog: TeamConnectDialog) -> str:
    """What the form says under its fields once the background connection is refused."""
    dialog.connect_now()
    assert dialog.task is not None  # in the background: the window is not held meanwhile
    assert not dialog.connect_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert dialog.connect_button.isEnabled() and dialog.workspace is None
    return dialog.error.text()


def test_connected_in_the_background_and_the_password_kept_in_the_keychain_only(
    qtbot, keychain_kept, company_database: TeamDatabase
) -> None:
    dialog = form()
    qtbot.addWidget(dialog)
    typed(dialog, company_database)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.connect_now()
        assert dialog.task is not None
        assert dialog.status.text() == f"Connecting to {company_database.database} on 127.0.0.1…"
    workspace = dialog.workspace
    assert isinstance(workspace, Workspace) and workspace.writable
    assert workspace.team is not None and workspace.team.shown == company_database.shown
    workspace.close()
    assert keychain_kept == {(KEY, company_database.shown): company_database.url.password}


def test_each_refusal_is_said_under_the_fields(
    qtbot,
    keychain_kept,
    postgres: PostgresServer,
    company_database: TeamDatabase,
    team_database: TeamDatabase,
) -> None:
    dialog = form()
    qtbot.addWidget(dialog)
    name = f"{company_database.database} on 127.0.0.1"

    dialog.connect_now()  # nothing typed: said at once, nothing tried
    assert dialog.task is None
    assert dialog.error.text() == "Fill in the server, the database, the user."

    typed(dialog, company_database, password="pas le bon")
    assert refusal(qtbot, dialog) == f"{name} refused the password: check the user and the password"
    assert keychain_kept == {}

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    typed(dialog, company_database)
    dialog.port.setValue(closed_port)
    said = refusal(qtbot, dialog)
    assert said.startswith(f"Cannot connect to {company_database.database} on 127.0.0.1: ")
    assert "\n" not in said and "Traceback" not in said

    typed(dialog, team_database)  # an empty database: made by import or demo, not here
    assert refusal(qtbot, dialog) == (
        f"{team_database.database} on 127.0.0.1 holds no workspace yet: 'esn-desktop import' or "
        "'esn-desktop demo' makes one from the command line"
    )
    postgres.sql("CREATE TABLE invoices (id serial PRIMARY KEY)", database=team_database.database)
    assert refusal(qtbot, dialog) == (
        f"{team_database.database} on 127.0.0.1 holds another application's tables, "
        "not an esn-desktop workspace"
    )

    postgres.sql("UPDATE alembic_version SET version_num = 'f000'", database=company_database.database)
    typed(dialog, company_database)
    assert refusal(qtbot, dialog).startswith(
        f"{name} was saved by a newer version of esn-desktop (schema f000, this version reads up to "
    )


def test_a_pasted_url_fills_the_fields_and_a_wrong_one_is_said(qtbot) -> None:
    dialog = form()
    qtbot.addWidget(dialog)
    dialog.url.textEdited.emit("postgresql://ana:s3cret@db.example.com:6543/acme?sslmode=require")
    fields = (dialog.server.text(), dialog.port.value(), dialog.database.text(), dialog.user.text())
    assert fields == ("db.example.com", 6543, "acme", "ana")
    assert dialog.password.text() == "s3cret" and dialog.ssl.isChecked()
    assert dialog.url.text() == "postgresql://ana@db.example.com:6543/acme?sslmode=require"
    assert dialog.url_error.text() == ""
    dialog.url.textEdited.emit("mysql://ana@db/acme")
    assert dialog.url_error.text() == (
        "mysql://ana@db/acme is not a PostgreSQL URL (expected postgresql://USER@SERVER:PORT/DATABASE)"
    )
    dialog.ssl.setChecked(False)
    built = dialog.database_named()
    assert built is not None and built.shown == "postgresql://ana@db.example.com:6543/acme"
    dialog.ssl.setChecked(True)
    built = dialog.database_named()
    assert built is not None and built.shown == "postgresql://ana@db.example.com:6543/acme?sslmode=require"


def test_without_a_keychain_the_box_is_greyed_and_says_why(qtbot) -> None:
    dialog = form(formatter_keychain=False)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert dialog.remember.toolTip() == (
        "No system keychain is available on this computer: the password is asked at each connection"
    )


class Connecting:
    """Stands in for the person at the connection form: types the database when asked (or
    only waits for the connection the window started), then waits for it."""

    def __init__(self, qtbot, database: TeamDatabase | None) -> None:
        self.qtbot, self.database, self.forms = qtbot, database, []

    def __call__(self, dialog) -> bool:
        self.forms.append(dialog)
        if self.database is not None:
            typed(dialog, self.database)
            dialog.remember.setChecked(True)
            dialog.connect_now()
        self.qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
        return dialog.result() == 1


def test_the_window_shows_the_team_workspace_and_reopens_it_from_recent(
    qtbot, monkeypatch, keychain_kept, tmp_path, company_database: TeamDatabase
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    password = company_database.url.password
    assert password is not None
    monkeypatch.setattr(window, "run_dialog", Connecting(qtbot, company_database))
    window.connect_team(None)
    assert window.workspace is not None and window.workspace.team is not None
    assert window.windowTitle() == f"{COMPANY} — esn-desktop"
    assert window.marks.team_label.text() == f"Team database: {company_database.database} on 127.0.0.1"
    assert window.marks.team_label.isVisibleTo(window)
    assert window.statusBar().currentMessage() == company_database.shown
    window.show_tab(Tab.PROSPECTS)
    assert window.prospects.model.rowCount() == 3
    assert recent_workspaces.recent() == [company_database.shown]

    # A file workspace next: the team's mark goes; the file's place shows instead.
    plain = tmp_path / "plain.esn"
    from esn_desktop.store.database import create_workspace

    with create_workspace(plain):
        pass
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    window.open_path(plain)
    assert window.windowTitle() == "plain — esn-desktop"
    assert not window.marks.team_label.isVisibleTo(window)

    # File > Recent lists the team database by its URL, without the password; choosing it
    # connects at once with the keychain's password: the form only waits.
    window.recent_menu.fill()
    texts = [action.text() for action in window.recent_menu.actions()]
    assert texts == [f"plain — {plain.resolve()}", f"{COMPANY} — {company_database.shown}"]
    waiting = Connecting(qtbot, None)
    monkeypatch.setattr(window, "run_dialog", waiting)
    window.recent_menu.actions()[1].trigger()
    assert len(waiting.forms) == 1 and waiting.forms[0].password.text() == password
    assert window.windowTitle() == f"{COMPANY} — esn-desktop"

    # Nothing in the keychain: the form connects at once, is refused for want of a password,
    # says so under the fields, and connects once the person types it.
    window.close_workspace()
    keychain_kept.clear()
    asked = Connecting(qtbot, None)
    said: list[str] = []

    def typing_the_password(dialog) -> bool:
        asked(dialog)  # waits for the refusal
        said.append(dialog.error.text())
        dialog.password.setText(password)
        return Connecting(qtbot, None)(dialog) if dialog.connect_now() is None else False

    monkeypatch.setattr(window, "run_dialog", typing_the_password)
    assert window.open_path(company_database.shown)
    assert said == [f"{company_database.database} on 127.0.0.1 asks for a password: type it above"]
    assert window.windowTitle() == f"{COMPANY} — esn-desktop"

    # Another language reopens it with the password it was opened with (in memory only).
    monkeypatch.setattr(window, "run_dialog", Connecting(qtbot, None))
    window.set_language("fr")
    assert window.windowTitle() == f"{COMPANY} — esn-desktop"
    assert window.marks.team_label.text() == f"Base d’équipe\u202f: {company_database.database} sur 127.0.0.1"
    window.set_language("en")

    # Meeting mode lists only the open one; the layout is kept by the URL; no password in the settings.
    window.meeting.set(True)
    window.recent_menu.fill()
    assert [a.text() for a in window.recent_menu.actions()][:1] == [COMPANY]
    window.close_workspace()
    QSettings().sync()
    kept = "".join(p.read_text(errors="replace") for p in (tmp_path / "settings").rglob("*") if p.is_file())
    assert recent_workspaces.workspace_key(company_database.shown) in kept
    window.meeting.set(False)
    window.welcome.refresh()
    listed = window.welcome.recent_list
    assert listed.item(0).text() == f"{COMPANY}    —    {company_database.shown}"
    assert password not in kept


def test_the_refusals_read_in_french(qapp) -> None:
    from esn_desktop.formatting import Formatter
    from esn_desktop.services.workspaces import WorkspaceError
    from esn_desktop.ui.error_text import error_text
    from esn_desktop.ui.i18n import install_language

    install_language(qapp, "fr")
    wrong = WorkspaceError(
        "cannot connect",
        "team_unreachable",
        name="acme on db.example.com",
        error='password authentication failed for user "ana"',
    )
    away = WorkspaceError("cannot connect", "team_unreachable", name="acme on db", error="timeout expired")
    empty = WorkspaceError("holds no workspace", "team_empty", name="acme on db")
    said = [error_text(error, Formatter("fr_FR")) for error in (wrong, away, empty)]
    assert said == [
        "acme sur db.example.com a refusé le mot de passe\u202f: vérifiez l’utilisateur et le mot de passe",
        "Connexion impossible à acme sur db\u202f: le serveur n’a pas répondu à temps (vérifiez le réseau)",
        "acme sur db ne contient encore aucun espace de travail\u202f: « esn-desktop import » ou "
        "« esn-desktop demo » en crée un depuis la ligne de commande",
    ]


def test_a_urls_other_options_are_kept_and_enter_connects(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog = form()
    qtbot.addWidget(dialog)
    pasted = "postgresql://ana@db.example.com/acme?sslmode=verify-full&sslrootcert=/etc/acme-ca.pem&connect_timeout=4"
    dialog.url.textEdited.emit(pasted)
    built = dialog.database_named()
    assert built is not None
    assert built.url.query == {
        "sslmode": "verify-full",
        "sslrootcert": "/etc/acme-ca.pem",
        "connect_timeout": "4",
    }
    dialog.show()
    asked: list[bool] = []
    dialog.connect_now = lambda: asked.append(True)  # type: ignore[method-assign]
    dialog.buttons.accepted.disconnect()
    dialog.buttons.accepted.connect(dialog.connect_now)
    dialog.password.setFocus()
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert asked == [True] and dialog.isVisible()  # connecting, not cancelled
