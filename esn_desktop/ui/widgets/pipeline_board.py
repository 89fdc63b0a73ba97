"""The pipeline as a board: a column per stage, each deal a card dragged to its next stage in one
gesture (or moved from its right-click menu), the change recorded in its history and undoable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError, ValidationError
from esn_desktop.domain.pipeline import FUNNEL_STAGES, Stage
from esn_desktop.formatting import Formatter
from esn_desktop.services.account_list import filter_choices
from esn_desktop.services.accounts import move_opportunities
from esn_desktop.services.logins import own_salesperson
from esn_desktop.services.pipeline_board import CLOSED_DAYS, BoardColumn, BoardDeal, board
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.forms import error_label, show_error
from esn_desktop.ui.labels import STAGES, label
from esn_desktop.ui.models.stage_model import StageModel
from esn_desktop.ui.models.table_model import ID_ROLE, ROW_ROLE
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right, allows, others_deals_refused
from esn_desktop.ui.widgets.deal_card import DealCardDelegate
from esn_desktop.ui.won_deal import WonDeals

#: The funnel's road, then the deals lost on it.
BOARD_STAGES = (*FUNNEL_STAGES, Stage.LOST)


class PipelineBoard(QWidget):
    #: A deal's account is asked for (double-click, or "Open the account").
    account_requested = Signal(int)
    #: New cards are on show.
    loaded = Signal()

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        today: date | None = None,
        won_deals: WonDeals | None = None,
    ) -> None:
        super().__init__()
        self.operations, self.formatter = operations, formatter
        #: A salesperson login moves their own deals only (PostgreSQL holds them to those).
        self.own = own_salesperson(operations.workspace)
        self.workspace = operations.workspace
        self.today = today or date.today()
        self.won_deals = won_deals or WonDeals(operations, formatter, parent=self)
        self.owner = QComboBox()
        self.search = QLineEdit(placeholderText=self.tr("Search an account…"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.error = error_label()
        self.models: dict[Stage, StageModel] = {}
        self.views: dict[Stage, QListView] = {}
        self.headers: dict[Stage, QLabel] = {}
        self.task: BackgroundTask | None = None
        self._asked = 0
        self._lay_out()
        self._connect_signals()
        # The first read: the salespeople to filter by now, the cards in the background.
        self._fill_owners()
        self.reload()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.owner, 1)
        bar.addWidget(self.summary, 3)
        grid = QGridLayout()
        for column, stage in enumerate(BOARD_STAGES):
            model = StageModel(stage, self.formatter, self)
            view = self._column_view(model)
            header = QLabel()
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
            grid.addWidget(view, 1, column)
            self.models[stage], self.views[stage], self.headers[stage] = model, view, header
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addLayout(grid)

    def _connect_signals(self) -> None:
        for model in self.models.values():
            model.dropped.connect(lambda ids, target: self.move_deals(ids, Stage(target)))
        self.owner.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self.operations.events.data_changed.connect(self._on_data_changed)

    def _column_view(self, model: StageModel) -> QListView:
        view = QListView()
        view.setModel(model)
        # Cards of their own height, the whole title wrapped: at most CARDS_PER_STAGE are measured.
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if allows(self.workspace, Right.DEALS):  # read only, the cards stay where they are
            view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setAlternatingRowColors(True)
        view.setSpacing(2)
        view.setWordWrap(True)
        view.setItemDelegate(DealCardDelegate(view))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point, v=view: self._menu(v, point))
        view.doubleClicked.connect(lambda index: self.account_requested.emit(index.data(ROW_ROLE).account_id))
        return view

    def _fill_owners(self) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All salespeople"), None)
        for name in filter_choices(self.workspace).owners:
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def reload(self) -> None:
        """Reads the board in the background (0.1 s at 100,000 prospects); the cards on show stay
        until the new ones arrive, and an answer overtaken by a newer question is dropped."""
        owner, search, today, workspace = (
            self.owner.currentData(),
            self.search.text(),
            self.today,
            self.workspace,
        )
        self._asked += 1
        asked = self._asked
        if self.task is not None:
            self.task.drop()
        task = BackgroundTask(
            lambda _progress: (asked, board(workspace, today=today, owner=owner, search=search))
        )
        # Bound methods: Qt drops the answer if the board is gone by the time it comes.
        task.signals.succeeded.connect(self._arrived)
        task.signals.failed.connect(self.summary.setText)
        self.task = task.start()

    def _arrived(self, answer: tuple[int, dict[Stage, BoardColumn]]) -> None:
        asked, columns = answer
        if asked == self._asked:
            self._show(columns)

    def _show(self, columns: dict[Stage, BoardColumn]) -> None:
        self.task = None
        show_error(self.error, "")
        f = self.formatter
        for stage in BOARD_STAGES:
            column = columns[stage]
            self.models[stage].set_deals(column.deals, self.today)
            self.headers[stage].setText(
                f"<b>{label(STAGES, stage)}</b> ({f.number(column.count, decimals=0)})<br>"
                + f.money(column.amount, cents=False)
            )
            shown = len(column.deals)
            self.views[stage].setToolTip(
                self.tr("The %1 biggest of %2; search or pick a salesperson to see the others.")
                .replace("%1", str(shown))
                .replace("%2", f.number(column.count, decimals=0))
                if shown < column.count
                else ""
            )
        still_open = [c for s, c in columns.items() if not s.is_closed]
        self.summary.setText(
            self.tr("Open: %1, weighted %2. Won and lost: the last %3 days.")
            .replace("%1", f.money(sum((c.amount for c in still_open), Decimal(0)), cents=False))
            .replace("%2", f.money(sum((c.weighted for c in still_open), Decimal(0)), cents=False))
            .replace("%3", str(CLOSED_DAYS))
        )
        self.loaded.emit()

    def move_deals(self, ids: Sequence[int], stage: Stage) -> None:
        """Moves these deals to `stage` today, as one undoable change; to won once confirmed,
        then each one's mission offered."""
        ids = tuple(ids)
        if self.own is not None and any(
            (deal := self._deal(i)) is not None and deal.owner != self.own for i in ids
        ):
            show_error(self.error, others_deals_refused())
            return
        if stage is Stage.WON:
            deals = [d for d in (self._deal(i) for i in ids) if d is not None and d.stage is not Stage.WON]
            if deals and not self.won_deals.confirm(self, [(d.title, d.amount) for d in deals]):
                return
        text = (
            self.tr("Move to %1").replace("%1", label(STAGES, stage))
            if len(ids) > 1
            else self.tr("Move %1 to %2")
            .replace("%1", self._title(ids[0]))
            .replace("%2", label(STAGES, stage))
        )
        try:
            self.operations.apply(
                text,
                partial(move_opportunities, self.workspace, opportunity_ids=ids, stage=stage, day=self.today),
            )
        except ValidationError as refused:
            show_error(
                self.error,
                self.tr("Nothing moved: %1").replace(
                    "%1", "; ".join(f"{p.item} {p.field} {p.reason}" for p in refused.problems)
                ),
            )
            return
        except EsnError as refused:  # another salesperson's deal, a read-only file: said here
            show_error(self.error, error_text(refused, self.formatter))
            return
        if stage is Stage.WON:
            for deal in deals:
                self.won_deals.offer_mission(self, deal.id, self.today)

    def _deal(self, deal_id: int) -> BoardDeal | None:
        for model in self.models.values():
            for deal in model.deals:
                if deal.id == deal_id:
                    return deal
        return None

    def _title(self, deal_id: int) -> str:
        deal = self._deal(deal_id)
        return deal.title if deal else ""

    def context_menu(self, view: QListView) -> QMenu | None:
        """The right-click menu of the cards selected in `view`: move them, open the account."""
        ids = [index.data(ID_ROLE) for index in view.selectionModel().selectedIndexes()]
        if not ids:
            return None
        menu = QMenu(self)
        move_to = menu.addMenu(self.tr("Move to"))
        for stage in BOARD_STAGES:
            action = move_to.addAction(label(STAGES, stage))
            action.triggered.connect(lambda _checked=False, s=stage: self.move_deals(ids, s))
        lock_editing(self.workspace, move_to.menuAction(), right=Right.DEALS)
        deal = view.currentIndex().data(ROW_ROLE)
        if deal is not None:
            menu.addAction(self.tr("Open the account")).triggered.connect(
                lambda _checked=False: self.account_requested.emit(deal.account_id)
            )
        return menu

    def _menu(self, view: QListView, point: QPoint) -> None:
        menu = self.context_menu(view)
        if menu is not None:
            menu.popup(view.viewport().mapToGlobal(point))

    def _on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.NAMES}:  # a save named a new salesperson
            self._fill_owners()
        if topics & {Topic.ACCOUNTS, Topic.DEALS}:
            QTimer.singleShot(0, self, self.reload)
