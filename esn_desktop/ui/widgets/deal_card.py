"""How a deal's card on the pipeline board is drawn: the account in bold, the whole title wrapped,
the amount, the expected signature (red once overdue, so that only what is late stands out), and
how long it has been in its stage."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: The card of a model row, for the delegate (the display text stays the lines joined).
CARD_ROLE = Qt.ItemDataRole.UserRole + 40
#: An expected signature already past: the red of the app's other warnings.
OVERDUE_COLOUR = QColor("#b00020")
PADDING = 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class DealCard:
    account: str
    title: str
    amount: str
    #: "Signature 24/04/2026 (overdue)"; empty for a closed deal or one without a date.
    due: str
    overdue: bool
    #: "12 days in stage".
    age: str

    @property
    def text(self) -> str:
        return "\n".join(line for line in (self.account, self.title, self.amount, self.due, self.age) if line)


class DealCardDelegate(QStyledItemDelegate):
    def _lines(self, card: DealCard, option: QStyleOptionViewItem) -> list[tuple[QFont, str, str]]:
        """(font, colour key, text) per line; the colour is chosen at paint time (selection)."""
        bold = QFont(option.font)
        bold.setBold(True)
        lines = [
            (bold, "text", card.account),
            (option.font, "text", card.title),
            (option.font, "text", card.amount),
        ]
        if card.due:
            lines.append(
                (bold if card.overdue else option.font, "overdue" if card.overdue else "text", card.due)
            )
        if card.age:
            lines.append((option.font, "muted", card.age))
        return lines

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget  # set by every item view
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        return max(40, width - 2 * PADDING - 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, DealCard):
            return super().sizeHint(option, index)
        width = self._width(option)
        height = sum(_height(font, text, width) for font, _colour, text in self._lines(card, option))
        return QSize(width, height + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, DealCard):
            super().paint(painter, option, index)
            return
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.highlightedText().color() if selected else palette.text().color()
        colours = {
            "text": text,
            "overdue": text if selected else OVERDUE_COLOUR,
            "muted": text if selected else palette.placeholderText().color(),
        }
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        width, top = self._width(option), rect.top()
        painter.save()
        for font, colour, line in self._lines(card, option):
            height = _height(font, line, width)
            painter.setFont(font)
            painter.setPen(colours[colour])
            painter.drawText(QRect(rect.left(), top, width, height), WRAP, line)
            top += height
        painter.restore()


WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _height(font: QFont, text: str, width: int) -> int:
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), WRAP, text).height()
