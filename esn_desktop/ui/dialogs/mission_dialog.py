"""Creating or editing a mission, with its rules checked as you type, its figures live, and a
warning (then a question on Save) when it over-books the consultant or sells under cost."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError, ValidationError
from esn_desktop.domain.staffing import (
    MissionStatus,
    MissionTerms,
    Overbooking,
    mission_rule_breaks,
    mission_status_on,
)
from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import Changed, ChangedMeanwhileError, answering
from esn_desktop.services.consultants import list_consultants
from esn_desktop.services.missions import (
    MissionPreview,
    MissionRow,
    check_overbooking,
    mission_row,
    preview_mission,
    save_mission,
)
from esn_desktop.services.won_deals import MissionDraft
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.ui.dialogs.mission_texts import MissionTexts
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.forms import (
    FieldErrors,
    date_edit,
    error_label,
    field_with_error,
    from_qdate,
    show_error,
    to_qdate,
)
from esn_desktop.ui.labels import MISSION_STATUSES, label
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.widgets.account_picker import AccountPicker
from esn_desktop.ui.widgets.mission_figures import MissionFiguresBox


class MissionDialog(QDialog):
    """Saves through the workspace's `Operations`, on the undo history under `undo_text`."""

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        mission: MissionRow | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.operations, self.formatter = operations, formatter
        #: What the form reads its choices and figures from (through the services).
        self.workspace = operations.workspace
        self.texts = MissionTexts(formatter, self)
        self.today = today or date.today()
        self.mission_id = mission.id if mission else None
        #: The version the form was filled from: a save is refused if another was saved since.
        self.seen_version = mission.version if mission else None
        self.before = mission
        self.saved_id: int | None = None
        #: What Edit > Undo calls the save, when not the mission's name (a deal's mission).
        self.undo_name: str | None = None
        self.calendar = workspace_settings(self.workspace).calendar
        self.setWindowTitle(self.tr("Edit mission") if mission else self.tr("New mission"))

        self.account = AccountPicker(self.workspace)
        self.consultant = QComboBox()
        for row in list_consultants(self.workspace, today=self.today):
            self.consultant.addItem(row.name, row.id)
        self.daily_rate = QLineEdit(placeholderText="650")
        self.start = date_edit()
        self.end = date_edit()
        self.open_ended = QCheckBox(self.tr("No end date"))
        self.time_ratio = QLineEdit("1")
        self.unbilled = QSpinBox(maximum=999)
        self.status = QComboBox()
        for status in MissionStatus:
            self.status.addItem(label(MISSION_STATUSES, status), status)
        self.status.setToolTip(
            self.tr("Planned, ongoing or ended: the dates say it, today. Only a cancellation is chosen here.")
        )
        self.field_errors = FieldErrors()
        end_row = QHBoxLayout()
        end_row.addWidget(self.end)
        end_row.addWidget(self.open_ended)
        # Each error speaks once one of the fields it depends on was edited (or Save pressed).
        for key, editors in (
            ("account", (self.account,)),
            ("consultant", (self.consultant,)),
            ("daily_rate", (self.daily_rate,)),
            ("end", (end_row, self.start)),
            ("time_ratio", (self.time_ratio,)),
            ("unbilled_days", (self.unbilled, self.start, end_row)),
        ):
            self.field_errors.add(key, *editors)
        # Each field's error line, by field key.
        self.errors = self.field_errors.labels

        self.figures = MissionFiguresBox(formatter)
        #: Each figure's cell, by (line, period).
        self.cells = self.figures.cells
        self.costs_hidden = False
        self.preview: MissionPreview | None = None
        self.clashes: list[Overbooking] = []
        # Why the figures could not be read ("" once they were).
        self.unread = ""
        self._saving = False
        # Sold under cost (hidden in meeting mode: it tells the cost).
        self.warning = _warning_label()
        # Over-booking: the clashing missions, by account, dates and time.
        self.overbooking = _warning_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # Offered once another person saved the mission since the form was filled (team mode).
        self.reload_button = self.buttons.addButton(self.tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.hide()
        self.save_error = error_label()
        self._lay_out(end_row)

        self._load(mission)
        self._connect_signals()
        self.refresh()

    def _lay_out(self, end_row: QHBoxLayout) -> None:
        """The form on the left, each field above its error line; its figures and warnings on the right."""
        form = QFormLayout()
        for caption, widget, error in (
            (self.tr("Account"), self.account, "account"),
            (self.tr("Consultant"), self.consultant, "consultant"),
            (self.tr("Daily rate (TJM, €)"), self.daily_rate, "daily_rate"),
            (self.tr("Start"), self.start, None),
            (self.tr("End"), end_row, "end"),
            (self.tr("Time ratio (1 = full time)"), self.time_ratio, "time_ratio"),
            (self.tr("Unbilled days at the start"), self.unbilled, "unbilled_days"),
            (self.tr("Status"), self.status, None),
        ):
            form.addRow(caption, field_with_error(widget, self.errors[error]) if error else widget)
        left = QWidget()
        left.setLayout(form)
        right = QVBoxLayout()
        right.addWidget(self.figures)
        right.addWidget(self.overbooking)
        right.addWidget(self.warning)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)

    @classmethod
    def for_won_deal(
        cls, operations: Operations, formatter: Formatter, draft: MissionDraft, today: date | None = None
    ) -> MissionDialog:
        """A new mission filled in from a deal just won; the director picks the consultant."""
        dialog = cls(operations, formatter, None, today)
        # A classmethod: the context is named (as lupdate reads it), not taken from an instance.
        title = QCoreApplication.translate("MissionDialog", "New mission: %1")
        dialog.setWindowTitle(title.replace("%1", draft.title))
        undo_name = QCoreApplication.translate("MissionDialog", "Mission for %1")
        dialog.undo_name = undo_name.replace("%1", draft.title)
        origin = QLabel(
            QCoreApplication.translate("MissionDialog", "For the deal won: %1, %2")
            .replace("%1", draft.title)
            .replace("%2", formatter.money(draft.amount, cents=False))
        )
        origin.setWordWrap(True)
        layout = dialog.layout()
        assert isinstance(layout, QVBoxLayout)  # built so in __init__
        layout.insertWidget(0, origin)
        dialog.account.set_account(draft.account_id, draft.account)
        dialog.start.setDate(to_qdate(draft.start))
        dialog.open_ended.setChecked(draft.end is None)
        dialog.end.setDate(to_qdate(draft.end or draft.start))
        if draft.daily_rate is not None:
            dialog.daily_rate.setText(formatter.number(draft.daily_rate, decimals=2))
        return dialog

    def _load(self, mission: MissionRow | None) -> None:
        if mission is None:
            self.start.setDate(to_qdate(self.today))
            self.end.setDate(to_qdate(self.today))
            return
        self.account.set_account(mission.account_id, mission.account)
        self.consultant.setCurrentIndex(self.consultant.findData(mission.consultant_id))
        terms = mission.terms
        self.daily_rate.setText(self.formatter.number(terms.daily_rate, decimals=2))
        self.start.setDate(to_qdate(terms.start))
        self.open_ended.setChecked(terms.end is None)
        self.end.setDate(to_qdate(terms.end or terms.start))
        self.time_ratio.setText(self.formatter.number(terms.time_ratio, decimals=2))
        self.unbilled.setValue(terms.unbilled_days)
        self.status.setCurrentIndex(self.status.findData(mission.status))

    def _connect_signals(self) -> None:
        for signal in (
            self.account.textChanged,
            self.daily_rate.textChanged,
            self.time_ratio.textChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.open_ended.toggled,
            self.unbilled.valueChanged,
            self.consultant.currentIndexChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self.refresh)
        self.open_ended.toggled.connect(lambda checked: self.end.setEnabled(not checked))
        self.reload_button.clicked.connect(self.reload)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def terms(self) -> tuple[MissionTerms | None, dict[str, str]]:
        """The terms as typed, and the error of each field (empty when none)."""
        errors: dict[str, str] = {}
        try:
            rate = self.formatter.parse_decimal(self.daily_rate.text())
        except ValueError:
            rate, errors["daily_rate"] = None, self.tr("Type an amount, such as 650 or 650,50.")
        if rate is None and "daily_rate" not in errors:
            errors["daily_rate"] = self.tr("The daily rate is required.")
        try:
            ratio = self.formatter.parse_decimal(self.time_ratio.text())
        except ValueError:
            ratio, errors["time_ratio"] = None, self.tr("Type a fraction, such as 1 or 0,8.")
        if self.account.account_id() is None:
            errors["account"] = self.tr("Pick an account from the list.")
        if self.consultant.currentData() is None:
            errors["consultant"] = self.tr("Create a consultant first.")
        if rate is None or "time_ratio" in errors:
            return None, errors
        terms = MissionTerms(
            start=from_qdate(self.start.date()),
            end=None if self.open_ended.isChecked() else from_qdate(self.end.date()),
            daily_rate=rate,
            time_ratio=ratio if ratio is not None else Decimal(1),
            unbilled_days=self.unbilled.value(),
        )
        for rule_break in mission_rule_breaks(terms, self.calendar):
            errors.setdefault(rule_break.field, self.texts.rule(rule_break.rule, rule_break.limit))
        return terms, errors

    def refresh(self) -> None:
        terms, errors = self.terms()
        self.field_errors.show(errors)
        consultant = self.consultant.currentData()
        usable = (
            terms is not None
            and consultant is not None
            and not ({"daily_rate", "time_ratio", "end"} & errors.keys())
        )
        cancelled = self.status.currentData() == MissionStatus.CANCELLED
        if not cancelled:  # the dates say it, as the lists will (one rule), whatever else is typed
            end = None if self.open_ended.isChecked() else from_qdate(self.end.date())
            day_status = mission_status_on(
                MissionStatus.PLANNED, from_qdate(self.start.date()), end, self.today
            )
            with QSignalBlocker(self.status):
                self.status.setCurrentIndex(self.status.findData(day_status))
        unread, self.preview, self.clashes, self.unread = self.unread, None, [], ""
        try:
            with answering(
                self.workspace, reading=not self._saving
            ):  # a team database's server may stop answering
                if usable and terms is not None:
                    self.preview = preview_mission(
                        self.workspace, consultant_id=consultant, terms=terms, today=self.today
                    )
                    if not cancelled:
                        self.clashes = check_overbooking(
                            self.workspace, consultant_id=consultant, terms=terms, mission_id=self.mission_id
                        )
        except EsnError as error:  # the figures cannot be read: said where Save speaks
            self.unread = error_text(error, self.formatter)
            show_error(self.save_error, self.unread)
        if unread and not self.unread and self.save_error.text() == unread:  # it answers again
            show_error(self.save_error, "")
        self._show_preview(self.preview)
        self._show_overbooking()

    def _show_preview(self, preview: MissionPreview | None) -> None:
        self.figures.show_preview(preview)
        if preview is not None and preview.below_cost:
            self.warning.setText(self.texts.under_cost_warning(preview))
            self.warning.setVisible(not self.costs_hidden)
        else:
            self.warning.hide()

    def _show_overbooking(self) -> None:
        if not self.clashes:
            self.overbooking.hide()
            return
        self.overbooking.setText(self.texts.overbooking(self.consultant.currentText(), self.clashes))
        self.overbooking.show()

    def hide_costs(self, hidden: bool) -> None:
        """Meeting mode: no cost, margin, margin rate nor CJM on screen."""
        self.costs_hidden = hidden
        self.figures.hide_costs(hidden)
        self.refresh()

    def confirm_save(self, title: str, text: str) -> bool:
        """Asks before saving a mission that needs a second look (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is save

    def _changed(self, *, dates: bool) -> bool:
        """Whether the mission is new, or its consultant, rate (or, with `dates`, its days and
        time ratio) changed: a known over-booking or price is not asked about at every edit."""
        before, (terms, _errors) = self.before, self.terms()
        if before is None or terms is None or before.consultant_id != self.consultant.currentData():
            return True
        if dates:
            if before.status == MissionStatus.CANCELLED:  # booked again: it books days anew
                return True
            return (before.terms.start, before.terms.end, before.terms.time_ratio) != (
                terms.start,
                terms.end,
                terms.time_ratio,
            )
        return before.terms.daily_rate != terms.daily_rate

    def save(self) -> None:
        terms, errors = self.terms()
        account_id = self.account.account_id()
        if terms is None or errors or account_id is None:
            self.field_errors.reveal_all()
            return
        self._saving = True  # a server not answering is then said of the save
        try:
            self.refresh()  # the questions below judge the terms as they are now
        finally:
            self._saving = False
        if self.unread:  # nor could they be judged: nothing is saved
            return
        overbooked = bool(self.clashes) and self._changed(dates=True)
        under_cost = self.preview is not None and self.preview.below_cost and self._changed(dates=False)
        consultant = self.consultant.currentText()
        questions = [self.texts.overbooking(consultant, self.clashes)] if overbooked else []
        if under_cost and self.preview is not None:
            questions.append(self.texts.under_cost_question(consultant, self.preview, self.costs_hidden))
        if questions:
            title = self.tr("Over-booked consultant") if overbooked else self.tr("Mission sold under cost")
            text = "\n\n".join([*questions, self.tr("Save the mission anyway?")])
            if not self.confirm_save(title, text):
                return
        try:
            self.saved_id = self.operations.run(self.undo_text(), lambda: self.write(account_id, terms))
        except ChangedMeanwhileError as error:  # another person saved it since the form was filled
            if self.before is not None:  # named as opened here, in the interface's language
                name = (
                    self.tr("%1 at %2")
                    .replace("%1", self.before.consultant)
                    .replace("%2", self.before.account)
                )
                error = ChangedMeanwhileError(error.kind, name, error.who, error.when)
            show_error(self.save_error, error_text(error, self.formatter))
            self.reload_button.show()
            return
        except EsnError as error:  # refused: read-only, the role's, the server not answering...
            show_error(self.save_error, error_text(error, self.formatter))
            if getattr(error, "reason", "") == "team_commit_unknown" and self.mission_id is not None:
                self.reload_button.show()  # saved or not: read it again
            return
        self.accept()

    def reload(self) -> None:
        """Fills the form again from the mission as stored now (after another person's save): what
        was typed gives way to it, and the next save is made on that version."""
        assert self.mission_id is not None  # offered only when an existing mission was refused
        try:
            with answering(self.workspace, reading=True):
                stored = mission_row(self.workspace, self.mission_id, today=self.today)
        except ValidationError:  # deleted meanwhile: nothing to reload nor to save over
            show_error(self.save_error, self.tr("This mission was deleted meanwhile: nothing was saved."))
            self.reload_button.hide()
            self.save_button.setEnabled(False)
            return
        except EsnError as error:  # the server not answering...
            show_error(self.save_error, error_text(error, self.formatter))
            return
        self.before, self.seen_version = stored, stored.version
        fields = (self.account, self.daily_rate, self.time_ratio, self.start, self.end, self.open_ended)
        blockers = [QSignalBlocker(field) for field in (*fields, self.unbilled, self.consultant, self.status)]
        self._load(stored)  # its nine fields filled, the figures read once below rather than per field
        for blocker in blockers:
            blocker.unblock()
        self.end.setEnabled(not self.open_ended.isChecked())
        self.reload_button.hide()
        show_error(self.save_error, "")
        self.refresh()

    def undo_text(self) -> str:
        """What Edit > Undo calls this save ("Mission Lucas Moreau at Mutuelle Horizon")."""
        return self.undo_name or self.texts.name(self.consultant.currentText(), self.account.text().strip())

    def write(self, account_id: int, terms: MissionTerms) -> Changed[int]:
        return save_mission(
            self.workspace,
            mission_id=self.mission_id,
            seen=self.seen_version,
            account_id=account_id,
            consultant_id=self.consultant.currentData(),
            terms=terms,
            status=MissionStatus(self.status.currentData()),
        )


def _warning_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.setWordWrap(True)
    label.hide()
    return label
