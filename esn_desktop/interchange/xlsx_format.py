"""The interchange document as an Excel workbook: one sheet per list, nested lists on sheets of their own.

Flattening (documented in docs/interchange-xlsx.md):
- `settings`: two columns, key and value; its first row is `format`.
- `channel_costs` (channel, from, to, amount) holds each channel's `costs`.
- `opportunity_history` (account, opportunity, stage, date) holds each opportunity's `history`.
- `consultant_skills` (consultant, skill) holds each consultant's `skills`.
- `objective_criteria` (salesperson, start, end, metric, target, weight) holds each objective's
  `criteria`; an objective is known by its salesperson (empty for the team) and dates.
- `action_plan_targets` (salesperson, month, account), `action_plan_rules` (salesperson, month,
  segment, kind, count, per) and `action_plan_pushes` (salesperson, month, account, opportunity,
  next_step, due) hold each action plan's `targets`, `rules` and `pushes`.

A workbook without a `settings` sheet is not a document but one list made in a spreadsheet, read
like a CSV (`read_xlsx_list`).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.records import LISTS
from esn_desktop.interchange.cell_text import xlsx_text
from esn_desktop.private_files import private_output

# Budgets checked on the zip's directory before openpyxl inflates anything. Sheets exported
# here inflate about 10 times; a bomb a thousand. The whole workbook is held in memory as the
# document, so what is read at all is bounded too (a 20,000-prospect export inflates to 65 MB).
MAX_RATIO = 100
RATIO_CHECKED_FROM = 2**20
MAX_INFLATED = 256 * 2**20

# Nested list -> (sheet, parent list, columns naming the parent, nested columns).
NESTED: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "costs": ("channel_costs", "channels", ("channel",), ("from", "to", "amount")),
    "history": ("opportunity_history", "opportunities", ("account", "opportunity"), ("stage", "date")),
    "skills": ("consultant_skills", "consultants", ("consultant",), ("skill",)),
    "criteria": (
        "objective_criteria",
        "objectives",
        ("salesperson", "start", "end"),
        ("metric", "target", "weight"),
    ),
    "targets": ("action_plan_targets", "action_plans", ("salesperson", "month"), ("account",)),
    "rules": (
        "action_plan_rules",
        "action_plans",
        ("salesperson", "month"),
        ("segment", "kind", "count", "per"),
    ),
    "pushes": (
        "action_plan_pushes",
        "action_plans",
        ("salesperson", "month"),
        ("account", "opportunity", "next_step", "due"),
    ),
}
# Which fields of the parent item make up the key the nested sheet refers to it by.
_PARENT_KEY_FIELDS = {
    "channels": ("name",),
    "opportunities": ("account", "title"),
    "consultants": ("name",),
    "objectives": ("salesperson", "start", "end"),
    "action_plans": ("salesperson", "month"),
}


def _cell(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, time):
        # Text as the JSON has it: a time cell would show as 14:30:00 or a fraction of a day.
        return value.strftime("%H:%M")
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _key_part(value: Any) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value).strip()


def write_xlsx(document: dict[str, Any], path: Path, *, force: bool = False) -> None:
    """Writes `document` as a workbook to `path`, private and complete or not at all; `force`
    replaces a file."""
    from openpyxl import Workbook  # openpyxl loads only when a workbook is written

    workbook = Workbook(write_only=True)
    settings = workbook.create_sheet("settings")
    _append(settings, ["key", "value"])
    _append(settings, ["format", document["format"]])
    for key, value in document.get("settings", {}).items():
        _append(settings, [key, _cell(value)])
    nested_rows: dict[str, list[list[Any]]] = defaultdict(list)
    for list_name in LISTS:
        items = document.get(list_name, [])
        nested_here = [n for n, spec in NESTED.items() if spec[1] == list_name]
        columns = _columns(items, exclude=set(nested_here))
        sheet = workbook.create_sheet(list_name)
        _append(sheet, columns)
        for item in items:
            _append(sheet, [_cell(item.get(c)) for c in columns])
            parent_key = [_cell(item.get(f)) for f in _PARENT_KEY_FIELDS.get(list_name, ())]
            for nested in nested_here:
                for line in item.get(nested) or []:
                    values = [line] if nested == "skills" else [_cell(line.get(c)) for c in NESTED[nested][3]]
                    nested_rows[nested].append(parent_key + values)
        for nested in nested_here:
            sheet_name, _, parent_columns, nested_columns = NESTED[nested]
            nested_sheet = workbook.create_sheet(sheet_name)
            _append(nested_sheet, parent_columns + nested_columns)
            for row in nested_rows[nested]:
                _append(nested_sheet, row)
    with private_output(path, force=force) as partial:
        workbook.save(partial)


def _append(sheet: Any, values: Iterable[Any]) -> None:
    """One row, every text a text cell: a name starting with "=" is never a formula."""
    sheet.append([xlsx_text(sheet, v) if isinstance(v, str) else v for v in values])


def _columns(items: list[dict[str, Any]], exclude: set[str]) -> list[str]:
    columns: dict[str, None] = {}
    for item in items:
        columns.update(dict.fromkeys(k for k in item if k not in exclude))
    return list(columns)


def read_xlsx(path: Path) -> tuple[dict[str, Any], dict[tuple[str, int], str]]:
    """The document dictionary, and where each item came from ("accounts row 4")."""
    workbook = _open_workbook(path)
    problems: list[Problem] = []
    document: dict[str, Any] = {}
    rows_of: dict[tuple[str, int], str] = {}
    sheets = {sheet.title: sheet for sheet in workbook.worksheets}
    if "settings" in sheets:
        pairs = {
            str(row.get("key")): row.get("value")
            for _, row in _records(path, sheets["settings"])
            if row.get("key")
        }
        document["format"] = pairs.pop("format", None)
        document["settings"] = pairs
    for list_name in LISTS:
        if list_name in sheets:
            document[list_name] = []
            for row_number, row in _records(path, sheets[list_name]):
                rows_of[(list_name, len(document[list_name]))] = f"{list_name} row {row_number}"
                document[list_name].append(row)
    for nested, (sheet_name, parent_list, parent_columns, nested_columns) in NESTED.items():
        if sheet_name not in sheets:
            continue
        parents = {
            tuple(_key_part(item.get(f)) for f in _PARENT_KEY_FIELDS[parent_list]): item
            for item in document.get(parent_list, [])
        }
        for item in parents.values():
            item[nested] = []
        for row_number, row in _records(path, sheets[sheet_name]):
            key = tuple(_key_part(row.get(c)) for c in parent_columns)
            parent = parents.get(key)
            if parent is None:
                problems.append(
                    Problem(
                        f"{sheet_name} row {row_number}",
                        parent_columns[-1],
                        f"no {parent_list[:-1]} {' / '.join(key)!r}",
                    )
                )
                continue
            parent[nested].append(
                row.get("skill") if nested == "skills" else {c: row.get(c) for c in nested_columns}
            )
    workbook.close()
    if problems:
        raise ValidationError(problems, "the workbook was refused")
    return document, rows_of


def is_document_workbook(path: Path) -> bool:
    """Whether the workbook is a whole document (its `settings` sheet names the format), not a list.

    Only the workbook's part listing the sheets is read: opening the workbook would scan every
    sheet for its size, seconds for a large export that is read again right after.
    """
    from openpyxl.reader.excel import ExcelReader  # loads only when a workbook is read

    _check_archive(path)
    try:
        reader = ExcelReader(path, read_only=True)
        try:
            reader.read_manifest()
            reader.read_workbook()
            return any(sheet.name == "settings" for sheet in reader.parser.sheets)
        finally:
            reader.archive.close()
    except _UNREADABLE as error:
        raise _not_a_workbook(path, _reason(error)) from None


def read_xlsx_list(path: Path) -> tuple[str, list[list[str]]]:
    """The one sheet holding data in a workbook made in a spreadsheet: its name, and its rows as text.

    Whatever the sheet is called ("Feuil1", "Sheet1", "Export"); empty sheets beside it (Excel's
    and LibreOffice's new workbooks have some) are left alone. Two sheets with data are refused:
    which one is the list would be a guess.
    """
    workbook = _open_workbook(path)
    try:
        found: tuple[str, list[list[str]]] | None = None
        for sheet in workbook.worksheets:
            if found is None:
                rows = [_row_text(values) for values in _rows(path, sheet)]
                if any(rows):
                    _refuse_valueless(path, sheet, rows[0] if rows else [])
                    found = (sheet.title, rows)
            elif any(v is not None and str(v).strip() for row in _rows(path, sheet) for v in row):
                raise _refused_list(
                    path,
                    f'holds lists on two sheets, "{found[0]}" and "{sheet.title}": keep the list on '
                    "one sheet (a whole document has a settings sheet naming its format)",
                )
    finally:
        workbook.close()
    if found is None:
        raise _refused_list(path, "every sheet is empty")
    return found


def _row_text(values: Iterable[Any]) -> list[str]:
    """A row's cells as the text a CSV would hold, without the empty cells that end it."""
    cells = [_cell_text(value) for value in values]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _cell_text(value: Any) -> str:
    """A cell as text the CSV reader's fields take: dates in ISO, numbers as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        # 15 significant digits, as Excel shows: a computed 0.1 + 0.2 is 0.3, not 0.30000000000000004.
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    return str(value)


def _records(path: Path, sheet: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    rows = _rows(path, sheet)
    header = next(rows, None)
    if header is None:
        return
    names = [str(h).strip() if h is not None else "" for h in header]
    _refuse_valueless(path, sheet, names)
    repeated = [name for name, count in Counter(names).items() if name and count > 1]
    if repeated:  # which of the two columns holds the value would be a guess
        raise ValidationError(
            [Problem(f"{sheet.title} row 1", repeated[0], "names a column twice")], "the workbook was refused"
        )
    for number, values in enumerate(rows, start=2):
        if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        row = {name: value for name, value in zip(names, values, strict=False) if name}
        for name, value in row.items():
            if isinstance(value, datetime):
                row[name] = value.date()
        yield number, row


#: What a sheet's XML holds where a cell has a formula or an empty value: looked for in its
#: bytes first, so that a list without either (nearly all) is not parsed twice.
_VALUELESS_SIGNS = (b"<f>", b"<f ", b"<v/>", b"<v />", b"<v></v>")
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _refuse_valueless(path: Path, sheet: Any, header: Sequence[Any]) -> None:
    """Refuses a sheet whose cells hold a formula without a computed value (`=1/0` written by a
    program, never opened in a spreadsheet) or an empty number (what a NaN is written as): read
    as empty, a potential or an amount would be lost without a word. Names sheet, row and column."""
    source = getattr(sheet, "_get_source", None)
    if source is None:
        return
    with source() as handle:
        data = handle.read()
    if not any(sign in data for sign in _VALUELESS_SIGNS):
        return
    from xml.etree.ElementTree import fromstring

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    problems: list[Problem] = []
    for cell in fromstring(data).iter(f"{main}c"):
        formula, value = cell.find(f"{main}f"), cell.find(f"{main}v")
        if value is not None and (value.text or cell.get("t") == "str"):
            continue  # a computed value (an empty text is one), or a number: read as it is
        if formula is None and value is None:
            continue  # an empty cell with a style: empty
        reference = _CELL_REF.fullmatch(cell.get("r", ""))
        if reference is None:
            continue
        letters, row = reference.groups()
        index = _column_index(letters)
        column = str(header[index]).strip() if index < len(header) and header[index] else f"column {letters}"
        reason = (
            f"holds the formula ={formula.text} without a computed value: open and save the file in a"
            " spreadsheet, or type the value"
            if formula is not None and formula.text
            else "holds a number cell without a value (not a number): type the value or empty the cell"
        )
        problems.append(Problem(f"{path.name}, sheet {sheet.title!r}, row {row}", column, reason))
    if problems:
        raise ValidationError(problems, "the workbook was refused")


def _column_index(letters: str) -> int:
    """A column's index from its letters: A is 0, Z 25, AA 26."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


# What openpyxl raises on a damaged or foreign file, from the zip layer (BadZipFile for a bad
# CRC, zlib.error, EOFError) to the XML parser (ParseError is a SyntaxError) and its own
# reading of parts and cells (KeyError and IndexError for missing parts or styles, ValueError,
# TypeError, OverflowError for values such as a date out of range).
_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    SyntaxError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    OverflowError,
)


