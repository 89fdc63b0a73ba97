from collections.abc import Callable
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from esn_desktop.reports.charts import Bars, bar_chart
from esn_desktop.reports.document import WIDTH, Metadata, Styles, section, subheading, table, write_pdf
from esn_desktop.reports.fonts import FONT
from tests.reports.pdf_text import headings_at_page_foot, lines_starting_with_a_unit, pages_lines

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


def _after_lines(styles: Styles, lines: int, *following: Flowable) -> list[Flowable]:
    return [*(Paragraph(f"Ligne {i}", styles.body) for i in range(lines)), *following]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    styles = Styles()
    # What may follow a heading: a chart (it cannot split), a long table, a long paragraph.
    # Made anew for each document: a flowable remembers having been moved to the next page.
    firsts: list[Callable[[], Flowable]] = [
        lambda: bar_chart("Graphique", ["a", "b"], [Bars("x", [1, 2], "#336699")], str),
        lambda: table(styles, ["Compte", "Ville"], [[f"Compte {i}", "Lyon"] for i in range(60)], [1, 1]),
        lambda: Paragraph("Une explication. " * 40, styles.body),
    ]
    stranded = []
    for first in firsts:
        # After more and more lines, the heading comes to rest at every place of the lower part
        # of the first page (it holds 56 lines).
        for lines in range(36, 57):
            story = _after_lines(styles, lines, *section(styles, "Titre de section", first()))
            story += subheading(styles, "Sous-titre", Paragraph("Suite.", styles.body))
            path = tmp_path / "kept.pdf"
            write_pdf(path, story, META)
            stranded += headings_at_page_foot(path)
    assert stranded == []
