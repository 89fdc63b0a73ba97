"""Each menu's Alt keys: one item per letter, in French and in English (a letter given twice
only moves between the items, and the second is never reached by it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from esn_desktop.services.workspaces import open_workspace
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow
from tests.ui.test_workspaces import make_small

#: The letter after a single "&" ("&&" is an ampersand shown).
MNEMONIC = re.compile(r"(?<!&)&([^&])")


def keys_of(menu: QMenu) -> list[str]:
    return [
        found.group(1).lower()
        for action in menu.actions()
        if not action.isSeparator() and (found := MNEMONIC.search(action.text()))
    ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_letter_is_given_twice_in_a_menu(qtbot, qapp, tmp_path: Path, language: str) -> None:
    install_language(qapp, language)
    window = MainWindow(open_workspace(make_small(tmp_path / "w.esn")), "Exemple Numérique SAS")
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    menus += [action.menu() for menu in list(menus) for action in menu.actions() if action.menu()]
    assert len(menus) >= 5
    for menu in [window.menuBar(), *menus]:
        keys = keys_of(menu)
        assert len(keys) == len(set(keys)), f"{getattr(menu, 'title', lambda: 'the menu bar')()}: {keys}"
    window.close_workspace()
