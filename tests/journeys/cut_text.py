"""Texts the window cuts: every visible label, button, combo, tab, header and title whose text
needs more width than its widget gives it.

Generic on purpose: it walks whatever widgets exist, so it keeps guarding as tabs and dialogs
change. Widths are measured the way the style draws them (`QFontMetrics.horizontalAdvance`
plus the style's margins); a widget that does not fit reports "path: text (needs N px, has
M px)". Used by tests/journeys/window_layout.py, run on xcb under Xvfb.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

ELLIPSIS = "…"
# A combo's popup is scanned item by item up to this many; longer lists (accounts) are
# searched rather than read, and their current text is still checked.
COMBO_ITEMS_CHECKED = 60
CELLS_CHECKED_UP_TO = 50


@dataclass(frozen=True, slots=True)
class Cut:
    """One text that does not fit where it is shown."""

    path: str
    text: str
    needs: int
    has: int

    def __str__(self) -> str:
        return f"{self.path}: {self.text!r} (needs {self.needs} px, has {self.has} px)"


def widget_path(widget: QWidget) -> str:
    """The widget's place, by the names a reader recognises: the app's own classes and named
    widgets, Qt's anonymous containers left out."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        kind = type(current).__name__
        if current is widget or (name and not name.startswith("qt_")) or not kind.startswith("Q"):
            parts.append(f"{kind}#{name}" if name and not name.startswith("qt_") else kind)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):  # QtGui adds it to Qt
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _label(label: QLabel) -> Iterator[Cut]:
    text = label.text()
    if not text or label.wordWrap() or not label.pixmap().isNull():
        return
    plain = _plain(text)
    if label.buddy() is not None:
        plain = _without_mnemonic(plain)
    has = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    needs = _width(label.fontMetrics(), plain)
    if needs > has + 1:
        yield Cut(widget_path(label), plain, needs, has)
    # Text the code elided itself keeps its whole in the tooltip.
    tip = _plain(label.toolTip())
    if plain.endswith(ELLIPSIS) and len(tip) > len(plain) and tip.startswith(plain[:-1]):
        yield Cut(widget_path(label), tip, label.fontMetrics().horizontalAdvance(tip), has)


def _button(button: QAbstractButton) -> Iterator[Cut]:
    text = button.text()
    if not text:
        return
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return
    needs, has = button.sizeHint().width(), button.width()
    if needs > has:
        yield Cut(widget_path(button), _without_mnemonic(text), needs, has)


def _combo(combo: QComboBox) -> Iterator[Cut]:
    if combo.isEditable():
        return  # its line edit is checked as one
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    has = field.width()
    metrics = combo.fontMetrics()
    icon = combo.iconSize().width() + 4
    texts = [(combo.currentText(), combo.currentIndex())]
    if combo.count() <= COMBO_ITEMS_CHECKED:
        texts += [(combo.itemText(i), i) for i in range(combo.count()) if i != combo.currentIndex()]
    for text, index in texts:
        needs = metrics.horizontalAdvance(text) + (icon if not combo.itemIcon(index).isNull() else 0)
        if text and needs > has:
            where = "" if index == combo.currentIndex() else " (item)"
            yield Cut(widget_path(combo) + where, text, needs, has)


def _line_edit(edit: QLineEdit) -> Iterator[Cut]:
    # Typed text scrolls, as everywhere; what the app writes there (a placeholder, a spin
    # box's value, a read-only field) must show whole.
    owner = edit.parentWidget()
    shown = edit.text() if (edit.isReadOnly() or isinstance(owner, QAbstractSpinBox)) else ""
    text = shown or (edit.placeholderText() if not edit.text() else "")
    if not text:
        return
    margins = edit.textMargins()
    frame = (
        edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
        if edit.hasFrame()
        else 0
    )
    # QLineEdit keeps 2 px each side of its text (QLineEditPrivate::horizontalMargin).
    has = edit.contentsRect().width() - margins.left() - margins.right() - 2 * frame - 4
    has -= sum(action_width(edit, action) for action in edit.actions())
    needs = edit.fontMetrics().horizontalAdvance(text)
    if needs > has + 1:
        yield Cut(widget_path(edit), text, needs, has)


def action_width(edit: QLineEdit, action: object) -> int:
    """Width a line edit's own action (the clear button) takes from its text."""
    del action
    return edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit) + 6


def _tab_bar(bar: QTabBar) -> Iterator[Cut]:
    metrics = bar.fontMetrics()
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _without_mnemonic(bar.tabText(index))
        rect = bar.tabRect(index)
        icon = 0 if bar.tabIcon(index).isNull() else bar.iconSize().width() + 4
        needs = metrics.horizontalAdvance(text) + space + icon
        has = min(rect.width(), bar.width() - rect.left())
        if text and needs > has:
            yield Cut(f"{widget_path(bar)}[{index}]", text, needs, has)


