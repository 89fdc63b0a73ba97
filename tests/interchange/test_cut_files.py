"""A CSV file cut short (a download stopped, a copy interrupted) is refused whole, naming the
line, instead of importing a company called "Hôtels Riv"; a CRM's own short rows still import."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import run

DIALECTS = Path(__file__).parent / "dialects"


def _import(tmp_path: Path, name: str, content: bytes) -> tuple[int, str, Path]:
    source = tmp_path / name
    source.write_bytes(content)
    workspace = tmp_path / "w.esn"
    code, _, err = run("import", str(workspace), str(source), "--quiet")
    return code, err, workspace


def test_a_file_cut_in_the_middle_of_its_last_row_is_refused(tmp_path: Path) -> None:
    whole = (DIALECTS / "hubspot_companies_fr.csv").read_bytes()
    lines = whole.splitlines(keepends=True)
    cut = b"".join(lines[:4]) + lines[4][:25]  # "8800140,Crédit Mutuel Ar"
    code, err, workspace = _import(tmp_path, "companies.csv", cut)
    assert code != 0
    assert err.splitlines() == [
        "esn-desktop: the file was refused (1 problem); nothing was written",
        "  companies.csv: line 5: the last row has 2 of the 9 columns and the file ends in the middle"
        " of it: the file seems cut short",
    ]
    assert not workspace.exists()


@pytest.mark.parametrize(
    "ending",
    [
        b'8800139,"Lumi\xc3\xa8re Data,ld.fr,+33 1,Sophie Bernard,Paris,Conseil,30,Lead\n',
        b'8800139,Lumi\xc3\xa8re Data,ld.fr,+33 1,Sophie Bernard"unterminated,Paris,Conseil,30,Lead\n',
        b'8800139,Lumi\xc3\xa8re Data,lumiere-data.fr,+33 1,"0"unterminated, value,Paris,Conseil,30\n',
    ],
    ids=["quote-left-open", "bare-quote", "text-after-closing-quote"],
)
def test_a_last_row_with_a_quote_never_closed_is_refused(tmp_path: Path, ending: bytes) -> None:
    whole = (DIALECTS / "hubspot_companies_fr.csv").read_bytes()
    lines = whole.splitlines(keepends=True)
    code, err, workspace = _import(tmp_path, "companies.csv", b"".join(lines[:4]) + ending)
    assert code != 0
    assert err.splitlines()[1] == (
        "  companies.csv: line 5: a quote opened in this row is never closed: the file seems cut short"
    )
    assert not workspace.exists()


def test_short_rows_ending_in_a_line_break_are_a_crms_own_and_import(tmp_path: Path) -> None:
    whole = (DIALECTS / "hubspot_companies_fr.csv").read_bytes()
    lines = whole.splitlines(keepends=True)
    short = b"".join(lines[:4]) + b"8800139,Lumi\xc3\xa8re Data\n"  # trailing cells left out
    code, err, workspace = _import(tmp_path, "companies.csv", short)
    assert code == 0, err
    assert workspace.exists()
    # A whole file without a last line break is whole.
    other = tmp_path / "whole"
    other.mkdir()
    code, err, _ = _import(other, "c.csv", whole.rstrip(b"\r\n"))
    assert code == 0, err
