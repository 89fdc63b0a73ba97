"""Exporting the list on screen, as shown: its visible columns in their order, filtered and sorted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QTableView, QWidget

from esn_desktop.domain.progress import Progress
from esn_desktop.interchange.table_file import write_table
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.models.table_model import ColumnsTableModel


def ask_export_path(parent: QWidget, name: str) -> Path | None:
    return file_dialogs.export_file_name(
        parent,
        QCoreApplication.translate("ListExport", "Export the list"),
        Path.home() / f"{name}.xlsx",
        QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        suffix="xlsx",
        accepted=(".xlsx", ".csv"),
    )


def export_task(view: QTableView, path: Path) -> BackgroundTask:
    """A background task writing what `view` shows to `path`, replacing a file there (the save
    dialog confirmed it); the caller starts it."""
    model = view.model()
    header = view.horizontalHeader()
    shown = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    total = model.rowCount()
    as_text = path.suffix.lower() == ".csv"
    if isinstance(model, ColumnsTableModel):
        columns = [model.columns[i] for i in shown]
        headers = [c.header for c in columns]
        rows = model.rows_snapshot()

        def cells() -> Iterator[list[Any]]:
            for row in rows():
                yield [column.text(row) if as_text else column.cell_value(row) for column in columns]

    else:  # a small table of the window's own: its texts, read now on the UI thread
        headers = [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in shown]
        texts = [[str(model.index(r, i).data() or "") for i in shown] for r in range(total)]

        def cells() -> Iterator[list[Any]]:
            yield from texts

    def work(progress: Progress) -> int:
        return write_table(path, headers, cells(), total=total, progress=progress, force=True)

    return BackgroundTask(work)


def export_view(
    parent: QWidget, view: QTableView, name: str, path: Path | None = None
) -> BackgroundTask | None:
    """Asks where (unless given), then writes in the background with progress and cancel."""
    path = path or ask_export_path(parent, name)
    if path is None:
        return None
    task = export_task(view, path)
    dialog = QProgressDialog(
        QCoreApplication.translate("ListExport", "Exporting the list…"),
        QCoreApplication.translate("ListExport", "Cancel"),
        0,
        max(1, view.model().rowCount()),
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("ListExport", "Export"))
    dialog.setMinimumDuration(500)
    task.shown_in(dialog).signals.failed.connect(
        lambda text: QMessageBox.warning(parent, QCoreApplication.translate("ListExport", "Export"), text)
    )
    return task.start()
