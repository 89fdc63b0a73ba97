"""Qt's own dialogs speak French with the interface: the window's file dialog, message boxes.

The PySide6 wheel's qtbase_fr.qm predates Qt 6.11's renamed file-dialog labels ("&Look in:"),
so this walks every text the dialogs show and lists those left in English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow

# Words of Qt's English dialogs; none may be left once French is chosen.
ENGLISH = re.compile(r"\b(Look in|Files of|File name|Cancel|Open|Folder|Yes|No|Save|Close|New|Delete)\b")


def _texts(dialog: QWidget) -> list[str]:
    texts = [widget.text() for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [widget.toolTip() for widget in dialog.findChildren(QWidget)]
    texts += [action.text() for action in dialog.findChildren(QAction)]
    return [text.replace("&", "") for text in texts if text]


def _english(texts: list[str]) -> list[str]:
    return [text for text in texts if ENGLISH.search(text)]


def test_the_windows_file_dialog_is_in_french(qtbot, qapp: QApplication) -> None:
    install_language(qapp, "fr")
    window = MainWindow(None)
    qtbot.addWidget(window)
    seen: list[str] = []

    def read_and_cancel() -> None:
        dialog = qapp.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.extend(_texts(dialog))
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    assert window.ask_existing_workspace() is None  # File > Open…'s question
    assert "Regarder dans\u00a0:" in seen
    assert "Fichiers de type\u00a0:" in seen
    assert "Nom de fichier\u00a0:" in seen
    assert "Ouvrir" in seen and "Annuler" in seen
    assert _english(seen) == []


def test_a_message_box_has_french_standard_buttons(qtbot, qapp: QApplication) -> None:
    install_language(qapp, "fr")
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "esn-desktop",
        "?",
        buttons.Yes | buttons.No | buttons.Save | buttons.Cancel | buttons.Close | buttons.Open,
    )
    qtbot.addWidget(box)
    texts = sorted(button.text().replace("&", "") for button in box.buttons())
    assert texts == ["Annuler", "Enregistrer", "Fermer", "Non", "Oui", "Ouvrir"]


def test_english_keeps_qts_own_words(qtbot, qapp: QApplication) -> None:
    install_language(qapp, "en")
    dialog = QFileDialog(None, "Open", "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert "Look in:" in _texts(dialog)
