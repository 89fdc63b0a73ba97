"""Qt's own dialogs speak French with the interface: the window's file dialog, message boxes.

The PySide6 wheel's qtbase_fr.qm predates Qt 6.11's renamed file-dialog labels ("&Look in:"),
so this walks every text the dialogs show and lists those left in English.
"""

from __future__ import annotations

import os
import re
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDoubleSpinBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QMessageBox,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from esn_desktop.ui import file_dialogs
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


def test_the_file_dialog_writes_sizes_and_dates_in_french(qtbot, qapp: QApplication, tmp_path) -> None:
    """Qt's file model writes them in the system's locale ("53.69 KiB" on an English system)."""
    install_language(qapp, "fr")
    (tmp_path / "revue-2026-11.pdf").write_bytes(b"x" * 54_979)
    os.utime(tmp_path / "revue-2026-11.pdf", (0, datetime(2026, 12, 2, 9, 5).timestamp()))
    dialog = file_dialogs.file_dialog(None, "Enregistrer", tmp_path, "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    view = next(view for view in dialog.findChildren(QTreeView) if view.isVisibleTo(dialog))
    model = view.model()
    assert isinstance(model, QFileSystemModel)
    qtbot.waitUntil(lambda: model.index(str(tmp_path / "revue-2026-11.pdf")).isValid(), timeout=5000)
    index = model.index(str(tmp_path / "revue-2026-11.pdf"))

    def shown(column: int) -> str:
        option = QStyleOptionViewItem()
        view.itemDelegateForIndex(index.siblingAtColumn(column)).initStyleOption(
            option, index.siblingAtColumn(column)
        )
        return option.text

    assert shown(1) == "53,69 Kio"
    assert shown(3) == "02/12/2026 09:05"


def test_qts_own_widgets_follow_a_change_of_language(qtbot, qapp: QApplication) -> None:
    """A spin box put in the window after the change writes numbers in the new language, not in
    the one the window was made in."""
    install_language(qapp, "fr")
    window = MainWindow(None)
    qtbot.addWidget(window)
    for language, shown in (("en", "1234.50"), ("fr", "1234,50")):
        window.set_language(language)
        spin = QDoubleSpinBox(window.centralWidget(), maximum=1e6, value=1234.5)
        assert spin.text() == shown
