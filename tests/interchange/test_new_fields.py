"""The fields people bring (head count, switchboard, mailbox, job title, mobile) go out and come back."""

import json
from pathlib import Path

import openpyxl
import pytest

from esn_desktop.domain.errors import ValidationError
from esn_desktop.services.transfer import export_workspace, import_document
from esn_desktop.store.database import create_workspace
from tests.conftest import SMALL_WORKSPACE

# As a person writes it by hand, or a script from a CRM's export: a Dolibarr band, a
# Salesforce NumberOfEmployees as a JSON number, an open band.
DOCUMENT = """{
  "format": "esn-desktop/1",
  "accounts": [
    {"name": "Transports Lemaire", "city": "Lyon", "size": "11 - 50",
     "phone": "04 78 00 00 00", "email": "accueil@lemaire.fr"},
    {"name": "Mutuelle Horizon", "city": "Niort", "size": 1200},
    {"name": "Énergies de l'Ouest", "size": "> 500"}
  ],
  "contacts": [
    {"account": "Transports Lemaire", "first_name": "Julien", "last_name": "Faure",
     "email": "j.faure@lemaire.fr", "job_title": "DSI", "mobile": "06 12 34 56 78"},
    {"account": "Mutuelle Horizon", "first_name": "Inès", "last_name": "Roux",
     "job_title": "Directrice des achats"}
  ]
}""".encode()


def exported(workspace, path: Path) -> dict:
    export_workspace(workspace, path)
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_every_new_field_goes_out_and_comes_back_equal(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "crm.json"
    source.write_bytes(DOCUMENT)
    with create_workspace(tmp_path / "first.esn") as first:
        import_document(first, source)
        before = exported(first, tmp_path / "first.json")
        export_workspace(first, tmp_path / f"out{suffix}")
    with create_workspace(tmp_path / "again.esn") as again:
        import_document(again, tmp_path / f"out{suffix}")
        assert exported(again, tmp_path / "again.json") == before
    accounts = {a["name"]: a for a in before["accounts"]}
    lemaire = accounts["Transports Lemaire"]
    assert (lemaire["city"], lemaire["size"], lemaire["phone"], lemaire["email"]) == (
        "Lyon",
        "11-50",
        "04 78 00 00 00",
        "accueil@lemaire.fr",
    )
    assert [a["size"] for a in before["accounts"]] == ["11-50", "1200", "501+"]
    assert [(c["job_title"], c["mobile"]) for c in before["contacts"]] == [
        ("DSI", "06 12 34 56 78"),
        ("Directrice des achats", None),
    ]


def test_a_workbook_holding_the_head_count_as_a_number_cell_reads_it(tmp_path: Path) -> None:
    source = tmp_path / "crm.json"
    source.write_bytes(DOCUMENT)
    with create_workspace(tmp_path / "first.esn") as first:
        import_document(first, source)
        export_workspace(first, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = book["accounts"]
    column = [cell.value for cell in sheet[1]].index("size") + 1
    sheet.cell(row=3, column=column, value=1200)  # typed in Excel: a number, not text
    sheet.cell(row=4, column=column, value=250.0)
    book.save(tmp_path / "typed.xlsx")
    with create_workspace(tmp_path / "again.esn") as again:
        import_document(again, tmp_path / "typed.xlsx")
        sizes = [a["size"] for a in exported(again, tmp_path / "again.json")["accounts"]]
    assert sizes == ["11-50", "1200", "250"]


def test_an_unreadable_head_count_or_mailbox_is_refused_in_one_line_each(tmp_path: Path) -> None:
    source = tmp_path / "crm.json"
    source.write_bytes(DOCUMENT.replace(b'"size": 1200', b'"size": "beaucoup", "email": "standard"'))
    with create_workspace(tmp_path / "w.esn") as workspace:
        with pytest.raises(ValidationError) as refused:
            import_document(workspace, source)
        assert [str(p) for p in refused.value.problems] == [
            "accounts #2: size: holds no number of people (write 250, 11-50 or 501+) ('beaucoup')",
            "accounts #2: email: is not an email address ('standard')",
        ]
        assert exported(workspace, tmp_path / "empty.json")["accounts"] == []


def test_a_document_without_the_new_fields_still_reads(tmp_path: Path) -> None:
    with create_workspace(tmp_path / "w.esn") as workspace:
        import_document(workspace, SMALL_WORKSPACE)
        document = exported(workspace, tmp_path / "out.json")
    assert {c["job_title"] for c in document["contacts"]} == {None}
    assert {(a["phone"], a["email"]) for a in document["accounts"]} == {(None, None)}
