"""The Consultants tab: who is on a mission, on the bench or on leave, and from when each is free."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.accounts import name_key
from esn_desktop.formatting import Formatter
from esn_desktop.services.consultants import Availability, ConsultantRow, list_consultants
from esn_desktop.store.database import Workspace
from esn_desktop.ui.dialogs.consultant_dialog import ConsultantDialog
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.labels import AVAILABILITY, label
from esn_desktop.ui.models.rows_table_model import RowsTableModel
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.undo_commands import SaveConsultantCommand
from esn_desktop.ui.widgets.list_view import list_view


class ConsultantsTab(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        formatter: Formatter,
        today: date | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__()
        self.undo_stack = undo_stack or QUndoStack(self)
        self.workspace = workspace
        self.events = events
        self.formatter = formatter
        self.today = today or date.today()
        self._all: list[ConsultantRow] = []

        self.search = QLineEdit(placeholderText=self.tr("Search a name or a skill…"))
        self.search.setClearButtonEnabled(True)
        self.availability = QComboBox()
        self.availability.addItem(self.tr("Everyone"), None)
        for status in Availability:
            self.availability.addItem(label(AVAILABILITY, status), status)
        self.new_button = QPushButton(self.tr("New consultant…"))
        self.count = QLabel()
        self.model: RowsTableModel[ConsultantRow] = RowsTableModel(self._columns(), self)
        self.table = list_view(self.model, sort_column=0, sort_order=Qt.SortOrder.AscendingOrder)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.availability, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._show)
        self.availability.currentIndexChanged.connect(self._show)
        self.new_button.clicked.connect(self.new_item)
        self.table.doubleClicked.connect(self._edit)
        events.data_changed.connect(self.on_data_changed)
        self.reload()
        for column, width in enumerate((200, 110, 120, 100, 100, 110)):
            self.table.horizontalHeader().resizeSection(column, width)

    def _columns(self) -> list[Column[ConsultantRow]]:
        f = self.formatter
        return [
            Column("name", self.tr("Consultant"), lambda r: r.name),
            Column("availability", self.tr("Today"), lambda r: label(AVAILABILITY, r.availability)),
            Column(
                "available_from",
                self.tr("Available from"),
                lambda r: f.day(r.available_from) if r.available_from else self.tr("open-ended mission"),
                sort_value=lambda r: r.available_from,
            ),
            Column(
                "cjm",
                self.tr("CJM"),
                lambda r: f.money(r.daily_cost),
                True,
                sort_value=lambda r: r.daily_cost,
            ),
            Column(
                "target",
                self.tr("Target rate"),
                lambda r: f.money(r.target_rate, cents=False) if r.target_rate else "",
                True,
                sort_value=lambda r: r.target_rate,
            ),
            Column("seniority", self.tr("Seniority"), lambda r: r.seniority or ""),
            Column("skills", self.tr("Skills"), lambda r: ", ".join(r.skills)),
        ]

    def reload(self) -> None:
        self._all = list_consultants(self.workspace, today=self.today)
        self._show()

    def _show(self) -> None:
        wanted = self.availability.currentData()
        text = name_key(self.search.text())
        rows = [
            r
            for r in self._all
            if (wanted is None or r.availability == wanted)
            and (not text or text in name_key(r.name) or any(text in name_key(s) for s in r.skills))
        ]
        self.model.set_rows(rows)
        self.count.setText(
            self.tr("Consultants: %1").replace("%1", self.formatter.number(len(rows), decimals=0))
        )

    def open_dialog(self, consultant: ConsultantRow | None) -> ConsultantDialog:
        """The dialog for `consultant` (None: a new one); tests drive it instead of exec()."""
        return ConsultantDialog(self.workspace, self.formatter, consultant, self.today)

    def new_item(self) -> None:
        self._run(self.open_dialog(None))

    def _edit(self, index: QModelIndex) -> None:
        self._run(self.open_dialog(self.model.row_at(index.row())))

    def _run(self, dialog: ConsultantDialog) -> None:
        if dialog.exec() and dialog.saved_id is not None and dialog.saved_values is not None:
            self.undo_stack.push(
                SaveConsultantCommand(
                    self.workspace,
                    self.events,
                    before=dialog.before,
                    after=dialog.saved_values,
                    saved_id=dialog.saved_id,
                )
            )
            self.events.data_changed.emit("consultants")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_data_changed(self, what: str) -> None:
        if what in ("*", "consultants", "missions", "leaves"):
            self.reload()
