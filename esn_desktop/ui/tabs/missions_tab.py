"""The Missions tab: every mission, filtered by status, account, consultant or coming end."""

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.staffing import MissionStatus
from esn_desktop.formatting import Formatter
from esn_desktop.services.consultants import list_consultants
from esn_desktop.services.missions import MissionRow, list_missions
from esn_desktop.store.database import Workspace
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.labels import MISSION_STATUSES, label
from esn_desktop.ui.models.rows_table_model import RowsTableModel
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.undo_commands import SaveMissionCommand
from esn_desktop.ui.widgets.list_view import list_view


class MissionsTab(QWidget):
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

        self.search = QLineEdit(placeholderText=self.tr("Search an account…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in MissionStatus:
            self.status.addItem(label(MISSION_STATUSES, status), status)
        self.consultant = QComboBox()
        self.ending = QSpinBox(minimum=0, maximum=365, singleStep=15)
        self.ending.setSpecialValueText(self.tr("Any end date"))
        self.ending.setPrefix(self.tr("Ending within "))
        self.ending.setSuffix(self.tr(" days"))
        self.new_button = QPushButton(self.tr("New mission…"))
        self.count = QLabel()

        self.model: RowsTableModel[MissionRow] = RowsTableModel(self._columns(), self)
        self.table = list_view(
            self.model, sort_column=4, sort_order=Qt.SortOrder.DescendingOrder
        )  # the latest missions first

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.consultant, 1)
        bar.addWidget(self.ending, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        self._fill_consultants()
        self._connect_signals()
        self.reload()
        for column, width in enumerate((240, 170, 90, 90, 95, 95, 70, 70)):
            self.table.horizontalHeader().resizeSection(column, width)

    def _columns(self) -> list[Column[MissionRow]]:
        f = self.formatter
        return [
            Column("account", self.tr("Account"), lambda r: r.account),
            Column("consultant", self.tr("Consultant"), lambda r: r.consultant),
            Column("status", self.tr("Status"), lambda r: label(MISSION_STATUSES, r.status)),
            Column(
                "rate",
                self.tr("Daily rate"),
                lambda r: f.money(r.terms.daily_rate, cents=False),
                True,
                sort_value=lambda r: r.terms.daily_rate,
            ),
            Column(
                "start", self.tr("Start"), lambda r: f.day(r.terms.start), sort_value=lambda r: r.terms.start
            ),
            Column(
                "end",
                self.tr("End"),
                lambda r: f.day(r.terms.end) if r.terms.end else self.tr("open-ended"),
                sort_value=lambda r: r.terms.end,
            ),
            Column(
                "ratio",
                self.tr("Time"),
                lambda r: f.rate(r.terms.time_ratio, decimals=0),
                True,
                sort_value=lambda r: r.terms.time_ratio,
            ),
            Column(
                "unbilled",
                self.tr("Unbilled days"),
                lambda r: str(r.terms.unbilled_days or ""),
                True,
                sort_value=lambda r: r.terms.unbilled_days,
            ),
        ]

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.consultant.currentIndexChanged.connect(self.reload)
        self.ending.valueChanged.connect(self.reload)
        self.new_button.clicked.connect(self.new_item)
        self.table.doubleClicked.connect(self._edit)
        self.events.data_changed.connect(self.on_data_changed)

    def _fill_consultants(self) -> None:
        current = self.consultant.currentData()
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(self.tr("All consultants"), None)
        for row in list_consultants(self.workspace, today=self.today):
            self.consultant.addItem(row.name, row.id)
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(current)))
        self.consultant.blockSignals(False)

    def reload(self) -> None:
        self.model.set_rows(
            list_missions(
                self.workspace,
                status=self.status.currentData(),
                account=self.search.text(),
                consultant_id=self.consultant.currentData(),
                ending_within_days=self.ending.value() or None,
                today=self.today,
            )
        )
        self.count.setText(
            self.tr("Missions: %1").replace("%1", self.formatter.number(self.model.rowCount(), decimals=0))
        )

    def open_dialog(self, mission: MissionRow | None) -> MissionDialog:
        """The dialog for `mission` (None: a new one); tests drive it instead of exec()."""
        return MissionDialog(self.workspace, self.formatter, mission, self.today)

    def new_item(self) -> None:
        self._run(self.open_dialog(None))

    def _edit(self, index: QModelIndex) -> None:
        self._run(self.open_dialog(self.model.row_at(index.row())))

    def _run(self, dialog: MissionDialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.undo_stack.push(
                SaveMissionCommand(self.workspace, self.events, before=dialog.before, after=dialog.saved)
            )
            self.events.data_changed.emit("missions")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_data_changed(self, what: str) -> None:
        if what in ("*", "missions", "consultants", "accounts"):
            self._fill_consultants()
            self.reload()
