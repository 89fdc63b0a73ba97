"""File > Import: a list (CSV, text, one-sheet workbook) or a whole document, shown before
anything is written, as `import --dry-run` shows it.

A list goes through three pages. Reading: how the file was read, the CRM recognised, the list
it holds and the field of each column, all of which the person may change (another encoding
reads the file again). Preview: the plan of that reading (what would be imported and made, the
first rows as read, refusals, duplicates, what stays out), with the choice to create nothing.
Import: the plan written in the background, with progress and cancel, then what was done.
A document skips the reading: it is checked whole, then refused with every problem or imported.

Reading and planning run off the UI thread (a 100,000-row file takes seconds to plan); an
answer no longer wanted (the person changed something meanwhile) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.progress import Progress
from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.formatting import Formatter
from esn_desktop.interchange.lists.mapping import HeaderReading, read_header
from esn_desktop.interchange.lists.plan import ListImportPlan
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.services import transfer
from esn_desktop.services.changes import Changed
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.dialogs.import_preview_page import PreviewPage
from esn_desktop.ui.dialogs.import_reading_page import ReadingPage
from esn_desktop.ui.dialogs.import_texts import ImportTexts

if TYPE_CHECKING:
    from esn_desktop.ui.operations import Operations

READING, PREVIEW, IMPORTING = range(3)


class ImportWizard(QDialog):
    """File > Import: reading, preview, import; nothing is written before Import."""

    def __init__(self, operations: Operations, path: Path, formatter: Formatter) -> None:
        super().__init__()
        self.operations = operations
        self.workspace = operations.workspace
        self.path = path
        self.texts = ImportTexts(formatter, self)
        #: The list as read, how its header is read, and the plan of the last preview.
        self.table: ListTable | None = None
        self.reading: HeaderReading | None = None
        self.plan: ListImportPlan | None = None
        self.document: WorkspaceContent | None = None
        self.encoding: str | None = None
        #: The reading or planning under way, and the number of the last one asked for.
        self.task: BackgroundTask | None = None
        self.planning = False  # whether the task under way is a preview's
        self._asked = 0
        self.writing: BackgroundTask | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(1100, 720)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.reading_page = ReadingPage(self.texts)
        self.preview = PreviewPage(self.texts)
        self.progress = QProgressBar()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        importing = QWidget()
        running = QVBoxLayout(importing)
        running.addWidget(self.progress)
        running.addWidget(self.outcome)
        running.addStretch(1)
        self.pages = QStackedWidget()
        for page in (self.reading_page, self.preview, importing):
            self.pages.addWidget(page)

        self.busy_text = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setMaximumWidth(260)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        # Enter goes on from the reading; it never imports: that takes a click on Import.
        for button in (self.back_button, self.import_button, self.cancel_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_text)
        buttons.addWidget(self.busy_bar)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(lambda: self._go(READING))
        self.next_button.clicked.connect(self.preview_import)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.reading_page.list_chosen.connect(self.choose_list)
        self.reading_page.encoding_chosen.connect(self.choose_encoding)
        self.reading_page.mapping.changed.connect(self._reading_changed)
        self.preview.no_create.toggled.connect(lambda _checked: self.preview_import())
        self.preview.skip_invalid.toggled.connect(self._update_buttons)
        self._go(READING)
        self._read()

    # --- reading -----------------------------------------------------------------------

    def _read(self) -> None:
        """Reads the file (again, in the encoding chosen), off the UI thread."""
        workspace, path, encoding = self.workspace, self.path, self.encoding

        def work(_progress: Progress) -> tuple[bool, ListTable | WorkspaceContent | ValidationError]:
            is_list = path.suffix.lower() in transfer.TEXT_LIST_SUFFIXES
            try:
                is_list = transfer.holds_list(workspace, path)
                return is_list, (
                    transfer.read_list(path, encoding=encoding)
                    if is_list
                    else transfer.read_document(workspace, path)
                )
            except ValidationError as refused:  # shown with its problems, not as a failure
                return is_list, refused

        self._run(self.tr("Reading the file…"), work, self._was_read)

    def _was_read(self, answer: tuple[bool, ListTable | WorkspaceContent | ValidationError]) -> None:
        is_list, result = answer
        if isinstance(result, ListTable):
            self.table = result
            chosen = self.reading.list_name if self.reading is not None else None
            self._show_reading(read_header(result.header, list_name=chosen))
        elif isinstance(result, WorkspaceContent):
            self.document = result
            self.preview.show_document(result)
            self._go(PREVIEW)
        elif is_list:
            self.table = self.plan = None
            text_file = self.path.suffix.lower() in transfer.TEXT_LIST_SUFFIXES
            self.reading_page.show_refusal(self._problems(result), text_file=text_file)
            self._go(READING)
        else:
            self.preview.show_refusal(result)
            self._go(PREVIEW)

    def _problems(self, refused: ValidationError) -> str:
        list_name = self.reading.list_name if self.reading is not None else None
        return "\n".join(self.texts.problem(p, list_name) for p in refused.problems)

    def _show_reading(self, reading: HeaderReading) -> None:
        assert self.table is not None
        self.reading = reading
        self.plan = None
        self.reading_page.show_reading(self.table, reading)
        self._go(READING)

    def _reading_changed(self) -> None:
        """A preview under way plans what the person has just changed: it is not wanted any more."""
        if self.planning:
            self._drop_task()
        self._update_buttons()

    def choose_list(self, list_name: ListName) -> None:
        """The file holds another list: its header is read as that list's."""
        if self.planning:
            self._drop_task()
        if self.table is not None:
            self._show_reading(read_header(self.table.header, list_name=list_name))

    def choose_encoding(self, encoding: str | None) -> None:
        """The file is read again in `encoding` (None: detected)."""
        self.encoding = encoding
        self._read()

    def chosen_mapping(self) -> dict[str, str]:
        return self.reading_page.mapping.mapping()

    # --- the preview -------------------------------------------------------------------

    def preview_import(self) -> None:
        """Plans the import of the list as the person left its reading; writes nothing."""
        if self.table is None or self.reading is None or not self.reading_page.check():
            return
        workspace, table = self.workspace, self.table
        reading = HeaderReading(self.reading.list_name, self.reading.dialect, self.chosen_mapping())
        may_create = not self.preview.no_create.isChecked()

        def work(progress: Progress) -> ListImportPlan | ValidationError:
            try:
                return transfer.plan_table(
                    workspace, table, reading, may_create=may_create, progress=progress
                )
            except ValidationError as refused:
                return refused

        self._run(self.tr("Preparing the preview…"), work, self._was_planned)
        self.planning = True

    def _was_planned(self, result: ListImportPlan | ValidationError) -> None:
        if isinstance(result, ValidationError):
            header = [p for p in result.problems if p.item == "(header)"]
            if header:  # no column fills what each row needs: a matter of the mapping
                self.reading_page.say(
                    self.texts.header_problem(header[0], self.reading_page.mapping.list_name)
                )
            else:
                self.reading_page.say(self._problems(result))
            self._go(READING)
            return
        self.plan = result
        self.preview.show_plan(result)
        self._go(PREVIEW)

    # --- work off the UI thread --------------------------------------------------------

    def _run(self, text: str, work: Callable[[Progress], Any], answer: Callable[[Any], None]) -> None:
        """Runs `work` in the background, `answer` its result unless something newer was asked."""
        self._drop_task()
        self._asked += 1
        asked = self._asked
        task = BackgroundTask(work)
        task.signals.progress.connect(self._busy_progress)

        def succeeded(result: Any) -> None:
            if self._answered(asked):
                answer(result)

        def failed(text: str) -> None:
            if self._answered(asked):
                self._failed_reading(text)

        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        task.signals.cancelled.connect(lambda: self._answered(asked))
        self.task = task
        self.busy_text.setText(text)
        self.busy_bar.setRange(0, 0)  # busy until the first progress
        self._update_buttons()
        task.start()

    def _answered(self, asked: int) -> bool:
        """Whether this is the answer to the last question (then nothing is under way any more)."""
        if asked != self._asked:
            return False
        self.task = None
        self.planning = False
        self._update_buttons()
        return True

    def _busy_progress(self, done: int, total: int) -> None:
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)

    def _failed_reading(self, text: str) -> None:
        self.reading_page.say(text)
        self._go(READING)

    def _drop_task(self) -> None:
        if self.task is not None:
            self.task.drop()
            self.task = None
        self.planning = False
        self._asked += 1  # whatever it still says is not wanted

    # --- writing -----------------------------------------------------------------------

    def start_import(self) -> None:
        """Writes in the background, in one transaction: a cancel leaves the workspace as it was.
        The views hear what was written once it is; an import stays off the undo history."""
        plan, document, skip = self.plan, self.document, self.preview.skip_invalid.isChecked()
        workspace = self.workspace

        def work(progress: Progress) -> Changed[transfer.ImportSummary]:
            if plan is not None:
                return transfer.apply_list_plan(workspace, plan, skip_invalid=skip, progress=progress)
            assert document is not None
            return transfer.write_document(workspace, document, progress=progress)

        self._go(IMPORTING)
        self.progress.setValue(0)
        self.outcome.setText(self.tr("Writing into the workspace… Cancel leaves it as it was."))
        self.writing = self.operations.in_background(self.windowTitle(), work)
        self.writing.signals.progress.connect(self._progress)
        self.writing.signals.succeeded.connect(self._done)
        self.writing.signals.failed.connect(self._failed)
        self.writing.signals.cancelled.connect(
            lambda: self._failed(self.tr("Cancelled: nothing was written."))
        )
        self.writing.start()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, changed: Changed[transfer.ImportSummary]) -> None:
        self.imported = True
        self.writing = None
        self.progress.setValue(self.progress.maximum())
        created = self.plan.created if self.plan is not None else {}
        self.outcome.setText(self.texts.outcome(changed.value, created))
        self.cancel_button.setText(self.tr("Close"))
        self._update_buttons()

    def _failed(self, text: str) -> None:
        self.writing = None
        self.outcome.setText(text)
        self.cancel_button.setText(self.tr("Close"))
        self._update_buttons()

    # --- navigation --------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancels what runs (a write is rolled back), else closes."""
        if self.writing is not None:
            self.writing.cancel()
            return
        if self.task is not None and (self.table is not None or self.document is not None):
            self._drop_task()  # a preview under way: back to the page as it was
            self._update_buttons()
            return
        self.done(QDialog.DialogCode.Accepted if self.imported else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape or the window's close button: as Cancel."""
        self.cancel()

    def done(self, result: int) -> None:
        self._drop_task()
        super().done(result)

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        titles = {
            READING: self.tr("1 · How the file is read"),
            PREVIEW: self.tr("2 · Before importing")
            if self.table is not None
            else self.tr("Before importing"),
            IMPORTING: self.tr("3 · Import") if self.table is not None else self.tr("Import"),
        }
        self.title.setText(titles[page])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.task is not None
        self.busy_text.setVisible(busy)
        self.busy_bar.setVisible(busy)
        is_list = self.table is not None
        self.back_button.setVisible(is_list and page == PREVIEW)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page == READING)
        self.next_button.setEnabled(
            is_list and not busy and not self.reading_page.mapping.clashes() and self.reading is not None
        )
        self.import_button.setVisible(page == PREVIEW)
        self.import_button.setEnabled(page == PREVIEW and not busy and self._may_import())

    def _may_import(self) -> bool:
        if self.document is not None:
            return True
        plan = self.plan
        if plan is None or not any(plan.content.counts().values()):
            return False
        return not plan.rejected or self.preview.skip_invalid.isChecked()
