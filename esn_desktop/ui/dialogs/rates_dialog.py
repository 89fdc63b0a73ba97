"""Every consultant's daily rate against their daily cost, as a sortable list: the dashboard's
chart shows the few a director acts on first, this shows all of them with every name readable."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from esn_desktop.formatting import Formatter
from esn_desktop.services.dashboard import ConsultantRate
from esn_desktop.ui.models.rows_table_model import RowsTableModel
from esn_desktop.ui.models.table_model import Column


def daily_margin(rate: ConsultantRate) -> Decimal | None:
    """What a billed day leaves once the consultant's day is paid (TJM - CJM)."""
    return None if rate.tjm is None or rate.cjm is None else rate.tjm - rate.cjm


class RatesDialog(QDialog):
    def __init__(
        self, rates: Sequence[ConsultantRate], formatter: Formatter, *, meeting: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily rate and cost of every consultant"))
        f = self.formatter = formatter
        self.model: RowsTableModel[ConsultantRate] = RowsTableModel(
            [
                Column("name", self.tr("Consultant"), lambda r: r.name),
                Column(
                    "tjm",
                    self.tr("TJM"),
                    lambda r: f.money(r.tjm, cents=False),
                    True,
                    sort_value=lambda r: r.tjm,
                ),
                Column(
                    "cjm",
                    self.tr("CJM"),
                    lambda r: f.money(r.cjm, cents=False),
                    True,
                    sort_value=lambda r: r.cjm,
                    confidential=True,
                ),
                Column(
                    "margin",
                    self.tr("Margin per day"),
                    lambda r: f.money(daily_margin(r), cents=False),
                    True,
                    sort_value=daily_margin,
                    confidential=True,
                ),
                Column(
                    "days",
                    self.tr("Billed days"),
                    lambda r: f.days(r.billed_days),
                    True,
                    sort_value=lambda r: r.billed_days,
                ),
            ],
            self,
        )
        self.model.set_rows(rates)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Figures as wide as their header (sort arrow included), the names take the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnHidden(column, meeting and spec.confidential)
        # The thinnest margin first, as on the chart; in meeting mode the margin is hidden, so
        # the order must not give it away: the lowest rate first.
        first = "tjm" if meeting else "margin"
        key = next(i for i, c in enumerate(self.model.columns) if c.key == first)
        self.table.sortByColumn(key, Qt.SortOrder.AscendingOrder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
