"""`esn-desktop import` of lists in the encodings and shapes spreadsheets save them in."""

from __future__ import annotations

import codecs
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from esn_desktop.store import models as m
from tests.cli.conftest import Place, holds_workspace, open_place, run

# Excel on a Mac, "CSV (Macintosh)": Mac Roman, lines ending in CR alone. Only "§" is not
# ASCII, and 0xA4 reads "§" in Mac Roman as well as "¤" in Windows-1252.
BREWERIES = "Entreprise;Ville\rCabinet §12;Strasbourg\rBrasserie Meteor;Hochfelden\r".encode("mac_roman")


def account_names(workspace: Place) -> list[str]:
    with open_place(workspace, write=False) as opened, opened.session() as session:
        return list(session.execute(select(m.Account.name).order_by(m.Account.id)).scalars())


def test_an_undecidable_encoding_is_refused_in_one_line_then_forced(tmp_path: Path, new_place: Place) -> None:
    csv = tmp_path / "brasseries.csv"
    csv.write_bytes(BREWERIES)
    target = new_place
    code, _, err = run("import", str(target), str(csv), "--quiet")
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: the file was refused (1 problem); nothing was written",
        '  brasseries.csv: (encoding): could be cp1252 or mac_roman: line 2 reads "¤12" in cp1252, '
        '"§12" in mac_roman; give the right one with --encoding',
    ]
    assert not holds_workspace(target)

    code, _, err = run("import", str(target), str(csv), "--encoding", "mac_roman", "--quiet")
    assert (code, err) == (0, "")
    assert account_names(target) == ["Cabinet §12", "Brasserie Meteor"]


def test_excel_unicode_text_imports_as_it_is_saved(tmp_path: Path, new_place: Place) -> None:
    text = tmp_path / "clients.txt"
    text.write_bytes(
        codecs.BOM_UTF16_LE
        + "Raison sociale\tVille\r\nSociété Générale\tParis\r\nCrédit Agricole\tMontrouge\r\n".encode(
            "utf-16-le"
        )
    )
    code, _, err = run("import", str(new_place), str(text), "--quiet")
    assert (code, err) == (0, "")
    assert account_names(new_place) == ["Société Générale", "Crédit Agricole"]


def test_a_one_sheet_workbook_imports_as_a_list_and_takes_no_encoding(
    tmp_path: Path, new_place: Place
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Feuil1"
    sheet.append(["Société", "Ville", "Prénom", "Nom"])
    sheet.append(["Crédit Agricole", "Montrouge", "Jérôme", "Noël"])
    path = tmp_path / "prospects.xlsx"
    workbook.save(path)
    target = new_place

    code, _, err = run("import", str(target), str(path), "--encoding", "cp1252")
    assert (code, err) == (
        1,
        "esn-desktop: --encoding applies to CSV and text files; a workbook needs none\n",
    )

    code, _, err = run("import", str(target), str(path), "--quiet", "--map", "Société=name")
    assert (code, err) == (0, "")
    assert account_names(target) == ["Crédit Agricole"]
    with open_place(target, write=False) as opened, opened.session() as session:
        assert session.execute(select(m.Contact.first_name, m.Contact.last_name)).one() == ("Jérôme", "Noël")


def test_encoding_is_refused_for_a_whole_document(tmp_path: Path, formula_names_document: Path) -> None:
    code, _, err = run("import", str(tmp_path / "w.esn"), str(formula_names_document), "--encoding", "utf-8")
    assert (code, err) == (
        1,
        "esn-desktop: --list, --map, --skip-invalid, --encoding, --dry-run and --no-create "
        "apply to lists, not documents\n",
    )
