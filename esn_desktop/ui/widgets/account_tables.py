"""An account's contacts and its deals, each in a short table; a deal's stage is a list to pick
its next stage from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
)

from esn_desktop.domain.pipeline import Stage
from esn_desktop.formatting import Formatter
from esn_desktop.services.accounts import ContactLine, OpportunityLine
from esn_desktop.ui.labels import ROLES, STAGES, label
from esn_desktop.ui.role_rights import others_deals_refused


class _AccountTable(QTableWidget):
    """Read-only rows picked whole, one at a time, the first column stretched."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setMaximumHeight(150)


#: Wide enough for "Directeur des achats"; a longer title is cut, whole in its tooltip.
JOB_TITLE_WIDTH = 150


class ContactTable(_AccountTable):
    #: "Forget this person (GDPR)…" picked in a contact's menu: the row.
    forget_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(
            [self.tr("Contact"), self.tr("Role"), self.tr("Job title"), self.tr("Email"), self.tr("Phone")]
        )
        # The name whole, always: the job title and the email give way (cut in their middle,
        # whole in their tooltip), the title to a fixed share so that the email still shows.
        header = self.horizontalHeader()
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(2, JOB_TITLE_WIDTH)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        #: Whether the workspace can be written: a read-only one offers no erasure.
        self.writable = True
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._open_menu)

    def context_menu(self, row: int) -> QMenu:
        """A contact's menu: forgetting them (tests trigger its actions without showing it)."""
        menu = QMenu(self)
        forget = menu.addAction(self.tr("Forget this person (GDPR)…"))
        forget.setEnabled(self.writable)
        forget.triggered.connect(lambda _checked=False: self.forget_requested.emit(row))
        return menu

    def _open_menu(self, position: QPoint) -> None:
        row = self.rowAt(position.y())
        if row >= 0:
            self.selectRow(row)
            self.context_menu(row).exec(self.viewport().mapToGlobal(position))

    def show_contacts(self, contacts: Sequence[ContactLine]) -> None:
        self.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            # The desk phone, else the mobile; both in the tooltip.
            phones = " · ".join(p for p in (c.phone, c.mobile) if p)
            texts = (
                c.name,
                label(ROLES, c.role),
                c.job_title or "",
                c.email or "",
                c.phone or c.mobile or "",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(phones if column == len(texts) - 1 else text)
                self.setItem(row, column, item)


class DealTable(_AccountTable):
    #: A stage picked in a deal's list: (deal id, stage).
    stage_picked = Signal(int, object)

    def __init__(self, formatter: Formatter) -> None:
        super().__init__([self.tr("Deal"), self.tr("Amount"), self.tr("Stage"), self.tr("Weighted")])
        self.formatter = formatter
        #: A salesperson login's own name: another's deals show, their stage out of reach.
        self.own: str | None = None

    def show_deals(self, deals: Sequence[OpportunityLine]) -> None:
        f = self.formatter
        self.setRowCount(len(deals))
        for row, o in enumerate(deals):
            title = QTableWidgetItem(o.title)
            title.setToolTip(
                "\n".join(f"{f.day(h.day)} — {label(STAGES, h.stage)}" for h in reversed(o.history))
            )
            self.setItem(row, 0, title)
            for column, text in ((1, f.money(o.amount, cents=False)), (3, f.money(o.weighted, cents=False))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            stage = QComboBox()
            for choice in Stage:
                stage.addItem(label(STAGES, choice), choice)
            stage.setCurrentIndex(stage.findData(o.stage))
            stage.currentIndexChanged.connect(
                lambda _i, box=stage, deal=o.id: self.stage_picked.emit(deal, Stage(box.currentData()))
            )
            if self.own is not None and o.owner != self.own:
                stage.setEnabled(False)
                stage.setToolTip(others_deals_refused())
            self.setCellWidget(row, 2, stage)
