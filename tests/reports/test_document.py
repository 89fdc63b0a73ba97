from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from esn_desktop.reports.document import WIDTH, Metadata, Styles, table, write_pdf
from esn_desktop.reports.fonts import FONT
from tests.reports.pdf_text import lines_starting_with_a_unit, pages_lines

META = Metadata("t", "a", "s", "header", "Page {page} sur {pages}")
#: A table cell's default padding, left and right.
PADDING = 2 * 6


def test_a_number_and_its_unit_never_break_across_lines(tmp_path: Path) -> None:
    styles = Styles()
    samples = [("Taux 66", "\u202f%"), ("Coût 12\u202f040", "\xa0€"), ("Écart +0,8", "\u202fpt")]
    # Each column just wide enough for the words before the unit: a unit free to break from its
    # number would wrap onto a line of its own.
    widths = [stringWidth(before, FONT, styles.cell.fontSize) + PADDING + 1 for before, _ in samples]
    path = tmp_path / "narrow.pdf"
    rows = [[before + unit for before, unit in samples]]
    write_pdf(path, [table(styles, None, rows, [*widths, WIDTH - sum(widths)])], META)
    lines = pages_lines(path)[0]
    assert {"66 %", "12 040 €", "+0,8 pt"} <= set(lines)
    assert lines_starting_with_a_unit(path) == []
