"""UI tests run in English (the source strings) unless a test installs French, and never touch
the real user profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from esn_desktop.app import APPLICATION, ORGANIZATION
from esn_desktop.ui.i18n import install_language


@pytest.fixture(autouse=True)
def english_interface(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    # Each test has its own settings file: recent workspaces and layouts never leak between
    # tests, nor between two test runs on one machine.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    install_language(qapp, "en")
    # No automatic backup behind a test's back; the tests of backups turn it on.
    QSettings().setValue("backups/every_hours", 0)
    yield
    install_language(qapp, "en")
