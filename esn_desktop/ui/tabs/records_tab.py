"""What the Consultants and Missions tabs share: a searchable list, a dialog to create or edit,
deletion that asks first, export of the list as shown, and every change undoable (the dialogs
and the deletions write through the workspace's operations, their services saying what changed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import Changes
from esn_desktop.services.topics import Topics
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.list_export import export_view
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.models.rows_table_model import RowsTableModel
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right, allows
from esn_desktop.ui.widgets.list_view import hide_confidential, list_view


@dataclass(frozen=True, slots=True)
class Deletion:
    """Deleting one row of the list: the question asked first, what the history calls it, and
    the deletion itself (its service says what went)."""

    question: str
    undo_text: str
    delete: Callable[[], Changes]


class RecordsTab(QWidget):
    #: The file name an export suggests.
    export_name = "list"
    #: The kind of change its form and buttons make, which the login's role may forbid.
    right = Right.ACCOUNTS

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        today: date | None,
        *,
        search_hint: str,
        new_label: str,
        sort_column: int,
        sort_order: Qt.SortOrder,
        meeting: MeetingMode | None = None,
    ) -> None:
        super().__init__()
        self.operations = operations
        #: What the list reads (through the services); it changes only through the operations.
        self.workspace = operations.workspace
        self.formatter = formatter
        self.today = today or date.today()
        self.export_task: BackgroundTask | None = None

        self.search = QLineEdit(placeholderText=search_hint)
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(new_label)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.count = QLabel()
        self.model: RowsTableModel[Any] = RowsTableModel(self._columns(), self)
        self.table = list_view(self.model, sort_column=sort_column, sort_order=sort_order)

        self.new_button.clicked.connect(self.new_item)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        # Double-click or Enter, as the platform has it; a double-click also emits doubleClicked,
        # and connecting both opened the form twice.
        # No form that cannot save: what one typed there would be lost.
        if allows(self.workspace, self.right):
            self.table.activated.connect(self._edit)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        lock_editing(self.workspace, self.new_button, self.delete_button, delete_key, right=self.right)
        operations.events.data_changed.connect(self.on_data_changed)
        self.meeting = meeting or MeetingMode(self)
        self.meeting.changed.connect(self.on_meeting_mode)

    def _lay_out(self, filters: Sequence[QWidget], below: QWidget | None = None) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for widget in filters:
            bar.addWidget(widget, 1)
        for button in (self.new_button, self.delete_button, self.export_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(below or self.table, 1)
        layout.addWidget(self.count)

    # --- what each tab says -------------------------------------------------------------------

    def _columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def open_dialog(self, row: Any | None) -> QDialog:
        """The dialog for `row` (None: a new one), saving through the operations; tests drive it
        instead of exec()."""
        raise NotImplementedError

    def deletion(self, row: Any) -> Deletion:
        """What deleting `row` asks, is called on the history, and does."""
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def on_data_changed(self, topics: Topics) -> None:
        raise NotImplementedError

    def on_meeting_mode(self, on: bool) -> None:
        hide_confidential(self.table, on)

    # --- shared behaviour -----------------------------------------------------------------------

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def new_item(self) -> None:
        if self.new_button.isEnabled():  # Ctrl+N too: not where the workspace or the role forbids it
            self._run(None)

    def _edit(self, index: QModelIndex) -> None:
        self._run(self.model.row_at(index.row()))

    def _run(self, row: Any | None) -> None:
        self.run_dialog(self.open_dialog(row))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows the dialog; True once it saved (tests drive the dialog instead)."""
        return bool(dialog.exec())

    def confirm(self, text: str) -> bool:
        """Asks before deleting (tests replace this)."""
        return QMessageBox.question(self, self.tr("Delete"), text) == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        deletion = self.deletion(row)
        if self.confirm(deletion.question + "\n\n" + self.tr("Edit > Undo (Ctrl+Z) brings it all back.")):
            self.operations.apply(deletion.undo_text, deletion.delete)

    def export(self, path: Path | None = None) -> BackgroundTask | None:
        self.export_task = export_view(self, self.table, self.export_name, path)
        return self.export_task

    def show_count(self, caption: str) -> None:
        self.count.setText(caption.replace("%1", self.formatter.number(self.model.rowCount(), decimals=0)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
