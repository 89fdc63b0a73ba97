"""An offline copy sent back by itself (issue 16, point 6): a director connects to the team
database (the password kept in the keychain), takes it offline through File > Travailler hors
ligne… (encrypted), logs a call in the copy while the server is out of reach, and once the
server answers again the window sends the call by itself, says so, and opens the refreshed copy.

The tests' server never goes away: the probe (ui/offline_sync.py `answers`, every second here
instead of every 30) is told it does not answer until the call is logged."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from esn_desktop.ui import offline_sync
from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog
from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspaceDialog
from esn_desktop.ui.dialogs.team_connect_dialog import TeamConnectDialog
from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, JourneyFailed, Steps

OFFLINE = "Travailler hors ligne…"
SYNCED = "Synchronisé automatiquement"


def offline(d: Driver, server: list[str], copy: str, passphrase: str, account: str, notes: str) -> Steps:
    """`server` is (host, port, database, user, password); `copy` the offline copy's new file."""
    import keyring.core

    from tests.keyring_backend import MEMORY

    os.environ["PYTHON_KEYRING_BACKEND"] = MEMORY  # a director's computer has a keychain
    keyring.core._keyring_backend = None
    offline_sync.PROBE_MS = 1000
    reachable = [False]
    real_answers = offline_sync.answers
    offline_sync.answers = lambda host, port: reachable[0] and real_answers(host, port)
    window = d.window
    assert isinstance(window, MainWindow)
    host, port, database, user, password = server
    yield d.until(window.isVisible, "the window shown")

    # Connected, the password kept in the keychain.
    yield from d.menu("Fichier", "Se connecter à une base d’équipe…")
    form = yield d.modal(TeamConnectDialog, "the connection form")
    for field, text in ((form.server, host), (form.database, database), (form.user, user)):
        d.type_into(field, text)
    d.later(form.port.selectAll)
    d.type_into(form.port, port)
    d.type_into(form.password, password)
    yield d.until(lambda: form.password.text() == password and form.port.value() == int(port), "typed")
    _tick(d, form.remember)
    yield d.until(form.remember.isChecked, "the password to be remembered")
    d.click(form.connect_button)
    yield d.gone(form, "connected")
    yield d.until(lambda: window.workspace is not None and window.workspace.team is not None, "the team open")

    # Taken offline, encrypted.
    yield from d.menu("Fichier", OFFLINE)
    yield from d.file_dialog("the offline copy's file", copy)
    new = yield d.modal(NewWorkspaceDialog, "the offline copy's form")
    d.type_into(new.passphrase, passphrase)
    d.type_into(new.again, passphrase)
    yield d.until(lambda: new.again.text() == passphrase, "the passphrase typed twice")
    d.click(new.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    yield d.gone(new, "the copy made")
    mark = window.marks.offline_label
    yield d.until(lambda: window.workspace is not None and window.workspace.team is None, "the copy open")
    yield d.until(mark.isVisible, "the offline mark")
    age = mark.text()
    if not age.startswith(f"Copie hors ligne de {database} du "):
        raise JourneyFailed(f"the offline mark says {age!r}")
    d.shot("1-offline")

    # A call logged in the copy, the server out of reach.
    tab = window.prospects
    yield d.until(tab.isVisible, "the Prospects tab")
    d.type_into(tab.search, account)
    yield d.until(lambda: tab.model.rowCount() == 1, f"{account} alone in the list")
    d.key(tab.search, Qt.Key.Key_Return)
    yield d.until(
        lambda: tab.panel.detail is not None and tab.panel.detail.name == account, f"{account} open"
    )
    yield d.activate()
    d.key(tab.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    call = yield d.modal(ActivityDialog, "the activity form")
    d.type_into(call.notes, notes)
    yield d.until(lambda: call.notes.toPlainText() == notes, "the notes typed")
    d.click(call.save_button)
    yield d.gone(call, "the call saved in the copy")
    yield d.pause(2500)  # probes come and go: out of reach, nothing offered, nothing sent
    if mark.text() != age:
        raise JourneyFailed(f"the mark changed while the server was out of reach: {mark.text()!r}")
    d.shot("2-logged-offline")

    # The server back: sent by itself (the keychain has the password), said in the status bar.
    reachable[0] = True
    status = window.statusBar()
    yield d.until(lambda: status.currentMessage().startswith(SYNCED), "synced by itself", 60)
    said = status.currentMessage()
    if said != f"{SYNCED} avec {database} sur {host} — envoyé\u202f: 1 activité":
        raise JourneyFailed(f"the status bar says {said!r}")
    yield d.until(lambda: window.workspace is not None and mark.isVisible(), "the refreshed copy open")
    d.shot("3-synced")
    print(f"said: {said}", flush=True)
    yield d.pause(2500)  # more probes: nothing left to send, nothing sent twice
    if not mark.text().startswith(f"Copie hors ligne de {database} du "):
        raise JourneyFailed(f"the mark after the sync says {mark.text()!r}")
    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _tick(d: Driver, box: QCheckBox) -> None:
    d.click(box, QPoint(8, box.height() // 2))  # on its square
