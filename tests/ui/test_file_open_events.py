"""A workspace the system asks the app to open (macOS's file-open event) opens in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from esn_desktop.ui.file_open_events import FileOpenEvents


def test_a_file_open_event_opens_that_workspace_and_nothing_else_is_taken(qapp) -> None:
    opened: list[Path] = []
    events = FileOpenEvents(opened.append)
    qapp.installEventFilter(events)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent("/clients/Atelier Nord.esn"))
        assert opened == [Path("/clients/Atelier Nord.esn")]
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(""))  # no file: nothing to open
        assert opened == [Path("/clients/Atelier Nord.esn")]
    finally:
        qapp.removeEventFilter(events)
