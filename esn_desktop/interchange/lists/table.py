"""Reading a list's text: a CSV file as French Excel or any CRM writes it, or a one-sheet workbook.

Accepts `;`, `,` or tab separators (or the one a first `sep=` line declares), and the
encodings of text_encoding.py: UTF-8 or UTF-16 with a BOM, UTF-8, Windows-1252, Mac Roman.
A cell quoted because it starts like a formula (ours, or any OWASP-minded export) loses the quote.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.interchange.cell_text import csv_cell_text
from esn_desktop.interchange.text_encoding import TextEncodingError, decode_text
from esn_desktop.interchange.xlsx_format import read_xlsx_list


@dataclass(frozen=True, slots=True)
class ListTable:
    """A list read: how it was read, its header and its rows as text.

    Every column has a name of its own: a second "Email" is "Email (2)", a column with no header
    but cells is "(column C)", so that each can be mapped, shown and said left out.
    """

    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sheet: str | None = None  # the workbook's sheet the list was on, for a list from XLSX
    #: Each row's number as a spreadsheet shows it (the header is row 1; blank rows, left out,
    #: still count): what a refusal names. Rows 2, 3, 4... when not given.
    numbers: tuple[int, ...] = ()

    def numbered(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        """(number as a spreadsheet shows it, cells) of each row."""
        return zip(self.numbers or range(2, len(self.rows) + 2), self.rows, strict=True)

    def first(self, count: int) -> ListTable:
        """The table of its first `count` rows (a CRM's footer left below)."""
        numbers = self.numbers or tuple(range(2, len(self.rows) + 2))
        return replace(self, rows=self.rows[:count], numbers=numbers[:count])


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
    ends_in_a_line_break = text.endswith(("\n", "\r"))
    # A last line of our own: a quote left open at the end swallows it into a cell.
    end = ("" if ends_in_a_line_break else "\n") + _END_MARK
    read: list[str] = []  # the lines the reader took since its last row: that row's own text
    reader = csv.reader(_kept(_lines(text + end), read), delimiter=delimiter)
    rows = _whole_rows(
        path, reader, read, skipped_lines, delimiter=delimiter, cut_short_possible=not ends_in_a_line_break
    )
    try:
        return _table(path, rows, encoding=decoded.encoding, delimiter=delimiter, unquote=csv_cell_text)
    except csv.Error as error:  # a field beyond csv's 128 KB limit, most often an unclosed quote
        line = reader.line_num + skipped_lines
        reason = (
            f"holds a cell longer than {csv.field_size_limit():,} characters: most often a quote left open"
            if "field limit" in str(error)
            else f"is not readable CSV ({error})"
        )
        raise _refused(path, f"line {line}", reason) from None


#: The line `read_csv_table` adds after a file's text: U+FDD0 is a noncharacter, in no list.
_END_MARK = "\ufdd0esn-desktop: end of file\ufdd0"


def _kept(lines: Iterator[str], read: list[str]) -> Iterator[str]:
    for line in lines:
        read.append(line)
        yield line


def _whole_rows(
    path: Path,
    reader: Iterator[list[str]],
    read: list[str],
    skipped_lines: int,
    *,
    delimiter: str,
    cut_short_possible: bool,
) -> Iterator[list[str]]:
    """The rows of `reader` (cells stripped), refusing a file cut short.

    - A quote still open at the end: the rest of the file would be one cell.
    - A last row holding an odd number of quotes, or text after a closing quote: a quote opened
      and never closed (a cell quoted as CSV holds its quotes doubled; a bare quote inside a
      cell is no CSV tool's writing), as `Sophie Bernard"unterminated` or `"0"unterminated` at
      the end of a file. Only the last row is held to this: that is where a cut falls.
    - When the file does not end in a line break, a last row with fewer cells than the header:
      cut mid-row ("Hôtels Riv"). A short row followed by a line break is a CRM's own (a
      report's footer, trailing cells left out) and is kept.
    """
    width, previous, start, raw, lines = 0, None, 1, "", 0
    for row in reader:
        if row == [_END_MARK]:
            if previous is not None:
                where = f"line {start + skipped_lines}"
                if raw.count('"') % 2 or not _strict_csv(raw, delimiter):
                    raise _refused(path, where, _OPEN_QUOTE)
                if cut_short_possible and 0 < len(previous) < width and any(previous):
                    raise _refused(
                        path,
                        where,
                        f"the last row has {len(previous)} of the {width} columns and the file ends"
                        " in the middle of it: the file seems cut short",
                    )
                yield previous
            return
        if previous is not None:
            start += lines
        if row and _END_MARK in row[-1]:
            raise _refused(path, f"line {start + skipped_lines}", _OPEN_QUOTE)
        if previous is not None:
            yield previous
        raw, lines = "".join(read), len(read)
        read.clear()
        previous = [cell.strip() for cell in row]
        width = width or len(previous)
    if previous is not None:
        yield previous


def _strict_csv(raw: str, delimiter: str) -> bool:
    """Whether `raw` reads as CSV written by the rules: no text after a closing quote."""
    try:
        for _ in csv.reader(_lines(raw), delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return False
    return True


_OPEN_QUOTE = "a quote opened in this row is never closed: the file seems cut short"


# Excel writes "sep=;" as a first line when asked to, and honours it when it opens the file
# (then hidden: the header is its row 1). Some tools quote it, or write the tab as "\t".
_SEPARATOR_LINE = re.compile(r'"?sep=(\\t|[^\r\n"])"?[ ]*(?:\r\n|\r|\n|$)', re.IGNORECASE)
_LINE_END = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their ends, cut as io.StringIO(text, newline="") cuts them, one
    at a time: a StringIO holds a copy of the whole text at four bytes a character (80 MB for a
    100,000-row export), for nothing."""
    return (line.group() for line in _LINE.finditer(text))


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
    # One object per distinct text: a list repeats its owners, stages, towns and companies row
    # after row, and a 100,000-row export holds half as much this way (43 MB, not 86).
    shared: dict[str, str] = {}
    numbered = [
        (number, tuple(shared.setdefault(text, text) for text in map(unquote, row)))
        for number, row in enumerate(lines, start=2)
        if any(row)
    ]
    if not numbered:
        raise _refused(path, "(rows)", "there is no row under the header")
    numbers, body = zip(*numbered, strict=True)
    return ListTable(encoding, delimiter, _named_columns(header, body), body, sheet, numbers)


def _named_columns(header: Sequence[str], rows: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The header with a name for every column holding something: the same name twice is told
    apart ("Email (2)"), and a column with cells but no header is named by its letter."""
    names: list[str] = []
    for index, written in enumerate(header):
        name = written.strip()
        if not name and any(index < len(row) and row[index] for row in rows):
            name = f"(column {_column_letter(index)})"
        if name and name in names:
            name = next(f"{name} ({n})" for n in range(2, len(header) + 2) if f"{name} ({n})" not in names)
        names.append(name)
    while names and not names[-1]:
        names.pop()
    return tuple(names)


def _column_letter(index: int) -> str:
    """A column's letter as a spreadsheet shows it: 0 is A, 25 Z, 26 AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _refused(path: Path, field: str, reason: str) -> ValidationError:
    return ValidationError([Problem(path.name, field, reason)], "the file was refused")
