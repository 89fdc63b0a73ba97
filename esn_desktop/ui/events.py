"""The one object that announces what changed, so every view refreshes what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """`data_changed` carries the `Topics` (a frozenset of `services.changes.Topic`) a change
    touched; each view refreshes if it shows one of them."""

    data_changed = Signal(object)
