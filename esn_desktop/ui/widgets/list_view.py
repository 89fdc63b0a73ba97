"""The table view every list of the app uses: whole rows selected, read-only, sortable, one line a row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
