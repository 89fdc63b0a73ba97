"""A salesperson's monthly action plan, edited beside how the month is going: the revenue goal,
the actions per segment, the target accounts, the deals to push and the notes on method; and the
PDF documents (this plan, every plan of the month, the monthly review and the visit pack).

The review and the visit pack have a month of their own, by default the last complete one: a
director reviews November on 1 December while the plans are already December's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.action_plans import COUNT_MAX, ActionRule, Frequency, Pace
from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.calendar import Period, last_complete_month
from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.progress import Progress
from esn_desktop.formatting import Formatter
from esn_desktop.services.action_plans import (
    ActionPlanView,
    PlanInput,
    Push,
    action_plan,
    plan_id,
    salespeople,
    save_plan,
    segments,
)
from esn_desktop.services.changes import ACTION_PLAN_TABLES, action_plan_rows
from esn_desktop.services.topics import Topic, Topics
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.forms import date_edit, error_label, from_qdate, show_error
from esn_desktop.ui.labels import ACTIVITY_KINDS, SEGMENTS, STAGES, label
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.read_only import lock_editing
from esn_desktop.ui.undo_commands import undoable
from esn_desktop.ui.widgets.account_picker import AccountPicker
from esn_desktop.ui.widgets.written_notice import WrittenNotice

NO_DUE = QDate(2000, 1, 1)
#: The months a review can look back on, the current one included.
REVIEW_MONTHS = 13
RULE_SEGMENT, RULE_KIND, RULE_COUNT, RULE_PER = range(4)
PUSH_DEAL, PUSH_STAGE, PUSH_WEIGHTED, PUSH_NEXT, PUSH_DUE = range(5)


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
        workspace, events = operations.workspace, operations.events
        undo_stack = operations.undo_stack
        self.operations = operations
        super().__init__()
        self.workspace, self.events, self.formatter, self.today = workspace, events, formatter, today
        self.undo_stack = undo_stack
        self.meeting = meeting or MeetingMode(self)
        self.view: ActionPlanView | None = None
        #: The segments the accounts use, read with each plan.
        self.known_segments: list[str] = []
        self.task: BackgroundTask | None = None
        self.document_task: BackgroundTask | None = None

        self.salesperson = QComboBox()
        self.month = QComboBox()
        this_month = Period.month_of(today)
        for shift in (-1, 0, 1, 2):
            first = this_month.shifted(shift).start
            self.month.addItem(formatter.month(first), first)
        self.month.setCurrentIndex(1)
        self.review_month = QComboBox()
        reviewed = last_complete_month(today).start
        for back in range(REVIEW_MONTHS):
            first = this_month.shifted(-back).start
            self.review_month.addItem(formatter.month(first), first)
            if first == reviewed:
                self.review_month.setCurrentIndex(back)
        self.save_button = QPushButton(self.tr("Save the plan"))
        self.plan_pdf_button = QPushButton(self.tr("Plan PDF…"))
        self.all_plans_button = QPushButton(self.tr("Every plan of the month…"))
        self.review_button = QPushButton(self.tr("Monthly review PDF…"))
        self.pack_button = QPushButton(self.tr("Visit pack…"))
        self.pack_button.setToolTip(
            self.tr(
                "The monthly review followed by every salesperson's plan for that month, in one "
                "PDF; client-safe in meeting mode"
            )
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.notice = WrittenNotice()
        self.error = error_label()

        self.goal = QLineEdit()
        self.goal_error = error_label()
        self.rules = QTableWidget(0, 4)
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Segment"), self.tr("Action"), self.tr("Number per account"), self.tr("Per")]
        )
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules.verticalHeader().setVisible(False)
        self.add_rule_button = QPushButton(self.tr("Add a rule"))
        self.remove_rule_button = QPushButton(self.tr("Remove the rule"))
        self.targets = QListWidget()
        self.target_picker = AccountPicker(workspace)
        self.add_target_button = QPushButton(self.tr("Add"))
        self.remove_target_button = QPushButton(self.tr("Remove"))
        self.pushes = QTableWidget(0, 5)
        self.pushes.setHorizontalHeaderLabels(
            [
                self.tr("Deal"),
                self.tr("Stage"),
                self.tr("Weighted"),
                self.tr("Next step"),
                self.tr("Due"),
            ]
        )
        self.pushes.horizontalHeader().setSectionResizeMode(PUSH_DEAL, QHeaderView.ResizeMode.Stretch)
        self.pushes.horizontalHeader().setSectionResizeMode(PUSH_NEXT, QHeaderView.ResizeMode.Stretch)
        self.pushes.horizontalHeader().setSectionResizeMode(
            PUSH_STAGE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.pushes.verticalHeader().setVisible(False)
        deal_header = self.pushes.horizontalHeaderItem(PUSH_DEAL)
        assert deal_header is not None  # made by setHorizontalHeaderLabels above
        deal_header.setToolTip(self.tr("Tick a deal to push it this month."))
        self.notes = QPlainTextEdit(
            placeholderText=self.tr("Pitch, questions for discovery meetings, objections to expect…")
        )
        self.progress = QTableWidget(0, 5)
        self.progress.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Planned"), self.tr("Due by now"), self.tr("Done"), self.tr("Pace")]
        )
        self.progress.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.progress.verticalHeader().setVisible(False)
        self.progress.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self._lay_out()
        self._connect_signals()
        lock_editing(
            workspace,
            self.save_button,
            self.goal,
            self.rules,
            self.add_rule_button,
            self.remove_rule_button,
            self.target_picker,
            self.add_target_button,
            self.remove_target_button,
            self.pushes,
            self.notes,
        )
        self.fill_salespeople()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Plan of")))
        bar.addWidget(self.salesperson, 1)
        bar.addWidget(QLabel(self.tr("for")))
        bar.addWidget(self.month)
        bar.addStretch(1)
        for button in (self.save_button, self.plan_pdf_button, self.all_plans_button):
            bar.addWidget(button)
        review_bar = QHBoxLayout()
        review_bar.addWidget(QLabel(self.tr("Monthly review of")))
        review_bar.addWidget(self.review_month)
        review_bar.addStretch(1)
        review_bar.addWidget(self.review_button)
        review_bar.addWidget(self.pack_button)

        goal_box = QFormLayout()
        goal_box.addRow(self.tr("Revenue goal of the month (€)"), self.goal)
        goal_box.addRow("", self.goal_error)
        rules_box = QGroupBox(self.tr("Actions per segment"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.rules)
        rules_buttons = QHBoxLayout()
        rules_buttons.addWidget(self.add_rule_button)
        rules_buttons.addWidget(self.remove_rule_button)
        rules_buttons.addStretch(1)
        rules_layout.addLayout(rules_buttons)
        targets_box = QGroupBox(self.tr("Named target accounts (none: every account of the segments)"))
        targets_layout = QVBoxLayout(targets_box)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.target_picker, 1)
        picker_row.addWidget(self.add_target_button)
        picker_row.addWidget(self.remove_target_button)
        targets_layout.addLayout(picker_row)
        targets_layout.addWidget(self.targets)
        left = QVBoxLayout()
        left.addLayout(goal_box)
        left.addWidget(rules_box, 2)
        left.addWidget(targets_box, 2)

        pushes_box = QGroupBox(self.tr("Deals to push"))
        QVBoxLayout(pushes_box).addWidget(self.pushes)
        notes_box = QGroupBox(self.tr("Method"))
        QVBoxLayout(notes_box).addWidget(self.notes)
        progress_box = QGroupBox(self.tr("This month so far"))
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.addWidget(self.status)
        progress_layout.addWidget(self.progress)
        right = QVBoxLayout()
        right.addWidget(progress_box, 2)
        right.addWidget(pushes_box, 3)
        right.addWidget(notes_box, 2)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(review_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addLayout(columns, 1)

    def _connect_signals(self) -> None:
        self.salesperson.currentIndexChanged.connect(lambda _i: self._switch())
        self.month.currentIndexChanged.connect(lambda _i: self._switch())
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.add_rule_button.clicked.connect(lambda _checked=False: self.add_rule())
        self.remove_rule_button.clicked.connect(
            lambda _checked=False: self.rules.removeRow(self.rules.currentRow())
        )
        self.add_target_button.clicked.connect(lambda _checked=False: self.add_target())
        self.target_picker.returnPressed.connect(self.add_target)
        self.remove_target_button.clicked.connect(
            lambda _checked=False: self.targets.takeItem(self.targets.currentRow())
        )
        self.plan_pdf_button.clicked.connect(lambda _checked=False: self.write_plan_pdf())
        self.all_plans_button.clicked.connect(lambda _checked=False: self.write_every_plan())
        self.review_button.clicked.connect(lambda _checked=False: self.write_review())
        self.pack_button.clicked.connect(lambda _checked=False: self.write_visit_pack())
        self.events.data_changed.connect(self.on_data_changed)

    # Reading

    def fill_salespeople(self) -> None:
        current = self.salesperson.currentText()
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        self.salesperson.addItems(salespeople(self.workspace))
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findText(current)))
        self.salesperson.blockSignals(False)
        has_any = self.salesperson.count() > 0
        for widget in (self.plan_pdf_button, self.all_plans_button):
            widget.setEnabled(has_any)
        self.save_button.setEnabled(has_any and self.workspace.writable)
        if not has_any:
            self.status.setText(self.tr("Add a salesperson first: a plan is a salesperson's."))
            return
        self.load()

    def _switch(self) -> None:
        """Another salesperson or month: unsaved changes are saved, dropped or kept on screen."""
        shown = self.view
        if shown is not None and self.unsaved():
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
        current = (self.salesperson.currentText(), self.month.currentData())
        self._select(shown.salesperson, shown.month.start)
        saved = self.save()
        if saved:
            self._select(*current)
        return saved

    def unsaved(self) -> bool:
        """The form differs from the plan it shows (a goal that does not read counts)."""
        if self.view is None:
            return False
        typed, shown = self.plan_input(), self.view.plan
        if typed is None:
            return True
        # The combos may already name the next plan: only what the form holds is compared.
        typed = replace(typed, salesperson=shown.salesperson, month=shown.month)
        return _comparable(typed) != _comparable(shown)

    def load(self, *, keep_form: bool = False) -> None:
        """Reads the plan and the month's figures in the background; the form shows them after.

        `keep_form`: only the month's figures are refreshed, so that what a person is typing
        survives an activity logged meanwhile."""
        name, month = self.salesperson.currentText(), self.month.currentData()
        if not name:
            return
        if self.task is not None:
            self.task.drop()
        workspace, today = self.workspace, self.today
        self.status.setText(self.tr("Reading…"))
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
        if (view.salesperson, view.month.start) != (self.salesperson.currentText(), self.month.currentData()):
            return  # an answer to a choice since changed
        self.task = None
        self.known_segments = known_segments
        if keep_form and self.view is not None:
            self.view = replace(view, plan=self.view.plan)  # still unsaved against the same plan
            self._show_progress(view)
            self.loaded.emit()
            return
        self.view = view
        f = self.formatter
        plan = view.plan
        self.goal.setText(f.number(plan.revenue_goal, decimals=2) if plan.revenue_goal is not None else "")
        derived = view.goal if view.goal_source == "objectives" else None
        self.goal.setPlaceholderText(
            self.tr("From the objectives: %1").replace("%1", f.money(derived, cents=False))
            if derived is not None
            else self.tr("No objective with a revenue criterion covers this month")
        )
        show_error(self.goal_error, "")
        show_error(self.error, "")
        self.rules.setRowCount(0)
        for rule in plan.rules:
            self.add_rule(rule)
        self.targets.clear()
        for target in view.targets:
            self._add_target_item(target.account_id, target.name)
        self._show_pushes(view)
        self.notes.setPlainText(plan.notes)
        self._show_progress(view)
        self.loaded.emit()

    def _show_pushes(self, view: ActionPlanView) -> None:
        f = self.formatter
        self.pushes.setRowCount(len(view.pushes))
        for row, deal in enumerate(view.pushes):
            name = QTableWidgetItem(f"{deal.title} — {deal.account}")
            name.setData(Qt.ItemDataRole.UserRole, deal.opportunity_id)
            name.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            name.setCheckState(Qt.CheckState.Checked if deal.named else Qt.CheckState.Unchecked)
            # The whole name on hover: the column shares 1280 px with the next step.
            name.setToolTip(name.text())
            if not deal.named:
                name.setToolTip(
                    name.text()
                    + "\n"
                    + self.tr("Suggested: one of the biggest open deals. Tick it to push it this month.")
                )
            self.pushes.setItem(row, PUSH_DEAL, name)
            for column, text in (
                (PUSH_STAGE, label(STAGES, deal.stage)),
                (PUSH_WEIGHTED, f.money(deal.weighted, cents=False)),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == PUSH_WEIGHTED:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.pushes.setItem(row, column, item)
            self.pushes.setItem(row, PUSH_NEXT, QTableWidgetItem(deal.next_step))
            due = date_edit(deal.due)
            due.setMinimumDate(NO_DUE)
            due.setSpecialValueText("—")
            if deal.due is None:
                due.setDate(NO_DUE)
            self.pushes.setCellWidget(row, PUSH_DUE, due)

    def _show_progress(self, view: ActionPlanView) -> None:
        f = self.formatter
        goal = f.money(view.goal, cents=False) if view.goal is not None else self.tr("none")
        self.status.setText(
            self.tr("Goal %1 · signed %2 · %3 of the working days gone by · %4 no-shows to reschedule")
            .replace("%1", goal)
            .replace("%2", f.money(view.signed, cents=False))
            .replace("%3", f.rate(view.elapsed, decimals=0))
            .replace("%4", f.number(view.no_shows_waiting, decimals=0))
        )
        paces = {
            Pace.AHEAD: self.tr("ahead"),
            Pace.ON_TRACK: self.tr("on track"),
            Pace.BEHIND: self.tr("behind"),
        }
        self.progress.setRowCount(len(view.progress))
        for row, line in enumerate(view.progress):
            cells = (
                label(ACTIVITY_KINDS, line.kind),
                f.number(line.planned, decimals=0),
                f.number(line.due_by_now, decimals=0),
                f.number(line.done, decimals=0),
                paces[line.pace] if line.planned else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and line.planned and line.pace is Pace.BEHIND:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.progress.setItem(row, column, item)

    # Editing

    def add_rule(self, rule: ActionRule | None = None) -> None:
        row = self.rules.rowCount()
        self.rules.insertRow(row)
        segment = QComboBox()
        segment.setEditable(True)
        for code in self.known_segments:
            segment.addItem(label(SEGMENTS, code), code)
        if rule is not None:
            index = segment.findData(rule.segment)
            if index >= 0:
                segment.setCurrentIndex(index)
            else:
                segment.setEditText(rule.segment)
        kind = QComboBox()
        for code in ActivityKind:
            kind.addItem(label(ACTIVITY_KINDS, code), code)
        kind.setCurrentIndex(max(0, kind.findData(rule.kind if rule else ActivityKind.CALL)))
        count = QSpinBox(minimum=1, maximum=COUNT_MAX)
        count.setValue(rule.count if rule else 1)
        per = QComboBox()
        for frequency, text in (
            (Frequency.MONTH, self.tr("month")),
            (Frequency.QUARTER, self.tr("quarter")),
            (Frequency.YEAR, self.tr("year")),
        ):
            per.addItem(text, frequency)
        per.setCurrentIndex(max(0, per.findData(rule.per if rule else Frequency.YEAR)))
        for column, widget in (
            (RULE_SEGMENT, segment),
            (RULE_KIND, kind),
            (RULE_COUNT, count),
            (RULE_PER, per),
        ):
            self.rules.setCellWidget(row, column, widget)

    def add_target(self) -> None:
        account_id = self.target_picker.account_id()
        if account_id is None:
            show_error(self.error, self.tr("Pick an account from the list to add it to the targets."))
            return
        show_error(self.error, "")
        if account_id not in self._target_ids():
            self._add_target_item(account_id, self.target_picker.text().strip())
        self.target_picker.clear()

    def _add_target_item(self, account_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, account_id)
        self.targets.addItem(item)

    def _target_ids(self) -> list[int]:
        return [self.targets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.targets.count())]

    def plan_input(self) -> PlanInput | None:
        """What the form holds, or None with the reason shown beside the goal."""
        try:
            goal = self.formatter.parse_decimal(self.goal.text())
        except ValueError:
            show_error(self.goal_error, self.tr("Type an amount, such as 40 000, or leave it empty."))
            return None
        show_error(self.goal_error, "")
        rules = []
        for row in range(self.rules.rowCount()):
            segment, kind = self.rules.cellWidget(row, RULE_SEGMENT), self.rules.cellWidget(row, RULE_KIND)
            count, per = self.rules.cellWidget(row, RULE_COUNT), self.rules.cellWidget(row, RULE_PER)
            assert isinstance(segment, QComboBox) and isinstance(kind, QComboBox)
            assert isinstance(count, QSpinBox) and isinstance(per, QComboBox)
            rules.append(
                ActionRule(_segment_code(segment), kind.currentData(), count.value(), per.currentData())
            )
        pushes = []
        for row in range(self.pushes.rowCount()):
            deal = self.pushes.item(row, PUSH_DEAL)
            assert deal is not None  # every row is made with its deal item
            if deal.checkState() != Qt.CheckState.Checked:
                continue
            due_edit = self.pushes.cellWidget(row, PUSH_DUE)
            assert isinstance(due_edit, QDateEdit)
            due = None if due_edit.date() == NO_DUE else from_qdate(due_edit.date())
            next_step = self.pushes.item(row, PUSH_NEXT)
            pushes.append(
                Push(deal.data(Qt.ItemDataRole.UserRole), next_step.text() if next_step else "", due)
            )
        return PlanInput(
            salesperson=self.salesperson.currentText(),
            month=self.month.currentData(),
            revenue_goal=goal,
            notes=self.notes.toPlainText(),
            account_ids=tuple(self._target_ids()),
            rules=tuple(rules),
            pushes=tuple(pushes),
        )

    def save(self) -> bool:
        plan = self.plan_input()
        if plan is None:
            return False
        existing = plan_id(self.workspace, salesperson=plan.salesperson, month=plan.month)
        try:
            undoable(
                self.undo_stack,
                self.events,
                self.tr("Save the plan of %1").replace("%1", plan.salesperson),
                "action_plans",
                lambda: save_plan(self.workspace, plan=plan),
                touches=action_plan_rows(existing),
                adds_to=ACTION_PLAN_TABLES,
                workspace=self.workspace,
            )
        except ValidationError as error:
            show_error(self.error, "\n".join(str(p) for p in error.problems))
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

    # Documents: a path given here was chosen by the person, who agreed to replace a file there.

    def write_plan_pdf(self, path: Path | None = None) -> BackgroundTask | None:
        # ReportLab loads with the first document asked for, not with the window.
        from esn_desktop.reports.files import plan_file_name, write_plan

        name, month = self.salesperson.currentText(), self.month.currentData()
        path = path or self._ask_file(self.tr("Save the action plan"), plan_file_name(name, month))
        if path is None:
            return None
        workspace, today, locale, safe = self.workspace, self.today, self.formatter.locale, self.meeting.on
        return self._run_document(
            self.tr("Writing the plan…"),
            lambda _p: [
                write_plan(
                    workspace,
                    salesperson=name,
                    month=month,
                    today=today,
                    path=path,
                    locale=locale,
                    client_safe=safe,
                    force=True,
                )
            ],
        )

    def write_every_plan(
        self, target: Path | None = None, *, combined: bool | None = None
    ) -> BackgroundTask | None:
        from esn_desktop.reports.files import plan_files, write_all_plans

        month = self.month.currentData()
        if combined is None:
            choice = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Every plan of the month"),
                self.tr("One PDF per salesperson, or every plan in one file?"),
                parent=self,
            )
            each = choice.addButton(self.tr("One file each"), QMessageBox.ButtonRole.AcceptRole)
            one = choice.addButton(self.tr("One combined file"), QMessageBox.ButtonRole.AcceptRole)
            choice.addButton(QMessageBox.StandardButton.Cancel)
            choice.exec()
            if choice.clickedButton() not in (each, one):
                return None
            combined = choice.clickedButton() is one
        if target is None:
            if combined:
                target = self._ask_file(self.tr("Save every plan"), f"plans-{month:%Y-%m}.pdf")
            else:
                target = file_dialogs.existing_folder(
                    self, self.tr("Folder for the plans"), file_dialogs.documents_folder(self.workspace.path)
                )
                if target is not None:
                    file_dialogs.remember_documents_folder(self.workspace.path, target)
        if target is None or not (
            combined
            or file_dialogs.confirm_replace(
                self,
                self.tr("Every plan of the month"),
                plan_files(self.workspace, month=month, folder=target),
            )
        ):
            return None
        workspace, today, locale, safe = self.workspace, self.today, self.formatter.locale, self.meeting.on
        return self._run_document(
            self.tr("Writing every plan…"),
            lambda progress: write_all_plans(
                workspace,
                month=month,
                today=today,
                target=target,
                combined=bool(combined),
                locale=locale,
                client_safe=safe,
                progress=progress,
                force=True,
            ),
        )

    def write_review(self, path: Path | None = None) -> BackgroundTask | None:
        """The firm's review of its own month; in meeting mode, the client-safe one."""
        from esn_desktop.reports.files import write_review

        month = self.review_month.currentData()
        client_safe = self.meeting.on
        name = f"revue-{month:%Y-%m}{'-client' if client_safe else ''}.pdf"
        path = path or self._ask_file(self.tr("Save the monthly review"), name)
        if path is None:
            return None
        workspace, today, locale = self.workspace, self.today, self.formatter.locale
        return self._run_document(
            self.tr("Writing the monthly review…"),
            lambda _p: [
                write_review(
                    workspace,
                    month=month,
                    today=today,
                    path=path,
                    locale=locale,
                    client_safe=client_safe,
                    force=True,
                )
            ],
        )

    def write_visit_pack(self, path: Path | None = None) -> BackgroundTask | None:
        """The review of its month followed by every salesperson's plan for the plans' month, in
        one file to hand over; in meeting mode, client-safe."""
        from esn_desktop.reports.files import visit_pack_file_name, write_visit_pack

        month, plan_month = self.review_month.currentData(), self.month.currentData()
        client_safe = self.meeting.on
        name = visit_pack_file_name(workspace_settings(self.workspace).company_name, month)
        if client_safe:
            name = name.replace(".pdf", "-client.pdf")
        path = path or self._ask_file(self.tr("Save the visit pack"), name)
        if path is None:
            return None
        workspace, today, locale = self.workspace, self.today, self.formatter.locale
        return self._run_document(
            self.tr("Writing the visit pack…"),
            lambda progress: [
                write_visit_pack(
                    workspace,
                    month=month,
                    plan_month=plan_month,
                    today=today,
                    path=path,
                    locale=locale,
                    client_safe=client_safe,
                    progress=progress,
                    force=True,
                )
            ],
        )

    def _ask_file(self, title: str, name: str) -> Path | None:
        """A PDF's path, the dialog opening where this workspace's last PDF went."""
        folder = file_dialogs.documents_folder(self.workspace.path)
        path = file_dialogs.save_file_name(
            self, title, folder / name, self.tr("PDF document (*.pdf)"), suffix="pdf"
        )
        if path is not None:
            file_dialogs.remember_documents_folder(self.workspace.path, path.parent)
        return path

    def _run_document(self, text: str, work: Callable[[Progress], list[Path]]) -> BackgroundTask:
        """Writes in the background, with progress and cancel; says where the files went."""
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("PDF"))
        dialog.setMinimumDuration(400)
        task = BackgroundTask(work)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def succeeded(paths: list[Path]) -> None:
            dialog.close()
            self._written(paths)

        def failed(message: str) -> None:
            dialog.close()
            show_error(self.error, message)

        task.signals.progress.connect(progress)
        task.signals.succeeded.connect(succeeded)
        task.signals.cancelled.connect(dialog.close)
        task.signals.failed.connect(failed)
        dialog.canceled.connect(task.cancel)
        self.document_task = task.start()
        return self.document_task

    def _written(self, paths: list[Path]) -> None:
        self.notice.show_written(paths)


def _segment_code(combo: QComboBox) -> str:
    """The stored code of the segment picked ('pme' for 'SME'), or the name typed for a segment
    of the user's own."""
    typed = combo.currentText().strip()
    index = combo.findText(typed)
    return combo.itemData(index) if index >= 0 else typed


def _comparable(plan: PlanInput) -> PlanInput:
    """The plan with its lists in one order: the form shows targets and deals in its own."""
    return replace(
        plan,
        notes=plan.notes.strip(),
        account_ids=tuple(sorted(plan.account_ids)),
        pushes=tuple(sorted(plan.pushes, key=lambda p: p.opportunity_id)),
    )
