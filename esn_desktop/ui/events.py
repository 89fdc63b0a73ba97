"""The one object that announces what changed, so every view refreshes what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """`data_changed` carries the name of what changed: "accounts", "missions"..., or "*" for all."""

    data_changed = Signal(str)
