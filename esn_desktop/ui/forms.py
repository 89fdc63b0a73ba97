"""Small helpers for forms: a field's error shown beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
