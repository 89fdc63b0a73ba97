"""The Prospects tab: every account, searched as you type and filtered, sorted in SQL."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
    account_count,
    account_ids,
    account_rows,
    filter_choices,
)
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.dialogs.account_dialogs import AccountDialog
from esn_desktop.ui.labels import REFERENCING, SEGMENTS, STAGES, label
from esn_desktop.ui.list_export import export_view
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.models.lazy_table_model import LazyTableModel
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right
from esn_desktop.ui.widgets.account_panel import AccountPanel
from esn_desktop.ui.widgets.list_view import list_view, offer_column_choice, size_columns
from esn_desktop.ui.widgets.no_show_queue import NoShowQueue
from esn_desktop.ui.widgets.pipeline_board import PipelineBoard
from esn_desktop.ui.won_deal import WonDeals

ACCOUNTS_PAGE, PIPELINE_PAGE, NO_SHOWS_PAGE = range(3)


class ProspectsTab(QWidget):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        meeting: MeetingMode | None = None,
    ) -> None:
        super().__init__()
        self.operations = operations
        # What the tab reads (through the services).
        self.workspace = operations.workspace
        self.formatter = formatter
        # One for the panel and the board: a deal won anywhere offers its mission the same way.
        self.won_deals = WonDeals(
            operations,
            formatter,
            costs_hidden=lambda: meeting is not None and meeting.on,
            parent=self,
        )
        self.filter = AccountFilter()
        self._accounts_stale = False

        self.search = QLineEdit(placeholderText=self.tr("Search an account (name, without accents)…"))
        self.search.setClearButtonEnabled(True)
        self.segment = QComboBox()
        self.owner = QComboBox()
        self.stage = QComboBox()
        self.channel = QComboBox()
        self.referencing = QComboBox()
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New account…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_task: BackgroundTask | None = None

        self.model: LazyTableModel[AccountRow] = LazyTableModel(
            self._columns(),
            self._fetch_ids,
            lambda: account_count(self.workspace, self.filter),
            partial(account_rows, self.workspace),
            self,
        )
        self.table = list_view(self.model, sort_column=0, sort_order=Qt.SortOrder.AscendingOrder)
        size_columns(self.table, (150, 70, 125, 95, 80, 120, 120, 120, 60, 110))
        # Beside the panel at 1280 px the list shows its main columns without scrolling
        # sideways; headcount, sector, referencing and channel are in the panel, the filters and a
        # right click on the header away.
        keys = [column.key for column in self.model.columns]
        for key in ("size", "sector", "referencing", "channel"):
            self.table.setColumnHidden(keys.index(key), True)
        offer_column_choice(self.table)

        self.panel = AccountPanel(operations, formatter, self.won_deals)
        filters = QHBoxLayout()
        # Two rows: the French choices ("Contenu (livre blanc, autodiagnostic)") do not fit
        # five to a row beside the search at 1280 px.
        for combo in (self.segment, self.owner, self.stage, self.channel, self.referencing):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 500])
        accounts_page = QWidget()
        accounts_layout = QVBoxLayout(accounts_page)
        accounts_layout.setContentsMargins(0, 0, 0, 0)
        accounts_layout.addLayout(actions)
        accounts_layout.addLayout(filters)
        accounts_layout.addWidget(split)
        accounts_layout.addWidget(self.count)
        self.no_shows = NoShowQueue(operations, formatter)
        self._board: PipelineBoard | None = None
        self.board_host = QWidget()
        QVBoxLayout(self.board_host).setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.addTab(accounts_page, self.tr("Accounts"))
        self.pages.addTab(self.board_host, self.tr("Pipeline"))
        self.pages.addTab(self.no_shows, "")
        self._count_no_shows(None)  # until read
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._fill_filters()
        self._connect_signals()
        self.model.reload()
        self._show_count()

    def _columns(self) -> list[Column[AccountRow]]:
        f = self.formatter
        return [
            Column("name", self.tr("Account"), lambda r: r.name),
            Column("segment", self.tr("Segment"), lambda r: label(SEGMENTS, r.segment)),
            Column("sector", self.tr("Sector"), lambda r: r.sector or ""),
            Column("city", self.tr("City"), lambda r: r.city or ""),
            Column(
                "size",
                self.tr("Headcount"),
                lambda r: r.size or "",
                align_right=True,
                # The band as text ("11-50", "501+"), as a list import reads it back.
                value=lambda r: r.size,
            ),
            Column("referencing", self.tr("Referencing"), lambda r: label(REFERENCING, r.referencing)),
            Column("owner", self.tr("Salesperson"), lambda r: r.owner or ""),
            Column("channel", self.tr("Channel"), lambda r: r.channel or ""),
            Column(
                "open",
                self.tr("Deals"),
                lambda r: str(r.open_opportunities or ""),
                align_right=True,
                sortable=False,
                value=lambda r: r.open_opportunities or None,
            ),
            Column(
                "pipeline",
                self.tr("Weighted pipeline"),
                lambda r: f.money(r.weighted_pipeline, cents=False) if r.open_opportunities else "",
                align_right=True,
                sortable=False,
                value=lambda r: r.weighted_pipeline if r.open_opportunities else None,
            ),
        ]

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._apply_filters)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        for combo in (self.segment, self.owner, self.stage, self.channel, self.referencing):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.operations.events.data_changed.connect(self.on_data_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.no_shows.count_changed.connect(self._count_no_shows)
        self.pages.currentChanged.connect(self._page_shown)
        self.new_button.clicked.connect(self.new_item)
        lock_editing(self.workspace, self.new_button, right=Right.ACCOUNTS)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        # After a sort or a search, keep the shown account highlighted wherever it now stands.
        self.model.modelReset.connect(self._reselect)
        self.model.complete.connect(self._reselect)

    def _count_no_shows(self, count: int | None) -> None:
        shown = "…" if count is None else self.formatter.number(count, decimals=0)
        self.pages.setTabText(NO_SHOWS_PAGE, self.tr("No-shows to reschedule (%1)").replace("%1", shown))

    @property
    def board(self) -> PipelineBoard:
        """The pipeline board, built when first shown: opening the tab does not pay for it."""
        if self._board is None:
            self._board = PipelineBoard(self.operations, self.formatter, won_deals=self.won_deals)
            self._board.account_requested.connect(self.show_account)
            host = self.board_host.layout()
            assert host is not None  # given its layout when made
            host.addWidget(self._board)
        return self._board

    def show_account(self, account_id: int) -> None:
        """Shows one account in the Accounts page, highlighted in the list: a search or filter
        that would hide it is cleared (the panel only ever shows an account the list holds)."""
        self.pages.setCurrentIndex(ACCOUNTS_PAGE)
        if self.filter != AccountFilter():
            self._clear_filters()
        self.panel.show_account(account_id)
        self._reselect()

    def _clear_filters(self) -> None:
        widgets = (self.search, self.segment, self.owner, self.stage, self.channel, self.referencing)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filters()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes on to the results, as in a browser's address bar.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._enter_results()
            return True
        return super().eventFilter(watched, event)

    def _search_entered(self) -> None:
        """Enter: the one account found opens; several, and the list takes over from the search."""
        if self.model.rowCount() == 1:
            self.table.selectRow(0)
            self._show_current()
        else:
            self._enter_results()

    def _enter_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        self.table.selectRow(0)  # current too: the panel shows it

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
            # Once the whole order is known, an account missing from it is hidden by the search
            # or a filter: the panel empties rather than show what the list does not.
            if self.model.is_complete:
                self.panel.show_account(None)
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

    def _fetch_ids(self, sort: str, descending: bool, limit: int | None) -> list[int]:
        # Called on the UI thread for the first ids, on a worker for the rest: the filter is
        # read once, here, and never changed in place.
        query = replace(self.filter, sort=sort, descending=descending)
        return account_ids(self.workspace, query, limit=limit)

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("Accounts: %1").replace("%1", self.formatter.number(self.model.rowCount(), decimals=0))
        )

    def new_item(self) -> None:
        """A new account, shown in the panel once saved (Ctrl+N)."""
        if not self.new_button.isEnabled():  # a read-only workspace, or a role that may not
            return
        self.pages.setCurrentIndex(ACCOUNTS_PAGE)
        dialog = AccountDialog(self.operations, self.formatter)
        if self.panel.run_dialog(dialog) and dialog.saved_id is not None:
            self.show_account(dialog.saved_id)

    def show_filtered(
        self, *, owner: str | None = None, stage: str | None = None, channel: str | None = None
    ) -> None:
        """The accounts of that salesperson, stage or channel (a dashboard's click); the filters
        not named stay as they were."""
        self.pages.setCurrentIndex(ACCOUNTS_PAGE)
        for combo, value in ((self.owner, owner), (self.stage, stage), (self.channel, channel)):
            if value is not None:
                combo.setCurrentIndex(max(0, combo.findData(value)))

    def export(self, path: Path | None = None) -> BackgroundTask | None:
        """The accounts as listed: this search, these filters, this order."""
        self.export_task = export_view(self, self.table, self.tr("accounts"), path)
        return self.export_task

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.ACTIVITIES}:
            self.no_shows.reload()
        if topics & {Topic.ACCOUNTS, Topic.DEALS}:
            self._accounts_stale = True
            if self.pages.currentIndex() == ACCOUNTS_PAGE:
                self._refresh_accounts()

    def _refresh_accounts(self) -> None:
        """Reads the list again; a change made from the board waits until the list is shown."""
        if not self._accounts_stale:
            return
        self._accounts_stale = False
        self._fill_filters()
        self.model.reload()
        self._show_count()

    def _page_shown(self, page: int) -> None:
        if page == PIPELINE_PAGE:
            self.board  # noqa: B018 (built on first show)
        elif page == ACCOUNTS_PAGE:
            self._refresh_accounts()
