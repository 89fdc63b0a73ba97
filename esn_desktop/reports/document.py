"""What every report shares: A4 pages with a header and "page X of Y", title and author in the
file's metadata, the font embedded, headings, explanations and tables whose header row comes
back on each page they run onto."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from esn_desktop.palette import PALETTE
from esn_desktop.reports.fonts import BOLD, register_fonts

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#CCCCCC")
HEADER_FILL = colors.HexColor("#E8EEF4")
ACCENT = colors.HexColor(PALETTE["blue"])


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    author: str
    subject: str
    #: Shown at the top of every page after the first.
    running_header: str
    #: "Page {page} of {pages}" in the report's language.
    page_label: str


class Styles:
    """The paragraph styles of a report, all in the embedded font."""

    def __init__(self) -> None:
        font = register_fonts()
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=19, leading=23, textColor=INK)
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=font, fontSize=11, leading=15, textColor=MUTED, spaceAfter=8
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, textColor=INK)
        #: Names a table or a list inside a section.
        self.subheading = ParagraphStyle("subheading", parent=self.body, fontName=BOLD)
        self.note = ParagraphStyle("note", parent=self.body, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5, textColor=INK)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=BOLD)
        self.cell_head_right = ParagraphStyle("cell_head_right", parent=self.cell_head, alignment=TA_RIGHT)


#: ReportLab wraps lines at U+202F (it counts it among the breakable spaces, and draws it as a
#: plain space) but never at U+00A0: the narrow no-break space of French figures ("66 %",
#: "1 234 €") becomes a no-break space so that a number and its unit stay on one line.
_UNBREAKABLE = str.maketrans({"\u202f": "\u00a0"})


def text(value: str) -> str:
    """Plain text made safe for a Paragraph's markup, its no-break spaces kept unbreakable."""
    return escape(value.translate(_UNBREAKABLE)).replace("\n", "<br/>")


class _RoomForStart(CondPageBreak):
    """Goes before a heading: starts a new page unless the heading and the start of what follows
    it fit on this one. The start is the first rows of a table or the first lines of a paragraph
    (they split, and the rest flows on), or the whole of what cannot split, such as a chart.
    A fixed room would either strand a heading above a tall chart or push short sections on."""

    def __init__(self, heading: Flowable, following: Flowable) -> None:
        super().__init__(0)
        self._heading, self._following = heading, following

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        # At the top of a page a break would only leave it empty.
        at_top = frame is None or getattr(frame, "_atTop", False)
        self.height = 0 if at_top or self._start_fits(availWidth, availHeight) else availHeight + 1
        return super().wrap(availWidth, availHeight)

    def _start_fits(self, width: float, height: float) -> bool:
        heading, following = self._heading, self._following
        # Every space counted in full (the frame may merge some): better early than stranded.
        room = (
            height
            - heading.getSpaceBefore()
            - heading.wrap(width, height)[1]
            - heading.getSpaceAfter()
            - following.getSpaceBefore()
        )
        if room <= 0:
            return False
        return following.wrap(width, room)[1] <= room or bool(following.split(width, room))


def kept_with_next(heading: Flowable, following: Flowable) -> list[Flowable]:
    """A heading never alone at the foot of a page: it goes with the start of `following`."""
    return [_RoomForStart(heading, following), heading, following]


def section(styles: Styles, title: str, first: Flowable, *rest: Flowable) -> list[Flowable]:
    """A heading and what follows it; what follows flows on (a long table splits, its header
    repeated)."""
    return [*kept_with_next(Paragraph(text(title), styles.heading), first), *rest]


def subheading(styles: Styles, title: str, following: Flowable) -> list[Flowable]:
    """The name of a table or list inside a section, kept with it."""
    return kept_with_next(Paragraph(text(title), styles.subheading), following)


def explained(styles: Styles, words: str) -> Paragraph:
    """Why a section is empty, or how to read it: a report never shows a bare empty table."""
    return Paragraph(text(words), styles.note)


def explained_section(styles: Styles, title: str, why: str) -> list[Flowable]:
    """A section with nothing to show, saying why (and what would fill it)."""
    return section(styles, title, explained(styles, why))


def table(
    styles: Styles,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    emphasis: Sequence[int] = (),
) -> Table:
    """A table of text cells; `numeric` columns align right, `emphasis` rows are bold. The header
    row (if any) repeats on every page the table runs onto."""
    total = sum(widths)
    scaled = [WIDTH * w / total for w in widths]

    def cell(value: str, column: int, head: bool) -> Paragraph:
        if head:
            style = styles.cell_head_right if column in numeric else styles.cell_head
        else:
            style = styles.cell_right if column in numeric else styles.cell
        return Paragraph(text(value), style)

    data = [[cell(v, i, True) for i, v in enumerate(header)]] if header else []
    data += [[cell(v, i, r in emphasis) for i, v in enumerate(row)] for r, row in enumerate(rows)]
    result = Table(data, colWidths=scaled, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        # The cells are paragraphs in the embedded font, but a table still sets its own font
        # (Helvetica by default) for each cell: the file would then name a font it lacks.
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    result.setStyle(TableStyle(commands))
    return result


def spacer(height: float = 4) -> Spacer:
    return Spacer(1, height * mm)


def write_pdf(path: Path, story: list[Flowable], meta: Metadata) -> None:
    """Writes the document into the file `path`. The files a person asks for come from
    `reports.files`, which hands a private partial file here and names it only once complete."""
    font = register_fonts()

    def decorate(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(MUTED)
        if document.page > 1:
            canvas.drawString(MARGIN, A4[1] - 11 * mm, meta.running_header)
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, 13 * mm, A4[0] - MARGIN, 13 * mm)
        canvas.restoreState()

    class NumberedCanvas(Canvas):
        """Holds every page back until the last, so each can say how many there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Else every page names Helvetica, a font the file does not embed.
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.setFillColor(MUTED)
                label = meta.page_label.format(page=self._pageNumber, pages=count)
                self.drawRightString(A4[0] - MARGIN, 9 * mm, label)
                super().showPage()
            super().save()

    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="esn-desktop",
    )
    document.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=NumberedCanvas)
