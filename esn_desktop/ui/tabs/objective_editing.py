"""Setting, changing and deleting objectives from the Objectives tab's list: its buttons,
double-click or Enter, the Delete key and the right-click menu, each change through the
workspace's operations (so on the undo history), none offered where the role forbids it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QTableWidget, QWidget

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import EsnError, ValidationError
from esn_desktop.domain.kpis import ObjectiveOutcome
from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import answering
from esn_desktop.services.objectives import delete_objective, stored_objective
from esn_desktop.services.topics import Topic
from esn_desktop.ui.dialogs.objective_dialog import ObjectiveDialog
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right, allows


class ObjectiveEditing(QObject):
    """What the Objectives tab's list offers to change, and how it asks first."""

    #: An objective was saved over these dates (a Period): the list should show them.
    saved = Signal(object)

    def __init__(
        self,
        table: QTableWidget,
        operations: Operations,
        formatter: Formatter,
        meeting: MeetingMode,
        today: date,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.table, self.operations, self.formatter = table, operations, formatter
        self.workspace, self.meeting, self.today, self.parent_widget = (
            operations.workspace,
            meeting,
            today,
            parent,
        )
        self.new_button = QPushButton(self.tr("New objective…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        # Each row's objective, what Edit and Delete act on (the list is not sorted on screen).
        self.shown_ids: list[int | None] = []
        self.shown_names: list[tuple[str | None, Period]] = []
        self.new_button.clicked.connect(self.new_item)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._enable_row_actions)
        # Double-click or Enter, as the platform has it; none where no change can be saved.
        if allows(self.workspace, Right.OBJECTIVES):
            self.table.activated.connect(lambda _index: self.edit_selected())
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._open_menu)
        lock_editing(
            self.workspace,
            self.new_button,
            self.delete_button,
            delete_key,
            right=Right.OBJECTIVES,
        )

    def show_rows(self, outcomes: Sequence[ObjectiveOutcome]) -> None:
        """The objectives now in the table, row by row."""
        self.shown_ids = [outcome.objective_id for outcome in outcomes]
        self.shown_names = [(outcome.salesperson, outcome.dates) for outcome in outcomes]
        self._enable_row_actions()

    def can_edit(self) -> bool:
        return allows(self.workspace, Right.OBJECTIVES)

    def _enable_row_actions(self) -> None:
        chosen = self.selected_id() is not None and self.can_edit()
        self.delete_button.setEnabled(chosen)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows and rows[0].row() < len(self.shown_ids) else None

    def selected_id(self) -> int | None:
        """The objective of the selected row, if any."""
        row = self._selected_row()
        return self.shown_ids[row] if row is not None else None

    def select_objective(self, objective_id: int | None) -> None:
        if objective_id is not None and objective_id in self.shown_ids:
            self.table.selectRow(self.shown_ids.index(objective_id))

    def context_menu(self, row: int) -> QMenu:
        """A row's menu (tests trigger its actions without showing it)."""
        menu = QMenu(self.parent_widget)
        can = self.can_edit()
        for text, slot, enabled in (
            (self.tr("Edit this objective…"), self.edit_selected, can and row >= 0),
            (self.tr("Delete this objective…"), self.delete_selected, can and row >= 0),
            (self.tr("New objective…"), self.new_item, can),
        ):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        return menu

    def _open_menu(self, position: QPoint) -> None:
        row = self.table.rowAt(position.y())
        if row >= 0:
            self.table.selectRow(row)
        self.context_menu(row).exec(self.table.viewport().mapToGlobal(position))

    def new_item(self) -> None:
        """A new objective: not where the workspace or the role forbids it."""
        if self.can_edit():
            self._run(ObjectiveDialog(self.operations, self.formatter, None, self.today))

    def edit_selected(self) -> None:
        objective_id = self.selected_id()
        if objective_id is None or not self.can_edit():
            return
        try:
            with answering(self.workspace, reading=True):
                stored = stored_objective(self.workspace, objective_id)
        except ValidationError:  # deleted meanwhile (by another member of the team)
            self.warn(self.tr("This objective no longer exists: it was deleted meanwhile."))
            self.operations.publish(frozenset({Topic.OBJECTIVES}))  # the list drops it
            return
        except EsnError as error:  # the team database's server not answering...
            self.warn(error_text(error, self.formatter))
            return
        self._run(ObjectiveDialog(self.operations, self.formatter, stored, self.today))

    def _run(self, dialog: ObjectiveDialog) -> None:
        dialog.hide_costs(self.meeting.on)
        if self.run_dialog(dialog) and dialog.saved_id is not None:
            terms, _errors = dialog.values()
            self.saved.emit(Period(terms.start, terms.end))
            self.select_objective(dialog.saved_id)

    def run_dialog(self, dialog: ObjectiveDialog) -> bool:
        """Shows the dialog; True once it saved (tests drive the dialog instead)."""
        return bool(dialog.exec())

    def warn(self, text: str) -> None:
        """Says why nothing opened (tests replace this)."""
        QMessageBox.warning(self.parent_widget, self.tr("Objective"), text)

    def confirm(self, text: str) -> bool:
        """Asks before deleting (tests replace this)."""
        return (
            QMessageBox.question(self.parent_widget, self.tr("Delete"), text)
            == QMessageBox.StandardButton.Yes
        )

    def delete_selected(self) -> None:
        row, objective_id = self._selected_row(), self.selected_id()
        if row is None or objective_id is None or not self.can_edit():
            return
        salesperson, period = self.shown_names[row]
        whose = salesperson or self.tr("Whole team")
        dates = f"{self.formatter.day(period.start)} – {self.formatter.day(period.end)}"
        question = self.tr("Delete the objective of %1 over %2?").replace("%1", whose).replace("%2", dates)
        if self.confirm(question + "\n\n" + self.tr("Edit > Undo (Ctrl+Z) brings it back.")):
            self.operations.apply(
                self.tr("Delete the objective of %1").replace("%1", whose),
                lambda: delete_objective(self.workspace, objective_id=objective_id),
            )
