"""Reading a list's text: a CSV file as French Excel or any CRM writes it, or a one-sheet workbook.

Accepts `;`, `,` or tab separators (or the one a first `sep=` line declares), and the
encodings of text_encoding.py: UTF-8 or UTF-16 with a BOM, UTF-8, Windows-1252, Mac Roman.
A cell quoted because it starts like a formula (ours, or any OWASP-minded export) loses the quote.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.interchange.cell_text import csv_cell_text
from esn_desktop.interchange.text_encoding import TextEncodingError, decode_text
from esn_desktop.interchange.xlsx_format import read_xlsx_list


@dataclass(frozen=True, slots=True)
class ListTable:
    """A list read: how it was read, its header and its rows as text."""

    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sheet: str | None = None  # the workbook's sheet the list was on, for a list from XLSX


def read_list_table(path: Path, *, encoding: str | None = None) -> ListTable:
    """The list a CSV (or tab-separated text) file or a one-sheet workbook holds, as text.

    `encoding` forces a text file's encoding; a workbook says its own.
    """
    if path.suffix.lower() == ".xlsx":
        sheet, rows = read_xlsx_list(path)
        return _table(path, rows, encoding="xlsx", delimiter="", sheet=sheet)
    return read_csv_table(path, encoding=encoding)


def read_csv_table(path: Path, *, encoding: str | None = None) -> ListTable:
    """The CSV's header and rows; its encoding detected (text_encoding.py) unless `encoding` is given."""
    try:
        decoded = decode_text(path.read_bytes(), encoding=encoding)
    except TextEncodingError as error:
        raise _refused(path, error.field, str(error)) from None
    text = decoded.text
    if "\x00" in text:
        raise _refused(
            path, "(file)", f"is not CSV text: read as {decoded.encoding}, it holds NUL characters"
        )
    delimiter, text, skipped_lines = _declared_separator(text)
    if delimiter is None:
        first_line = _LINE_END.split(text, maxsplit=1)[0]
        delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = ([cell.strip() for cell in row] for row in reader)
    try:
        return _table(path, rows, encoding=decoded.encoding, delimiter=delimiter, unquote=csv_cell_text)
    except csv.Error as error:  # a field beyond csv's 128 KB limit, most often an unclosed quote
        line = reader.line_num + skipped_lines
        raise _refused(path, f"line {line}", f"is not readable CSV ({error})") from None


# Excel writes "sep=;" as a first line when asked to, and honours it when it opens the file
# (then hidden: the header is its row 1). Some tools quote it, or write the tab as "\t".
_SEPARATOR_LINE = re.compile(r'"?sep=(\\t|[^\r\n"])"?[ ]*(?:\r\n|\r|\n|$)', re.IGNORECASE)
_LINE_END = re.compile(r"\r\n|\r|\n")


def _declared_separator(text: str) -> tuple[str | None, str, int]:
    """The separator a first `sep=` line declares, the text after that line, and the lines skipped."""
    declared = _SEPARATOR_LINE.match(text)
    if declared is None:
        return None, text, 0
    separator = declared.group(1)
    return ("\t" if separator.lower() == "\\t" else separator), text[declared.end() :], 1


def _table(
    path: Path,
    rows: Iterable[Sequence[str]],
    *,
    encoding: str,
    delimiter: str,
    sheet: str | None = None,
    unquote: Callable[[str], str] = str,
) -> ListTable:
    """The header (first row) and the non-blank rows under it; refused when either is missing."""
    lines = iter(rows)
    header = next(lines, None)
    if not header or not any(header):
        raise _refused(path, "(header)", "the first line must name the columns")
    body = tuple(tuple(unquote(cell) for cell in row) for row in lines if any(row))
    if not body:
        raise _refused(path, "(rows)", "there is no row under the header")
    return ListTable(encoding, delimiter, tuple(header), body, sheet)


def _refused(path: Path, field: str, reason: str) -> ValidationError:
    return ValidationError([Problem(path.name, field, reason)], "the file was refused")
