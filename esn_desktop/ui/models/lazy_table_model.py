"""A table model over an ordered list of ids whose rows are fetched in blocks when first shown.

Searching and sorting re-run an SQL query that returns ids only. The count and the first
ids come at once, the whole order from a background thread (100,000 ids take 60 to 200 ms
on a laptop): the view shows the top of the list at once and the rest a moment later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar, cast

from PySide6.QtCore import Qt, QTimer, Signal

from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.models.table_model import Column, ColumnsTableModel

Row = TypeVar("Row")

BLOCK = 50
EXPORT_BLOCK = 2000
#: Ids read on the UI thread; more than a screen holds.
FIRST_IDS = 200
#: How long after the first ids the rest is asked for.
FULL_READ_DELAY_MS = 150

#: fetch_ids(sort key, descending, limit or None for all)
FetchIds = Callable[[str, bool, int | None], list[int]]


class LazyTableModel(ColumnsTableModel[Row]):
    #: The whole order is known (every id in place).
    complete = Signal()

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch_ids: FetchIds,
        count: Callable[[], int],
        fetch_rows: Callable[[Sequence[int]], dict[int, Row]],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch_ids = fetch_ids
        self._count = count
        self._fetch_rows = fetch_rows
        #: None where the id is still on its way from the background read.
        self._ids: list[int | None] = []
        self.task: BackgroundTask | None = None
        self._asked = 0
        self._complete = True
        self._rows: dict[int, Row] = {}
        # Each row's cell texts, formatted once per fetch: a paint asks for thousands of cells.
        self._texts: dict[int, tuple[str, ...]] = {}
        self.sort_key = self.columns[0].key
        self.descending = False

    # --- what the tab drives --------------------------------------------------------------

    def reload(self) -> None:
        """Runs the query again (new search, sort, filter or data) and forgets the cached rows."""
        self._asked += 1
        if self.task is not None:
            self.task.drop()
        total = self._count()
        first = self._fetch_ids(self.sort_key, self.descending, FIRST_IDS)
        self._set_ids([*first, *([None] * (total - len(first)))])
        self._complete = len(first) >= total
        if self._complete:
            self.task = None
            self.complete.emit()
            return
        # The rest is read a moment later: the top of the list paints first, without a worker
        # competing for the interpreter, and a burst of keystrokes starts one read, not one a key.
        asked = self._asked
        QTimer.singleShot(FULL_READ_DELAY_MS, self, lambda: self._read_the_rest(asked))

    def _read_the_rest(self, asked: int) -> None:
        if asked != self._asked:
            return
        fetch, sort, descending = self._fetch_ids, self.sort_key, self.descending
        task = BackgroundTask(lambda _progress: (asked, fetch(sort, descending, None)))
        task.signals.succeeded.connect(self._arrived)  # a bound method: dropped if the model is gone
        self.task = task.start()

    @property
    def is_complete(self) -> bool:
        return self._complete

    def _arrived(self, answer: tuple[int, list[int]]) -> None:
        asked, ids = answer
        if asked != self._asked:  # a newer search or sort overtook this one
            return
        self.task = None
        self._complete = True
        self._set_ids(list(ids))
        self.complete.emit()

    def _set_ids(self, ids: list[int | None]) -> None:
        if len(ids) == len(self._ids) and ids:
            # Same number of rows (a sort, a refresh, the rest of the order): new contents in
            # place. A reset would make the view rebuild one header section per row, 50 ms at
            # 100,000 rows.
            self._ids, self._rows, self._texts = ids, {}, {}
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._ids, self._rows, self._texts = ids, {}, {}
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:  # type: ignore[override]
        """The row, or None while its id is on its way."""
        item = self._ids[row]
        if item is None:
            return None
        if item not in self._rows:
            start = (row // BLOCK) * BLOCK
            block = [i for i in self._ids[start : start + BLOCK] if i is not None]
            fetched = self._fetch_rows(block)
            self._rows.update(fetched)
            for key, value in fetched.items():
                self._texts[key] = tuple(column.text(value) for column in self.columns)
        return self._rows[item]

    def texts_at(self, row: int) -> tuple[str, ...]:
        item = self._ids[row]
        if item is None:
            return ("",) * len(self.columns)
        if item not in self._texts:
            self.row_at(row)
        return self._texts[item]

    def rows_snapshot(self) -> Callable[[], Iterator[Row]]:
        known, fetch = tuple(self._ids), self._fetch_rows
        fetch_ids, sort, descending = self._fetch_ids, self.sort_key, self.descending

        def rows() -> Iterator[Row]:
            # Still on its way? Then the worker reads the whole order itself.
            # No None left in `known` means every id is there (mypy cannot narrow a tuple's items).
            ids = (
                cast(tuple[int, ...], known)
                if None not in known
                else tuple(fetch_ids(sort, descending, None))
            )
            for start in range(0, len(ids), EXPORT_BLOCK):
                block = ids[start : start + EXPORT_BLOCK]
                fetched = fetch(block)
                yield from (fetched[i] for i in block if i in fetched)

        return rows

    def id_at(self, row: int) -> int | None:
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
