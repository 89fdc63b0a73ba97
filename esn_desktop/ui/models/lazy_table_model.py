"""A table model over an ordered list of ids whose rows are fetched in blocks when first shown.

Searching and sorting re-run an SQL query that returns ids only; 100,000 of them cost a
few tens of milliseconds, and the view asks for the few rows it displays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt

from esn_desktop.ui.models.table_model import Column, ColumnsTableModel

Row = TypeVar("Row")

BLOCK = 200
EXPORT_BLOCK = 2000


class LazyTableModel(ColumnsTableModel[Row]):
    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch_ids: Callable[[str, bool], list[int]],
        fetch_rows: Callable[[Sequence[int]], dict[int, Row]],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: dict[int, Row] = {}
        # Each row's cell texts, formatted once per fetch: a paint asks for thousands of cells.
        self._texts: dict[int, tuple[str, ...]] = {}
        self.sort_key = self.columns[0].key
        self.descending = False

    # --- what the tab drives --------------------------------------------------------------

    def reload(self) -> None:
        """Runs the query again (new search, sort, filter or data) and forgets the cached rows."""
        ids = self._fetch_ids(self.sort_key, self.descending)
        if len(ids) == len(self._ids) and ids:
            # Same number of rows (a sort, a refresh): new contents in place. A reset would make
            # the view rebuild one header section per row, 50 ms at 100,000 rows.
            self._ids, self._rows, self._texts = ids, {}, {}
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._ids, self._rows, self._texts = ids, {}, {}
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        item = self._ids[row]
        if item not in self._rows:
            start = (row // BLOCK) * BLOCK
            fetched = self._fetch_rows(self._ids[start : start + BLOCK])
            self._rows.update(fetched)
            for key, value in fetched.items():
                self._texts[key] = tuple(column.text(value) for column in self.columns)
        return self._rows[item]

    def texts_at(self, row: int) -> tuple[str, ...]:
        item = self._ids[row]
        if item not in self._texts:
            self.row_at(row)
        return self._texts[item]

    def rows_snapshot(self) -> Callable[[], Iterator[Row]]:
        ids, fetch = tuple(self._ids), self._fetch_rows

        def rows() -> Iterator[Row]:
            for start in range(0, len(ids), EXPORT_BLOCK):
                block = ids[start : start + EXPORT_BLOCK]
                fetched = fetch(block)
                yield from (fetched[i] for i in block if i in fetched)

        return rows

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item: int) -> int | None:
        try:
            return self._ids.index(item)
        except ValueError:
            return None

    def text_at(self, row: int, column: int) -> str:
        return self.texts_at(row)[column]

    def row_count(self) -> int:
        return len(self._ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        # QTableView.sortByColumn asks twice (directly and through the header's indicator).
        if not self.columns[column].sortable or (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()
