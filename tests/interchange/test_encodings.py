"""One accounts list as each program saves it: every encoding reads back the same accented names.

The files are written byte for byte as the programs write them: Excel on Windows ("CSV UTF-8"
with its BOM, "CSV (séparateur: point-virgule)" in Windows-1252, "Texte Unicode" in UTF-16 LE
with BOM and tabs), Excel on a Mac ("CSV (Macintosh)": Mac Roman, lines ending in CR alone),
Google Sheets and LibreOffice (UTF-8, commas), and a spreadsheet's one-sheet workbook.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from esn_desktop.domain.errors import ValidationError
from esn_desktop.interchange.text_encoding import decode_text
from esn_desktop.services.transfer import (
    apply_list_plan,
    export_workspace,
    holds_list,
    import_document,
    plan_list,
)
from esn_desktop.store import models as m
from esn_desktop.store.database import create_workspace

HEADER = ["Raison sociale", "Ville", "Prénom", "Nom", "E-mail"]
ROWS = [
    ["Société Générale", "Paris", "Amélie", "Lefèvre", "a.lefevre@sg.example"],
    ["Crédit Agricole", "Montrouge", "Jérôme", "Noël", "j.noel@ca.example"],
    ["Lœwen & Fils", "Strasbourg", "Françoise", "Bœuf", "f.boeuf@lf.example"],
]
ACCOUNTS = [("Société Générale", "Paris"), ("Crédit Agricole", "Montrouge"), ("Lœwen & Fils", "Strasbourg")]
CONTACTS = [("Amélie", "Lefèvre"), ("Jérôme", "Noël"), ("Françoise", "Bœuf")]


def _lines(separator: str, line_end: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator=line_end).writerows([HEADER, *ROWS])
    return buffer.getvalue()


# (file name, bytes as the program writes them, encoding the table reports)
SAVED_BY = {
    "excel-windows-csv-utf8": (
        "clients.csv",
        codecs.BOM_UTF8 + _lines(";", "\r\n").encode("utf-8"),
        "utf-8-sig",
    ),
    "google-sheets-utf8": ("clients.csv", _lines(",", "\r\n").encode("utf-8"), "utf-8"),
    "excel-unicode-text": (
        "clients.txt",
        codecs.BOM_UTF16_LE + _lines("\t", "\r\n").encode("utf-16-le"),
        "utf-16-le",
    ),
    "utf-16-big-endian": (
        "clients.csv",
        codecs.BOM_UTF16_BE + _lines(";", "\n").encode("utf-16-be"),
        "utf-16-be",
    ),
    "excel-windows-csv": ("clients.csv", _lines(";", "\r\n").encode("cp1252"), "cp1252"),
    "excel-mac-csv": ("clients.csv", _lines(";", "\r").encode("mac_roman"), "mac_roman"),
    "excel-sep-line": (
        "clients.csv",
        ("sep=;\r\n" + _lines(";", "\r\n")).encode("cp1252"),
        "cp1252",
    ),
}


def imported(workspace) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
    with workspace.session() as session:
        accounts = [
            (a.name, a.city) for a in session.execute(select(m.Account).order_by(m.Account.id)).scalars()
        ]
        contacts = [
            (c.first_name, c.last_name)
            for c in session.execute(select(m.Contact).order_by(m.Contact.id)).scalars()
        ]
    return accounts, contacts


@pytest.mark.parametrize("program", SAVED_BY)
def test_the_same_list_saved_by_each_program_imports_the_same_accounts(
    workspace, tmp_path: Path, program: str
) -> None:
    name, data, encoding = SAVED_BY[program]
    path = tmp_path / name
    path.write_bytes(data)
    assert holds_list(workspace, path)
    plan = plan_list(workspace, path)
    assert plan.table.encoding == encoding
    assert plan.table.header == tuple(HEADER)
    assert plan.rejected == []
    apply_list_plan(workspace, plan)
    assert imported(workspace) == (ACCOUNTS, CONTACTS)


@pytest.mark.parametrize(
    ("line", "separator"),
    [("sep=;", ";"), ("sep=,", ","), ("sep=\t", "\t"), ("sep=\\t", "\t"), ('"sep=;"', ";"), ("SEP=;", ";")],
)
def test_a_sep_line_names_the_separator_and_is_not_the_header(
    workspace, tmp_path: Path, line: str, separator: str
) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(codecs.BOM_UTF8 + (line + "\r\n" + _lines(separator, "\r\n")).encode("utf-8"))
    plan = plan_list(workspace, path)
    assert (plan.table.delimiter, plan.table.header) == (separator, tuple(HEADER))
    apply_list_plan(workspace, plan)
    assert imported(workspace) == (ACCOUNTS, CONTACTS)


def test_a_file_detection_cannot_decide_is_refused_naming_both_readings(workspace, tmp_path: Path) -> None:
    # Only "§" is not ASCII: 0xA4 is "§" in Mac Roman and "¤" in Windows-1252; neither reading
    # looks garbled, nor holds a letter or sign of French files more than the other. Importing
    # either guess could garble the name: both are shown.
    path = tmp_path / "cabinets.csv"
    path.write_bytes(
        "Entreprise;Ville\rCabinet §12;Strasbourg\rBrasserie Meteor;Hochfelden\r".encode("mac_roman")
    )
    with pytest.raises(ValidationError) as refused:
        plan_list(workspace, path)
    assert [str(p) for p in refused.value.problems] == [
        'cabinets.csv: (encoding): could be cp1252 or mac_roman: line 2 reads "¤12" in cp1252, '
        '"§12" in mac_roman; give the right one with --encoding'
    ]
    plan = plan_list(workspace, path, encoding="mac_roman")
    apply_list_plan(workspace, plan)
    assert imported(workspace)[0] == [("Cabinet §12", "Strasbourg"), ("Brasserie Meteor", "Hochfelden")]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("Lœwen", "mac_roman"),  # 0xCF: "Ï" in Windows-1252, "œ" in Mac Roman
        ("L’Atelier du Bois", "cp1252"),  # 0x92: "’" in Windows-1252, "í" in Mac Roman
        ("Müller Conseil", "cp1252"),  # 0xFC: "ü" in Windows-1252, "¸" in Mac Roman
    ],
)
def test_of_two_readings_alike_the_one_a_french_file_would_hold_is_taken(
    workspace, tmp_path: Path, name: str, encoding: str
) -> None:
    path = tmp_path / "comptes.csv"
    path.write_bytes(f"Entreprise;Ville\r\n{name};Strasbourg\r\n".encode(encoding))
    plan = plan_list(workspace, path)
    apply_list_plan(workspace, plan)
    assert imported(workspace)[0] == [(name, "Strasbourg")]


def test_bytes_windows_1252_lacks_make_it_mac_roman() -> None:
    # 0x8F is "è" in Mac Roman and nothing in Windows-1252.
    assert decode_text("Nom;Ville\nCrèmerie;Sète\n".encode("mac_roman")).encoding == "mac_roman"


def test_a_forced_encoding_the_bytes_do_not_fit_is_refused_at_its_line(workspace, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(_lines(";", "\r\n").encode("cp1252"))
    with pytest.raises(ValidationError) as refused:
        plan_list(workspace, path, encoding="utf-8")
    assert [str(p) for p in refused.value.problems] == [
        "clients.csv: (encoding): is not utf-8 text: line 1 holds a byte it does not read (0xE9)"
    ]


def test_a_one_sheet_workbook_made_in_a_spreadsheet_is_a_list(workspace, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Feuil1"
    for row in (HEADER, *ROWS):
        sheet.append(row)
    workbook.create_sheet("Feuil2")  # left empty, as new workbooks have them
    path = tmp_path / "clients.xlsx"
    workbook.save(path)
    assert holds_list(workspace, path)
    plan = plan_list(workspace, path)
    assert (plan.table.sheet, plan.table.header) == ("Feuil1", tuple(HEADER))
    apply_list_plan(workspace, plan)
    assert imported(workspace) == (ACCOUNTS, CONTACTS)


def test_a_workbooks_cells_are_read_as_the_text_a_csv_would_hold(workspace, tmp_path: Path) -> None:
    from datetime import date
    from decimal import Decimal

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Équipe"
    sheet.append(["Nom", "CJM", "Date d'entrée", "Compétences", None])
    sheet.append(["Alice Roy", 420, date(2024, 2, 1), "Java, Spring"])
    sheet.append([])  # a blank row in the middle is skipped, as in a CSV
    sheet.append(["Bruno Petit", 0.1 + 0.2 + 399.7, date(2025, 9, 15), "Python"])
    path = tmp_path / "equipe.xlsx"
    workbook.save(path)
    plan = plan_list(workspace, path)
    assert plan.table.rows == (
        ("Alice Roy", "420", "2024-02-01", "Java, Spring"),
        ("Bruno Petit", "400", "2025-09-15", "Python"),
    )
    assert plan.list_name == "consultants"
    apply_list_plan(workspace, plan)
    with workspace.session() as session:
        consultants = session.execute(
            select(m.Consultant.name, m.Consultant.daily_cost, m.Consultant.start_date)
        ).all()
    assert [tuple(row) for row in consultants] == [
        ("Alice Roy", Decimal("420.00"), date(2024, 2, 1)),
        ("Bruno Petit", Decimal("400.00"), date(2025, 9, 15)),
    ]


def test_the_apps_own_workbook_still_imports_as_a_whole_document(small_workspace, tmp_path: Path) -> None:
    exported = tmp_path / "export.xlsx"
    export_workspace(small_workspace, exported)
    with create_workspace(tmp_path / "other.esn") as target:
        assert not holds_list(target, exported)
        assert import_document(target, exported).value.written["accounts"] == 3
