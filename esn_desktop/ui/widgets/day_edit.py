"""The one day field of the window: a QDateEdit that takes a whole date typed over it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QToolTip

from esn_desktop.formatting import parse_typed_day

#: What a person types in a date: digits and the separators people use between them.
_TYPED = frozenset("0123456789/.- ")

REFUSED_STYLE = "QDateEdit { border: 1px solid #b00020; }"


class DayEdit(QDateEdit):
    """A day field with a calendar, in the French order (dd/MM/yyyy), that takes a whole date
    typed over it.

    Qt's QDateEdit edits one section at a time: typed over a selection of the whole field,
    '07/12/2026' lost its first digits and kept 02/12/2026, a '/' after a full day skipped the
    month, and a 31 typed while the month shown had 30 days became 30 (found by the user
    trial). Here, typing from the start of the field (the whole field or its day selected, or
    the cursor at its start) replaces the whole text: the characters are kept as typed, and the
    day is taken as soon as it is whole ('07/12/2026', '07122026'), or when the field is left
    ('7/12/26'). A text that names no day ('31/02/2027') is refused visibly: the field keeps its
    day, framed in red, and a tooltip says what was not taken. Arrows, the calendar and typing
    inside the month or year keep Qt's behaviour."""

    def __init__(self, day: date | None = None) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        #: The text typed over the field, while it is not yet a whole day; None when not typing.
        self._typed: str | None = None
        if day is not None:
            self.setDate(QDate(day.year, day.month, day.day))
        self.dateChanged.connect(lambda _day: self._clear_refusal())

    def typing(self) -> str | None:
        """The text being typed over the field, not yet taken; None when not typing."""
        return self._typed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():  # a workspace or a role that forbids editing: Qt's own refusal
            super().keyPressEvent(event)
            return
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if (
            plain
            and text
            and all(ch in _TYPED for ch in text)
            and (self._typed is not None or self._from_start())
        ):
            if self._typed is None and not text[0].isdigit():
                super().keyPressEvent(event)
                return
            self._type((self._typed or "") + text)
            event.accept()
            return
        if self._typed is not None:
            if event.key() == Qt.Key.Key_Backspace:
                self._type(self._typed[:-1])
                event.accept()
                return
            if event.key() == Qt.Key.Key_Escape:
                self._stop_typing()
                event.accept()
                return
            self.finish_typing()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.finish_typing()
        super().mousePressEvent(event)

    def finish_typing(self) -> None:
        """The person is done typing (left the field, pressed Enter or an arrow): the text typed is
        taken as a day, or refused visibly and the field shows its day again."""
        typed = self._typed
        if typed is None:
            return
        self._stop_typing()
        try:
            day = parse_typed_day(typed, finished=True)
        except ValueError:
            day = None
        if day is None:
            if typed.strip():
                self._refuse(typed)
            return
        self._clear_refusal()
        self.setDate(QDate(day.year, day.month, day.day))

    def _from_start(self) -> bool:
        line = self.lineEdit()
        if line.hasSelectedText():
            return line.selectionStart() == 0
        return line.cursorPosition() == 0

    def _type(self, typed: str) -> None:
        try:
            day = parse_typed_day(typed, finished=False)
        except ValueError:
            # A whole text naming no day: said at once.
            self._stop_typing()
            self._refuse(typed)
            return
        if day is not None:
            self._stop_typing()
            self._clear_refusal()
            self.setDate(QDate(day.year, day.month, day.day))
            return
        self._typed = typed
        self._show_text(typed)

    def _stop_typing(self) -> None:
        self._typed = None
        self._show_text(self.textFromDateTime(self.dateTime()))

    def _show_text(self, text: str) -> None:
        """Puts text in the field without Qt's own reading of it, which takes '31/02/2027' for
        28/02/2027 and '7/1/202' for the year 202."""
        line = self.lineEdit()
        line.blockSignals(True)
        try:
            line.setText(text)
            line.setCursorPosition(len(text))
        finally:
            line.blockSignals(False)
        line.update()

    def _refuse(self, typed: str) -> None:
        self.setStyleSheet(REFUSED_STYLE)
        message = QCoreApplication.translate(
            "DayEdit", "“{typed}” is not a date: type it as 07/12/2026."
        ).format(typed=typed.strip())
        self.setToolTip(message)
        self.setProperty("refused", message)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)

    def _clear_refusal(self) -> None:
        if self.property("refused"):
            self.setStyleSheet("")
            self.setToolTip("")
            self.setProperty("refused", "")
