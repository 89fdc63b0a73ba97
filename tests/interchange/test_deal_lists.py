"""Opportunities lists (issue 13, point 2): each CRM's deals export, and a French Excel list, read
right the first time: their dialect recognised, stages mapped, amounts, probabilities and
dates as written, accounts and salespeople found or made.

The files in tests/interchange/dialects are written as each program writes them (French Excel:
Windows-1252, `;`, no-break spaces in `1 234,50 €`; HubSpot and Pipedrive: UTF-8 and commas;
Salesforce's Data Loader: every field quoted, CRLF).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.records import OpportunityRecord
from esn_desktop.interchange.lists.deals import DELETED_DEAL, NO_AMOUNT
from esn_desktop.services.transfer import apply_list_plan, plan_list
from esn_desktop.store.database import Workspace
from tests.cli.conftest import run

DIALECTS = Path(__file__).parent / "dialects"
TODAY = date(2026, 11, 20)


def deal(
    account: str,
    title: str,
    amount: str,
    stage: Stage,
    probability: str,
    created: date,
    expected: date | None,
    owner: str | None,
    *,
    closed: date | None = None,
    channel: str | None = None,
) -> tuple[object, ...]:
    return (
        account,
        title,
        Decimal(amount),
        stage,
        Decimal(probability),
        created,
        expected,
        closed,
        owner,
        channel,
    )


def seen(record: OpportunityRecord) -> tuple[object, ...]:
    return (
        record.account,
        record.title,
        record.amount,
        record.stage,
        record.probability,
        record.created,
        record.expected_close,
        record.closed,
        record.owner,
        record.channel,
    )


SEPT_1, OCT_3, AUG_12 = date(2026, 9, 1), date(2026, 10, 3), date(2026, 8, 12)
DEC_22, JAN_15, OCT_30 = date(2026, 12, 22), date(2027, 1, 15), date(2026, 10, 30)

CASES = {
    "excel_fr_deals.csv": (
        None,
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "1234.50",
                Stage.PROPOSAL,
                "0.8",
                TODAY,
                DEC_22,
                "Claire Moreau",
            ),
            # "claire moreau" is the salesperson the row above made; "15/01/27" is 2027.
            deal(
                "Atelier Nord",
                "TMA Java 2027",
                "45000",
                Stage.NEGOTIATION,
                "0.7",
                TODAY,
                JAN_15,
                "Claire Moreau",
            ),
            # Won, no creation date: closed on its closing day, and created then.
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.WON,
                "1",
                OCT_30,
                OCT_30,
                "Hugo Petit",
                closed=OCT_30,
            ),
        ],
    ),
    "hubspot_deals.csv": (
        "HubSpot deals, English interface",
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "12000",
                Stage.LEAD,
                "0.05",
                SEPT_1,
                DEC_22,
                "Claire Moreau",
            ),
            deal(
                "Atelier Nord",
                "TMA Java 2027",
                "45000.50",
                Stage.NEGOTIATION,
                "0.7",
                OCT_3,
                JAN_15,
                "Hugo Petit",
            ),
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.WON,
                "1",
                AUG_12,
                OCT_30,
                "Hugo Petit",
                closed=OCT_30,
            ),
        ],
    ),
    "hubspot_fr_deals.csv": (
        "HubSpot deals, French interface",
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "12000",
                Stage.QUALIFIED,
                "0.2",
                SEPT_1,
                DEC_22,
                "Claire Moreau",
            ),
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.LOST,
                "0",
                AUG_12,
                OCT_30,
                "Hugo Petit",
                closed=OCT_30,
            ),
        ],
    ),
    "pipedrive_deals.csv": (
        "Pipedrive deals",
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "12000",
                Stage.LEAD,
                "0.05",
                SEPT_1,
                DEC_22,
                "Claire Moreau",
            ),
            deal("Atelier Nord", "TMA Java 2027", "45000", Stage.MEETING, "0.6", OCT_3, JAN_15, "Hugo Petit"),
            # Its status says won, whatever its stage; "Closed on" is its closing day.
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.WON,
                "1",
                AUG_12,
                OCT_30,
                "Hugo Petit",
                closed=date(2026, 10, 28),
            ),
            deal(
                "Nova Data",
                "Régie data",
                "30000",
                Stage.LOST,
                "0",
                date(2026, 9, 20),
                date(2026, 11, 15),
                "Hugo Petit",
                closed=date(2026, 11, 15),
            ),
        ],
    ),
    "odoo_deals.csv": (
        "Odoo CRM opportunities, English labels",
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "12000",
                Stage.PROPOSAL,
                "0.4",
                SEPT_1,
                DEC_22,
                "Claire Moreau",
            ),
            # No company name: the customer's.
            deal(
                "Atelier Nord", "TMA Java 2027", "45000", Stage.QUALIFIED, "0.2", OCT_3, JAN_15, "Hugo Petit"
            ),
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.WON,
                "1",
                AUG_12,
                OCT_30,
                "Hugo Petit",
                closed=OCT_30,
            ),
        ],
    ),
    "odoo_fr_deals.csv": (
        "Odoo CRM opportunities, French labels",
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "12000",
                Stage.LEAD,
                "0.1",
                SEPT_1,
                DEC_22,
                "Claire Moreau",
            ),
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.WON,
                "1",
                AUG_12,
                OCT_30,
                "Hugo Petit",
                closed=OCT_30,
            ),
        ],
    ),
    "salesforce_report_deals.csv": (
        "Salesforce opportunities report",
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "12000",
                Stage.PROPOSAL,
                "0.75",
                SEPT_1,
                DEC_22,
                "Claire Moreau",
                channel="Salon Tech",
            ),
            deal(
                "Atelier Nord",
                "TMA Java 2027",
                "45000",
                Stage.MEETING,
                "0.6",
                OCT_3,
                JAN_15,
                "Hugo Petit",
                channel="Web",
            ),
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.WON,
                "1",
                AUG_12,
                OCT_30,
                "Hugo Petit",
                closed=OCT_30,
                channel="Web",
            ),
        ],
    ),
    "salesforce_dataloader_deals.csv": (
        "Salesforce Data Loader opportunities",
        [
            deal(
                "Bréguet Conseil",
                "Refonte SI RH",
                "12000",
                Stage.NEGOTIATION,
                "0.9",
                SEPT_1,
                DEC_22,
                "Claire Moreau",
            ),
            deal(
                "Nova Data",
                "Audit cloud",
                "8000",
                Stage.LOST,
                "0",
                AUG_12,
                OCT_30,
                "Hugo Petit",
                closed=OCT_30,
            ),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_crms_deals_export_reads_right(workspace: Workspace, name: str) -> None:
    dialect, expected = CASES[name]
    plan = plan_list(workspace, DIALECTS / name, today=TODAY)
    assert plan.list_name == "opportunities"
    assert (plan.dialect.name if plan.dialect else None) == dialect
    assert plan.rejected == []
    assert [seen(o) for o in plan.content.opportunities] == expected
    accounts = list(dict.fromkeys(o.account for o in plan.content.opportunities))
    assert [a.name for a in plan.content.accounts] == accounts
    assert plan.created["accounts"] == accounts
    assert plan.created["salespeople"] == ["Claire Moreau", "Hugo Petit"]
    # Written, and planned again: every row is now a duplicate.
    apply_list_plan(workspace, plan)
    again = plan_list(workspace, DIALECTS / name, today=TODAY)
    assert again.content.opportunities == []
    assert again.duplicate_rows == len(expected)


def test_a_french_workbook_with_date_cells_reads_as_its_csv(workspace: Workspace, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Affaires"
    sheet.append(["Société", "Affaire", "Montant", "Étape", "Probabilité", "Clôture prévue", "Commercial"])
    sheet.append(["Bréguet Conseil", "Refonte SI RH", 1234.5, "Proposition", 0.8, DEC_22, "Claire Moreau"])
    sheet.append(["Atelier Nord", "TMA Java 2027", 45000, "Négociation", 0.7, JAN_15, "claire moreau"])
    sheet.append(["Nova Data", "Audit cloud", 8000, "Gagné", None, OCT_30, "Hugo Petit"])
    book.save(tmp_path / "affaires.xlsx")
    from_book = plan_list(workspace, tmp_path / "affaires.xlsx", today=TODAY)
    from_csv = plan_list(workspace, DIALECTS / "excel_fr_deals.csv", today=TODAY)
    assert from_book.rejected == []
    assert from_book.content.opportunities == from_csv.content.opportunities


def test_deals_at_the_workspaces_accounts_find_them_ignoring_case_and_accents(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    csv = tmp_path / "affaires.csv"
    csv.write_bytes(
        "Société;Affaire;Montant;Étape;Commercial\r\n"
        "MUTUELLE HORIZON;Nouvelle TMA;10 000 €;Qualifié;helene garnier\r\n".encode("cp1252")
    )
    plan = plan_list(small_workspace, csv, today=TODAY, may_create=False)
    assert plan.rejected == []
    assert [(o.account, o.owner) for o in plan.content.opportunities] == [
        ("Mutuelle Horizon", "Hélène Garnier")
    ]
    assert plan.created == {}


def test_with_no_create_an_unknown_account_or_owner_refuses_the_row(workspace: Workspace) -> None:
    plan = plan_list(workspace, DIALECTS / "excel_fr_deals.csv", today=TODAY, may_create=False)
    assert plan.content.opportunities == []
    assert [str(p) for p in plan.rejected[:2]] == [
        "row 2: account: no account named 'Bréguet Conseil', and --no-create makes none",
        "row 2: owner: no salesperson named 'Claire Moreau', and --no-create makes none",
    ]
    assert plan.rejected_rows == 3


def test_an_unknown_stage_is_refused_naming_the_stages(workspace: Workspace, tmp_path: Path) -> None:
    csv = tmp_path / "affaires.csv"
    csv.write_bytes(
        "Société;Affaire;Montant;Étape\r\nNova Data;Audit;1 000 €;Signature imminente\r\n".encode("cp1252")
    )
    with pytest.raises(ValidationError) as refused:
        apply_list_plan(workspace, plan_list(workspace, csv, today=TODAY))
    assert [str(p) for p in refused.value.problems] == [
        "row 2: stage: must be one of lead, qualified, meeting, proposal, negotiation, won, lost "
        "(or a CRM's stage), not 'Signature imminente'"
    ]


def test_the_same_title_at_the_same_account_twice_is_one_deal(workspace: Workspace, tmp_path: Path) -> None:
    csv = tmp_path / "affaires.csv"
    csv.write_bytes(
        "Société;Affaire;Montant;Étape\r\n"
        "Nova Data;Audit cloud;1 000 €;Piste\r\n"
        "NOVA DATA;audit Cloud;1 000 €;Piste\r\n"
        "Atelier Nord;Audit cloud;2 000 €;Piste\r\n".encode("cp1252")
    )
    plan = plan_list(workspace, csv, today=TODAY)
    assert [(o.account, o.title) for o in plan.content.opportunities] == [
        ("Nova Data", "Audit cloud"),
        ("Atelier Nord", "Audit cloud"),
    ]
    assert [(d.row, d.value, d.matches) for d in plan.duplicates] == [(3, "audit Cloud", "row 2")]


def test_a_data_loader_extract_without_account_names_is_refused_at_its_header(
    workspace: Workspace, tmp_path: Path
) -> None:
    csv = tmp_path / "extract.csv"
    csv.write_bytes(
        b'"ID","ACCOUNTID","NAME","STAGENAME","AMOUNT","CLOSEDATE"\r\n'
        b'"0065g00000AbCdEAAV","0015g00000XyZaBAAV","Refonte SI RH","Prospecting","12000.0","2026-12-22"\r\n'
    )
    with pytest.raises(ValidationError, match="the list was refused") as refused:
        plan_list(workspace, csv, today=TODAY)
    assert [str(p) for p in refused.value.problems] == [
        "(header): account: no column was recognised as the company's name (an id names nothing here); "
        'name it with --map "Column=account"'
    ]


def test_an_import_of_deals_from_the_command_line(tmp_path: Path) -> None:
    target = tmp_path / "w.esn"
    code, out, err = run("import", str(target), str(DIALECTS / "pipedrive_deals.csv"), "--dry-run")
    assert code == 0, err
    assert out.splitlines()[:2] == [
        "read as: utf-8 text separated by commas, 4 rows",
        "list: opportunities (Pipedrive deals)",
    ]
    assert "would write: 2 salespeople, 3 accounts, 4 opportunities" in out
    assert not target.exists()
    code, out, err = run("import", str(target), str(DIALECTS / "excel_fr_deals.csv"), "--quiet")
    assert code == 0, err
    assert out.splitlines() == [
        "imported into w.esn: 2 salespeople, 3 accounts, 3 opportunities",
        "2 salespeople made, named by rows: 'Claire Moreau', 'Hugo Petit'",
        "3 accounts made, named by rows: 'Bréguet Conseil', 'Atelier Nord', 'Nova Data'",
    ]


def test_told_it_is_an_opportunities_list(tmp_path: Path) -> None:
    # "Nom" and "Montant" alone read as an accounts list; --list says otherwise.
    csv = tmp_path / "liste.csv"
    csv.write_bytes("Nom;Client;Montant;Étape\r\nRefonte;Nova Data;1 000 €;Piste\r\n".encode("cp1252"))
    code, out, err = run("import", str(tmp_path / "w.esn"), str(csv), "--list", "opportunities", "--dry-run")
    assert code == 0, err
    assert "list: opportunities (no CRM recognised: columns matched by their headers)" in out
    assert "  'Nom' -> title" in out
    assert "would write: 1 account, 1 opportunity" in out


def test_an_amount_in_another_currency_is_refused_and_a_missing_one_is_zero(
    workspace: Workspace, tmp_path: Path
) -> None:
    csv = tmp_path / "deals.csv"
    csv.write_bytes(
        b"Deal - Title,Deal - Value,Deal - Currency of value,Deal - Stage,Organization - Name\n"
        b"Refonte SI RH,12000,USD,Lead In,Nova Data\n"
        b"Audit cloud,,EUR,Lead In,Nova Data\n"
    )
    plan = plan_list(workspace, csv, today=TODAY)
    assert [str(p) for p in plan.rejected] == [
        "row 2: currency: is 'USD': the workspace counts in euros (convert the amount, or leave the row out)"
    ]
    assert [(o.title, o.amount) for o in plan.content.opportunities] == [("Audit cloud", Decimal(0))]
    assert plan.left_out_counts() == {NO_AMOUNT: 1}


@pytest.mark.parametrize(
    ("written", "stage"),
    [
        ("appointmentscheduled", Stage.LEAD),
        ("Decision Maker Bought-In", Stage.PROPOSAL),
        ("closedlost", Stage.LOST),
        ("Contact Made", Stage.QUALIFIED),
        ("Negotiations Started", Stage.NEGOTIATION),
        ("Nouveau", Stage.LEAD),
        ("Qualifié", Stage.QUALIFIED),
        ("Needs Analysis", Stage.QUALIFIED),
        ("Perception Analysis", Stage.MEETING),
        ("Negotiation/Review", Stage.NEGOTIATION),
        ("PROSP", Stage.LEAD),
        ("PROPO", Stage.PROPOSAL),
        ("NEGO", Stage.NEGOTIATION),
        ("Reporté", Stage.NEGOTIATION),
        ("WON", Stage.WON),
        ("Perdu", Stage.LOST),
        ("negotiation", Stage.NEGOTIATION),
    ],
)
def test_a_crms_default_stage_reads_as_ours_whatever_the_file(
    workspace: Workspace, tmp_path: Path, written: str, stage: Stage
) -> None:
    csv = tmp_path / "affaires.csv"
    csv.write_bytes(
        f"Société;Affaire;Montant;Étape\r\nNova Data;Audit;1 000 €;{written}\r\n".encode("cp1252")
    )
    plan = plan_list(workspace, csv, today=TODAY)
    assert [o.stage for o in plan.content.opportunities] == [stage]


def test_a_deleted_deal_is_left_out_and_said_a_refused_rows_notes_are_not(
    workspace: Workspace, tmp_path: Path
) -> None:
    csv = tmp_path / "deals.csv"
    csv.write_bytes(
        b"Deal - Title,Deal - Value,Deal - Stage,Deal - Status,Organization - Name\n"
        b"Refonte SI RH,12000,Lead In,Deleted,Nova Data\n"
        b"Audit cloud,,Nowhere,Open,Nova Data\n"
    )
    plan = plan_list(workspace, csv, today=TODAY)
    assert plan.content.opportunities == []
    assert plan.left_out_counts() == {DELETED_DEAL: 1}
    assert plan.rejected_rows == 1
