"""The cards of one stage of the pipeline board: each deal's texts formatted once, dragged out as
their ids, a drop asking for the deals to move to this stage."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from esn_desktop.domain.pipeline import Stage
from esn_desktop.formatting import Formatter
from esn_desktop.services.pipeline_board import BoardDeal
from esn_desktop.ui.models.table_model import ID_ROLE, ROW_ROLE
from esn_desktop.ui.widgets.deal_card import CARD_ROLE, DealCard

#: What a drag between columns carries: the deals' ids, as JSON.
MIME_TYPE = "application/x-esn-desktop-deals"

Index = QModelIndex | QPersistentModelIndex


class StageModel(QAbstractListModel):
    """The cards of one stage; dropping cards here asks for them to move to this stage."""

    dropped = Signal(list, str)

    def __init__(self, stage: Stage, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage, self.formatter = stage, formatter
        #: The day the cards are read on: their overdue marks and days in stage count from it.
        self.today = date.today()
        self.deals: list[BoardDeal] = []
        # Each card's texts, formatted once: a paint asks for every visible card.
        self._cards: dict[int, DealCard] = {}

    def set_deals(self, deals: Sequence[BoardDeal], today: date) -> None:
        self.beginResetModel()
        self.deals, self._cards, self.today = list(deals), {}, today
        self.endResetModel()

    def card(self, row: int) -> DealCard:
        if row not in self._cards:
            deal, f = self.deals[row], self.formatter
            amount = " · ".join([f.money(deal.amount, cents=False), *([deal.owner] if deal.owner else [])])
            due, overdue = "", deal.overdue(self.today)
            if deal.expected_close and not deal.stage.is_closed:
                due = self.tr("Signature %1").replace("%1", f.day(deal.expected_close))
                if overdue:
                    due += " " + self.tr("(overdue)")
            days = deal.days_in_stage(self.today)
            age = (
                ""
                if days is None
                else self.tr("1 day in stage")
                if days == 1
                else self.tr("%1 days in stage").replace("%1", str(days))
            )
            self._cards[row] = DealCard(deal.account, deal.title, amount, due, overdue, age)
        return self._cards[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.deals)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deal = self.deals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.card(index.row()).text
        if role == CARD_ROLE:
            return self.card(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Weighted: %1").replace("%1", self.formatter.money(deal.weighted, cents=False))
        if role == ID_ROLE:
            return deal.id
        if role == ROW_ROLE:
            return deal
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = sorted({self.deals[i.row()].id for i in indexes if i.isValid()})
        mime.setData(MIME_TYPE, json.dumps(ids).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, *_args: Any) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, *_args: Any) -> bool:
        if action == Qt.DropAction.IgnoreAction or not data.hasFormat(MIME_TYPE):
            return False
        ids = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        ids = [i for i in ids if i not in {d.id for d in self.deals}]
        if ids:
            # After the drop has returned: the move reloads every column, this one included.
            QTimer.singleShot(0, self, lambda: self.dropped.emit(ids, self.stage.value))
        # False: the board reloads from the file rather than letting Qt remove the source rows.
        return False
