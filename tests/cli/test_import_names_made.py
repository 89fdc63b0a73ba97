"""What rows name, found or made (issue 13, points 3 and 4): owners and channels matched ignoring
case and accents, else made and listed; `--no-create` refuses instead; `--dry-run` says it all and
writes nothing; a file of companies and people mixed is split."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from esn_desktop.store import models as m
from tests.cli.conftest import Place, holds_workspace, is_team, open_place, run, shown

PROSPECTS = (
    "Société;Commercial;Origine;Prénom;Nom\n"
    "Atelier Nord;helene garnier;TELEPROSPECTION;Anne;Vidal\n"
    "Brasserie Sud;Claire Dubois;Salon Big Data;Marc;Petit\n"
    "Cimenterie Est;CLAIRE DUBOIS;Salon big data;;\n"
)


def names(workspace: Place, model: type[m.Salesperson] | type[m.Channel]) -> list[str]:
    with open_place(workspace, write=False) as opened, opened.session() as session:
        return sorted(session.execute(select(model.name)).scalars())


def owners_and_channels(workspace: Place) -> list[tuple[str, str | None, str | None]]:
    owner, channel = m.Salesperson, m.Channel
    with open_place(workspace, write=False) as opened, opened.session() as session:
        rows = session.execute(
            select(m.Account.name, owner.name, channel.name)
            .outerjoin(owner, owner.id == m.Account.owner_id)
            .outerjoin(channel, channel.id == m.Account.channel_id)
            .order_by(m.Account.name)
        )
        return [tuple(row) for row in rows]


def test_owners_and_channels_are_found_ignoring_case_and_accents_else_made_and_listed(
    imported: Place, tmp_path: Path
) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text(PROSPECTS, encoding="utf-8")
    code, out, err = run("import", str(imported), str(path), "--quiet")
    assert code == 0, err
    assert [
        row
        for row in owners_and_channels(imported)
        if row[0] in ("Atelier Nord", "Brasserie Sud", "Cimenterie Est")
    ] == [
        ("Atelier Nord", "Hélène Garnier", "Téléprospection"),
        ("Brasserie Sud", "Claire Dubois", "Salon Big Data"),
        ("Cimenterie Est", "Claire Dubois", "Salon Big Data"),
    ]
    assert names(imported, m.Salesperson) == ["Claire Dubois", "Hélène Garnier", "Karim Benali"]
    assert out.splitlines() == [
        f"imported into {shown(imported)}: 1 salesperson, 1 channel, 3 accounts, 2 contacts",
        "1 salesperson made, named by rows: 'Claire Dubois'",
        "1 channel made, named by rows: 'Salon Big Data'",
    ]


def test_no_create_refuses_the_rows_naming_what_the_workspace_lacks(imported: Place, tmp_path: Path) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text(PROSPECTS, encoding="utf-8")
    code, out, err = run("import", str(imported), str(path), "--quiet", "--no-create")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "esn-desktop: 2 rows of the list were refused (4 problems); nothing was written",
        "  row 3: owner: no salesperson named 'Claire Dubois', and --no-create makes none",
        "  row 3: channel: no channel named 'Salon Big Data', and --no-create makes none",
        "  row 4: owner: no salesperson named 'CLAIRE DUBOIS', and --no-create makes none",
        "  row 4: channel: no channel named 'Salon big data', and --no-create makes none",
    ]
    assert names(imported, m.Salesperson) == ["Hélène Garnier", "Karim Benali"]


def test_a_contacts_list_makes_the_accounts_its_people_work_at_and_says_so(
    imported: Place, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Prénom;Nom;Email;Entreprise;Fonction\n"
        "Julie;Roux;j.roux@horizon.example;mutuelle horizon;DSI\n"
        "Paul;Henry;p.henry@forge.example;Forge Ouest;Acheteur\n",
        encoding="utf-8",
    )
    code, out, err = run("import", str(imported), str(path), "--list", "contacts", "--quiet")
    assert code == 0, err
    assert out.splitlines() == [
        f"imported into {shown(imported)}: 1 account, 2 contacts",
        "1 account made, named by rows: 'Forge Ouest'",
    ]
    path.write_text(
        "Prénom;Nom;Email;Entreprise;Fonction\n"
        "Marie;Leroy;m.leroy@horizon.example;MUTUELLE HORIZON;DAF\n"
        "Hugo;Blanc;h.blanc@usine.example;Usine Neuve;DSI\n",
        encoding="utf-8",
    )
    code, _, err = run("import", str(imported), str(path), "--list", "contacts", "--no-create", "--quiet")
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: 1 row of the list was refused (1 problem); nothing was written",
        "  row 3: account: no account named 'Usine Neuve', and --no-create makes none",
    ]


def test_dry_run_says_everything_and_writes_nothing(imported: Place, tmp_path: Path) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text(PROSPECTS + "Mutuelle Horizon;;;;\n", encoding="utf-8")
    before = owners_and_channels(imported), names(imported, m.Salesperson), names(imported, m.Channel)
    before_bytes = None if is_team(imported) else Path(imported).read_bytes()
    code, out, err = run("import", str(imported), str(path), "--dry-run")
    if before_bytes is not None:
        assert Path(imported).read_bytes() == before_bytes
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "read as: utf-8 text separated by semicolons, 4 rows",
        "list: accounts (no CRM recognised: columns matched by their headers)",
        "columns:",
        "  'Société' -> name",
        "  'Commercial' -> owner",
        "  'Origine' -> channel",
        "  'Prénom' -> first_name",
        "  'Nom' -> last_name",
        "would write: 1 salesperson, 1 channel, 3 accounts, 2 contacts",
        "1 salesperson made, named by rows: 'Claire Dubois'",
        "1 channel made, named by rows: 'Salon Big Data'",
        "1 row is a duplicate (would not be imported again)",
        "  row 5: name 'Mutuelle Horizon' is already there (in the workspace)",
        "sample rows:",
        "  row 2: name 'Atelier Nord', owner 'helene garnier', channel 'TELEPROSPECTION', first_name 'Anne', "
        "last_name 'Vidal'",
        "  row 3: name 'Brasserie Sud', owner 'Claire Dubois', channel 'Salon Big Data', first_name 'Marc', "
        "last_name 'Petit'",
        "  row 4: name 'Cimenterie Est', owner 'CLAIRE DUBOIS', channel 'Salon big data'",
        f"dry run: nothing was written to {shown(imported)}",
    ]
    assert (
        owners_and_channels(imported),
        names(imported, m.Salesperson),
        names(imported, m.Channel),
    ) == before


def test_dry_run_into_a_new_workspace_leaves_no_file(tmp_path: Path, new_place: Place) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text(PROSPECTS, encoding="utf-8")
    target = new_place
    code, out, err = run("import", str(target), str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert "would write: 2 salespeople, 2 channels, 3 accounts, 2 contacts" in out.splitlines()
    assert not holds_workspace(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prospects.csv"]


def test_a_file_of_companies_and_people_mixed_is_split(tmp_path: Path, new_place: Place) -> None:
    path = tmp_path / "partenaires.csv"
    path.write_text(
        "Nom;Est une société;Société liée;Email;Téléphone;Ville\n"
        "Sophie Marchand;Faux;Nova Data;s.marchand@nova.example;06 11 22 33 44;\n"
        "Nova Data;Vrai;;contact@nova.example;01 40 00 00 00;Lyon\n"
        "Luc Girard;Faux;;luc.girard@gmail.example;;\n"
        "Forge Ouest;Vrai;;;;Nantes\n",
        encoding="utf-8",
    )
    target = new_place
    code, out, err = run("import", str(target), str(path), "--quiet")
    assert code == 0, err
    assert out.splitlines() == [
        f"imported into {shown(target)}: 2 accounts, 1 contact",
        "list: accounts (Odoo contacts, French labels)",
        "1 row left out: a person at no company: no account to put them in (row 4)",
    ]
    with open_place(target, write=False) as opened, opened.session() as session:
        accounts = session.execute(select(m.Account.name, m.Account.city).order_by(m.Account.name)).all()
        contacts = session.execute(
            select(m.Contact.first_name, m.Contact.last_name, m.Contact.email, m.Account.name).join(
                m.Account, m.Account.id == m.Contact.account_id
            )
        ).all()
    assert [tuple(a) for a in accounts] == [("Forge Ouest", "Nantes"), ("Nova Data", "Lyon")]
    assert [tuple(c) for c in contacts] == [("Sophie", "Marchand", "s.marchand@nova.example", "Nova Data")]


def test_a_re_import_lists_twenty_duplicates_then_counts_the_rest(tmp_path: Path, new_place: Place) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text("Société\n" + "".join(f"Société {n}\n" for n in range(30)), encoding="utf-8")
    target = new_place
    assert run("import", str(target), str(path), "--quiet")[0] == 0
    code, out, err = run("import", str(target), str(path), "--quiet")
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 21
    assert (
        lines[0]
        == "  duplicate, row 2: name 'Société 0' is already there (in the workspace); not imported again"
    )
    assert lines[-1] == "  and 10 more duplicates"
    assert out.splitlines() == [
        f"imported into {shown(target)}: nothing new",
        "30 rows were duplicates (not imported again)",
    ]


def test_a_map_naming_no_column_is_refused_by_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text(PROSPECTS, encoding="utf-8")
    with pytest.raises(SystemExit):
        run("import", str(tmp_path / "w.esn"), str(path), "--map", "=email")


def test_a_person_named_twice_is_one_contact_and_the_second_row_is_said(
    imported: Place, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Entreprise;Prénom;Nom\nForge Ouest;Jean;Dupont\nFORGE OUEST;jean;DUPONT\n"
        "Mutuelle Horizon;sophie;MARCHAND\n",
        encoding="utf-8",
    )
    code, out, err = run("import", str(imported), str(path), "--list", "contacts", "--quiet")
    assert code == 0, err
    # Case and accents aside, row 3 is row 2's person, and row 4 a person the workspace has.
    assert err.splitlines() == [
        "  duplicate, row 3: contact 'jean DUPONT' is already there (row 2); not imported again",
        "  duplicate, row 4: contact 'sophie MARCHAND' is already there (in the workspace); "
        "not imported again",
    ]
    assert out.splitlines()[0] == f"imported into {shown(imported)}: 1 account, 1 contact"


def test_the_owner_a_row_gives_an_account_already_there_is_said_left_out(
    imported: Place, tmp_path: Path
) -> None:
    path = tmp_path / "prospects.csv"
    path.write_text(
        "Société;Commercial;Prénom;Nom\nMutuelle Horizon;Inconnu Total;Ana;Lee\n", encoding="utf-8"
    )
    code, out, err = run("import", str(imported), str(path), "--quiet")
    assert code == 0, err
    assert out.splitlines() == [
        f"imported into {shown(imported)}: 1 contact",
        "1 row left out: the salesperson or channel of an account already there, which keeps its own (row 2)",
    ]
    assert names(imported, m.Salesperson) == ["Hélène Garnier", "Karim Benali"]


def test_a_companys_mailbox_that_is_none_is_refused_at_its_own_column(tmp_path: Path) -> None:
    path = tmp_path / "comptes.csv"
    path.write_text("Société;Mail\nAcme;n/a\n", encoding="utf-8")
    code, _out, err = run("import", str(tmp_path / "w.esn"), str(path), "--map", "Mail=company_email")
    assert code == 1
    assert err.splitlines()[1] == "  row 2: company_email: is not an email address ('n/a')"


def test_a_dry_run_on_an_older_workspace_leaves_it_as_it_was(tmp_path: Path) -> None:
    from esn_desktop.store.database import create_workspace, inspect_file
    from esn_desktop.store.migrations_runner import downgrade

    old = tmp_path / "ancien.esn"
    with create_workspace(old) as workspace, workspace.engine.begin() as connection:
        downgrade(connection, "0005")
    before = old.read_bytes()
    beside = sorted(p.name for p in tmp_path.iterdir())  # SQLite's -wal and -shm aside: a reader's
    path = tmp_path / "prospects.csv"
    path.write_text(PROSPECTS, encoding="utf-8")
    code, out, err = run("import", str(old), str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert "would write: 2 salespeople, 2 channels, 3 accounts, 2 contacts" in out.splitlines()
    assert inspect_file(old).revision == "0005"
    assert old.read_bytes() == before
    # No backup made, as opening it for an import would (nor anything else beside it).
    after = [
        p.name
        for p in tmp_path.iterdir()
        if p.name != "prospects.csv" and p.suffix not in (".esn-wal", ".esn-shm")
    ]
    assert sorted(after) == beside


def test_a_contacts_row_naming_no_person_keeps_its_switchboard_on_the_company(
    tmp_path: Path, new_place: Place
) -> None:
    # HubSpot keeps "contacts" that are a company's mailbox or switchboard: no person, no refusal.
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,Email,Phone Number,Company Name\n"
        "Léa,Fabre,lea.fabre@breguet.example,,Bréguet Conseil\n"
        ",,contact@nova.example,,Nova Data\n"
        ",,,01 40 00 00 00,Forge Ouest\n",
        encoding="utf-8",
    )
    target = new_place
    code, out, err = run("import", str(target), str(path), "--list", "contacts", "--quiet")
    assert code == 0, err
    assert out.splitlines() == [
        f"imported into {shown(target)}: 3 accounts, 1 contact",
        "3 accounts made, named by rows: 'Bréguet Conseil', 'Nova Data', 'Forge Ouest'",
        "2 rows left out: a contact naming no person (its phone or mailbox is the company's) (rows 3 and 4)",
    ]
    with open_place(target, write=False) as opened, opened.session() as session:
        companies = session.execute(
            select(m.Account.name, m.Account.phone, m.Account.email).order_by(m.Account.id)
        )
        assert [tuple(row) for row in companies] == [
            ("Bréguet Conseil", None, None),
            ("Nova Data", None, "contact@nova.example"),
            ("Forge Ouest", "01 40 00 00 00", None),
        ]
