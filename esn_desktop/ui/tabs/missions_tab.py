"""The Missions tab: every mission, filtered by status, account, consultant or coming end, with
the margin a day of each, missions sold under cost flagged (out of sight in meeting mode)."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout

from esn_desktop.domain.calendar import Period, shift_month
from esn_desktop.domain.months import month_run
from esn_desktop.domain.staffing import MissionStatus
from esn_desktop.formatting import Formatter
from esn_desktop.services.consultants import list_consultants
from esn_desktop.services.missions import MissionRow, delete_mission, list_missions
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.dialogs.mission_texts import MissionTexts
from esn_desktop.ui.labels import MISSION_STATUSES, label
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.role_rights import Right
from esn_desktop.ui.tabs.records_tab import Deletion, RecordsTab


class MissionsTab(RecordsTab):
    export_name = "missions"
    right = Right.MISSIONS

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
            search_hint=self.tr("Search an account…"),
            new_label=self.tr("New mission…"),
            sort_column=4,  # the latest missions first
            sort_order=Qt.SortOrder.DescendingOrder,
            meeting=meeting,
        )
        self.texts = MissionTexts(formatter, self)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in MissionStatus:
            self.status.addItem(label(MISSION_STATUSES, status), status)
        self.consultant = QComboBox()
        self.ending = QSpinBox(minimum=0, maximum=365, singleStep=15)
        self.ending.setSpecialValueText(self.tr("Any end date"))
        self.ending.setPrefix(self.tr("Ending within "))
        self.ending.setSuffix(self.tr(" days"))
        self.month = QComboBox()
        self.month.addItem(self.tr("Any month"), None)
        for month in month_run(shift_month(self.today, -12).start, 19):
            self._add_month(month)
        self.below_cost = QCheckBox(self.tr("Under cost only"))
        self.below_cost.setToolTip(
            self.tr("Only the missions whose daily rate is below the consultant's CJM")
        )
        self._lay_out([self.status, self.consultant, self.month, self.ending])
        # Beside the count rather than in the crowded filter bar: it is rarely used.
        footer = self.layout()
        assert isinstance(footer, QVBoxLayout)
        footer.removeWidget(self.count)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.below_cost)
        footer.addLayout(row)

        self._fill_consultants()
        self.search.textChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.consultant.currentIndexChanged.connect(self.reload)
        self.ending.valueChanged.connect(self.reload)
        self.month.currentIndexChanged.connect(self.reload)
        self.below_cost.toggled.connect(self.reload)
        self.reload()
        self.on_meeting_mode(self.meeting.on)
        for column, width in enumerate((240, 170, 90, 90, 95, 95, 70, 135, 110)):
            self.table.horizontalHeader().resizeSection(column, width)

    def _columns(self) -> list[Column[MissionRow]]:
        f = self.formatter
        return [
            Column("account", self.tr("Account"), lambda r: r.account),
            Column("consultant", self.tr("Consultant"), lambda r: r.consultant),
            Column("status", self.tr("Status"), lambda r: label(MISSION_STATUSES, r.status)),
            Column(
                "rate",
                self.tr("Daily rate"),
                lambda r: f.money(r.terms.daily_rate, cents=False),
                True,
                sort_value=lambda r: r.terms.daily_rate,
            ),
            Column(
                "start", self.tr("Start"), lambda r: f.day(r.terms.start), sort_value=lambda r: r.terms.start
            ),
            Column(
                "end",
                self.tr("End"),
                lambda r: f.day(r.terms.end) if r.terms.end else self.tr("open-ended"),
                sort_value=lambda r: r.terms.end,
            ),
            Column(
                "ratio",
                self.tr("Time"),
                lambda r: f.rate(r.terms.time_ratio, decimals=0),
                True,
                sort_value=lambda r: r.terms.time_ratio,
            ),
            Column(
                "unbilled",
                self.tr("Unbilled days"),
                lambda r: str(r.terms.unbilled_days or ""),
                True,
                sort_value=lambda r: r.terms.unbilled_days,
            ),
            Column(
                "margin_a_day",
                self.tr("Margin a day"),
                lambda r: f.money(r.margin_a_day, cents=False) if r.margin_a_day is not None else "",
                True,
                sort_value=lambda r: r.margin_a_day,
                confidential=True,
                flagged=lambda r: r.below_cost,
                tooltip=self._margin_tip,
            ),
        ]

    def _margin_tip(self, row: MissionRow) -> str:
        if not row.below_cost or row.daily_cost is None:
            return ""
        f = self.formatter
        return (
            self.tr("Sold under cost: %1 a day against a CJM of %2, a loss of %3 per worked day.")
            .replace("%1", f.money(row.terms.daily_rate))
            .replace("%2", f.money(row.daily_cost))
            .replace("%3", f.money(row.daily_cost - row.terms.daily_rate))
        )

    def _add_month(self, month: Period) -> int:
        self.month.addItem(self.tr("Running in %1").replace("%1", self.formatter.month(month.start)), month)
        return self.month.count() - 1

    def show_month(self, first_day: date) -> None:
        """Every mission running in that month, whatever the other filters said."""
        month = Period.month_of(first_day)
        for widget in (self.status, self.consultant, self.month, self.ending, self.search):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.consultant.setCurrentIndex(0)
        self.ending.setValue(0)
        self.search.clear()
        # findData() does not match a Python object held in a combo: look it up by hand.
        found = [i for i in range(self.month.count()) if self.month.itemData(i) == month]
        self.month.setCurrentIndex(found[0] if found else self._add_month(month))
        for widget in (self.status, self.consultant, self.month, self.ending, self.search):
            widget.blockSignals(False)
        self.reload()

    def _fill_consultants(self) -> None:
        current = self.consultant.currentData()
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(self.tr("All consultants"), None)
        for row in list_consultants(self.workspace, today=self.today):
            self.consultant.addItem(row.name, row.id)
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(current)))
        self.consultant.blockSignals(False)

    def reload(self) -> None:
        rows = list_missions(
            self.workspace,
            status=self.status.currentData(),
            account=self.search.text(),
            consultant_id=self.consultant.currentData(),
            ending_within_days=self.ending.value() or None,
            running_in=self.month.currentData(),
            today=self.today,
        )
        if self.below_cost.isChecked():  # hundreds of missions: filtered here, not in SQL
            rows = [row for row in rows if row.below_cost]
        self.model.set_rows(rows)
        self.show_count(self.tr("Missions: %1"))

    def on_meeting_mode(self, on: bool) -> None:
        """The margin column goes with the filter that would tell which missions lose money."""
        super().on_meeting_mode(on)
        if on and self.below_cost.isChecked():
            self.below_cost.setChecked(False)
        self.below_cost.setVisible(not on)

    def open_dialog(self, row: MissionRow | None) -> MissionDialog:
        dialog = MissionDialog(self.operations, self.formatter, row, self.today)
        dialog.hide_costs(self.meeting.on)
        # Meeting mode can come on while the form is open (the idle lock): the costs go then.
        self.meeting.changed.connect(dialog.hide_costs)
        return dialog

    def deletion(self, row: MissionRow) -> Deletion:
        f = self.formatter
        question = (
            self.tr("Delete the mission of %1 at %2, from %3 at %4 a day?")
            .replace("%1", row.consultant)
            .replace("%2", row.account)
            .replace("%3", f.day(row.terms.start))
            .replace("%4", f.money(row.terms.daily_rate, cents=False))
        )
        delete = partial(delete_mission, self.workspace, mission_id=row.id)
        name = self.texts.name(row.consultant, row.account)
        return Deletion(question, self.tr("Delete %1").replace("%1", name), delete)

    def on_data_changed(self, topics: Topics) -> None:
        # The settings turn salaries into CJMs: the margin a day follows them.
        if topics & {Topic.ACCOUNTS, Topic.CONSULTANTS, Topic.MISSIONS, Topic.SETTINGS}:
            self._fill_consultants()
            self.reload()
