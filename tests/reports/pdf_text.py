"""Reading produced PDFs back: their text (spaces made plain), fonts, metadata and validity."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader


def pages_text(path: Path) -> list[str]:
    """Each page's text, every run of spaces, line breaks and no-break spaces (narrow or not) made
    one plain space: table cells then read as a line."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def pages_lines(path: Path) -> list[list[str]]:
    """Each page's lines as laid out, stripped: where the text wraps shows."""
    return [
        [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
        for page in PdfReader(path).pages
    ]


def lines_starting_with_a_unit(path: Path) -> list[str]:
    """Lines that begin with a unit torn from its number ("66⏎%", "1 234⏎€", "0,8⏎pt")."""
    return [
        line
        for lines in pages_lines(path)
        for line in lines
        if line.startswith(("%", "€", "pt")) and not line.startswith("pt ")
    ]


#: Text set below this height (in points) is the page's footer, not its body.
FOOTER_TOP = 40
#: Font sizes of the reports' headings and subheadings, both set in bold.
HEADING_SIZES = (12.5, 9.5)


def headings_at_page_foot(path: Path) -> list[str]:
    """The headings that are the last text of a page's body (the footer aside): stranded."""
    stranded = []
    for page in PdfReader(path).pages:
        runs: list[tuple[float, str, float, str]] = []

        def visit(
            text: str, cm: list[float], tm: list[float], font: dict | None, size: float, runs=runs
        ) -> None:
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            if text.strip() and font is not None and y > FOOTER_TOP:
                runs.append((y, str(font["/BaseFont"]), size, text.strip()))

        page.extract_text(visitor_text=visit)
        if runs:
            lowest = min(y for y, _, _, _ in runs)
            last = [run for run in runs if run[0] == lowest]
            if all(name.endswith("-Bold") and size in HEADING_SIZES for _, name, size, _ in last):
                stranded.append(" ".join(text for _, _, _, text in last))
    return stranded


def whole_text(path: Path) -> str:
    return "\n".join(pages_text(path))


def font_names(path: Path) -> set[str]:
    """Base names of the fonts the pages use, each checked to be embedded."""
    names = set()
    for page in PdfReader(path).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def qpdf_check(path: Path) -> None:
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is missing: .ci/run installs it (apt-get install qpdf)"
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
