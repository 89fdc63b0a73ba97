"""Other CRMs' exports (issue 13, point 1): each dialect recognised by its columns, read as
docs/import.md's table for it says, and imported with the right accounts, people and owners.

Each file of tests/interchange/dialects is written as its vendor writes it: HubSpot, Pipedrive
and Salesforce reports in UTF-8 with a BOM and commas; Data Loader and Odoo in UTF-8 without
one, Data Loader quoting every value; Dolibarr and Axonaut as French Excel saves them (`;`,
Windows-1252). Odoo's files mix companies and people, with True/False or Vrai/Faux, in CSV or
in a workbook (its default).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from esn_desktop.interchange.lists.dialects import DIALECTS, LEFT_OUT, Dialect, recognise
from esn_desktop.interchange.lists.mapping import read_header
from esn_desktop.interchange.lists.table import ListTable, read_list_table
from esn_desktop.interchange.lists.vendors import PEOPLE_DIALECTS
from esn_desktop.store import models as m
from esn_desktop.store.database import open_workspace
from tests.cli.conftest import run

FILES = Path(__file__).parent / "dialects"
DOC = Path(__file__).resolve().parents[2] / "docs" / "import.md"
OWNERS = ["Camille Martin", "Julien Lefèvre", "Sophie Bernard"]
HELENE = ("Bréguet Conseil", "Hélène", "Moreau", "helene.moreau@breguet-conseil.fr")

#: Contacts' job titles and mobiles, and accounts' own phone and mailbox, are fields another
#: change adds to the workspace (issue 13, point 5); the checks of them wait for it.
NEW_FIELDS = hasattr(m.Contact, "job_title") and hasattr(m.Account, "phone")
needs_new_fields = pytest.mark.skipif(
    not NEW_FIELDS, reason="contacts' job_title and mobile, accounts' phone"
)


@dataclass(frozen=True)
class Export:
    """One vendor's file and what importing it into a new workspace gives."""

    file: str
    dialect: str
    accounts: int
    contacts: int
    #: (account, first name, last name, email) of one person the file names.
    person: tuple[str, str, str, str] | None
    left_out: tuple[str, ...]
    owners: tuple[str, ...] = tuple(OWNERS)
    channels: tuple[str, ...] = ()
    #: (account, first name, last name, job title, mobile) of one person.
    job: tuple[str, str, str, str, str | None] | None = None
    #: (account, phone, email) of one company: its own switchboard and mailbox.
    switchboard: tuple[str, str | None, str | None] | None = None
    #: A line the summary must hold besides the usual ones.
    also: str | None = None


