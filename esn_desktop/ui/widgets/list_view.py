"""The table view every list of the app uses: whole rows selected, read-only, sortable, one line a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView


def list_view(model: QAbstractItemModel, *, sort_column: int, sort_order: Qt.SortOrder) -> QTableView:
    table = QTableView()
    table.setModel(model)
    # The indicator first: enabling sorting sorts once by it (Qt's default is descending, and a
    # second sort would query 100,000 rows again).
    table.horizontalHeader().setSortIndicator(sort_column, sort_order)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # Fixed row heights: the view never measures 100,000 rows to lay them out.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def hide_confidential(view: QTableView, hidden: bool) -> None:
    """Hides (or shows again) the columns that meeting mode keeps from a client's eyes."""
    model = view.model()
    for index, column in enumerate(getattr(model, "columns", ())):
        if column.confidential:
            view.setColumnHidden(index, hidden)


def size_columns(table: QTableView, widths: Sequence[int]) -> None:
    """Gives each column its width, never narrower than its header's text with the sort mark:
    the French headers are longer than the English ones, and no header is cut in either."""
    header = table.horizontalHeader()
    model = table.model()
    style, metrics = header.style(), header.fontMetrics()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for column, width in enumerate(widths):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needs = metrics.horizontalAdvance(text) + 3 * margin + mark
        header.resizeSection(column, max(width, needs))


def offer_column_choice(table: QTableView) -> None:
    """A right click on the header shows or hides columns: at 1280 px beside a panel, a list
    shows its main columns and the person adds the others."""
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda point: column_menu(table).exec(header.mapToGlobal(point))
    )


def column_menu(table: QTableView) -> QMenu:
    """The header's menu: one checkable entry a column, the first (the row's name) always shown."""
    header = table.horizontalHeader()
    menu = QMenu(header)
    model = table.model()
    for column in range(model.columnCount()):
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column != 0)
        action.toggled.connect(_toggler(table, column))
    menu.aboutToHide.connect(menu.deleteLater)
    return menu


def _toggler(table: QTableView, column: int) -> Callable[[bool], None]:
    return lambda shown: table.setColumnHidden(column, not shown)
