"""Text in spreadsheet cells that a spreadsheet shows and never runs as a formula.

Excel, LibreOffice and Google Sheets run a cell starting with "=" as a formula, and some
also one starting with "+", "-", "@", a tab or a carriage return: an account named
`=HYPERLINK("http://x","y")` would be a live link in the user's spreadsheet. XLSX has cell
types, so text goes in as a text cell, shown exactly as typed. CSV has none, so such a text
gets a leading quote, as OWASP advises, and the CSV reader takes it off again.
"""

from __future__ import annotations

import re
from typing import Any

_FORMULA_START = r"[=+\-@\t\r]"
# A formula's first character, after any quotes: a text that really starts with a quote
# before one gets one more, so reading it back gives it unchanged.
_STARTS_LIKE_FORMULA = re.compile("'*" + _FORMULA_START)
_QUOTED = re.compile("'+" + _FORMULA_START)
# A negative number as the app writes it ("-500", "-1 234,50 €", "-€1,234.50", "-12,5 %"):
# the CSV list export holds the texts shown, numbers included. A minus, digits, separators and
# a unit call no function and name no cell, so the spreadsheet reads the number it is, as
# the user expects of an amount column; a quote would turn it into text.
_NEGATIVE_NUMBER = re.compile(r"-[ \u00a0\u202f]?€?\d[\d \u00a0\u202f.,]*(?:[ \u00a0\u202f]?[€%])?")


def csv_cell(text: str) -> str:
    """`text` as a CSV cell a spreadsheet shows as is: quoted when it starts like a formula."""
    if _STARTS_LIKE_FORMULA.match(text) and not _NEGATIVE_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_cell_text(cell: str) -> str:
    """The text a CSV cell holds, without the quote `csv_cell` (or another OWASP-minded tool) added."""
    # startswith first: a 100,000-row prospect file is a million cells, nearly none quoted.
    return cell[1:] if cell.startswith("'") and _QUOTED.match(cell) else cell


def xlsx_text(sheet: Any, text: str) -> Any:
    """What to append to a write-only `sheet` so that `text` lands as text, whatever it starts with."""
    # openpyxl makes a text starting with "=" a formula, and "#N/A" or "#REF!" an error value;
    # a name a person typed is neither. Any other text it writes as text already: a cell of our
    # own for each would cost a second or two more on a 100,000-row list export.
    if not text.startswith(("=", "#")):
        return text
    from openpyxl.cell import WriteOnlyCell  # loads only when a workbook is written

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell
