"""Activities lists (issue 13, point 2): Pipedrive's activities export and a French Excel list,
read right the first time: kinds and done flags as the CRM writes them, a date's time kept,
the account, contact and owner found or made, an opportunity found at its account."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.records import ActivityRecord
from esn_desktop.interchange.lists.activities import (
    CONTACT_WITHOUT_ACCOUNT,
    OPPORTUNITY_WITHOUT_ACCOUNT,
    UNKNOWN_OPPORTUNITY,
)
from esn_desktop.services.transfer import apply_list_plan, plan_list
from esn_desktop.store.database import Workspace
from tests.cli.conftest import run

DIALECTS = Path(__file__).parent / "dialects"
TODAY = date(2026, 11, 20)
CALL, MEETING, FOLLOW_UP = ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.FOLLOW_UP
DONE, PLANNED = ActivityStatus.DONE, ActivityStatus.PLANNED


def activity(
    kind: ActivityKind,
    status: ActivityStatus,
    day: date,
    account: str | None,
    contact: str | None,
    owner: str | None,
    notes: str,
    at: time | None = None,
    opportunity: str | None = None,
) -> ActivityRecord:
    return ActivityRecord(kind, status, day, account, contact, owner, opportunity, notes, at)


def test_pipedrives_activities_export_reads_right(workspace: Workspace) -> None:
    plan = plan_list(workspace, DIALECTS / "pipedrive_activities.csv", today=TODAY)
    assert plan.dialect is not None and plan.dialect.name == "Pipedrive activities"
    assert plan.rejected == []
    assert plan.content.activities == [
        activity(
            CALL,
            DONE,
            date(2026, 10, 2),
            "Bréguet Conseil",
            "Sophie Marchand",
            "Claire Moreau",
            "Premier appel — Budget confirmé",
            time(9, 30),
        ),
        # A lunch is a meeting; "12:30:00" is 12:30.
        activity(
            MEETING,
            DONE,
            date(2026, 10, 15),
            "Atelier Nord",
            "Paul Girard",
            "Hugo Petit",
            "Déjeuner DSI",
            time(12, 30),
        ),
        # A task and a deadline are follow-ups; "Undone" is planned.
        activity(
            FOLLOW_UP,
            PLANNED,
            date(2026, 12, 10),
            "Bréguet Conseil",
            None,
            "Claire Moreau",
            "Relancer la proposition",
        ),
        activity(
            FOLLOW_UP,
            PLANNED,
            date(2026, 12, 15),
            "Nova Data",
            None,
            "Hugo Petit",
            "Date limite appel d'offres",
        ),
    ]
    assert plan.created["contacts"] == ["Sophie Marchand, Bréguet Conseil", "Paul Girard, Atelier Nord"]
    # The workspace has none of the deals named: left out, said, the activities kept.
    assert plan.left_out_counts() == {UNKNOWN_OPPORTUNITY: 3}


def test_an_activity_finds_its_deal_and_contact_at_the_account(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    csv = tmp_path / "activites.csv"
    csv.write_bytes(
        "Date;Type;Société;Contact;Affaire;Commercial;Notes\r\n"
        "12/11/2026 14:00;Rendez-vous;MUTUELLE HORIZON;sophie marchand;renfort equipe data;"
        "Helene Garnier;Suite\r\n".encode("cp1252")
    )
    plan = plan_list(small_workspace, csv, today=TODAY, may_create=False)
    assert plan.rejected == [] and plan.left_out == [] and plan.created == {}
    assert plan.content.activities == [
        activity(
            MEETING,
            DONE,
            date(2026, 11, 12),
            "Mutuelle Horizon",
            "Sophie Marchand",
            "Hélène Garnier",
            "Suite",
            time(14, 0),
            "Renfort équipe data",
        )
    ]
    apply_list_plan(small_workspace, plan)


def test_a_french_excel_activities_list_with_its_done_column(workspace: Workspace) -> None:
    plan = plan_list(workspace, DIALECTS / "excel_fr_activities.csv", today=TODAY)
    assert plan.rejected == []
    assert [
        (a.kind, a.status, a.date, a.time, a.account, a.contact, a.notes) for a in plan.content.activities
    ] == [
        (
            CALL,
            DONE,
            date(2026, 10, 2),
            time(9, 30),
            "Bréguet Conseil",
            "Sophie Marchand",
            "Premier appel — Budget confirmé",
        ),
        (MEETING, DONE, date(2026, 10, 15), None, "atelier nord", "Paul Girard", "Présentation"),
        # "sophie marchand" is the contact the first row made.
        (
            FOLLOW_UP,
            PLANNED,
            date(2026, 12, 10),
            None,
            "Bréguet Conseil",
            "Sophie Marchand",
            "Relancer la proposition",
        ),
    ]
    apply_list_plan(workspace, plan)
    again = plan_list(workspace, DIALECTS / "excel_fr_activities.csv", today=TODAY)
    assert again.content.activities == [] and again.duplicate_rows == 3


@pytest.mark.parametrize(
    ("day", "status"),
    [
        ("19/11/2026", ActivityStatus.DONE),
        ("20/11/2026", ActivityStatus.PLANNED),
        ("02/12/2026", ActivityStatus.PLANNED),
    ],
)
def test_without_a_status_an_activity_before_today_was_done(
    workspace: Workspace, tmp_path: Path, day: str, status: ActivityStatus
) -> None:
    csv = tmp_path / "activites.csv"
    csv.write_bytes(f"Date;Type;Société\r\n{day};Appel;Nova Data\r\n".encode("cp1252"))
    plan = plan_list(workspace, csv, today=TODAY)
    assert [a.status for a in plan.content.activities] == [status]


def test_with_no_create_an_unknown_contact_refuses_the_row(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    csv = tmp_path / "activites.csv"
    csv.write_bytes(
        "Date;Type;Société;Contact\r\n"
        "12/11/2026;Appel;Mutuelle Horizon;Jean Inconnu\r\n"
        "12/11/2026;Appel;Nova Data;\r\n".encode("cp1252")
    )
    plan = plan_list(small_workspace, csv, today=TODAY, may_create=False)
    assert [str(p) for p in plan.rejected] == [
        "row 2: contact: no contact named 'Jean Inconnu' at 'Mutuelle Horizon', and --no-create makes none",
        "row 3: account: no account named 'Nova Data', and --no-create makes none",
    ]


def test_an_unknown_kind_is_refused_naming_the_kinds(workspace: Workspace, tmp_path: Path) -> None:
    csv = tmp_path / "activites.csv"
    csv.write_bytes("Date;Type;Société\r\n12/11/2026;Pigeon voyageur;Nova Data\r\n".encode("cp1252"))
    code, _out, err = run("import", str(tmp_path / "w.esn"), str(csv), "--quiet")
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: 1 row of the list was refused (1 problem); nothing was written",
        "  row 2: kind: must be one of call, email, meeting, proposal, follow_up, event, "
        "not 'Pigeon voyageur'",
    ]


def test_activities_from_the_command_line(tmp_path: Path) -> None:
    target = tmp_path / "w.esn"
    code, out, err = run(
        "import", str(target), str(DIALECTS / "pipedrive_activities.csv"), "--list", "activities", "--quiet"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "imported into w.esn: 2 salespeople, 3 accounts, 2 contacts, 4 activities",
        "list: activities (Pipedrive activities)",
        "2 salespeople made, named by rows: 'Claire Moreau', 'Hugo Petit'",
        "3 accounts made, named by rows: 'Bréguet Conseil', 'Atelier Nord', 'Nova Data'",
        "2 contacts made, named by rows: 'Sophie Marchand, Bréguet Conseil', 'Paul Girard, Atelier Nord'",
        "columns left out (no field takes them): 'Activity - ID'",
        "3 rows left out: an opportunity the account does not have (the activity kept without it) "
        "(rows 2, 4 and 5)",
    ]


def test_a_person_or_deal_without_a_company_is_left_out_the_activity_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    csv = tmp_path / "activites.csv"
    csv.write_bytes("Date;Type;Contact;Affaire\r\n12/11/2026;Appel;Jean Dupont;Audit\r\n".encode("cp1252"))
    plan = plan_list(workspace, csv, today=TODAY)
    assert plan.rejected == []
    assert [(a.account, a.contact, a.opportunity) for a in plan.content.activities] == [(None, None, None)]
    assert plan.left_out_counts() == {CONTACT_WITHOUT_ACCOUNT: 1, OPPORTUNITY_WITHOUT_ACCOUNT: 1}


def test_a_workbooks_date_and_time_cells_keep_the_time(workspace: Workspace, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Type", "Société", "Fait"])
    sheet.append([datetime(2026, 10, 2, 9, 30), "Appel", "Nova Data", True])
    sheet.append([datetime(2026, 10, 5), "Email", "Nova Data", False])
    book.save(tmp_path / "activites.xlsx")
    plan = plan_list(workspace, tmp_path / "activites.xlsx", today=TODAY)
    assert plan.rejected == []
    assert [(a.kind, a.status, a.date, a.time) for a in plan.content.activities] == [
        (CALL, DONE, date(2026, 10, 2), time(9, 30)),
        (ActivityKind.EMAIL, PLANNED, date(2026, 10, 5), None),
    ]


@pytest.mark.parametrize(
    ("day", "at", "expected"),
    [
        ("02/10/2026 14:30", "", time(14, 30)),
        ("02/10/2026 14h30", "", time(14, 30)),
        ("02/10/2026 à 9h", "", time(9, 0)),
        ("2026-10-02T14:30:00Z", "", time(14, 30)),
        ("02/10/2026 00:00", "", None),
        ("02/10/2026", "9 h 05", time(9, 5)),
        ("02/10/2026", "14:30:00", time(14, 30)),
        ("02/10/2026 08:00", "14:30", time(14, 30)),
    ],
)
def test_a_time_as_people_and_programs_write_it(
    workspace: Workspace, tmp_path: Path, day: str, at: str, expected: time | None
) -> None:
    csv = tmp_path / "activites.csv"
    csv.write_bytes(f"Date;Heure;Type;Société\r\n{day};{at};Appel;Nova Data\r\n".encode("cp1252"))
    plan = plan_list(workspace, csv, today=TODAY)
    assert plan.rejected == []
    assert [(a.date, a.time) for a in plan.content.activities] == [(date(2026, 10, 2), expected)]
