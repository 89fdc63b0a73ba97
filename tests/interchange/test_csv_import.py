from pathlib import Path

import pytest
from sqlalchemy import select

from esn_desktop.domain.errors import ValidationError
from esn_desktop.interchange.lists.mapping import guess_mapping
from esn_desktop.interchange.lists.table import read_csv_table
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.services.transfer import apply_list_plan, plan_list
from esn_desktop.store import models as m

FRENCH_EXCEL = (
    "Raison sociale;Secteur d'activité;Ville;Effectif;Prénom;Nom;E-mail;Téléphone;Rôle\r\n"
    "Société Générale des Eaux;énergie;Metz;1200;Amélie;Lefèvre;a.lefevre@sge.example;03 87 00 00 00;"
    "Décideur\r\n"
    "Brasserie Müller;agroalimentaire;Colmar;45;Jérôme;Muller;j.muller@bm.example;;Acheteur\r\n"
    "SOCIETE GENERALE DES EAUX;énergie;Metz;;Paul;Noël;p.noel@sge.example;;\r\n"
    "Menuiserie Caron;btp;Amiens;8;Luc;Caron;A.LEFEVRE@sge.example;;\r\n"
)


def accounts_and_contacts(workspace) -> tuple[list[str], list[tuple[str, str]]]:
    with workspace.session() as session:
        accounts = list(session.execute(select(m.Account.name).order_by(m.Account.id)).scalars())
        contacts = [
            (row.last_name, row.email)
            for row in session.execute(select(m.Contact).order_by(m.Contact.id)).scalars()
        ]
    return accounts, contacts


def test_french_excel_csv_in_windows_1252(workspace, tmp_path: Path) -> None:
    path = tmp_path / "fichier.csv"
    path.write_bytes(FRENCH_EXCEL.encode("cp1252"))
    plan = plan_list(workspace, path)
    assert plan.table.encoding == "cp1252"
    assert plan.table.delimiter == ";"
    assert plan.mapping["Raison sociale"] == "name"
    assert plan.mapping["E-mail"] == "email"
    assert plan.mapping["Rôle"] == "role"
    # Row 4 names row 2's company again, with a new person: no duplicate; row 5's email is row 2's.
    assert [(d.row, d.field, d.matches) for d in plan.duplicates] == [(5, "email", "row 2")]
    summary = apply_list_plan(workspace, plan).value
    accounts, contacts = accounts_and_contacts(workspace)
    # Row 4's company is row 2's, written in capitals without accents: one account, two contacts.
    assert accounts == ["Société Générale des Eaux", "Brasserie Müller", "Menuiserie Caron"]
    assert contacts == [
        ("Lefèvre", "a.lefevre@sge.example"),
        ("Muller", "j.muller@bm.example"),
        ("Noël", "p.noel@sge.example"),
    ]
    assert summary.duplicates == 1


def test_utf8_with_bom_and_commas(workspace, tmp_path: Path) -> None:
    path = tmp_path / "crm-export.csv"
    path.write_text(
        "Company Name,City,First Name,Last Name,Email\nNorvia SAS,Lyon,Zoé,Brunet,zoe@norvia.example\n",
        encoding="utf-8-sig",
    )
    plan = plan_list(workspace, path)
    assert (plan.table.encoding, plan.table.delimiter) == ("utf-8-sig", ",")
    apply_list_plan(workspace, plan)
    assert accounts_and_contacts(workspace) == (["Norvia SAS"], [("Brunet", "zoe@norvia.example")])


def test_duplicates_of_the_workspace_are_reported_not_doubled(small_workspace, tmp_path: Path) -> None:
    path = tmp_path / "again.csv"
    path.write_text(
        "societe;email\nmutuelle horizon;nouveau@mh.example\nNova;s.marchand@mutuelle-horizon.example\n"
    )
    plan = plan_list(small_workspace, path)
    # Row 2 brings a new person to a company the workspace has (as "Mutuelle Horizon"): no
    # duplicate; row 3's email is a contact's of the workspace.
    assert [(d.row, d.field, d.matches) for d in plan.duplicates] == [(3, "email", "in the workspace")]
    apply_list_plan(small_workspace, plan)
    accounts, _ = accounts_and_contacts(small_workspace)
    assert accounts.count("Mutuelle Horizon") == 1
    assert "Nova" in accounts


def test_invalid_rows_refuse_the_file_unless_skipped(workspace, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Entreprise;Email;Effectif\nACME;pas-un-email;12\n;x@y.example;3\nBeta;b@beta.example;dix\n"
    )
    plan = plan_list(workspace, path)
    assert {(p.item, p.field) for p in plan.rejected} == {
        ("row 2", "email"),
        ("row 3", "name"),
        ("row 4", "size"),
    }
    with pytest.raises(ValidationError, match="3 rows of the list were refused"):
        apply_list_plan(workspace, plan)
    assert accounts_and_contacts(workspace) == ([], [])
    assert plan.content.accounts == []  # nothing valid is left once every row failed


def test_mapping_can_be_corrected(workspace, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("Nom;Ville\nACME;Lyon\n")
    table = read_csv_table(path)
    mapping = guess_mapping(table.header, ListName.ACCOUNTS)
    assert mapping == {"Nom": "last_name", "Ville": "city"}
    plan = plan_list(workspace, path, mapping={"Nom": "name", "Ville": "city"})
    apply_list_plan(workspace, plan)
    assert accounts_and_contacts(workspace)[0] == ["ACME"]


def test_consultants_list(workspace, tmp_path: Path) -> None:
    path = tmp_path / "equipe.csv"
    path.write_text("Nom;CJM;Date d'entrée;Compétences\nAlice Roy;420;2024-02-01;Java, Spring\n")
    plan = plan_list(workspace, path)
    assert plan.list_name == "consultants"
    apply_list_plan(workspace, plan)
    with workspace.session() as session:
        consultant = session.execute(select(m.Consultant)).scalar_one()
        assert (consultant.name, str(consultant.daily_cost), [s.skill for s in consultant.skills]) == (
            "Alice Roy",
            "420.00",
            ["Java", "Spring"],
        )


def test_progress_is_reported_and_cancel_writes_nothing(workspace, tmp_path: Path) -> None:
    from esn_desktop.domain.errors import Cancelled
    from esn_desktop.store import content_writer

    path = tmp_path / "big.csv"
    rows = "".join(f"Société {n};contact{n}@s{n}.example\n" for n in range(12_000))
    path.write_text("Entreprise;Email\n" + rows, encoding="utf-8")
    checked: list[tuple[int, int]] = []
    plan = plan_list(workspace, path, progress=lambda done, total: checked.append((done, total)))
    assert checked[0] == (5000, 12_000) and checked[-1] == (12_000, 12_000)

    written: list[int] = []

    def cancel_midway(done: int, total: int) -> None:
        written.append(done)
        if done >= content_writer.CHUNK * 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        apply_list_plan(workspace, plan, progress=cancel_midway)
    assert written[-1] == content_writer.CHUNK * 2
    assert accounts_and_contacts(workspace) == ([], [])


@pytest.mark.file_only("a file imported into itself")
def test_the_open_workspace_itself_is_refused_before_it_is_read(workspace, monkeypatch) -> None:
    from esn_desktop.services import transfer

    opened: list[object] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    for read in (transfer.plan_list, transfer.read_document):
        with pytest.raises(ValidationError) as refused:
            read(workspace, workspace.path)
        assert [str(p) for p in refused.value.problems] == [
            "acme.esn: (file): is the workspace itself, not a file to import"
        ]
    assert workspace.path not in opened


def test_a_refusal_names_the_row_as_the_spreadsheet_numbers_it_blank_rows_included(
    workspace, tmp_path: Path
) -> None:
    path = tmp_path / "trous.csv"
    path.write_text("Société;Ville\nAcme;Paris\n;;\n\n;Lyon\n", encoding="utf-8")
    plan = plan_list(workspace, path)
    assert [str(p) for p in plan.rejected] == ["row 5: name: is required"]


def test_every_column_has_a_name_of_its_own(workspace, tmp_path: Path) -> None:
    # The same header twice, and a column with cells but no header: each mapped or said left out.
    path = tmp_path / "colonnes.csv"
    path.write_text("Société;Email;Email;;\nAcme;;a.roux@acme.example;SIRET 123;\n", encoding="utf-8")
    plan = plan_list(workspace, path, corrections=[("Email (2)", "email")])
    assert plan.table.header == ("Société", "Email", "Email (2)", "(column D)")
    assert plan.mapping == {"Société": "name", "Email": "", "Email (2)": "email", "(column D)": ""}
    assert plan.columns_left_out == ["Email", "(column D)"]
    assert [c.email for c in plan.content.contacts] == ["a.roux@acme.example"]
    assert plan.samples(1) == [(2, {"name": "Acme", "email": "a.roux@acme.example"})]
