"""An encrypted workspace, from the File menu to the idle lock: a director creates one with a
passphrase typed twice, closes it, opens it again (asked, a wrong passphrase refused, the right
one typed and kept in the keychain), opens it once more without being asked, then leaves the
window: after the idle minutes nothing of the client shows until the passphrase is typed."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox

from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspaceDialog, PassphraseDialog
from esn_desktop.ui.dialogs.settings_dialog import SettingsDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.screen_lock import LockPage
from tests.journeys.driver import Driver, JourneyFailed, Steps

RECENT = "Espaces de travail récents"


def encrypted(d: Driver, path: str, company: str, passphrase: str) -> Steps:
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")

    # Created through File > New, encrypted.
    yield from d.menu("Fichier", "Nouvel espace de travail…")
    yield from d.file_dialog("the new workspace's file", path)
    form = yield d.modal(NewWorkspaceDialog, "the new workspace's form")
    d.type_into(form.company, company)
    _tick(d, form.encrypt)
    yield d.until(form.passphrase.isEnabled, "the passphrase fields open")
    d.type_into(form.passphrase, passphrase)
    d.type_into(form.again, passphrase)
    yield d.pause(100)
    d.shot("new-workspace-form")
    _ok(d, form)
    yield d.until(lambda: window.workspace is not None, "the new workspace open")
    if not window.workspace.encrypted or window.marks.encrypted_label.text() != "Chiffré":
        raise JourneyFailed("the new workspace is not shown as encrypted")
    d.shot("created")
    yield from d.menu("Fichier", "Fermer l’espace de travail")
    yield d.until(lambda: window.workspace is None, "closed")

    # Opened again: asked; a wrong passphrase is said under the field; the right one opens it.
    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", path)
    asked = yield d.modal(PassphraseDialog, "the passphrase asked")
    d.shot("passphrase")
    d.type_into(asked.field, "pas la bonne phrase")
    _ok(d, asked)
    wrong = f"Phrase secrète incorrecte pour {company} ("
    yield d.until(lambda: asked.error.text().startswith(wrong), "the wrong passphrase refused")
    d.shot("passphrase-wrong")
    d.type_into(asked.field, passphrase)
    _tick(d, asked.remember)
    yield d.until(asked.remember.isChecked, "kept in the keychain")
    _ok(d, asked)
    yield d.until(lambda: window.workspace is not None, "opened with its passphrase")
    yield from d.menu("Fichier", "Fermer l’espace de travail")
    yield d.until(lambda: window.workspace is None, "closed again")

    # Through File > Recent: the keychain's passphrase, nothing asked.
    yield from d.menu("Fichier", RECENT)
    d.choose_item(window.recent_menu, company)
    yield d.until(lambda: window.workspace is not None, "opened without a question")
    if isinstance(QApplication.activeModalWidget(), PassphraseDialog):
        raise JourneyFailed("the passphrase was asked although remembered")
    d.shot("opened-from-keychain")

    # Away from the keyboard past the idle minutes: the lock screen, then the passphrase.
    away = [0.0]
    window.idle_lock.clock = lambda: time.monotonic() + away[0]
    window.idle_lock.arm(1)

    def leave() -> None:
        away[0] += 3600  # past any idle minutes a workspace may set
        window.idle_lock.check()

    d.later(leave)
    page = window.screen_lock.page
    yield d.until(page.isVisible, "the lock screen")
    if company in window.windowTitle() or company in " ".join(d.visible_texts()):
        raise JourneyFailed("the locked window still names the client")
    d.shot("locked")
    d.type_into(page.field, passphrase + "\n")
    yield d.until(window.tabs.isVisible, "unlocked")
    d.shot("unlocked")

    # Away again with the settings form open: the form is covered too, the passphrase typed there.
    yield from d.menu("Réglages", "Paramètres de l’espace…")
    form = yield d.modal(SettingsDialog, "the settings form")
    d.later(leave)
    cover = yield d.until(lambda: form.findChild(LockPage), "the form covered")
    yield d.until(cover.isVisible, "the cover shown")
    if company in " ".join(d.visible_texts()):
        raise JourneyFailed("the covered form still names the client")
    d.shot("locked-form")
    d.type_into(cover.field, passphrase + "\n")
    yield d.until(lambda: not window.screen_lock.locked, "unlocked over the form")
    if form.company.text() != company:
        raise JourneyFailed("the form lost what it showed")
    d.later(form.reject)
    yield d.gone(form, "the form closed")
    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _tick(d: Driver, box: QCheckBox) -> None:
    d.click(box, QPoint(8, box.height() // 2))  # on its square


def _ok(d: Driver, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    d.click(box.button(QDialogButtonBox.StandardButton.Ok))
