"""A salesperson's monthly action plan, edited beside how the month is going, and the PDF
documents (this plan, every plan of the month, the monthly review and the visit pack).

The page chooses the plan (a salesperson and a month), reads it in the background, and saves
it through the operations; the form, the month's progress and the documents are its widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import EsnError, ValidationError
from esn_desktop.formatting import Formatter
from esn_desktop.services.action_plans import ActionPlanView, action_plan, salespeople, save_plan, segments
from esn_desktop.services.logins import own_salesperson
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.forms import error_label, show_error
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.role_rights import Right, allows, others_plans_refused
from esn_desktop.ui.widgets.plan_documents import PlanDocuments
from esn_desktop.ui.widgets.plan_form import PlanForm
from esn_desktop.ui.widgets.plan_progress import PlanProgress


class ActionPlanPage(QWidget):
    # Emitted once a plan has been read and shown (tests and the first paint wait on it).
    loaded = Signal()

    def __init__(
        self,
        operations: Operations,
        formatter: Formatter,
        today: date,
        meeting: MeetingMode | None = None,
    ) -> None:
        super().__init__()
        self.operations, self.formatter, self.today = operations, formatter, today
        self.workspace = operations.workspace
        self.meeting = meeting or MeetingMode(self)
        #: The plan shown, as read (its `plan` is what the form was filled with).
        self.view: ActionPlanView | None = None
        self.task: BackgroundTask | None = None

        self.salesperson = QComboBox()
        self.month = QComboBox()
        this_month = Period.month_of(today)
        for shift in (-1, 0, 1, 2):
            first = this_month.shifted(shift).start
            self.month.addItem(formatter.month(first), first)
        self.month.setCurrentIndex(1)
        self.save_button = QPushButton(self.tr("Save the plan"))
        self.error = error_label()
        self.progress = PlanProgress(formatter)
        self.form = PlanForm(self.workspace, formatter, beside=self.progress)
        self.documents = PlanDocuments(self.workspace, formatter, today, self.meeting, self.chosen)

        #: A salesperson login's own name: their plan is the one they may save (None: any).
        self.own = own_salesperson(self.workspace)

        self._lay_out()
        self._connect_signals()
        lock_editing(self.workspace, self.save_button, right=Right.PLANS)
        self.fill_salespeople()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Plan of")))
        bar.addWidget(self.salesperson, 1)
        bar.addWidget(QLabel(self.tr("for")))
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.documents.plan_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.documents)
        layout.addWidget(self.error)
        layout.addWidget(self.form, 1)

    def _connect_signals(self) -> None:
        self.salesperson.currentIndexChanged.connect(lambda _i: self._switch())
        self.month.currentIndexChanged.connect(lambda _i: self._switch())
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.form.problem.connect(lambda text: show_error(self.error, text))
        self.documents.failed.connect(lambda text: show_error(self.error, text))
        self.operations.events.data_changed.connect(self.on_data_changed)

    def chosen(self) -> tuple[str, date]:
        """The salesperson and the month chosen."""
        return self.salesperson.currentText(), self.month.currentData()

    def write_visit_pack(self, path: Path | None = None) -> BackgroundTask | None:
        """The visit pack of the review's month with the plans of the month chosen (File menu)."""
        return self.documents.write_visit_pack(path)

    # Reading

    def fill_salespeople(self) -> None:
        current = self.salesperson.currentText()
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        self.salesperson.addItems(salespeople(self.workspace))
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findText(current)))
        self.salesperson.blockSignals(False)
        has_any = self.salesperson.count() > 0
        self.documents.set_plans_available(has_any)
        if not has_any:
            self.save_button.setEnabled(False)
            self.progress.say(self.tr("Add a salesperson first: a plan is a salesperson's."))
            return
        self.load()

    def _switch(self) -> None:
        """Another salesperson or month: unsaved changes are saved, dropped or kept on screen."""
        shown = self.view
        if shown is not None and self.save_button.isEnabled() and self.unsaved():
            choice = self.ask_to_save(shown.salesperson)
            if choice == QMessageBox.StandardButton.Cancel or (
                choice == QMessageBox.StandardButton.Save and not self._save_as_shown(shown)
            ):
                self._select(shown.salesperson, shown.month.start)
                return
        self.load()

    def ask_to_save(self, salesperson: str) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; a test puts its own answer here."""
        return QMessageBox.question(
            self,
            self.tr("Unsaved plan"),
            self.tr("Save the changes to the plan of %1?").replace("%1", salesperson),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )

    def _select(self, salesperson: str, month: date) -> None:
        for combo in (self.salesperson, self.month):
            combo.blockSignals(True)
        self.salesperson.setCurrentText(salesperson)
        # findData() does not match a Python date held in a combo: look it up by hand.
        self.month.setCurrentIndex(
            next(i for i in range(self.month.count()) if self.month.itemData(i) == month)
        )
        for combo in (self.salesperson, self.month):
            combo.blockSignals(False)

    def _save_as_shown(self, shown: ActionPlanView) -> bool:
        """Saves the form as the plan it was showing, whatever the combos now say."""
        current = self.chosen()
        self._select(shown.salesperson, shown.month.start)
        saved = self.save()
        if saved:
            self._select(*current)
        return saved

    def unsaved(self) -> bool:
        """The form differs from the plan it shows (a goal that does not read counts)."""
        return self.view is not None and self.form.differs_from(self.view.plan)

    def load(self, *, keep_form: bool = False) -> None:
        """Reads the plan and the month's figures in the background; the form shows them after.

        `keep_form`: only the month's figures are refreshed, so that what a person is typing
        survives an activity logged meanwhile."""
        name, month = self.chosen()
        if not name:
            return
        mine = self.own is None or name == self.own
        self.save_button.setEnabled(allows(self.workspace, Right.PLANS) and mine)
        if allows(self.workspace, Right.PLANS):  # else lock_editing's reason stays
            self.save_button.setToolTip("" if mine else others_plans_refused())
        if self.task is not None:
            self.task.drop()
        workspace, today = self.workspace, self.today
        self.progress.say(self.tr("Reading…"))
        task = BackgroundTask(
            lambda _progress: (
                action_plan(workspace, salesperson=name, month=month, today=today),
                segments(workspace),  # the choices of a rule's segment, read off the UI thread too
            )
        )
        keep = keep_form and self.view is not None and self.unsaved()
        task.signals.succeeded.connect(
            lambda answer: self._show(*answer, keep_form=keep), Qt.ConnectionType.QueuedConnection
        )
        task.signals.failed.connect(lambda text: show_error(self.error, text))
        self.task = task.start()

    def _show(self, view: ActionPlanView, known_segments: list[str], *, keep_form: bool = False) -> None:
        if (view.salesperson, view.month.start) != self.chosen():
            return  # an answer to a choice since changed
        self.task = None
        if keep_form and self.view is not None:
            self.view = replace(view, plan=self.view.plan)  # still unsaved against the same plan
            self.form.offer_segments(known_segments)
        else:
            self.view = view
            show_error(self.error, "")
            self.form.show_plan(view, known_segments)
        self.progress.show_progress(view)
        self.loaded.emit()

    # Saving

    def save(self) -> bool:
        name, month = self.chosen()
        plan = self.form.plan_input(name, month)
        if plan is None:
            return False
        try:
            self.operations.run(
                self.tr("Save the plan of %1").replace("%1", plan.salesperson),
                lambda: save_plan(self.workspace, plan=plan),
            )
        except ValidationError as error:
            show_error(self.error, "\n".join(str(p) for p in error.problems))
            return False
        except EsnError as error:  # another salesperson's plan (their role), a read-only file
            show_error(self.error, error_text(error, self.formatter))
            return False
        show_error(self.error, "")
        return True

    def on_data_changed(self, topics: Topics) -> None:
        if topics & {Topic.ACCOUNTS, Topic.NAMES}:
            self.fill_salespeople()
        elif Topic.ACTION_PLANS in topics:  # saved here, or an undo: the form shows the plan stored
            self.load()
        elif topics & {Topic.ACTIVITIES, Topic.DEALS, Topic.OBJECTIVES}:
            self.load(keep_form=True)
