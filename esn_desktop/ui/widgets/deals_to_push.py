"""The deals a plan pushes this month, ticked among those it names and the biggest others
suggested, each with its next step and the day it is due; held in a `DealToPushModel`."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableView, QVBoxLayout

from esn_desktop.formatting import Formatter
from esn_desktop.services.action_plans import DealToPush, Push
from esn_desktop.ui.models.deal_to_push_model import (
    PUSH_DEAL,
    PUSH_DUE,
    PUSH_NEXT,
    PUSH_STAGE,
    DealToPushModel,
)
from esn_desktop.ui.widgets.plan_delegates import DueDelegate


class DealsToPush(QGroupBox):
    def __init__(self, formatter: Formatter) -> None:
        super().__init__(self.tr("Deals to push"))
        self.model = DealToPushModel(formatter, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PUSH_DUE, DueDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PUSH_DEAL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PUSH_NEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PUSH_STAGE, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        # A deal on one line, shortened with an ellipsis (its whole name on hover): wrapped in a
        # row's height, it was cut at top and bottom.
        self.table.setWordWrap(False)
        QVBoxLayout(self).addWidget(self.table)
        # The due day shows its field in every row, as the form always did.
        self.model.modelReset.connect(self._open_editors)

    def show_deals(self, deals: tuple[DealToPush, ...]) -> None:
        self.model.show_deals(deals)

    def pushes(self) -> list[Push]:
        return self.model.pushes()

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, PUSH_DUE))
        # The stage as wide as its longest, up to sixteen letters’ room: the deal's name, which says
        # which deal it is, keeps the most room (« Rendez-vous de découverte » left it 8 letters).
        self.table.resizeColumnToContents(PUSH_STAGE)
        widest = 16 * self.table.fontMetrics().averageCharWidth() + 12
        self.table.setColumnWidth(PUSH_STAGE, min(self.table.columnWidth(PUSH_STAGE), widest))