HELENE_JOB = ("Bréguet Conseil", "Hélène", "Moreau", "Directrice des systèmes d'information")
EXPORTS = [
    Export(
        "hubspot_contacts_en.csv",
        "HubSpot contacts, English interface",
        18,
        20,
        HELENE,
        ("Record ID", "Lifecycle Stage", "Lead Status", "Country/Region", "Create Date"),
        channels=("Offline Sources", "Organic Search", "Referrals"),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
    ),
    Export(
        "hubspot_contacts_fr.csv",
        "HubSpot contacts, French interface",
        18,
        18,
        HELENE,
        ("ID de fiche d'informations", "Phase du cycle de vie"),
        owners=("Julien Lefèvre", "Sophie Bernard", "Camille Martin"),
        channels=("Sources hors ligne", "Recherche organique", "Références"),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
    ),
    Export(
        "hubspot_companies_en.csv",
        "HubSpot companies, English interface",
        18,
        0,
        None,
        ("Record ID", "Company Domain Name", "Country/Region", "Lifecycle Stage", "Create Date"),
        switchboard=("Lumière Data", "+33 3 20 55 41 00", None),
    ),
    Export(
        "hubspot_companies_fr.csv",
        "HubSpot companies, French interface",
        16,
        0,
        None,
        ("ID de fiche d'informations", "Nom de domaine de l'entreprise", "Phase du cycle de vie"),
        owners=("Sophie Bernard", "Camille Martin", "Julien Lefèvre"),
        switchboard=("Lumière Data", "+33 3 20 55 41 00", None),
    ),
    Export(
        "pipedrive_people_organization.csv",
        "Pipedrive people, with their organization",
        18,
        20,
        HELENE,
        (
            "Person - ID",
            "Person - Organization",
            "Person - Email - Home",
            "Person - Owner",
            "Organization - ID",
            "Organization - Address",
        ),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
    ),
    Export(
        "pipedrive_people.csv",
        "Pipedrive people",
        16,
        16,
        HELENE,
        ("Person - ID", "Person - Label"),
        job=(*HELENE_JOB, None),
    ),
    Export(
        "pipedrive_organizations.csv",
        "Pipedrive organizations",
        18,
        0,
        None,
        ("Organization - ID", "Organization - Address", "Organization - People", "Organization - Open deals"),
    ),
    Export(
        "odoo_partners_en.csv",
        "Odoo contacts, English labels",
        10,
        12,
        HELENE,
        ("External ID",),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
        switchboard=("Bréguet Conseil", "+33 1 42 68 53 00", "accueil@breguet-conseil.fr"),
        also="1 row left out: a person at no company: no account to put them in (row 24)",
    ),
    Export(  # Odoo's default export format: a workbook, its flags as TRUE/FALSE cells
        "odoo_partners_en.xlsx",
        "Odoo contacts, English labels",
        10,
        12,
        HELENE,
        ("External ID",),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
        switchboard=("Bréguet Conseil", "+33 1 42 68 53 00", "accueil@breguet-conseil.fr"),
        also="1 row left out: a person at no company: no account to put them in (row 24)",
    ),
    Export(
        "odoo_partners_fr.csv",
        "Odoo contacts, French labels",
        10,
        12,
        HELENE,
        ("ID externe",),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
        switchboard=("Atelier Numérique du Rhône", "+33 4 78 42 10 20", "contact@anr.fr"),
        also="1 row left out: a person at no company: no account to put them in (row 24)",
    ),
    Export(
        "odoo_partners_technical.csv",
        "Odoo contacts, technical names",
        10,
        12,
        HELENE,
        ("id",),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
        switchboard=("Bréguet Conseil", "+33 1 42 68 53 00", "accueil@breguet-conseil.fr"),
        also="1 row left out: a person at no company: no account to put them in (row 24)",
    ),
    Export(
        "dolibarr_tiers.csv",
        "Dolibarr third parties",
        18,
        0,
        None,
        ("Identifiant tiers", "Client", "Fournisseur", "Code client", "Adresse", "Code postal", "Pays"),
        switchboard=("Bréguet Conseil", "01 42 68 53 00", "contact@breguet-conseil.fr"),
    ),
    Export(
        "dolibarr_contacts.csv",
        "Dolibarr contacts",
        18,
        20,
        HELENE,
        ("Identifiant contact", "Code civilité", "Visibilité"),
        owners=(),
        job=(*HELENE_JOB, "06 12 34 56 78"),
    ),
    Export(
        "salesforce_contacts_report_en.csv",
        "Salesforce contacts report, English",
        18,
        20,
        HELENE,
        ("Contact Owner", "Salutation"),
        channels=("Trade Show", "Web", "Partner Referral"),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
        also=(
            "3 rows left out: the footer its CRM writes under a report (title, totals, copyright, "
            "author), not data (rows 23, 25 and 26)"
        ),
    ),
    Export(
        "salesforce_contacts_report_fr.csv",
        "Salesforce contacts report, French",
        17,
        17,
        HELENE,
        ("Propriétaire du contact",),
        channels=("Salon", "Web", "Recommandation partenaire"),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
    ),
    Export(
        "salesforce_accounts_report_en.csv",
        "Salesforce accounts report, English",
        18,
        0,
        None,
        ("Type", "Billing Country", "Website"),
        switchboard=("Vallée Énergies", "+33 4 76 85 20 00", None),
        # Salesforce Classic's footer: the report's name, copyright, author, company.
        also=(
            "5 rows left out: the footer its CRM writes under a report (title, totals, copyright, "
            "author), not data (rows 21, 22, 23, 24 and 25)"
        ),
    ),
    Export(
        "salesforce_accounts_report_fr.csv",
        "Salesforce accounts report, French",
        15,
        0,
        None,
        ("Type",),
        owners=("Julien Lefèvre", "Sophie Bernard", "Camille Martin"),
        switchboard=("Vallée Énergies", "+33 4 76 85 20 00", None),
    ),
    Export(
        "salesforce_dataloader_accounts.csv",
        "Salesforce Data Loader accounts",
        18,
        0,
        None,
        ("ID", "OWNERID", "TYPE"),
        owners=(),
        switchboard=("Océane Logistique", "+33 2 40 12 80 80", None),
    ),
    Export(
        "salesforce_dataloader_contacts.csv",
        "Salesforce Data Loader contacts",
        18,
        20,
        HELENE,
        ("ID", "ACCOUNTID", "OWNERID"),
        owners=(),
        job=(*HELENE_JOB, "+33 6 12 34 56 78"),
    ),
    Export(
        "axonaut_customers.csv",
        "Axonaut or Sellsy customers",
        18,
        18,
        HELENE,
        ("Type", "Civilité", "Adresse", "Code postal"),
        channels=("Salon", "Recommandation", "Site web", "Appel entrant"),
        job=(*HELENE_JOB, "06 12 34 56 78"),
    ),
]
BY_NAME = {dialect.name: dialect for dialect in DIALECTS}


