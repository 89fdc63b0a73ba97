import csv
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from esn_desktop.interchange.table_file import write_table

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
