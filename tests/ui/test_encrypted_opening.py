"""Opening and creating an encrypted workspace in the window: the passphrase asked (or taken
from the keychain), a wrong one said under the field, Cancel leaving the window as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from esn_desktop.services.workspaces import is_encrypted
from esn_desktop.store.database import create_workspace, open_workspace
from esn_desktop.ui.main_window import MainWindow
from tests.ui.encrypted import PASSPHRASE, Person, make_encrypted, new_workspace, passphrase

KEY = "esn-desktop"


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    window = MainWindow()
    qtbot.addWidget(window)
    yield window
    window.close_workspace()


def test_asked_refused_cancelled_then_opened_and_remembered(
    window, monkeypatch, keychain_kept, tmp_path
) -> None:
    plain = tmp_path / "plain.esn"
    with create_workspace(plain):
        pass
    secret = make_encrypted(tmp_path / "exemple.esn")
    window.open_path(plain)
    assert window.windowTitle() == "plain — esn-desktop"
    assert not window.marks.encrypted_label.isVisibleTo(window)

    # A wrong passphrase is said under the field; Cancel leaves the plain workspace open.
    wrong = passphrase("pas la bonne phrase", then_cancel=True)
    person = Person(wrong)
    monkeypatch.setattr(window, "run_dialog", person)
    window.open_path(secret)
    assert wrong.said == ["Wrong passphrase for exemple.esn"]
    assert window.windowTitle() == "plain — esn-desktop"
    assert window.workspace is not None and window.workspace.path == plain.resolve()

    # The right one opens it, marked encrypted, and is kept in the keychain when asked.
    right = passphrase("encore faux !", PASSPHRASE, remember=True)
    monkeypatch.setattr(window, "run_dialog", Person(right))
    window.open_path(secret)
    assert right.said == ["Wrong passphrase for exemple.esn"]
    assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop"
    assert window.prospects.model.rowCount() == 3
    assert window.marks.encrypted_label.text() == "Encrypted"
    assert window.marks.encrypted_label.isVisibleTo(window)
    assert keychain_kept == {(KEY, str(secret.resolve())): PASSPHRASE}

    # Next time nothing is asked; the name the form gives is the company's once known.
    window.close_workspace()
    monkeypatch.setattr(window, "run_dialog", Person())  # any form would fail the test
    window.open_path(secret)
    assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop"

    # A remembered passphrase that no longer opens it is forgotten, and the person asked.
    window.close_workspace()
    keychain_kept[(KEY, str(secret.resolve()))] = "ancienne phrase"
    asked = Person(passphrase(PASSPHRASE))
    monkeypatch.setattr(window, "run_dialog", asked)
    window.open_path(secret)
    assert asked.forms[0].intro.text().startswith("<b>Exemple Numérique SAS (exemple.esn)</b> is encrypted")
    assert window.workspace is not None and window.workspace.encrypted
    assert keychain_kept == {}


def test_without_a_keychain_the_box_is_greyed_and_says_why(window, monkeypatch, tmp_path) -> None:
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    secret = make_encrypted(tmp_path / "exemple.esn")
    seen = []

    def look(dialog) -> None:
        seen.append((dialog.remember.isEnabled(), dialog.remember.toolTip()))
        passphrase(PASSPHRASE)(dialog)

    monkeypatch.setattr(window, "run_dialog", Person(look))
    window.open_path(secret)
    assert seen == [
        (False, "No system keychain is available on this computer: the passphrase is asked at each opening")
    ]
    assert window.workspace is not None and window.workspace.encrypted


def test_a_workspace_locked_elsewhere_opens_for_reading_with_its_passphrase(
    window, monkeypatch, tmp_path
) -> None:
    secret = make_encrypted(tmp_path / "exemple.esn")
    with open_workspace(secret, passphrase=PASSPHRASE):  # the writer, in this process
        monkeypatch.setattr(window, "run_dialog", Person(passphrase(PASSPHRASE)))
        monkeypatch.setattr(window, "accept_reading_only", lambda _reason: True)
        window.open_path(secret)
        assert window.workspace is not None and not window.workspace.writable
        assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop (read-only)"
        assert (window.marks.read_only_label.text(), window.marks.encrypted_label.text()) == (
            "READ-ONLY",
            "Encrypted",
        )
        window.close_workspace()


def test_create_an_encrypted_workspace_refusing_weak_and_differing_passphrases(
    window, monkeypatch, keychain_kept, tmp_path
) -> None:
    path = tmp_path / "acme.esn"
    monkeypatch.setattr(window, "ask_new_workspace_path", lambda: path)
    form = new_workspace(
        "ACME Conseil",
        ("court", "court"),
        (" espace devant", " espace devant"),
        ("cheval rapide 42", "cheval rapide 24"),
        ("cheval rapide 42", "cheval rapide 42"),
        remember=True,
    )
    monkeypatch.setattr(window, "run_dialog", Person(form))
    QTest.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert form.said == [
        ("A passphrase needs at least 8 characters", ""),
        ("A passphrase cannot begin or end with a space", ""),
        ("", "The two passphrases differ"),
    ]
    assert window.windowTitle() == "ACME Conseil — esn-desktop"
    assert window.workspace is not None and window.workspace.encrypted
    assert is_encrypted(path)
    assert keychain_kept == {(KEY, str(path.resolve())): "cheval rapide 42"}
    assert window.marks.encrypted_label.text() == "Encrypted"


def test_a_plain_workspace_is_still_created_plain(window, monkeypatch, keychain_kept, tmp_path) -> None:
    path = tmp_path / "plain.esn"
    monkeypatch.setattr(window, "ask_new_workspace_path", lambda: path)
    seen = []

    def fill(dialog) -> None:
        seen.append((dialog.passphrase.isEnabled(), dialog.remember.isEnabled()))
        new_workspace("Plain SARL")(dialog)

    monkeypatch.setattr(window, "run_dialog", Person(fill))
    window.welcome.create_button.click()
    assert seen == [(False, False)]  # greyed until « Encrypt » is ticked
    assert window.windowTitle() == "Plain SARL — esn-desktop"
    assert not is_encrypted(path) and keychain_kept == {}
    assert not window.marks.encrypted_label.isVisibleTo(window)


def test_the_command_line_s_gui_asks_for_the_passphrase_and_cancel_leaves_the_welcome_screen(
    qapp, monkeypatch, tmp_path
) -> None:
    """`esn-desktop gui FILE` on an encrypted workspace: the same question before the window shows."""
    import sys

    from PySide6.QtWidgets import QApplication

    from esn_desktop.app import run_gui

    secret = make_encrypted(tmp_path / "exemple.esn")
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui replaces it
    # The application's own loop is pytest-qt's: run_gui neither runs nor ends one here.
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    monkeypatch.setattr(QApplication, "quit", lambda *_args: None)
    cancelled = Person(passphrase("pas la bonne", then_cancel=True))
    monkeypatch.setattr(MainWindow, "run_dialog", lambda _window, dialog: cancelled(dialog))
    shown: list[MainWindow] = []
    assert run_gui(secret, then=shown.append) == 0  # stepping back: the welcome screen
    assert len(cancelled.forms) == 1
    assert shown[0].workspace is None and shown[0].stack.currentWidget() is shown[0].welcome
    shown[0].close()
    shown.clear()
    right = Person(passphrase(PASSPHRASE))
    monkeypatch.setattr(MainWindow, "run_dialog", lambda _window, dialog: right(dialog))
    assert run_gui(secret, then=shown.append) == 0
    assert [window.windowTitle() for window in shown] == ["Exemple Numérique SAS — esn-desktop"]
    shown[0].close()


def test_a_refused_passphrase_leaves_the_warning_whole(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspaceDialog
    from tests.ui.encrypted import tick, typed

    dialog = NewWorkspaceDialog(keychain=False)
    qtbot.addWidget(dialog)
    dialog.show()
    typed(dialog.company, "ACME Conseil")
    tick(dialog.encrypt)
    typed(dialog.passphrase, "cheval rapide 42")
    typed(dialog.again, "cheval rapide 24")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.again_error.text() == "The two passphrases differ")
    QTest.qWait(50)  # the layout settles
    warning = dialog.warning
    assert warning.height() >= warning.heightForWidth(warning.width())
    assert warning.geometry().bottom() < dialog.buttons.geometry().top()
