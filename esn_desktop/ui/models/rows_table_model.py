"""A table model over a list of rows held in memory, sorted in the model.

For the lists that stay small (consultants, missions: hundreds, not 100,000); a sort is
one Python sort by a key, never a proxy comparing row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt

from esn_desktop.domain.accounts import name_key
from esn_desktop.ui.models.table_model import Column, ColumnsTableModel

Row = TypeVar("Row")


class RowsTableModel(ColumnsTableModel[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def id_at(self, row: int) -> Any:
        return getattr(self._rows[row], "id", None)

    def rows_snapshot(self) -> Callable[[], Iterator[Row]]:
        rows = tuple(self._rows)
        return lambda: iter(rows)

    def row_count(self) -> int:
        return len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        # Text sorts as a French reader expects: "Énergie" among the E's, not after "Z".
        key = spec.sort_value or (lambda row: name_key(spec.text(row)))
        present = [r for r in self._rows if key(r) not in (None, "")]
        missing = [r for r in self._rows if key(r) in (None, "")]
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = present + missing  # empty values last, both ways
