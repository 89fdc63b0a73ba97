"""The import wizard's mapping: each column of the file, its first values, and the field it fills,
which the person changes; a column no field takes is shown as not imported, a field chosen for
two columns is marked at both."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from esn_desktop.interchange.lists.mapping import IGNORED
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import FIELDS, ListName
from esn_desktop.ui.dialogs.import_texts import ImportTexts

#: How many values of a column are shown, found among how many first rows, each cut at how many characters.
SAMPLES_SHOWN = 3
SAMPLES_SCANNED = 200
SAMPLE_WIDTH = 40
#: The background of a row whose field another column fills too.
CLASH_COLOUR = QColor("#fde7ea")

COLUMN, SAMPLES, FIELD = range(3)


def first_values(table: ListTable, index: int) -> str:
    """The column's first few non-blank values, as a person glances at them."""
    values: list[str] = []
    for row in table.rows[:SAMPLES_SCANNED]:
        cell = row[index] if index < len(row) else ""
        if cell:
            values.append(cell if len(cell) <= SAMPLE_WIDTH else cell[: SAMPLE_WIDTH - 1] + "…")
            if len(values) == SAMPLES_SHOWN:
                break
    return " · ".join(values)


class MappingTable(QTableWidget):
    """Column of the file, first values, field: the mapping as read, corrected by the person."""

    #: The person chose another field for a column.
    changed = Signal()

    def __init__(self, texts: ImportTexts, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.texts = texts
        self.header_names: tuple[str, ...] = ()
        self.list_name = ListName.ACCOUNTS
        self.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First values"), self.tr("Field")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setWordWrap(False)

    def show_columns(self, table: ListTable, list_name: ListName, mapping: dict[str, str]) -> None:
        """One row per column of `table`, its field as `mapping` says, offering `list_name`'s fields."""
        self.header_names = table.header
        self.list_name = list_name
        self.clearContents()
        self.setRowCount(len(table.header))
        for row, column in enumerate(table.header):
            name = QTableWidgetItem(column or self.tr("(no header)"))
            name.setToolTip(column)
            self.setItem(row, COLUMN, name)
            values = first_values(table, row)
            samples = QTableWidgetItem(values)
            samples.setToolTip(values)
            self.setItem(row, SAMPLES, samples)
            choice = QComboBox()
            choice.addItem(self.tr("(not imported)"), IGNORED)
            for field in FIELDS[list_name]:
                choice.addItem(self.texts.field(field, list_name), field)
            # Every column holding something has a name of its own (lists/table.py); one with
            # neither a header nor a cell has nothing to import.
            choice.setCurrentIndex(max(0, choice.findData(mapping.get(column, IGNORED))))
            choice.setEnabled(bool(column.strip()))
            choice.currentIndexChanged.connect(self._chosen)
            self.setCellWidget(row, FIELD, choice)
        self.resizeColumnToContents(COLUMN)
        self.setColumnWidth(COLUMN, min(max(self.columnWidth(COLUMN), 160), 280))
        widest = max((self.choice(row).sizeHint().width() for row in range(self.rowCount())), default=0)
        self.setColumnWidth(FIELD, max(260, widest))
        self.resizeRowsToContents()
        self._mark()

    def choice(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, FIELD)
        assert isinstance(widget, QComboBox)  # set for every row by show_columns
        return widget

    def mapping(self) -> dict[str, str]:
        """Column -> field (IGNORED for a column not imported), as the person left it."""
        mapping: dict[str, str] = {}
        for row, column in enumerate(self.header_names):
            if column.strip() and column not in mapping:  # of two columns named alike, the first
                mapping[column] = self.choice(row).currentData()
        return mapping

    def clashes(self) -> dict[str, list[str]]:
        """Field -> the columns filling it, for each field chosen for more than one column."""
        taken: dict[str, list[str]] = {}
        for column, field in self.mapping().items():
            if field != IGNORED:
                taken.setdefault(field, []).append(column)
        return {field: columns for field, columns in taken.items() if len(columns) > 1}

    def choose(self, column: str, field: str) -> None:
        """Sets `column`'s field as the person would pick it (tests, a script)."""
        row = self.header_names.index(column)
        choice = self.choice(row)
        choice.setCurrentIndex(choice.findData(field))

    def _chosen(self) -> None:
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        """Greys the columns not imported; colours the rows whose field another row takes too."""
        clashing = {column: field for field, columns in self.clashes().items() for column in columns}
        greyed = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        plain = QBrush(self.palette().color(QPalette.ColorRole.Text))
        fields = self.mapping()
        for row, column in enumerate(self.header_names):
            if column.strip() and self.header_names.index(column) != row:  # shows its namesake's field
                twin = self.choice(row)
                twin.blockSignals(True)
                twin.setCurrentIndex(max(0, twin.findData(fields[column])))
                twin.blockSignals(False)
            left_out = self.choice(row).currentData() == IGNORED
            clash = clashing.get(column)
            for index in (COLUMN, SAMPLES):
                item = self.item(row, index)
                assert item is not None  # set for every row by show_columns
                item.setForeground(greyed if left_out else plain)
                font = QFont(item.font())
                font.setItalic(left_out)
                item.setFont(font)
                item.setBackground(QBrush(CLASH_COLOUR) if clash else QBrush())
            choice = self.choice(row)
            if clash:
                choice.setToolTip(
                    self.texts.field_taken_twice(clash, self._columns_of(clash), self.list_name)
                )
            elif choice.isEnabled():
                choice.setToolTip("")

    def _columns_of(self, field: str) -> Sequence[str]:
        return [column for column, target in self.mapping().items() if target == field]
