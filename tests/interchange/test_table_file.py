import csv
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from esn_desktop.interchange.lists.table import read_csv_table
from esn_desktop.interchange.table_file import write_table
from esn_desktop.private_files import OutputExistsError
from tests.conftest import FORMULA_LIKE_NAMES, mode, names_in

ROWS = [["Transports Lemaire", Decimal(56000), date(2026, 3, 22)], ["Énergies €", Decimal("1234.5"), None]]


def test_xlsx_keeps_numbers_and_dates(tmp_path) -> None:
    path = tmp_path / "list.xlsx"
    assert write_table(path, ["Compte", "Pondéré", "Date"], ROWS, total=2) == 2
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Compte", "Pondéré", "Date"]
    assert values[1][:2] == ["Transports Lemaire", 56000]
    assert values[1][2].date() == date(2026, 3, 22)
    assert values[2] == ["Énergies €", 1234.5, None]
    assert sheet["B3"].number_format == "#,##0.00"


def test_csv_is_what_french_excel_opens(tmp_path) -> None:
    path = tmp_path / "list.csv"
    write_table(path, ["Compte", "Pondéré"], [["Énergies €", "1 234,50 €"]], total=1)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";")) == [
            ["Compte", "Pondéré"],
            ["Énergies €", "1 234,50 €"],
        ]


def test_an_unknown_extension_is_refused_and_nothing_is_left(tmp_path) -> None:
    with pytest.raises(ValueError, match=r"exports to \.xlsx or \.csv"):
        write_table(tmp_path / "list.pdf", ["a"], [], total=0)
    assert list(tmp_path.iterdir()) == []


def test_xlsx_writes_formula_like_text_as_text_and_numbers_as_numbers(tmp_path) -> None:
    path = tmp_path / "list.xlsx"
    rows = [[name, Decimal(-500), date(2026, 3, 22)] for name in (*FORMULA_LIKE_NAMES, "#N/A")]
    write_table(path, ["Compte", "Montant", "Date"], rows, total=len(rows))
    sheet = load_workbook(path).active
    for row, name in zip(sheet.iter_rows(min_row=2), (*FORMULA_LIKE_NAMES, "#N/A"), strict=True):
        text, amount, day = row
        assert (text.data_type, text.value) == ("s", name)
        assert (amount.data_type, amount.value) == ("n", -500)
        assert day.is_date and day.value.date() == date(2026, 3, 22)


def test_csv_quotes_text_that_starts_like_a_formula_and_reads_it_back(tmp_path) -> None:
    path = tmp_path / "list.csv"
    # The list export's CSV holds the texts shown: a negative amount is one of them.
    rows = [[name, "-1\u202f234,50\xa0€"] for name in (*FORMULA_LIKE_NAMES, "'=déjà cité")]
    write_table(path, ["Compte", "Montant"], rows, total=len(rows))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle, delimiter=";"))[1:]
    assert [row[0] for row in written] == [
        '\'=HYPERLINK("http://x","y")',
        "'=cmd|'/c calc'!A1",
        "'+33 Numérique",
        "'-ancienne raison sociale",
        "'@mention",
        "'\tTabulation en tête",
        "Transports Lemaire",
        "''=déjà cité",
    ]
    assert {row[1] for row in written} == {"-1\u202f234,50\xa0€"}  # still a number to a spreadsheet
    assert [row[0] for row in read_csv_table(path).rows] == [*FORMULA_LIKE_NAMES, "'=déjà cité"]


def test_csv_leaves_negative_numbers_as_numbers_but_not_a_formula_behind_a_minus(tmp_path) -> None:
    path = tmp_path / "list.csv"
    numbers = ["-500", "-12,5\u202f%", "-€1,234.50", "-3.5"]
    formulas = ["-1+1", "-2+3+cmd|' /C calc'!A0", "-", "-500 SUM(A1)"]
    write_table(path, ["Montant"], [[text] for text in numbers + formulas], total=8)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        written = [row[0] for row in list(csv.reader(handle, delimiter=";"))[1:]]
    assert written == numbers + ["'" + text for text in formulas]


@pytest.mark.parametrize("name", ["list.xlsx", "list.csv"])
def test_a_list_is_private_and_replaces_a_file_only_when_asked(tmp_path, umask_022, name) -> None:
    path = tmp_path / name
    write_table(path, ["Compte"], [["Transports Lemaire"]], total=1)
    assert mode(path) == 0o600
    before = path.read_bytes()
    with pytest.raises(OutputExistsError):
        write_table(path, ["Compte"], [["Énergies €"]], total=1)
    assert path.read_bytes() == before
    write_table(path, ["Compte"], [["Énergies €"]], total=1, force=True)
    assert path.read_bytes() != before and mode(path) == 0o600


@pytest.mark.parametrize("name", ["list.xlsx", "list.csv"])
def test_a_list_that_fails_halfway_leaves_no_file(tmp_path, name) -> None:
    class Interrupted(Exception):
        pass

    def rows():
        yield ["Transports Lemaire"]
        raise Interrupted

    with pytest.raises(Interrupted):
        write_table(tmp_path / name, ["Compte"], rows(), total=2)
    assert names_in(tmp_path) == []


def test_a_cancelled_xlsx_list_leaves_no_copy_of_its_rows_behind(tmp_path) -> None:
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    from esn_desktop.domain.errors import Cancelled

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    streamed_before = list(ALL_TEMP_FILES)
    with pytest.raises(Cancelled):
        write_table(
            tmp_path / "list.xlsx", ["Compte"], [["Transports Lemaire"]] * 1000, total=1000, progress=cancel
        )
    assert [name for name in ALL_TEMP_FILES if name not in streamed_before] == []
