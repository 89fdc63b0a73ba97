"""Writing a list as it is shown to a CSV or XLSX file a spreadsheet opens as is."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from esn_desktop.domain.progress import Progress
from esn_desktop.interchange.cell_text import csv_cell, xlsx_text
from esn_desktop.private_files import private_output

SUFFIXES = (".xlsx", ".csv")
_DAY_FORMAT = "DD/MM/YYYY"
_MONEY_FORMAT = "#,##0.00"


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    total: int,
    progress: Progress | None = None,
    force: bool = False,
) -> int:
    """Writes `rows` under `headers`; returns how many rows were written.

    CSV gets the texts as shown, separated by ';' and with a BOM, as French Excel expects;
    XLSX keeps numbers and dates as such so they can be summed and sorted. The file is
    private and appears only once complete; `force` replaces an existing one.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path.name}: a list exports to .xlsx or .csv, not {suffix or 'no extension'}")
    with private_output(path, force=force) as partial:
        return (_write_xlsx if suffix == ".xlsx" else _write_csv)(partial, headers, rows, total, progress)


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 1000 == 0 or done == total):
        progress(done, total)


def _write_csv(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], total: int, progress: Progress | None
) -> int:
    done = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if cell is None else csv_cell(str(cell)) for cell in row])
            done += 1
            _tick(progress, done, total)
    return done


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], total: int, progress: Progress | None
) -> int:
    from openpyxl import Workbook  # loads only when a workbook is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    sheet.freeze_panes = "A2"
    done = 0
    try:
        for row in rows:
            sheet.append([_xlsx_cell(sheet, value) for value in row])
            done += 1
            _tick(progress, done, total)
    except BaseException:
        # openpyxl streams the rows into a temporary file of its own, kept until the process
        # exits: a cancelled export must not leave a copy of the list there meanwhile.
        sheet.close()
        sheet._writer.cleanup()
        raise
    workbook.save(path)
    return done


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Decimal):
        cell = WriteOnlyCell(sheet, value=float(value) if value % 1 else int(value))
        cell.number_format = _MONEY_FORMAT if value % 1 else "0"
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = _DAY_FORMAT
        return cell
    if isinstance(value, str):
        return xlsx_text(sheet, value)
    return value