def test_every_dialect_of_the_people_lists_has_its_file() -> None:
    # The opportunities' and activities' files are tests/interchange/test_deal_lists.py's.
    assert {export.dialect for export in EXPORTS} == {dialect.name for dialect in PEOPLE_DIALECTS}
    people_files = [
        path.name for path in FILES.iterdir() if not path.stem.endswith(("_deals", "_activities"))
    ]
    assert sorted(people_files) == sorted(export.file for export in EXPORTS)


def documented_columns(dialect: Dialect) -> dict[str, str]:
    """Column -> field as docs/import.md's table for the dialect says ('' for "left out")."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n### {dialect.name}\n")
    end = text.find("\n#", start + 1)
    section = text[start : end if end != -1 else len(text)]
    rows = re.findall(r"^\| `([^`]+)` \| (`([a-z_]+)`|left out) \|$", section, flags=re.MULTILINE)
    return {column: target for column, _, target in rows}


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_the_documentation_gives_each_column_of_each_dialect_its_field(dialect: Dialect) -> None:
    assert documented_columns(dialect) == dict(dialect.columns)


@pytest.mark.parametrize("export", EXPORTS, ids=lambda e: e.file)
def test_the_file_is_recognised_and_read_as_the_table_says(export: Export) -> None:
    table = read_list_table(FILES / export.file)
    reading = read_header(table.header)
    dialect = BY_NAME[export.dialect]
    assert reading.dialect is dialect
    assert reading.list_name is dialect.list_name
    documented = documented_columns(dialect)
    assert {column: reading.mapping[column] for column in table.header} == {
        column: documented[column] for column in table.header
    }


def imported(workspace: Path) -> tuple[list[str], list[tuple[str, str, str, str | None]]]:
    with open_workspace(workspace, write=False) as opened, opened.session() as session:
        accounts = list(session.execute(select(m.Account.name)).scalars())
        people = session.execute(
            select(m.Account.name, m.Contact.first_name, m.Contact.last_name, m.Contact.email).join(
                m.Account, m.Contact.account_id == m.Account.id
            )
        )
        return accounts, [tuple(person) for person in people]


def _needs_size_bands(export: Export) -> list[pytest.MarkDecorator]:
    # Dolibarr's head counts are bands ("11 - 50"): an account's size as text comes with the new fields.
    return [needs_new_fields] if export.file == "dolibarr_tiers.csv" else []


@pytest.mark.parametrize("export", [pytest.param(e, id=e.file, marks=_needs_size_bands(e)) for e in EXPORTS])
def test_the_export_imports_its_companies_people_and_owners(tmp_path: Path, export: Export) -> None:
    workspace = tmp_path / "w.esn"
    code, out, err = run("import", str(workspace), str(FILES / export.file), "--quiet")
    assert code == 0, err
    accounts, people = imported(workspace)
    assert (len(accounts), len(people)) == (export.accounts, export.contacts)
    assert all(any(ch.isalpha() for ch in name) for name in accounts)  # never "1", "2", "3"
    if export.person:
        assert export.person in people
    lines = out.splitlines()
    assert f"list: {BY_NAME[export.dialect].list_name} ({export.dialect})" in lines
    columns = ", ".join(f"'{column}'" for column in export.left_out)
    assert f"columns left out (no field takes them): {columns}" in lines
    for kind, names in (("salespeople", export.owners), ("channels", export.channels)):
        listed = [line for line in lines if re.match(rf"\d+ {kind} made", line)]
        shown = ", ".join(f"'{name}'" for name in names)
        assert listed == ([f"{len(names)} {kind} made, named by rows: {shown}"] if names else [])
    if export.also:
        assert export.also in lines


@needs_new_fields
@pytest.mark.parametrize("export", [e for e in EXPORTS if e.job or e.switchboard], ids=lambda e: e.file)
def test_job_titles_mobiles_and_switchboards_land_where_they_belong(tmp_path: Path, export: Export) -> None:
    workspace = tmp_path / "w.esn"
    code, _out, err = run("import", str(workspace), str(FILES / export.file), "--quiet")
    assert code == 0, err
    with open_workspace(workspace, write=False) as opened, opened.session() as session:
        if export.job:
            account, first, last, title, mobile = export.job
            found = session.execute(
                select(m.Contact.job_title, m.Contact.mobile)
                .join(m.Account, m.Contact.account_id == m.Account.id)
                .where(m.Account.name == account, m.Contact.first_name == first, m.Contact.last_name == last)
            ).one()
            assert tuple(found) == (title, mobile)
        if export.switchboard:
            account, phone, email = export.switchboard
            found = session.execute(
                select(m.Account.phone, m.Account.email).where(m.Account.name == account)
            ).one()
            assert tuple(found) == (phone, email)
            # A company's own line and mailbox never make a person.
            people = session.execute(select(m.Contact.last_name, m.Contact.email)).all()
            assert all(p.last_name not in (phone, email) for p in people)


def test_dolibarrs_client_flag_is_never_a_name() -> None:
    table = read_list_table(FILES / "dolibarr_tiers.csv")
    reading = read_header(table.header)
    assert reading.mapping["Client"] == LEFT_OUT
    assert reading.mapping["Nom du tiers"] == "name"
    # Even with the name column gone, the flag is not guessed as the company's name.
    without_name = tuple(column for column in table.header if column != "Nom du tiers")
    assert read_header(without_name).mapping["Client"] == LEFT_OUT


def test_a_data_loader_contacts_file_without_the_accounts_name_says_what_is_needed(tmp_path: Path) -> None:
    # Data Loader's contacts as the default query writes them: the account's id, not its name.
    csv = tmp_path / "extract.csv"
    csv.write_bytes(
        b'"ID","ACCOUNTID","FIRSTNAME","LASTNAME","EMAIL","TITLE","OWNERID"\n'
        b'"0035g00000Cc001XYZ","0015g00000Ab001XYZ","H\xc3\xa9l\xc3\xa8ne","Moreau",'
        b'"helene.moreau@breguet-conseil.fr","DSI","0055g00000Own0AAA"\n'
    )
    code, _out, err = run("import", str(tmp_path / "w.esn"), str(csv), "--quiet")
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: the list was refused (1 problem); nothing was written",
        "  (header): account: Data Loader wrote the account's id (ACCOUNTID), not its name: export the "
        "contacts with Account.Name in the query (a column ACCOUNT.NAME), or name the column holding it "
        '(--map "COLUMN=account")',
    ]
    assert not (tmp_path / "w.esn").exists()


def test_the_dry_run_of_an_odoo_partner_file_shows_its_split(tmp_path: Path) -> None:
    code, out, err = run(
        "import", str(tmp_path / "w.esn"), str(FILES / "odoo_partners_fr.csv"), "--dry-run", "--quiet"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == [
        "read as: utf-8 text separated by commas, 23 rows",
        "list: accounts (Odoo contacts, French labels)",
    ]
    assert "  'Est une société' -> is_company" in lines
    assert "  'Société liée' -> company" in lines
    assert "would write: 3 salespeople, 10 accounts, 12 contacts" in lines
    assert "1 row left out: a person at no company: no account to put them in (row 24)" in lines
    assert not (tmp_path / "w.esn").exists()


def test_a_crms_contact_at_no_company_is_left_out_and_said(tmp_path: Path) -> None:
    # HubSpot keeps contacts with no company; such a row is no account's contact.
    csv = tmp_path / "hubspot-crm-exports-all-contacts.csv"
    csv.write_bytes(
        "\ufeffRecord ID,First Name,Last Name,Email,Company Name,Contact owner\r\n"
        "51201,Hélène,Moreau,helene.moreau@breguet-conseil.fr,Bréguet Conseil,Camille Martin\r\n"
        "51999,Paul,Renard,paul.renard@gmail.com,,Camille Martin\r\n".encode()
    )
    workspace = tmp_path / "w.esn"
    code, out, err = run("import", str(workspace), str(csv), "--quiet")
    assert code == 0, err
    assert imported(workspace) == (["Bréguet Conseil"], [HELENE])
    assert "1 row left out: a person at no company: no account to put them in (row 3)" in out.splitlines()


def test_of_two_columns_a_dialect_reads_alike_the_first_fills_the_field() -> None:
    # Odoo named the email "Courriel" before version 15; a file holding both is not refused.
    header = ("Nom", "Est une société", "Courriel", "Email")
    assert read_header(header).mapping == {
        "Nom": "name",
        "Est une société": "is_company",
        "Courriel": "email",
        "Email": LEFT_OUT,
    }


def test_companies_then_their_people_the_way_a_crm_is_exported(tmp_path: Path) -> None:
    # HubSpot exports companies and contacts apart: the people join the accounts already there,
    # which keep their owners; the people's owners and sources make nothing.
    workspace = tmp_path / "w.esn"
    for name in ("hubspot_companies_en.csv", "hubspot_contacts_en.csv"):
        code, out, err = run("import", str(workspace), str(FILES / name), "--quiet")
        assert code == 0, err
    assert out.splitlines()[:2] == [
        "imported into w.esn: 20 contacts",
        "list: contacts (HubSpot contacts, English interface)",
    ]
    assert not [line for line in out.splitlines() if " made, named by rows" in line]
    with open_workspace(workspace, write=False) as opened, opened.session() as session:
        owner = session.execute(
            select(m.Salesperson.name)
            .join(m.Account, m.Account.owner_id == m.Salesperson.id)
            .where(m.Account.name == "Atelier Numérique du Rhône")
        ).scalar_one()
    assert owner == "Julien Lefèvre"  # the companies file's, row 3


def test_a_reports_footer_is_only_what_follows_the_data() -> None:
    report = BY_NAME["Salesforce accounts report, English"]

    def table(rows: list[tuple[str, ...]], numbers: list[int] | None = None) -> ListTable:
        return ListTable(
            "utf-8", ",", ("Account Name", "Account Owner"), tuple(rows), None, tuple(numbers or ())
        )

    data = [("Copyright Media", "Camille Martin"), ("Lumière Data", "Sophie Bernard")]
    footer = [("Mes comptes",), ("Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.",)]
    # The report's name, set apart from the data by a blank line (row 4), is the footer's title.
    assert report.data_rows(table([*data, *footer], [2, 3, 5, 6])) == 2
    # Right under the data, a record with only its name filled is data.
    assert report.data_rows(table([*data, *footer], [2, 3, 4, 5])) == 3
    # A row holding more than its first cell is data, wherever it stands.
    assert report.data_rows(table([*footer, *data])) == 4
    assert report.data_rows(table(data)) == 2


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_no_dialect_takes_anothers_file(dialect: Dialect) -> None:
    # Its bare signature, and every column it knows, are read as this dialect and no other.
    assert recognise(dialect.signature) is dialect
    assert recognise(tuple(dialect.columns)) is dialect


def test_a_spreadsheets_usual_headers_are_no_crms() -> None:
    for header in (("Nom", "Prénom", "Email", "Société"), ("Raison sociale", "Ville", "Effectif")):
        assert recognise(header) is None


def test_dolibarrs_types_of_third_party_are_segments(tmp_path: Path) -> None:
    csv = tmp_path / "export_societe_1.csv"
    csv.write_bytes(
        "Nom du tiers;Client;Fournisseur;Type du tiers;Ville\r\n"
        "Lumière Data;2;0;TPE;Lille\r\n"
        "Vallée Énergies;1;0;PME/PMI;Grenoble\r\n"
        "Océane Logistique;3;1;Grand compte;Nantes\r\n".encode("cp1252")
    )
    workspace = tmp_path / "w.esn"
    code, _out, err = run("import", str(workspace), str(csv), "--quiet")
    assert code == 0, err
    with open_workspace(workspace, write=False) as opened, opened.session() as session:
        rows = session.execute(select(m.Account.name, m.Account.segment).order_by(m.Account.id)).all()
    assert [tuple(row) for row in rows] == [
        ("Lumière Data", "tpe"),
        ("Vallée Énergies", "pme"),
        ("Océane Logistique", "grand_compte"),
    ]


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_every_dialect_names_its_vendor(dialect: Dialect) -> None:
    assert dialect.name.startswith(dialect.vendor)
    assert dialect.language in (None, "English", "French")