def _header(header: QHeaderView) -> Iterator[Cut]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    style, metrics = header.style(), header.fontMetrics()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        needs = _width(metrics, text) + 2 * margin
        if header.isSortIndicatorShown():
            needs += mark + margin
        has = header.sectionSize(logical)
        if text and needs > has:
            yield Cut(f"{widget_path(header)}[{text}]", text, needs, has)
    view = header.parentWidget()
    if isinstance(view, QAbstractItemView) and view.horizontalScrollBar().maximum() > 0:
        yield Cut(
            f"{widget_path(view)} scrolls sideways",
            "",
            header.length(),
            view.viewport().width(),
        )


def _item(view: QAbstractItemView, index: QModelIndex, text: str, width: int, path: str) -> Iterator[Cut]:
    """An item's text against its width; in a view that wraps, its lines against its height."""
    if not text:
        return
    metrics = view.fontMetrics()
    wraps = view.wordWrap() if isinstance(view, QTableView | QListView) else False
    if not wraps:
        needs = _width(metrics, text)
        if needs > width:
            yield Cut(path, text, needs, width)
        return
    longest_word = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
    if longest_word > width:
        yield Cut(path, text, longest_word, width)
        return
    flags = int(Qt.TextFlag.TextWordWrap)
    needs = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text).height()
    has = view.visualRect(index).height()
    if needs > has + 1:
        yield Cut(path + " (height)", text, needs, has)


def _cells(view: QAbstractItemView) -> Iterator[Cut]:
    """Cells of a short list (a panel's contacts, a form's table) cut by their column; long
    lists (accounts) show their whole text in the account's panel instead."""
    model = view.model()
    header = getattr(view, "horizontalHeader", lambda: None)()
    if model is None or not isinstance(header, QHeaderView) or model.rowCount() > CELLS_CHECKED_UP_TO:
        return
    # The style's text margin in a cell (QCommonStyle: PM_FocusFrameHMargin + 1 each side).
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or view.indexWidget(model.index(0, column)) is not None:
            continue
        has = header.sectionSize(column)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if view.indexWidget(index) is not None:
                continue
            text = str(model.data(index) or "")
            if text and text in str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""):
                continue  # elided on purpose, read whole on hover
            yield from _item(view, index, text, has - margin, f"{widget_path(view)}[{row},{column}]")


def _list_rows(view: QListView) -> Iterator[Cut]:
    """Rows of a short list (the file dialog's places, the recent workspaces) cut by its width."""
    model = view.model()
    if (
        model is None
        or model.rowCount() > CELLS_CHECKED_UP_TO
        or view.viewMode() != QListView.ViewMode.ListMode
    ):
        return
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    has = view.viewport().width()
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        index = model.index(row, view.modelColumn())
        text = str(model.data(index) or "")
        icon = view.iconSize().width() if view.iconSize().isValid() else 16
        decoration = icon + margin if model.data(index, Qt.ItemDataRole.DecorationRole) is not None else 0
        yield from _item(view, index, text, has - margin - decoration, f"{widget_path(view)}[{row}]")


def _group_box(box: QGroupBox) -> Iterator[Cut]:
    title = _without_mnemonic(box.title())
    if not title:
        return
    needs = box.fontMetrics().horizontalAdvance(title) + (20 if box.isCheckable() else 0) + 8
    if needs > box.width():
        yield Cut(widget_path(box), title, needs, box.width())


def _inside_scrolled_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _outside(widget: QWidget, top: QWidget) -> Iterator[Cut]:
    """A widget pushed past the window's right edge is cut whatever its text."""
    if isinstance(top, QAbstractScrollArea) or _inside_scrolled_area(widget, top):
        return
    right = widget.mapTo(top, QPoint(widget.width(), 0)).x()
    if right > top.width() + 1:
        yield Cut(f"{widget_path(widget)} past the window's edge", "", right, top.width())


def cuts_in(top: QWidget) -> list[Cut]:
    """Every visible text of `top` and its children that does not fit."""
    found: list[Cut] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QLineEdit):
            found += _line_edit(widget)
        elif isinstance(widget, QTabBar):
            found += _tab_bar(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QGroupBox):
            found += _group_box(widget)
        if isinstance(widget, QListView):
            found += _list_rows(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _cells(widget)
        if widget is not top and (isinstance(widget, QLabel | QAbstractButton | QComboBox)):
            found += _outside(widget, top)
    return found


def page_holders(top: QWidget) -> list[QTabWidget | QStackedWidget]:
    """The visible tab widgets and stacks of `top` whose other pages a walk must show in turn;
    a tab widget's own stack is walked through its tabs."""
    holders: list[QTabWidget | QStackedWidget] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        own_stack = isinstance(widget.parentWidget(), QTabWidget)
        if isinstance(widget, QTabWidget) or (isinstance(widget, QStackedWidget) and not own_stack):
            holders.append(widget)
    return holders
