"""The PDF documents of the plans page: the plan shown, every plan of its month, the monthly
review and the visit pack, each written in the background with progress and cancel, then a
notice that opens it.

The review and the visit pack have a month of their own, by default the last complete one: a
director reviews November on 1 December while the plans are already December's. A path given
to a `write_...` method was chosen by the person, who agreed to replace a file there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.calendar import Period, last_complete_month
from esn_desktop.domain.progress import Progress
from esn_desktop.formatting import Formatter
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.recent_workspaces import place_of
from esn_desktop.ui.widgets.written_notice import WrittenNotice

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace

#: The months a review can look back on, the current one included.
REVIEW_MONTHS = 13


class PlanDocuments(QWidget):
    """The review's month, its buttons and the notice of what was written; `plan_buttons` (the
    plan's and every plan's PDF) goes beside the choice of the plan."""

    #: A document could not be written: why, in words for the person.
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        formatter: Formatter,
        today: date,
        meeting: MeetingMode,
        chosen: Callable[[], tuple[str, date]],
    ) -> None:
        """`chosen`: the salesperson and the month of the plan shown."""
        super().__init__()
        self.workspace, self.formatter, self.today, self.meeting = workspace, formatter, today, meeting
        self.chosen = chosen
        self.task: BackgroundTask | None = None

        self.review_month = QComboBox()
        this_month = Period.month_of(today)
        reviewed = last_complete_month(today).start
        for back in range(REVIEW_MONTHS):
            first = this_month.shifted(-back).start
            self.review_month.addItem(formatter.month(first), first)
            if first == reviewed:
                self.review_month.setCurrentIndex(back)
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
        self.notice = WrittenNotice()

        self.plan_buttons = QWidget()
        plan_row = QHBoxLayout(self.plan_buttons)
        plan_row.setContentsMargins(0, 0, 0, 0)
        plan_row.addWidget(self.plan_pdf_button)
        plan_row.addWidget(self.all_plans_button)
        review_row = QHBoxLayout()
        review_row.addWidget(QLabel(self.tr("Monthly review of")))
        review_row.addWidget(self.review_month)
        review_row.addStretch(1)
        review_row.addWidget(self.review_button)
        review_row.addWidget(self.pack_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(review_row)
        layout.addWidget(self.notice)

        self.plan_pdf_button.clicked.connect(lambda _checked=False: self.write_plan_pdf())
        self.all_plans_button.clicked.connect(lambda _checked=False: self.write_every_plan())
        self.review_button.clicked.connect(lambda _checked=False: self.write_review())
        self.pack_button.clicked.connect(lambda _checked=False: self.write_visit_pack())

    def set_plans_available(self, available: bool) -> None:
        """The plans' PDFs need a salesperson; the review and the pack do not."""
        self.plan_buttons.setEnabled(available)

    def write_plan_pdf(self, path: Path | None = None) -> BackgroundTask | None:
        # ReportLab loads with the first document asked for, not with the window.
        from esn_desktop.reports.files import plan_file_name, write_plan

        name, month = self.chosen()
        safe = self.meeting.on  # asked for in meeting mode: client-safe, wherever it is saved
        path = path or self._ask_file(self.tr("Save the action plan"), plan_file_name(name, month))
        if path is None:
            return None
        workspace, today, locale = self.workspace, self.today, self.formatter.locale
        return self._run(
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

        _, month = self.chosen()
        safe = self.meeting.on
        if combined is None:
            combined = self._ask_combined()
            if combined is None:
                return None
        if target is None:
            if combined:
                target = self._ask_file(self.tr("Save every plan"), f"plans-{month:%Y-%m}.pdf")
            else:
                target = file_dialogs.existing_folder(
                    self,
                    self.tr("Folder for the plans"),
                    file_dialogs.documents_folder(place_of(self.workspace)),
                )
                if target is not None:
                    file_dialogs.remember_documents_folder(place_of(self.workspace), target)
        if target is None or not (
            combined
            or file_dialogs.confirm_replace(
                self,
                self.tr("Every plan of the month"),
                plan_files(self.workspace, month=month, folder=target),
            )
        ):
            return None
        workspace, today, locale = self.workspace, self.today, self.formatter.locale
        return self._run(
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

    def _ask_combined(self) -> bool | None:
        """One file for every plan (True), one each (False), or cancelled (None)."""
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
        return choice.clickedButton() is one

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
        return self._run(
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

        month, (_, plan_month) = self.review_month.currentData(), self.chosen()
        client_safe = self.meeting.on
        name = visit_pack_file_name(workspace_settings(self.workspace).company_name, month)
        if client_safe:
            name = name.replace(".pdf", "-client.pdf")
        path = path or self._ask_file(self.tr("Save the visit pack"), name)
        if path is None:
            return None
        workspace, today, locale = self.workspace, self.today, self.formatter.locale
        return self._run(
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
        folder = file_dialogs.documents_folder(place_of(self.workspace))
        path = file_dialogs.export_file_name(
            self, title, folder / name, self.tr("PDF document (*.pdf)"), suffix="pdf"
        )
        if path is not None:
            file_dialogs.remember_documents_folder(place_of(self.workspace), path.parent)
        return path

    def _run(self, text: str, work: Callable[[Progress], list[Path]]) -> BackgroundTask:
        """Writes in the background, with progress and cancel; says where the files went."""
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("PDF"))
        dialog.setMinimumDuration(400)
        task = BackgroundTask(work).shown_in(dialog)
        task.signals.succeeded.connect(self.notice.show_written)
        task.signals.failed.connect(self.failed)
        self.task = task.start()
        return self.task
