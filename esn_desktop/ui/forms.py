"""Small helpers for forms: a field's error shown beside it, dates in and out of Qt's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.ui.widgets.day_edit import DayEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date | None = None) -> DayEdit:
    """A day field with a calendar, in the French order, that takes a whole date typed over it."""
    return DayEdit(day)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """The error under each field of a form, said once the user edited that field or pressed
    Save, never before anything is typed; each in a line the form keeps, so nothing moves as
    errors come and go.

    A field counts as edited when any of its editors changes (typed, picked, toggled): loading
    a stored record fills fields with valid values, so it shows nothing either."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self._editors: dict[str, list[QWidget]] = {}
        self._touched: set[str] = set()
        self._everything = False
        self._errors: dict[str, str] = {}

    def add(self, key: str, *editors: QWidget | QLayout) -> QLabel:
        """The reserved line for `key`'s error; editing one of `editors` lets it speak."""
        label = reserved_error_label()
        self.labels[key] = label
        self._editors[key] = []
        self.touched_by(key, *editors)
        return label

    def touched_by(self, key: str, *editors: QWidget | QLayout) -> None:
        """Also let `key`'s error speak when one of these changes (a start date moves the end's)."""
        for editor in editors:
            for widget in _widgets(editor):
                self._editors[key].append(widget)
                for signal in _change_signals(widget):
                    signal.connect(lambda *_args, key=key: self._touch(key))

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self.show(self._errors)

    def show(self, errors: dict[str, str]) -> None:
        """Shows the current errors of the fields that may speak, and blanks the others."""
        self._errors = dict(errors)
        for key, label in self.labels.items():
            speaks = self._everything or key in self._touched
            label.setText(errors.get(key, "") if speaks else "")

    def reveal_all(self) -> None:
        """Save was pressed: every error speaks, and the first field in error takes the focus."""
        self._everything = True
        self.show(self._errors)
        for key in self.labels:
            if self._errors.get(key):
                for widget in self._editors[key]:
                    if widget.isEnabled() and widget.isVisibleTo(widget.window()):
                        widget.setFocus()
                        return

    def say(self, key: str, text: str) -> None:
        """A refusal from the file at its field, whatever was edited."""
        self.labels[key].setText(text)

    def shown(self) -> dict[str, str]:
        """The errors on screen, by field."""
        return {key: label.text() for key, label in self.labels.items() if label.text()}


def field_with_error(field: QWidget | QLayout, error: QLabel) -> QVBoxLayout:
    """A field with its error line right under it, as one row of a form: rows stay evenly
    spaced whether or not their field can be in error."""
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(1)
    if isinstance(field, QWidget):
        box.addWidget(field)
    else:
        box.addLayout(field)
    box.addWidget(error)
    return box


def reserved_error_label() -> QLabel:
    """An error line that keeps its height when empty, so a form does not jump."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    return label


def _widgets(editor: QWidget | QLayout) -> Iterator[QWidget]:
    if isinstance(editor, QWidget):
        yield editor
        return
    for index in range(editor.count()):
        item = editor.itemAt(index)
        widget = item.widget() if item is not None else None
        layout = item.layout() if item is not None else None
        if widget is not None:
            yield widget
        elif layout is not None:
            yield from _widgets(layout)


def _change_signals(widget: QWidget) -> list[Any]:
    """The signals by which a widget says its value changed."""
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateEdit):
        return [widget.dateChanged]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.editingFinished]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    return []


class HintLabel(QLabel):
    """A wrapping line of explanation in a form that always has the height its text needs at
    its width, with room for `lines` lines kept even while empty, so the form does not jump when
    it speaks. A plain wrapping QLabel in a form row is given one line's height and cut at top
    and bottom (the trial's « CJM 334,86 € = salaire x (1 + 45 % … »)."""

    def __init__(self, lines: int = 1) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._reserved = lines * self.fontMetrics().lineSpacing()
        self.setMinimumHeight(self._reserved)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        self.setMinimumHeight(max(needed, self._reserved))


def keep_rows_in_sight(view: QAbstractItemView, rows: int) -> None:
    """Keeps at least `rows` rows of `view` (a table or a list) in sight, header included, however
    the page's other parts press on it: a page laid out by stretch alone left the deals to push
    one row and a half at 1366×768."""
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        # A header without its model yet hints -1: its text's height then.
        hint = max(header.sizeHint().height(), header.fontMetrics().height() + 6)
        height = 0 if header.isHidden() else hint
        height += rows * view.verticalHeader().defaultSectionSize()
    else:
        height = rows * (view.fontMetrics().height() + 6)
    if view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        height += view.horizontalScrollBar().sizeHint().height()  # when columns are squeezed
    view.setMinimumHeight(height + 2 * view.frameWidth())


def title_label() -> QLabel:
    """The large bold name at the top of a panel (an account, a consultant)."""
    title = QLabel()
    font = title.font()
    font.setPointSize(font.pointSize() + 4)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


def secret_field() -> QLineEdit:
    """A field whose text (a passphrase) is never shown."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field
