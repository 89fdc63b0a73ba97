"""UI tests run in English (the source strings) unless a test installs French, and never touch
the real user profile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from esn_desktop.app import APPLICATION, ORGANIZATION
from esn_desktop.ui.i18n import install_language


@pytest.fixture(autouse=True)
def english_interface(qapp: QApplication) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")
