"""XLSX cells the reader would take for empty or could not compute with: a formula without a
computed value, a number cell without a number, a number beyond any field. Refused naming the
sheet, the row and the column; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.cli.conftest import run


def _workbook(path: Path, potential: object) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "accounts"
    sheet.append(["Raison sociale", "Ville", "Potentiel"])
    sheet.append(["A SA", "Lyon", potential])
    workbook.save(path)
    return path


def _imported(tmp_path: Path, potential: object) -> tuple[int, str, Path]:
    source = _workbook(tmp_path / "list.xlsx", potential)
    workspace = tmp_path / "w.esn"
    code, _, err = run("import", str(workspace), str(source), "--quiet")
    return code, err, workspace


def test_a_formula_without_its_computed_value_is_refused(tmp_path: Path) -> None:
    code, err, workspace = _imported(tmp_path, "=1/0")  # openpyxl keeps no computed value
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: the workbook was refused (1 problem); nothing was written",
        "  list.xlsx, sheet 'accounts', row 2: Potentiel: holds the formula =1/0 without a computed value:"
        " open and save the file in a spreadsheet, or type the value",
    ]
    assert not workspace.exists()


def test_a_number_cell_without_a_number_is_refused(tmp_path: Path) -> None:
    source = _workbook(tmp_path / "list.xlsx", 1)
    # What a NaN is written as by some programs: a number cell with an empty value.
    import zipfile

    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert b'<c r="C2" t="n"><v>1</v></c>' in parts[sheet]
    parts[sheet] = parts[sheet].replace(b'<c r="C2" t="n"><v>1</v></c>', b'<c r="C2" t="n"><v /></c>')
    with zipfile.ZipFile(source, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    workspace = tmp_path / "w.esn"
    code, _, err = run("import", str(workspace), str(source), "--quiet")
    assert code == 1
    assert err.splitlines()[1] == (
        "  list.xlsx, sheet 'accounts', row 2: Potentiel: holds a number cell without a value (not a number):"
        " type the value or empty the cell"
    )
    assert not workspace.exists()


@pytest.mark.parametrize("potential", [1e300, -1e300, 1e28])
def test_a_number_beyond_any_field_is_refused_not_an_unexpected_error(
    tmp_path: Path, potential: float
) -> None:
    code, err, workspace = _imported(tmp_path, potential)
    assert code == 1
    assert "unexpected" not in err
    assert err.splitlines()[1] == f"  row 2: potential: {'is too large' if potential > 0 else 'is too small'}"
    assert not workspace.exists()


def test_an_empty_cell_and_a_plain_number_import(tmp_path: Path) -> None:
    code, err, _ = _imported(tmp_path, None)
    assert code == 0, err
    other = tmp_path / "other"
    other.mkdir()
    code, err, _ = _imported(other, 250000)
    assert code == 0, err
