"""Nothing silently wrong (issue 13, point 3): a name holds a letter, a company's own phone or
mailbox stays on the account and never becomes a person, and what is not imported is said."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from esn_desktop.store import models as m
from tests.cli.conftest import Place, open_place, run


def people(workspace: Place) -> list[tuple[str, str, str | None]]:
    with open_place(workspace, write=False) as opened, opened.session() as session:
        rows = session.execute(
            select(m.Account.name, m.Contact.last_name, m.Contact.email).join(
                m.Contact, m.Contact.account_id == m.Account.id
            )
        )
        return [tuple(row) for row in rows]


def accounts(workspace: Place) -> list[str]:
    with open_place(workspace, write=False) as opened, opened.session() as session:
        return list(session.execute(select(m.Account.name).order_by(m.Account.id)).scalars())


def switchboards(workspace: Place) -> list[tuple[str, str | None, str | None]]:
    with open_place(workspace, write=False) as opened, opened.session() as session:
        rows = session.execute(
            select(m.Account.name, m.Account.phone, m.Account.email).order_by(m.Account.id)
        )
        return [tuple(row) for row in rows]


def test_a_companys_phone_or_mailbox_stays_on_the_account_never_a_person(
    tmp_path: Path, new_place: Place
) -> None:
    # A companies export: the company's switchboard and mailbox, a person's email, an unused column.
    csv = tmp_path / "companies.csv"
    csv.write_text(
        "Company name;Phone Number;Email;Lifecycle Stage\n"
        "Acme Industrie;+33 1 23 45 67 89;;lead\n"
        "Bréguet Conseil;;contact@breguet.example;customer\n"
        "Nova Data;;s.marchand@nova.example;lead\n",
        encoding="utf-8",
    )
    target = new_place
    code, out, err = run("import", str(target), str(csv), "--quiet")
    assert code == 0, err
    assert switchboards(target) == [
        ("Acme Industrie", "+33 1 23 45 67 89", None),
        ("Bréguet Conseil", None, "contact@breguet.example"),
        ("Nova Data", None, None),
    ]
    # Only the person's own email makes a contact (known by it until named).
    assert people(target) == [("Nova Data", "s.marchand@nova.example", "s.marchand@nova.example")]
    assert out.splitlines()[1:] == ["columns left out (no field takes them): 'Lifecycle Stage'"]


def test_a_name_without_a_letter_is_refused(tmp_path: Path) -> None:
    # Dolibarr's "Client" flag (0/1/2/3) mapped as the company's name: never three accounts "1", "2", "3".
    csv = tmp_path / "tiers.csv"
    csv.write_text("Raison sociale;Ville\n1;Lyon\nAtelier Nord;Lille\n", encoding="utf-8")
    code, _out, err = run("import", str(tmp_path / "w.esn"), str(csv), "--quiet")
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: 1 row of the list was refused (1 problem); nothing was written",
        "  row 2: name: must hold a letter, not '1'",
    ]
