"""Bringing one's data, played in the real window (importing.py), then checked in the files it
left: the first workspace holds exactly what `esn-desktop import --dry-run` said would be written
(run beside, on a copy made before), the second what its Odoo file brought, and neither the other's."""

from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from esn_desktop.services.action_plans import salespeople
from esn_desktop.services.transfer import import_document
from esn_desktop.services.workspaces import company_name
from esn_desktop.store.database import create_workspace, open_workspace
from tests.conftest import SMALL_WORKSPACE
from tests.journeys.clients import client_workspaces, distinctive_names
from tests.journeys.conftest import ROOT, Player

DIALECTS = ROOT / "tests" / "interchange" / "dialects"
HUBSPOT = DIALECTS / "hubspot_contacts_en.csv"
ODOO = DIALECTS / "odoo_partners_fr.csv"
#: The column the director leaves out in the wizard, and the same choice on the command line.
LEFT_OUT = "Original Source"
#: An account both files name: its contacts differ from one client's workspace to the other's.
SHARED_ACCOUNT = "Bréguet Conseil"
TABLES = ("salespeople", "channels", "accounts", "contacts")


def test_a_crm_export_imported_through_the_wizard_is_what_the_dry_run_said_and_stays_in_its_workspace(
    journey: Player, tmp_path: Path
) -> None:
    first = _small_example(tmp_path / "exemple.esn")
    beside = _small_example(tmp_path / "exemple-cli.esn")  # the command line's copy, made before
    [(second, second_company)] = client_workspaces(tmp_path, 1)
    with open_workspace(Path(second), write=False) as workspace:
        assert not {"Camille Martin", "Julien Lefèvre", "Sophie Bernard"} & set(salespeople(workspace))
    with open_workspace(first, write=False) as workspace:
        first_company = company_name(workspace)
    before = _counts(first)

    # As the director will leave it in the wizard: the column left out.
    command = [sys.executable, "-m", "esn_desktop", "import", str(beside), str(HUBSPOT)]
    dry_run = subprocess.run(
        [*command, "--dry-run", "--map", f"{LEFT_OUT}=", "--quiet"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    said = _would_write(dry_run)
    owners = _made(dry_run, "salespeople")
    assert said.keys() == {"salespeople", "accounts", "contacts"}, dry_run  # no channel: left out
    assert _counts(beside) == before  # a dry run writes nothing

    people = _rows(HUBSPOT)
    partners = _rows(ODOO)
    # The second workspace's own accounts, named nowhere in the first (nor in what it imports).
    second_names = distinctive_names([str(first), second])[1]
    hubspot_cells = {cell for row in people for cell in row.values() if cell}
    others = [name for name in second_names if not any(_within(name, cell) for cell in hubspot_cells)]
    with closing(sqlite3.connect(f"file:{second}?mode=ro", uri=True)) as connection:
        accounts_of_second = {name for (name,) in connection.execute("SELECT name FROM accounts")}
    only_second = next(name for name in others if name in accounts_of_second)
    odoo_company = next(row for row in partners if row["Nom"] == SHARED_ACCOUNT)
    # A person the second client has at the shared account, whom the first has elsewhere if at all.
    odoo_person = next(
        row
        for row in partners
        if row["Société liée"] == SHARED_ACCOUNT and row["Nom"] not in _titles_at(people, SHARED_ACCOUNT)
    )

    played = journey(
        "tests.journeys.importing:importing",
        first={"path": str(first), "company": first_company},
        second={"path": second, "company": second_company},
        hubspot={
            "file": str(HUBSPOT),
            "left_out": LEFT_OUT,
            "owners": owners,
            "accounts": before["accounts"] + said["accounts"],
            "account": SHARED_ACCOUNT,
            "contacts": _titles_at(people, SHARED_ACCOUNT),
        },
        odoo={
            "file": str(ODOO),
            "owners": sorted({r["Vendeur"] for r in partners if r["Vendeur"]}),
            "refused": sum(bool(r["Vendeur"]) for r in partners),
            "account": SHARED_ACCOUNT,
            "contact": odoo_person["Nom"],
            "secret": [odoo_person["Nom"], odoo_company["Téléphone"], odoo_company["Email"]],
            "others": others,
            "only_second": only_second,
        },
    )
    assert "hubspot-page-2" in played.timings and "first-account-again" in played.timings
    for page in ("hubspot-page-1", "hubspot-page-2", "odoo-nothing-created", "odoo-page-2"):
        assert (played.shots / f"wizard-{page}.png").stat().st_size > 10_000

    # The first workspace holds exactly what the dry run said would be written; the copy nothing.
    after = _counts(first)
    assert {table: after[table] - before[table] for table in TABLES} == {
        table: said.get(table, 0) for table in TABLES
    }
    assert _counts(beside) == before
    with closing(sqlite3.connect(f"file:{first}?mode=ro", uri=True)) as connection:
        titles = dict(
            connection.execute(
                "SELECT c.first_name || ' ' || c.last_name, c.job_title FROM contacts c"
                " JOIN accounts a ON a.id = c.account_id WHERE a.name = ?",
                (SHARED_ACCOUNT,),
            ).fetchall()
        )
        named = {name for (name,) in connection.execute("SELECT name FROM salespeople")}
    assert titles == _titles_at(people, SHARED_ACCOUNT)
    assert set(owners) <= named
    # The second holds its Odoo partners, its shared account with its own phone and person.
    with closing(sqlite3.connect(f"file:{second}?mode=ro", uri=True)) as connection:
        phone, email = connection.execute(
            "SELECT phone, email FROM accounts WHERE name = ?", (SHARED_ACCOUNT,)
        ).fetchone()
        people_there = {
            name
            for (name,) in connection.execute(
                "SELECT c.first_name || ' ' || c.last_name FROM contacts c"
                " JOIN accounts a ON a.id = c.account_id WHERE a.name = ?",
                (SHARED_ACCOUNT,),
            )
        }
    assert (phone, email) == (odoo_company["Téléphone"], odoo_company["Email"])
    assert odoo_person["Nom"] in people_there


def _titles_at(people: list[dict[str, str]], account: str) -> dict[str, str]:
    """The HubSpot file's people at `account`, each with their job title."""
    return {
        f"{r['First Name']} {r['Last Name']}": r["Job Title"] for r in people if r["Company Name"] == account
    }


def _small_example(path: Path) -> Path:
    with create_workspace(path) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
    return path


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def _would_write(output: str) -> dict[str, int]:
    """'would write: 3 salespeople, 18 accounts, 20 contacts' as counts by list."""
    line = next(line for line in output.splitlines() if line.startswith("would write: "))
    counts = re.findall(r"(\d+) (\w+)", line.removeprefix("would write: "))
    return {name: int(count) for count, name in counts}


def _made(output: str, list_name: str) -> list[str]:
    """The names the dry run says it would make of a list ("3 salespeople made, named by rows: 'A', 'B'")."""
    line = next(line for line in output.splitlines() if re.match(rf"\d+ {list_name} made", line))
    return re.findall(r"'([^']+)'", line)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def _within(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None
