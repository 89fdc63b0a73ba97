"""What every table model of the app shares: columns declared once, custom roles, Qt's interface."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

#: The row object itself, for views that need more than the text.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's id in the workspace.
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its key (also the sort key given to the query), header and how a row reads."""

    key: str
    header: str
    text: Callable[[Row], str]
    align_right: bool = False
    sortable: bool = True
    #: For models that sort in memory: the value to order rows by (the text when None).
    sort_value: Callable[[Row], Any] | None = None
    #: What a spreadsheet gets (a number, a date); the sort value, else the text, when None.
    value: Callable[[Row], Any] | None = None
    #: A cost, CJM, salary or margin: hidden (and left out of exports) in meeting mode.
    confidential: bool = False
    #: Rows this column flags (a mission sold under cost): shown in red with a warning icon.
    flagged: Callable[[Row], bool] | None = None
    #: What hovering a cell says, where it has more to say than its text.
    tooltip: Callable[[Row], str] | None = None

    def cell_value(self, row: Row) -> Any:
        return (self.value or self.sort_value or self.text)(row)


class ColumnsTableModel(QAbstractTableModel, Generic[Row]):
    """A table whose columns are `Column`s; subclasses say how rows are held and fetched."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)

    def row_at(self, row: int) -> Row:
        raise NotImplementedError

    def id_at(self, row: int) -> Any:
        raise NotImplementedError

    def text_at(self, row: int, column: int) -> str:
        return self.columns[column].text(self.row_at(row))

    def rows_snapshot(self) -> Callable[[], Iterator[Row]]:
        """Every row in the order shown, read later (from a worker thread) without touching the model."""
        raise NotImplementedError

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text_at(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(self.row_at(index.row())) or None
        if role in _FLAG_ROLES and column.flagged is not None and column.flagged(self.row_at(index.row())):
            return _flag_look(role)
        if role == ROW_ROLE:
            return self.row_at(index.row())
        if role == ID_ROLE:
            return self.id_at(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


_FLAG_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole)
#: The red of the app's warnings (forms' errors, the below-cost notice).
FLAG_COLOR = QColor("#b00020")


def _flag_look(role: int) -> QColor | QIcon:
    if role == Qt.ItemDataRole.ForegroundRole:
        return FLAG_COLOR
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
