"""Meeting mode: one switch that hides every cost, CJM, salary, margin and margin rate in the
whole window (tiles, charts, tables, tooltips, exports) so the screen can be shown to a client."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MeetingMode(QObject):
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False

    def set(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)
