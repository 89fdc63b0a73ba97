"""File > Import: a CSV list or a whole document, previewed before anything is written.

For a CSV the detected column mapping is shown and can be corrected; duplicates and refused
rows are listed with their reasons; the import then runs in the background with progress
and cancel. A JSON or XLSX document is checked whole: refused with every problem, or imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError, ValidationError
from esn_desktop.domain.progress import Progress
from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.formatting import Formatter
from esn_desktop.interchange.lists.mapping import IGNORED
from esn_desktop.interchange.lists.plan import ListImportPlan
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import FIELDS
from esn_desktop.services import transfer
from esn_desktop.services.changes import Changed
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.labels import IMPORT_FIELDS, label

if TYPE_CHECKING:
    from esn_desktop.ui.operations import Operations


class ImportWizard(QDialog):
    def __init__(self, operations: Operations, path: Path, formatter: Formatter) -> None:
        super().__init__()
        self.operations = operations
        self.workspace = operations.workspace
        self.path = path
        self.formatter = formatter
        self.plan: ListImportPlan | None = None
        self.document: WorkspaceContent | None = None
        self.task: BackgroundTask | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(900, 600)

        self.pages = QStackedWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Page 1: the mapping (CSV only).
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First values"), self.tr("Field")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        mapping_page = QWidget()
        QVBoxLayout(mapping_page).addWidget(self.mapping)
        # Page 2: what would be written, and what would not.
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.duplicates = QListWidget()
        self.refused = QListWidget()
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and leave the refused ones out"))
        preview_page = QWidget()
        preview = QVBoxLayout(preview_page)
        preview.addWidget(self.counts)
        preview.addWidget(QLabel(self.tr("Duplicates (not imported again)")))
        preview.addWidget(self.duplicates)
        preview.addWidget(QLabel(self.tr("Refused rows and why")))
        preview.addWidget(self.refused)
        preview.addWidget(self.skip_invalid)
        # Page 3: the import itself.
        self.progress = QProgressBar()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        progress_page = QWidget()
        running = QVBoxLayout(progress_page)
        running.addWidget(self.progress)
        running.addWidget(self.outcome)
        running.addStretch(1)
        for page in (mapping_page, preview_page, progress_page):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.skip_invalid.toggled.connect(self._update_buttons)
        self._open()

    # --- reading -----------------------------------------------------------------------

    def _open(self) -> None:
        try:
            if transfer.holds_list(self.workspace, self.path):
                self.plan = transfer.plan_list(self.workspace, self.path)
                self._show_mapping()
                self._go(0)
            else:
                self.document = transfer.read_document(self.workspace, self.path)
                self._show_document()
                self._go(1)
        except ValidationError as refused:
            self._show_refusal(refused)
        except EsnError as error:
            self.summary.setText(error_text(error, self.formatter))
            self._go(1)
            self.import_button.setEnabled(False)

    def _how_read(self, table: ListTable) -> str:
        """How the list was read, in words: its sheet, or its encoding and separator."""
        if table.sheet is not None:
            return self.tr("sheet “%1”").replace("%1", table.sheet)
        separators = {";": self.tr("semicolons"), ",": self.tr("commas"), "\t": self.tr("tabs")}
        separator = separators.get(table.delimiter, f"“{table.delimiter}”")
        return self.tr("%1, separated by %2").replace("%1", table.encoding).replace("%2", separator)

    def _show_mapping(self) -> None:
        assert self.plan is not None
        table = self.plan.table
        count = len(table.rows)
        read = (
            self.tr("1 row read (%2). Check what each column holds, then Next.")
            if count == 1
            else self.tr("%1 rows read (%2). Check what each column holds, then Next.")
        )
        self.summary.setText(
            read.replace("%1", self.formatter.number(count, decimals=0)).replace("%2", self._how_read(table))
        )
        fields = FIELDS[self.plan.list_name]
        self.mapping.setRowCount(len(table.header))
        for row, column in enumerate(table.header):
            self.mapping.setItem(row, 0, QTableWidgetItem(column))
            samples = [r[row] for r in table.rows[:3] if row < len(r) and r[row]]
            self.mapping.setItem(row, 1, QTableWidgetItem(" · ".join(samples)))
            choice = QComboBox()
            choice.addItem(self.tr("(ignore)"), IGNORED)
            for field in fields:
                choice.addItem(label(IMPORT_FIELDS, field), field)
            choice.setCurrentIndex(max(0, choice.findData(self.plan.mapping.get(column, IGNORED))))
            self.mapping.setCellWidget(row, 2, choice)

    def chosen_mapping(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for row in range(self.mapping.rowCount()):
            column, choice = self.mapping.item(row, 0), self.mapping.cellWidget(row, 2)
            assert column is not None and isinstance(choice, QComboBox)  # set for every row above
            mapping[column.text()] = choice.currentData()
        return mapping

    def preview(self) -> None:
        """Plans the import with the mapping as corrected; writes nothing."""
        assert self.plan is not None
        try:
            self.plan = transfer.plan_list(
                self.workspace, self.path, list_name=self.plan.list_name, mapping=self.chosen_mapping()
            )
        except ValidationError as refused:
            self._show_refusal(refused)
            return
        counts = self.plan.content.counts()
        written = ", ".join(f"{n} {name}" for name, n in counts.items() if n) or self.tr("nothing")
        self.counts.setText(
            self.tr("Ready to import: %1. Duplicates: %2. Refused rows: %3.")
            .replace("%1", written)
            .replace("%2", str(self.plan.duplicate_rows))
            .replace("%3", str(self.plan.rejected_rows))
        )
        self.duplicates.clear()
        for d in self.plan.duplicates:
            self.duplicates.addItem(
                self.tr("Row %1: %2 %3 is already there (%4)")
                .replace("%1", str(d.row))
                .replace("%2", d.field)
                .replace("%3", repr(d.value))
                .replace("%4", d.matches)
            )
        self.refused.clear()
        for problem in self.plan.rejected:
            self.refused.addItem(str(problem))
        self.skip_invalid.setVisible(bool(self.plan.rejected))
        self._go(1)

    def _show_document(self) -> None:
        assert self.document is not None
        written = ", ".join(f"{n} {name}" for name, n in self.document.counts().items() if n)
        self.summary.setText(self.tr("The document is valid."))
        self.counts.setText(self.tr("Ready to import: %1.").replace("%1", written or self.tr("nothing")))
        self.skip_invalid.hide()

    def _show_refusal(self, refused: ValidationError) -> None:
        self.summary.setText(str(refused))
        self.counts.setText("")
        self.refused.clear()
        for problem in refused.problems:
            self.refused.addItem(str(problem))
        self.skip_invalid.hide()
        self._go(1)
        self.import_button.setEnabled(False)

    # --- writing -----------------------------------------------------------------------

    def start_import(self) -> None:
        """Writes in the background, in one transaction: a cancel leaves the workspace as it was.
        The views hear what was written once it is; an import stays off the undo history."""
        plan, document, skip = self.plan, self.document, self.skip_invalid.isChecked()
        workspace = self.workspace

        def work(progress: Progress) -> Changed[transfer.ImportSummary]:
            if plan is not None:
                return transfer.apply_list_plan(workspace, plan, skip_invalid=skip, progress=progress)
            assert document is not None
            return transfer.write_document(workspace, document, progress=progress)

        self._go(2)
        self.progress.setValue(0)
        self.task = self.operations.in_background(self.windowTitle(), work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.succeeded.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(lambda: self._failed(self.tr("Cancelled: nothing was written.")))
        self.task.start()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, _summary: object) -> None:
        self.imported = True
        self.task = None
        self.progress.setValue(self.progress.maximum())
        self.outcome.setText(self.tr("Imported."))
        self.cancel_button.setText(self.tr("Close"))
        self._update_buttons()

    def _failed(self, text: str) -> None:
        self.task = None
        self.outcome.setText(text)
        self.cancel_button.setText(self.tr("Close"))
        self._update_buttons()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.done(QDialog.DialogCode.Accepted if self.imported else QDialog.DialogCode.Rejected)

    # --- navigation --------------------------------------------------------------------

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        csv = self.plan is not None
        self.back_button.setVisible(csv and page == 1)
        self.next_button.setVisible(csv and page == 0)
        blocked = csv and bool(self.plan and self.plan.rejected) and not self.skip_invalid.isChecked()
        self.import_button.setVisible(page == 1)
        self.import_button.setEnabled(
            page == 1 and not blocked and (self.plan is not None or self.document is not None)
        )
