"""Cells as French Excel writes them (issue 13, points 6 and 10): worked examples, and each
refusal in its one line.

The files are bytes as Excel saves them: "CSV (séparateur: point-virgule)" is Windows-1252,
where the no-break space is 0xA0 and the euro sign 0x80; "CSV UTF-8" has a BOM, and newer
Windows groups thousands with a narrow no-break space (U+202F).
"""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from esn_desktop.cli import main
from esn_desktop.domain.errors import Problem
from esn_desktop.interchange.fields import FieldReader
from esn_desktop.store import models as m
from esn_desktop.store.database import open_workspace


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def read(kind: str, value: object) -> tuple[object, list[str]]:
    """What a spreadsheet's cell reads as in a field of `kind`, and the problems it gave."""
    problems: list[Problem] = []
    result = getattr(FieldReader({"x": value}, "row 2", problems, spreadsheet=True), kind)("x")
    return result, [str(p) for p in problems]


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("1 234,50 €", Decimal("1234.50")),  # a plain space, as typed
        ("1\xa0234,50\xa0€", Decimal("1234.50")),  # Excel, older Windows
        ("1\u202f234,50\xa0€", Decimal("1234.50")),  # Excel on Windows 10 and later, and this app
        ("€1 234,50", Decimal("1234.50")),
        ("1 234,50 EUR", Decimal("1234.50")),
        ("EUR 40 000", Decimal(40000)),
        ("420,5", Decimal("420.5")),
        ("420.50", Decimal("420.50")),  # what programs write
        ("€1,234.50", Decimal("1234.50")),  # the app's English list: the symbol first, commas group
        ("1E+20", None),  # Excel's General cell: a number, too large for an amount
    ],
)
def test_money_as_french_excel_writes_it(cell: str, amount: Decimal | None) -> None:
    value, problems = read("money", cell)
    assert value == amount
    assert problems == ([] if amount is not None else ["row 2: x: is too large"])


@pytest.mark.parametrize(
    ("cell", "fraction"),
    [
        ("0,8", Decimal("0.8")),
        ("80 %", Decimal("0.8")),
        ("80%", Decimal("0.8")),
        ("12,5\u202f%", Decimal("0.125")),
    ],
)
def test_decimals_and_percentages(cell: str, fraction: Decimal) -> None:
    assert read("fraction", cell) == (fraction, [])


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("22/12/2022", date(2022, 12, 22)),
        ("22/12/22", date(2022, 12, 22)),
        ("5/1/2026", date(2026, 1, 5)),
        ("01/03/29", date(2029, 3, 1)),  # Excel's cut-off: 29 is 2029,
        ("01/03/30", date(1930, 3, 1)),  # and 30 is 1930
        ("2022-12-22", date(2022, 12, 22)),
        ("22/12/2022 14:30", date(2022, 12, 22)),  # a moment's day
        (datetime(2022, 12, 22, 0, 0), date(2022, 12, 22)),  # an XLSX date cell
    ],
)
def test_dates_day_first(cell: object, day: date) -> None:
    assert read("day", cell) == (day, [])


@pytest.mark.parametrize(
    ("kind", "cell", "message"),
    [
        (
            "money",
            "1,234.50",
            "is ambiguous ('1,234.50'): write 1234.50 or 1 234,50, thousands separated by spaces only",
        ),
        (
            "money",
            "1.234,50",
            "is ambiguous ('1.234,50'): write 1234.50 or 1 234,50, thousands separated by spaces only",
        ),
        (
            "integer",
            "1,250",
            "is ambiguous ('1,250'): write 1250 or 1 250 for a thousand and more, 1,25 for a decimal",
        ),
        ("money", "12 34", "must be a number, not '12 34'"),
        ("money", "40\xa0000,00\xa0€ HT", "must be a number, not '40\xa0000,00\xa0€ HT'"),
        (
            "money",
            "12,345",
            "is ambiguous ('12,345'): write 1250 or 1 250 for a thousand and more, 1,25 for a decimal",
        ),
        ("money", "0,125", "has more than 2 decimals ('0,125')"),
        ("fraction", "80", "must be 0 or more, at most 1 (a fraction: 0,25 or 25 %, not 25)"),
        ("fraction", "80 €", "must be a number, not '80 €'"),
        (
            "day",
            "31/02/2022",
            "is not a day of the calendar ('31/02/2022'; a date is read day first, DD/MM/YYYY)",
        ),
        (
            "day",
            "12/22/2022",
            "is not a day of the calendar ('12/22/2022'; a date is read day first, DD/MM/YYYY)",
        ),
        ("day", "2022/12/22", "must be a date written DD/MM/YYYY or YYYY-MM-DD, not '2022/12/22'"),
        ("day", "le 3\nmars", "must be a date written DD/MM/YYYY or YYYY-MM-DD, not 'le 3\ufffdmars'"),
    ],
)
def test_what_cannot_be_read_is_refused_in_one_line(kind: str, cell: str, message: str) -> None:
    assert read(kind, cell) == (None, [f"row 2: x: {message}"])


def test_a_document_keeps_to_the_contract() -> None:
    """A JSON document's dates are ISO (shared/interchange.md): French forms are a spreadsheet's."""
    problems: list[Problem] = []
    assert FieldReader({"start": "22/12/2022"}, "consultants #1", problems).day("start") is None
    assert [str(p) for p in problems] == [
        "consultants #1: start: must be a date written YYYY-MM-DD, not '22/12/2022'"
    ]


