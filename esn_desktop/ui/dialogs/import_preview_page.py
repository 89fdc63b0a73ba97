"""The import wizard's preview, before anything is written: what would be imported and made,
the first rows as they would be read, the rows refused and why, the duplicates, and what of
the file stays out; with the choice to create nothing and to leave the refused rows out."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.interchange.lists.plan import ListImportPlan
from esn_desktop.ui.dialogs.import_texts import LINES_SHOWN, ImportTexts

#: How many of the file's rows are shown as they will be read.
SAMPLE_ROWS = 3
#: The widest a sample's column is shown, in pixels (its value in full in its tooltip).
SAMPLE_WIDTH = 200
#: Lists an import makes names in; they are said among what is created, not among what is imported.
MADE_LISTS = ("salespeople", "channels")


class PreviewPage(QWidget):
    """What an import would do, shown before the person presses Import."""

    def __init__(self, texts: ImportTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        bold = QFont(self.counts.font())
        bold.setBold(True)
        self.counts.setFont(bold)
        self.created = QLabel()
        self.created.setWordWrap(True)
        self.no_create = QCheckBox(
            self.tr("Create nothing: refuse the rows that name an unknown salesperson, channel or account")
        )
        self.samples_title = QLabel(self.tr("The first rows, as they will be read:"))
        self.samples = QTableWidget()
        self.samples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.samples.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.samples.setWordWrap(False)
        self.refused_title = QLabel()
        self.refused = QListWidget()
        self.refused.setWordWrap(True)
        self.duplicates_title = QLabel()
        self.duplicates = QListWidget()
        self.duplicates.setWordWrap(True)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and leave the refused ones out"))

        lists = QGridLayout()
        lists.addWidget(self.refused_title, 0, 0)
        lists.addWidget(self.refused, 1, 0)
        lists.addWidget(self.duplicates_title, 0, 1)
        lists.addWidget(self.duplicates, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.created)
        layout.addWidget(self.no_create)
        layout.addSpacing(6)
        layout.addWidget(self.samples_title)
        layout.addWidget(self.samples)
        layout.addLayout(lists, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.skip_invalid)
        # Takes the room the lists leave when there are none to show (else it spreads between the lines).
        layout.addStretch(0)

    # --- a list's plan -----------------------------------------------------------------

    def show_plan(self, plan: ListImportPlan) -> None:
        texts = self.texts
        made = [name for name in MADE_LISTS if name in plan.created]
        self.counts.setText(self._will_import(plan.content.counts(), made))
        self.created.setText(texts.will_be_created(plan.created))
        self.created.setVisible(bool(plan.created))
        self.no_create.setVisible(bool(plan.created) or self.no_create.isChecked())
        self._show_samples(plan)
        refused = plan.rejected_rows
        self.refused_title.setText(
            self.tr("Refused rows (%1), and why:").replace("%1", texts.number(refused))
        )
        shown = plan.rejected[:LINES_SHOWN]
        self._fill(self.refused, [texts.problem(p, plan.list_name) for p in shown], len(plan.rejected))
        duplicates = plan.duplicate_rows
        self.duplicates_title.setText(
            self.tr("Already there, not imported again (%1):").replace("%1", texts.rows(duplicates))
        )
        twins = plan.duplicates[:LINES_SHOWN]
        self._fill(self.duplicates, [texts.duplicate(d, plan.list_name) for d in twins], len(plan.duplicates))
        self._show_lists(refused=bool(plan.rejected), duplicates=bool(plan.duplicates))
        left_out = []
        if plan.columns_left_out:
            left_out.append(texts.left_out_columns(plan.columns_left_out))
        left_out += [texts.left_out_rows(reason, n) for reason, n in sorted(plan.left_out_counts().items())]
        self.left_out.setText("\n".join(left_out))
        self.left_out.setVisible(bool(left_out))
        # Offered when some rows are refused and others would be written; with every row refused
        # there is nothing valid to import.
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setVisible(bool(plan.rejected) and any(plan.content.counts().values()))

    def _will_import(self, counts: dict[str, int], made: Iterable[str]) -> str:
        if not any(n for name, n in counts.items() if name not in made):
            return self.tr("Nothing new to import.")
        return self.tr("Will be imported: %1.").replace("%1", self.texts.counts(counts, made))

    def _show_samples(self, plan: ListImportPlan) -> None:
        samples = plan.samples(SAMPLE_ROWS)
        fields = [
            field for field in dict.fromkeys(plan.mapping.get(h, "") for h in plan.table.header) if field
        ]
        self.samples.clear()
        self.samples.setColumnCount(len(fields))
        self.samples.setRowCount(len(samples))
        self.samples.setHorizontalHeaderLabels([self.texts.field(field, plan.list_name) for field in fields])
        self.samples.setVerticalHeaderLabels([self.texts.row(number) for number, _values in samples])
        for row, (_number, values) in enumerate(samples):
            for column, field in enumerate(fields):
                cell = QTableWidgetItem(values.get(field, ""))
                cell.setToolTip(cell.text())
                self.samples.setItem(row, column, cell)
        self.samples.resizeColumnsToContents()
        header = self.samples.horizontalHeader()
        for column in range(len(fields)):
            self.samples.setColumnWidth(column, min(self.samples.columnWidth(column), SAMPLE_WIDTH))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.samples.resizeRowsToContents()
        self._fit_samples()
        self.samples_title.setVisible(bool(fields))
        self.samples.setVisible(bool(fields))

    def _fit_samples(self) -> None:
        """The samples' height: their rows, and room for the scroll bar only when the columns
        are wider than the page (known once the page is laid out, so again on each resize)."""
        table = self.samples
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        wide = (
            table.verticalHeader().sizeHint().width() + table.horizontalHeader().length() > self.width() - 20
        )
        scroll = table.horizontalScrollBar().sizeHint().height() if wide else 0
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + scroll + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_samples()

    def _show_lists(self, *, refused: bool, duplicates: bool) -> None:
        for widget in (self.refused_title, self.refused):
            widget.setVisible(refused)
        for widget in (self.duplicates_title, self.duplicates):
            widget.setVisible(duplicates)

    def _fill(self, widget: QListWidget, lines: list[str], total: int) -> None:
        """The first lines of `total` (a 100,000-row file's refusals are counted beyond them)."""
        widget.clear()
        widget.addItems(lines)
        if total > len(lines):
            widget.addItem(self.texts.more(total - len(lines)))

    # --- a whole document --------------------------------------------------------------

    def show_document(self, content: WorkspaceContent) -> None:
        self.counts.setText(self._will_import(content.counts(), ()))
        self._only_counts()

    def show_refusal(self, refused: ValidationError) -> None:
        """A document refused whole: every problem, nothing to import."""
        count = len(refused.problems)
        text = (
            self.tr("The document was refused (1 problem); nothing was written.")
            if count == 1
            else self.tr("The document was refused (%1 problems); nothing was written.")
        )
        self.counts.setText(text.replace("%1", self.texts.number(count)))
        self._only_counts()
        self.refused_title.setText(self.tr("Problems:"))
        problems = refused.problems[:LINES_SHOWN]
        self._fill(self.refused, [self.texts.problem(p) for p in problems], len(refused.problems))
        self._show_lists(refused=True, duplicates=False)

    def _only_counts(self) -> None:
        for widget in (
            self.created,
            self.no_create,
            self.samples_title,
            self.samples,
            self.left_out,
            self.skip_invalid,
        ):
            widget.hide()
        self._show_lists(refused=False, duplicates=False)
