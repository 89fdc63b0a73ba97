"""The Consultants tab: who is on a mission, on the bench or on leave, and from when each is free."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSplitter

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.money import round_cents
from esn_desktop.formatting import MISSING, Formatter
from esn_desktop.services.consultants import (
    Availability,
    ConsultantRow,
    consultant_deletion_impact,
    delete_consultant,
    list_consultants,
)
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.ui.dialogs.consultant_dialog import ConsultantDialog
from esn_desktop.ui.labels import AVAILABILITY, label
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.role_rights import Right
from esn_desktop.ui.tabs.records_tab import Deletion, RecordsTab
from esn_desktop.ui.widgets.consultant_panel import ConsultantPanel
from esn_desktop.ui.widgets.list_view import size_columns


class ConsultantsTab(RecordsTab):
    export_name = "consultants"
    right = Right.CONSULTANTS

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        today: date | None = None,
        meeting: MeetingMode | None = None,
    ) -> None:
        super().__init__(
            operations,
            formatter,
            today,
            search_hint=self.tr("Search a name or a skill…"),
            new_label=self.tr("New consultant…"),
            sort_column=0,
            sort_order=Qt.SortOrder.AscendingOrder,
            meeting=meeting,
        )
        self._all: list[ConsultantRow] = []
        self.availability = QComboBox()
        self.availability.addItem(self.tr("Everyone"), None)
        for status in Availability:
            self.availability.addItem(label(AVAILABILITY, status), status)
        self.panel = ConsultantPanel(operations, formatter, self.today)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # The list's seven columns whole at 1280 px; the panel's dates and leaves need less.
        split.setSizes([860, 390])
        self._lay_out([self.availability], split)

        self.search.textChanged.connect(self._show)
        self.availability.currentIndexChanged.connect(self._show)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_current())
        self.on_meeting_mode(self.meeting.on)
        self.reload()
        size_columns(self.table, (150, 95, 105, 80, 80, 85, 85))

    def _available_from(self, row: ConsultantRow) -> str:
        """The first free day; for one who has left (or leaves before being free), nothing: a
        departed consultant is not available."""
        if row.available_from is not None:
            return self.formatter.day(row.available_from)
        return MISSING if row.never_available else self.tr("open-ended mission")

    def _columns(self) -> list[Column[ConsultantRow]]:
        f = self.formatter
        return [
            Column("name", self.tr("Consultant"), lambda r: r.name),
            Column("availability", self.tr("Today"), lambda r: label(AVAILABILITY, r.availability)),
            Column(
                "available_from",
                self.tr("Available from"),
                self._available_from,
                sort_value=lambda r: r.available_from,
            ),
            Column(
                "cjm",
                self.tr("CJM"),
                lambda r: f.money(r.daily_cost),
                True,
                sort_value=lambda r: r.daily_cost,
                # To the cent, as shown: a CJM worked out from a salary has more decimals.
                value=lambda r: None if r.daily_cost is None else round_cents(r.daily_cost),
                confidential=True,
            ),
            Column(
                "target",
                self.tr("Target rate"),
                lambda r: f.money(r.target_rate, cents=False) if r.target_rate else "",
                True,
                sort_value=lambda r: r.target_rate,
            ),
            Column("seniority", self.tr("Seniority"), lambda r: r.seniority or ""),
            # Shown, so exported: a consultant is imported back only with the day they started.
            Column("start", self.tr("Started"), lambda r: f.day(r.start), sort_value=lambda r: r.start),
            # Last: the column that takes the room left, and the one that needs it.
            Column("skills", self.tr("Skills"), lambda r: ", ".join(r.skills)),
        ]

    def reload(self) -> None:
        self._all = list_consultants(self.workspace, today=self.today)
        self._show()

    def _show(self) -> None:
        shown = self.panel.consultant.id if self.panel.consultant else None
        wanted = self.availability.currentData()
        text = name_key(self.search.text())
        rows = [
            r
            for r in self._all
            if (wanted is None or r.availability == wanted)
            and (not text or text in name_key(r.name) or any(text in name_key(s) for s in r.skills))
        ]
        self.model.set_rows(rows)
        self.show_count(self.tr("Consultants: %1"))
        # Keep the consultant on show, fresh from the reload, and highlighted where they now stand.
        row = next((i for i in range(self.model.rowCount()) if self.model.id_at(i) == shown), None)
        if row is None:
            self.panel.show_consultant(None)
        else:
            self.table.selectRow(row)
            self.panel.show_consultant(self.model.row_at(row))

    def show_filtered(self, *, search: str = "", availability: Availability | None = None) -> None:
        """The consultants matching `search` with that availability, everyone's when None (a
        dashboard's click)."""
        found = self.availability.findData(availability) if availability is not None else 0
        self.availability.setCurrentIndex(max(0, found))
        self.search.setText(search)

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and (self.panel.consultant is None or self.panel.consultant.id != row.id):
            self.panel.show_consultant(row)

    def open_dialog(self, row: ConsultantRow | None) -> ConsultantDialog:
        dialog = ConsultantDialog(self.operations, self.formatter, row, self.today)
        dialog.hide_costs(self.meeting.on)
        # Meeting mode can come on while the form is open (the idle lock): the costs go then.
        self.meeting.changed.connect(dialog.hide_costs)
        return dialog

    def deletion(self, row: ConsultantRow) -> Deletion:
        impact = consultant_deletion_impact(self.workspace, row.id)
        question = (
            self.tr("Delete %1 along with their missions (%2) and leave periods (%3)?")
            .replace("%1", row.name)
            .replace("%2", self.formatter.number(impact.missions, decimals=0))
            .replace("%3", self.formatter.number(impact.leaves, decimals=0))
        )
        delete = partial(delete_consultant, self.workspace, consultant_id=row.id)
        return Deletion(question, self.tr("Delete %1").replace("%1", row.name), delete)

    def on_meeting_mode(self, on: bool) -> None:
        super().on_meeting_mode(on)
        self.panel.cost.setVisible(not on)

    def on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.CONSULTANTS, Topic.MISSIONS, Topic.SETTINGS}:
            self.reload()
