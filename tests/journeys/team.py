"""A team database in the window: a director connects to the firm's shared PostgreSQL database
through File > Connect to a team database… (typing the server's fields as given by whoever runs
it), sees the team's prospects, switches to a client's workspace file and back through
File > Recent (the password then comes from the keychain), and no other client's name ever
shows beside the one open."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QCheckBox

from esn_desktop.ui.dialogs.team_connect_dialog import TeamConnectDialog
from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, Steps
from tests.journeys.switching import RECENT, _every_tab, _submenu

CONNECT = "Se connecter à une base d’équipe…"


def team(
    d: Driver,
    server: list[str],
    team_company: str,
    client: list[str],
    names: list[list[str]],
) -> Steps:
    """`server` is (host, port, database, user, password); `client` a workspace file's (path,
    company); `names` the distinctive names of the team's workspace, then of the client's. The
    form alone, filled, is saved as `team-connect.png` beside the screenshots."""
    import keyring.core

    from tests.keyring_backend import MEMORY

    # A keychain that keeps what it is given for this process: a director's computer has one.
    os.environ["PYTHON_KEYRING_BACKEND"] = MEMORY
    keyring.core._keyring_backend = None  # chosen again from the variable
    window = d.window
    assert isinstance(window, MainWindow)
    host, port, database, user, password = server
    path, company = client
    team_others = [company, Path(path).stem, *names[1]]
    client_others = [team_company, database, *names[0]]
    yield d.until(window.isVisible, "the window shown")

    yield from d.menu("Fichier", CONNECT)
    dialog = yield d.modal(TeamConnectDialog, "the connection form")
    d.shot("connect-form")
    for field, text in ((dialog.server, host), (dialog.database, database), (dialog.user, user)):
        d.type_into(field, text)
    d.later(dialog.port.selectAll)
    d.type_into(dialog.port, port)
    d.type_into(dialog.password, password)
    yield d.until(lambda: dialog.password.text() == password and dialog.port.value() == int(port), "typed")
    remember = dialog.remember
    assert isinstance(remember, QCheckBox) and remember.isEnabled(), "a keychain is there: its box is offered"
    d.click(remember)
    yield d.until(remember.isChecked, "the password to be remembered")
    yield d.pause(250)
    d.shot("connect-filled")
    dialog.grab().save(str(d.shots / "team-connect.png"))  # the form alone, for docs/screenshots
    d.click(dialog.connect_button)
    yield d.gone(dialog, "connected")
    yield d.until(lambda: window.windowTitle().startswith(team_company + " — "), f"{team_company} open")
    d.assert_shown("Base d’équipe", "the status bar's team mark")
    yield from _every_tab(d, window, "1-team", team_others, names[0])

    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", path)
    yield d.until(lambda: window.windowTitle().startswith(company + " — "), f"{company} open")
    yield from _every_tab(d, window, "2-client", client_others, names[1])

    yield from d.menu("Fichier", RECENT)
    d.shot("3-recent-menu")
    d.assert_absent([password], "File > Recent: no password")
    d.choose_item(_submenu(window, RECENT), team_company)
    yield d.until(lambda: window.windowTitle().startswith(team_company + " — "), f"{team_company} again")
    yield from _every_tab(d, window, "3-team-again", team_others, names[0])

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")
