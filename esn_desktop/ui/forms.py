"""Small helpers for forms: a field's error shown beside it, dates in and out of Qt's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date | None = None) -> QDateEdit:
    """A day field with a calendar, in the French order."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if day is not None:
        edit.setDate(to_qdate(day))
    return edit


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def title_label() -> QLabel:
    """The large bold name at the top of a panel (an account, a consultant)."""
    title = QLabel()
    font = title.font()
    font.setPointSize(font.pointSize() + 4)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title
