"""Winning a deal, wherever it is won (board, account panel, deal form): asked once with its
amount, then its mission offered, filled in from the deal, through the mission form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.services.won_deals import mission_draft
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.role_rights import Right, allows


class WonDeals(QObject):
    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        costs_hidden: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations, self.formatter = operations, formatter
        #: Meeting mode: the mission form then hides costs and margins.
        self.costs_hidden = costs_hidden

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question (tests replace this)."""
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows the mission form; True once it saved (tests drive the form instead)."""
        return bool(dialog.exec())

    def confirm(self, parent: QWidget | None, deals: Sequence[tuple[str, Decimal]]) -> bool:
        """Asks before marking these (title, amount) deals as won: a won deal counts in revenue."""
        f = self.formatter
        if len(deals) == 1:
            title, amount = deals[0]
            text = (
                self.tr("Mark %1 as won, for %2?")
                .replace("%1", title)
                .replace("%2", f.money(amount, cents=False))
            )
        else:
            text = (
                self.tr("Mark these %1 deals as won, for %2 in all?")
                .replace("%1", f.number(len(deals), decimals=0))
                .replace("%2", f.money(sum((a for _t, a in deals), Decimal(0)), cents=False))
            )
        return self.ask(parent, self.tr("Deal won"), text)

    def offer_mission(self, parent: QWidget | None, opportunity_id: int, today: date) -> bool:
        """Offers to create the mission of a deal just won; True once one is saved (undoable).
        Not offered to a login whose role may not create missions (a salesperson)."""
        if not allows(self.operations.workspace, Right.MISSIONS):
            return False
        try:
            draft = mission_draft(self.operations.workspace, opportunity_id=opportunity_id, today=today)
        except EsnError:
            return False  # gone meanwhile (an undo): nothing to offer
        question = self.tr("%1 is won. Create its mission now?").replace("%1", draft.title)
        if not self.ask(parent, self.tr("Deal won"), question):
            return False
        dialog = MissionDialog.for_won_deal(self.operations, self.formatter, draft, today)
        dialog.hide_costs(self.costs_hidden())
        try:
            return self.run_dialog(dialog)  # the form saves through the operations
        finally:
            # Done with: a form left to Python's collector may outlive the application, and a
            # widget destroyed after it crashes the process on quitting.
            dialog.deleteLater()
