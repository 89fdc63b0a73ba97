"""One KPI on the dashboard: its value, and how it moved since the previous period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

UP, DOWN, FLAT = "▲", "▼", "="
BETTER, WORSE, NEUTRAL = "#007a4d", "#b00020", "#555555"


class KpiTile(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tile")
        self.setStyleSheet("#tile { background: white; border: 1px solid #d0d0d0; border-radius: 6px; }")
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #555555;")
        self.title.setWordWrap(True)
        self.value = QLabel()
        font = self.value.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel()
        self.change.setWordWrap(True)
        # The grid shares its width equally, whatever the texts say.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def show_value(self, value: str, change: str, direction: int, higher_is_better: bool | None) -> None:
        """`direction` is +1, -1 or 0; `higher_is_better` None when neither way is good news."""
        self.value.setText(value)
        arrow = UP if direction > 0 else DOWN if direction < 0 else FLAT
        good = None if higher_is_better is None or direction == 0 else (direction > 0) == higher_is_better
        colour = NEUTRAL if good is None else BETTER if good else WORSE
        self.change.setText(f"{arrow} {change}" if change else "")
        self.change.setStyleSheet(f"color: {colour};")