def _rows(path: Path, sheet: Any) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows as values; a part openpyxl cannot parse refuses the file in one line."""
    try:
        yield from sheet.iter_rows(values_only=True)
    except _UNREADABLE as error:
        raise _not_a_workbook(path, f"sheet {sheet.title!r}: {_reason(error)}") from None


def _open_workbook(path: Path) -> Any:
    """The workbook, read-only, once its archive is checked; refused in one line if unreadable."""
    from openpyxl import load_workbook  # loads only when a workbook is read

    _check_archive(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except _UNREADABLE as error:
        raise _not_a_workbook(path, _reason(error)) from None


def _reason(error: Exception) -> str:
    # A KeyError's text is the repr of its key, quotes and all: show the message itself.
    return str(error.args[0]) if isinstance(error, KeyError) and error.args else str(error)


def _check_archive(path: Path) -> None:
    """Refuses what is not a zip archive, and a zip bomb, before a byte of it is inflated.

    zipfile stops every member at its declared size (and then fails its CRC), so checking the
    declared sizes bounds what openpyxl can inflate: a 1.5 MB bomb would take gigabytes.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise _not_a_workbook(path, "it is not a zip archive") from None
    for member in members:
        if member.file_size > RATIO_CHECKED_FROM and member.file_size > MAX_RATIO * member.compress_size:
            raise _refused_archive(
                path, f"its part {member.filename} inflates more than {MAX_RATIO} times: a zip bomb"
            )
    inflated = sum(member.file_size for member in members)
    if inflated > MAX_INFLATED:
        raise _refused_archive(
            path,
            f"it inflates to {inflated / 2**20:.1f} MB, "
            f"more than the {MAX_INFLATED / 2**20:.1f} MB a workbook may",
        )


def _not_a_workbook(path: Path, why: str) -> ValidationError:
    return _refused_archive(path, f"is not an XLSX workbook ({why})")


def _refused_archive(path: Path, reason: str) -> ValidationError:
    return ValidationError([Problem(path.name, "(file)", reason)], "the workbook was refused")


def _refused_list(path: Path, reason: str) -> ValidationError:
    return ValidationError([Problem(path.name, "(sheets)", reason)], "the workbook was refused")