FRENCH_EXCEL_PROSPECTS = (
    "Raison sociale;Effectif;Potentiel;Ville\r\n"
    "Société Générale des Eaux;1\xa0200;1\xa0234,50 €;Metz\r\n"
    "Brasserie Müller;45;€ 40\xa0000;Colmar\r\n"
    "Menuiserie Caron;—;;Amiens\r\n"
).encode("cp1252")


def test_a_prospect_file_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "prospects.csv"
    path.write_bytes(FRENCH_EXCEL_PROSPECTS)
    code, out, err = run("import", str(tmp_path / "w.esn"), str(path), "--quiet")
    assert (code, err) == (0, "")
    assert out == "imported into w.esn: 3 accounts\n"
    with open_workspace(tmp_path / "w.esn") as workspace, workspace.session() as session:
        rows = session.execute(select(m.Account.name, m.Account.size, m.Account.potential)).all()
    assert [(name, size, potential) for name, size, potential in rows] == [
        ("Société Générale des Eaux", "1200", Decimal("1234.50")),
        ("Brasserie Müller", "45", Decimal("40000.00")),
        ("Menuiserie Caron", None, None),
    ]


def test_a_consultants_file_in_utf8(tmp_path: Path) -> None:
    path = tmp_path / "equipe.csv"
    path.write_bytes(
        (
            "\ufeffNom;CJM;TJM cible;Date d'entrée;Date de sortie\r\n"
            "Alice Roy;420,50\xa0€;1\u202f050\xa0€;22/12/2022;\r\n"
            "Bruno Lenoir;€ 385;650 EUR;01/02/23;31/12/26\r\n"
        ).encode()
    )
    code, out, err = run("import", str(tmp_path / "w.esn"), str(path), "--quiet")
    assert (code, err, out) == (0, "", "imported into w.esn: 2 consultants\n")
    with open_workspace(tmp_path / "w.esn") as workspace, workspace.session() as session:
        rows = session.execute(
            select(
                m.Consultant.name,
                m.Consultant.daily_cost,
                m.Consultant.target_rate,
                m.Consultant.start_date,
                m.Consultant.end_date,
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        ("Alice Roy", Decimal("420.50"), Decimal("1050.00"), date(2022, 12, 22), None),
        ("Bruno Lenoir", Decimal("385.00"), Decimal("650.00"), date(2023, 2, 1), date(2026, 12, 31)),
    ]


def test_refusals_are_one_clean_line_each_and_counted_as_people_count(tmp_path: Path) -> None:
    path = tmp_path / "equipe.csv"
    lines = [
        "Nom;CJM;Date d'entrée",
        "Alice Roy;40\xa0000,00\xa0€ HT;22/12/2022",
        "Bruno Lenoir;385;12/22/2022",
    ]
    path.write_bytes("".join(line + "\r\n" for line in lines).encode("cp1252"))
    code, out, err = run("import", str(tmp_path / "w.esn"), str(path), "--quiet")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "esn-desktop: 2 rows of the list were refused (2 problems); nothing was written",
        "  row 2: daily_cost: must be a number, not '40\xa0000,00\xa0€ HT'",
        "  row 3: start: is not a day of the calendar ('12/22/2022'; a date is read day first, DD/MM/YYYY)",
    ]
    assert "\\x" not in err and not (tmp_path / "w.esn").exists()
    path.write_bytes(b"Nom;CJM;Date d'entr\xe9e\r\nAlice Roy;1,234.50;22/12/2022\r\n")
    code, _, err = run("import", str(tmp_path / "w.esn"), str(path), "--quiet")
    assert (code, err.splitlines()[0]) == (
        1,
        "esn-desktop: 1 row of the list was refused (1 problem); nothing was written",
    )


def test_a_row_twice_a_duplicate_is_counted_once(tmp_path: Path) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text("Société;Email\nACME;a@acme.example\nAcmé;a@acme.example\n", encoding="utf-8")
    code, out, err = run("import", str(tmp_path / "w.esn"), str(path), "--quiet")
    assert code == 0, err
    assert err.splitlines() == [
        "  duplicate, row 3: name 'Acmé' is already there (row 2); not imported again",
        "  duplicate, row 3: email 'a@acme.example' is already there (row 2); not imported again",
    ]
    assert out.splitlines() == [
        "imported into w.esn: 1 account, 1 contact",
        "1 row was a duplicate (not imported again)",
    ]


def test_map_finds_a_column_ignoring_case_and_accents(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("Nom;Société\nMartin;ACME\n", encoding="utf-8")
    code, out, err = run(
        "import",
        str(tmp_path / "w.esn"),
        str(path),
        "--map",
        "SOCIETE=name",
        "--map",
        "nom=last_name",
        "--quiet",
    )
    assert (code, err) == (0, "")
    assert out == "imported into w.esn: 1 account, 1 contact\n"


def test_map_to_an_unknown_field_lists_the_fields(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("Société;Chiffre\nACME;12\n", encoding="utf-8")
    code, out, err = run("import", str(tmp_path / "w.esn"), str(path), "--map", "chiffre=revenue")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "esn-desktop: the mapping was refused (1 problem); nothing was written",
        "  --map: chiffre: 'revenue' is not a field of accounts; the fields are name, segment, sector, city, "
        "size, potential, referencing, channel, owner, company_phone, company_email, first_name, last_name, "
        "full_name, email, phone, mobile, job_title, role, is_company, company "
        "(or nothing, to leave the column out)",
    ]
    code, _, err = run("import", str(tmp_path / "w.esn"), str(path), "--map", "CA=potential")
    assert err.splitlines()[1] == "  --map: CA: the file has no such column; its columns are Société, Chiffre"
