"""The deals a plan may push: those it names and the biggest others suggested, each ticked to push
it this month, with its next step and the day it is due (edited in place; the due day through
the delegate of `ui.widgets.plan_delegates`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from esn_desktop.formatting import Formatter
from esn_desktop.services.action_plans import DealToPush, Push
from esn_desktop.ui.labels import STAGES, label

Index = QModelIndex | QPersistentModelIndex

PUSH_DEAL, PUSH_STAGE, PUSH_WEIGHTED, PUSH_NEXT, PUSH_DUE = range(5)
COLUMNS = 5
ROLE = Qt.ItemDataRole


@dataclass(frozen=True, slots=True)
class PushLine:
    """A deal as the form holds it: ticked or not, its next step and due day as typed."""

    deal: DealToPush
    pushed: bool
    next_step: str
    due: date | None


class DealToPushModel(QAbstractTableModel):
    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self._lines: list[PushLine] = []
        self._headers = (
            self.tr("Deal"),
            self.tr("Stage"),
            self.tr("Weighted"),
            self.tr("Next step"),
            self.tr("Due"),
        )

    def show_deals(self, deals: tuple[DealToPush, ...]) -> None:
        """The deals read with the plan: those it names ticked, with their next step and day."""
        self.beginResetModel()
        self._lines = [PushLine(d, d.named, d.next_step, d.due) for d in deals]
        self.endResetModel()

    def pushes(self) -> list[Push]:
        """The deals ticked, in the order shown."""
        return [
            Push(line.deal.opportunity_id, line.next_step, line.due) for line in self._lines if line.pushed
        ]

    # Qt's interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        deal = line.deal
        name = f"{deal.title} — {deal.account}"
        if column == PUSH_DEAL:
            if role in (ROLE.DisplayRole, ROLE.EditRole):
                return name
            if role == ROLE.CheckStateRole:
                return Qt.CheckState.Checked if line.pushed else Qt.CheckState.Unchecked
            if role == ROLE.ToolTipRole:
                # The whole name on hover: the column shares 1280 px with the next step.
                if deal.named:
                    return name
                suggested = self.tr(
                    "Suggested: one of the biggest open deals. Tick it to push it this month."
                )
                return f"{name}\n{suggested}"
            return None
        if role == ROLE.TextAlignmentRole and column == PUSH_WEIGHTED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role in (ROLE.DisplayRole, ROLE.ToolTipRole) and column == PUSH_STAGE:
            # Whole on hover: the column keeps sixteen letters' room (deals_to_push).
            return label(STAGES, deal.stage)
        if role == ROLE.DisplayRole:
            if column == PUSH_WEIGHTED:
                return self.formatter.money(deal.weighted, cents=False)
            if column == PUSH_NEXT:
                return line.next_step
        if role == ROLE.EditRole:
            if column == PUSH_NEXT:
                return line.next_step
            if column == PUSH_DUE:
                return line.due
        return None

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:
        if not index.isValid():
            return False
        line, column = self._lines[index.row()], index.column()
        if column == PUSH_DEAL and role == ROLE.CheckStateRole:
            changed = replace(line, pushed=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif column == PUSH_NEXT and role == ROLE.EditRole:
            changed = replace(line, next_step=str(value))
        elif column == PUSH_DUE and role == ROLE.EditRole:
            changed = replace(line, due=value)
        else:
            return False
        if changed != line:
            self._lines[index.row()] = changed
            self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        shown = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PUSH_DEAL:
            return shown | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (PUSH_NEXT, PUSH_DUE):
            return shown | Qt.ItemFlag.ItemIsEditable
        return shown

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = ROLE.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == ROLE.DisplayRole:
            return self._headers[section]
        if role == ROLE.ToolTipRole and section == PUSH_DEAL:
            return self.tr("Tick a deal to push it this month.")
        return None
