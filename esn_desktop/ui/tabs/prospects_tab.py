"""The Prospects tab: every account, searched as you type and filtered, sorted in SQL."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.pipeline import Stage
from esn_desktop.formatting import Formatter
from esn_desktop.services.account_list import (
    AccountFilter,
    AccountRow,
    account_ids,
    account_rows,
    filter_choices,
)
from esn_desktop.store.database import Workspace
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.labels import REFERENCING, SEGMENTS, STAGES, label
from esn_desktop.ui.models.lazy_table_model import LazyTableModel
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.widgets.account_panel import AccountPanel
from esn_desktop.ui.widgets.list_view import list_view
from esn_desktop.ui.widgets.no_show_queue import NoShowQueue


class ProspectsTab(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        formatter: Formatter,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.formatter = formatter
        self.filter = AccountFilter()

        self.search = QLineEdit(placeholderText=self.tr("Search an account (name, without accents)…"))
        self.search.setClearButtonEnabled(True)
        self.segment = QComboBox()
        self.owner = QComboBox()
        self.stage = QComboBox()
        self.channel = QComboBox()
        self.referencing = QComboBox()
        self.count = QLabel()

        self.model: LazyTableModel[AccountRow] = LazyTableModel(
            self._columns(), self._fetch_ids, partial(account_rows, workspace), self
        )
        self.table = list_view(self.model, sort_column=0, sort_order=Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column, width in enumerate((240, 95, 125, 105, 70, 140, 125, 120, 115, 110)):
            header.resizeSection(column, width)

        self.panel = AccountPanel(workspace, events, formatter, undo_stack or QUndoStack(self))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.segment, self.owner, self.stage, self.channel, self.referencing):
            filters.addWidget(combo, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        accounts_page = QWidget()
        accounts_layout = QVBoxLayout(accounts_page)
        accounts_layout.setContentsMargins(0, 0, 0, 0)
        accounts_layout.addLayout(filters)
        accounts_layout.addWidget(split)
        accounts_layout.addWidget(self.count)
        self.no_shows = NoShowQueue(workspace, formatter)
        self.pages = QTabWidget()
        self.pages.addTab(accounts_page, self.tr("Accounts"))
        self.pages.addTab(self.no_shows, "")
        self.pages.setTabText(1, self.tr("No-shows to reschedule (%1)").replace("%1", "…"))  # until read
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._fill_filters()
        self._connect_signals(events)
        self.model.reload()
        self._show_count()

    def _columns(self) -> list[Column[AccountRow]]:
        f = self.formatter
        return [
            Column("name", self.tr("Account"), lambda r: r.name),
            Column("segment", self.tr("Segment"), lambda r: label(SEGMENTS, r.segment)),
            Column("sector", self.tr("Sector"), lambda r: r.sector or ""),
            Column("city", self.tr("City"), lambda r: r.city or ""),
            Column("size", self.tr("Headcount"), lambda r: f.number(r.size, decimals=0), align_right=True),
            Column("referencing", self.tr("Referencing"), lambda r: label(REFERENCING, r.referencing)),
            Column("owner", self.tr("Salesperson"), lambda r: r.owner or ""),
            Column("channel", self.tr("Channel"), lambda r: r.channel or ""),
            Column(
                "open",
                self.tr("Open deals"),
                lambda r: str(r.open_opportunities or ""),
                align_right=True,
                sortable=False,
            ),
            Column(
                "pipeline",
                self.tr("Weighted pipeline"),
                lambda r: f.money(r.weighted_pipeline, cents=False) if r.open_opportunities else "",
                align_right=True,
                sortable=False,
            ),
        ]

    def _connect_signals(self, events: DataEvents) -> None:
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.segment, self.owner, self.stage, self.channel, self.referencing):
            combo.currentIndexChanged.connect(self._apply_filters)
        events.data_changed.connect(self.on_data_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.no_shows.count_changed.connect(self._count_no_shows)
        # After a sort or a search, keep the shown account highlighted wherever it now stands.
        self.model.modelReset.connect(self._reselect)
        self.model.dataChanged.connect(self._reselect)

    def _count_no_shows(self, count: int) -> None:
        self.pages.setTabText(1, self.tr("No-shows to reschedule (%1)").replace("%1", str(count)))

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        shown = self.panel.detail.id if self.panel.detail else None
        current = self.model.id_at(index.row()) if index.isValid() else None
        if current is not None and current != shown:
            self.panel.show_account(current)

    def _reselect(self) -> None:
        if self.panel.detail is None:
            return
        row = self.model.row_of(self.panel.detail.id)
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)

    def _fill_filters(self) -> None:
        choices = filter_choices(self.workspace)
        options = (
            (self.segment, self.tr("All segments"), [(label(SEGMENTS, s), s) for s in choices.segments]),
            (self.owner, self.tr("All salespeople"), [(o, o) for o in choices.owners]),
            (self.stage, self.tr("Any deal stage"), [(label(STAGES, s), s) for s in Stage]),
            (self.channel, self.tr("All channels"), [(c, c) for c in choices.channels]),
            (self.referencing, self.tr("Any referencing"), [(label(REFERENCING, r), r) for r in REFERENCING]),
        )
        for combo, everything, items in options:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        stage = self.stage.currentData()
        self.filter = AccountFilter(
            search=self.search.text(),
            segment=self.segment.currentData(),
            owner=self.owner.currentData(),
            stage=Stage(stage) if stage else None,
            channel=self.channel.currentData(),
            referencing=self.referencing.currentData(),
        )
        self.model.reload()
        self._show_count()

    def _fetch_ids(self, sort: str, descending: bool) -> list[int]:
        query = AccountFilter(**{**_fields(self.filter), "sort": sort, "descending": descending})
        return account_ids(self.workspace, query)

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("Accounts: %1").replace("%1", self.formatter.number(self.model.rowCount(), decimals=0))
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_data_changed(self, what: str) -> None:
        if what in ("*", "activities"):
            self.no_shows.reload()
        if what in ("*", "accounts", "opportunities", "salespeople", "channels"):
            self._fill_filters()
            self.model.reload()
            self._show_count()


def _fields(query: AccountFilter) -> dict[str, object]:
    return {name: getattr(query, name) for name in AccountFilter.__dataclass_fields__}
