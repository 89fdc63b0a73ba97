"""Forgetting a person: worked examples on the shared small workspace, with notes that name them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from esn_desktop.domain.erasure import ERASED, read_span
from esn_desktop.domain.errors import EsnError
from esn_desktop.services import erasure
from esn_desktop.services.erasure import (
    STALE_CONTACT,
    backups_holding,
    contacts_plan,
    erasure_plan,
    forget,
    forget_contacts,
    forget_stale,
    person_record,
    rewrite_backups,
    stale_contacts,
)
from esn_desktop.services.transfer import export_workspace, import_document
from esn_desktop.store import models as m
from esn_desktop.store.backup import timestamped_backup
from esn_desktop.store.cipher import FileKey
from esn_desktop.store.conversion import convert_file
from esn_desktop.store.database import Workspace, create_workspace, is_encrypted, open_workspace
from tests.conftest import SMALL_WORKSPACE

EMAIL = "s.marchand@mutuelle-horizon.example"


def _notes(workspace: Workspace) -> dict[int, str | None]:
    with workspace.session() as session:
        return dict(session.execute(select(m.Activity.id, m.Activity.notes)).all())  # type: ignore[arg-type]


def _note_mentions(workspace: Workspace) -> None:
    """Two notes that speak of Sophie Marchand: one of her own meeting, one on another account."""
    with workspace.session() as session:
        session.execute(
            text(
                "UPDATE activities SET notes = 'Point de cadrage avec SOPHIE MARCHAND, "
                f"écrire à {EMAIL} ou appeler le +33 1 23 45 67 89' WHERE notes = 'Point de cadrage'"
            )
        )
        session.execute(
            text("UPDATE activities SET notes = 'Recommandé par MARCHAND SOPHIE' WHERE notes = 'Découverte'")
        )


def _bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_forgetting_a_contact_scrubs_notes_keeps_activities_and_registers_only_date_and_kind(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    _note_mentions(small_workspace)
    before = _notes(small_workspace)
    in_file = small_workspace.team is None  # a file's bytes are read; a team server's are its own
    assert not in_file or EMAIL.encode() in _bytes(small_workspace.path)

    plan = erasure_plan(small_workspace, contact="Sophie Marchand", account="Mutuelle Horizon")
    assert (plan.activities, plan.mentions) == (1, 4)
    assert _notes(small_workspace) == before  # the plan wrote nothing

    changed = forget(
        small_workspace, contact="Sophie Marchand", account="Mutuelle Horizon", today=date(2026, 12, 2)
    )
    assert (changed.value.activities, changed.value.mentions) == (1, 4)
    assert changed.changes.undo is None  # an erasure is never undone

    with small_workspace.session() as session:
        assert session.execute(select(m.Contact.last_name)).scalars().all() == ["Faure"]
        meeting = session.execute(
            select(m.Activity).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
        assert (meeting.kind.value, meeting.contact_id, meeting.opportunity_id is not None) == (
            "meeting",
            None,
            True,
        )
        assert meeting.notes == f"Point de cadrage avec {ERASED}, écrire à {ERASED} ou appeler le {ERASED}"
        assert session.execute(select(m.Activity).where(m.Activity.notes == f"Recommandé par {ERASED}")).one()
        assert session.execute(select(m.Erasure.erased_on, m.Erasure.kind)).all() == [
            (date(2026, 12, 2), "contact")
        ]
    assert len(_notes(small_workspace)) == len(before)  # every activity kept

    if in_file:
        raw = _bytes(small_workspace.path)
        for trace in (EMAIL, "Marchand", "+33 1 23 45 67 89"):
            assert trace.encode() not in raw, trace
        assert b"Faure" in raw  # the others stay
    export_workspace(small_workspace, tmp_path / "after.json")
    exported = (tmp_path / "after.json").read_text(encoding="utf-8")
    assert all(trace not in exported for trace in (EMAIL, "Marchand", "+33 1 23 45 67 89"))
    assert "Faure" in exported


def test_an_unknown_contact_or_account_is_refused_and_nothing_is_written(small_workspace: Workspace) -> None:
    with pytest.raises(EsnError, match="no contact named 'Sophie Martin' at Mutuelle Horizon"):
        forget(small_workspace, contact="Sophie Martin", account="Mutuelle Horizon", today=date(2026, 12, 2))
    with pytest.raises(EsnError, match="no account named 'Mutuelle'"):
        forget(small_workspace, contact="Sophie Marchand", account="Mutuelle", today=date(2026, 12, 2))
    with small_workspace.session() as session:
        assert len(session.execute(select(m.Contact)).all()) == 2
        assert session.execute(select(m.Erasure)).all() == []


def test_a_person_record_holds_their_fields_activities_and_deals(small_workspace: Workspace) -> None:
    record = person_record(small_workspace, contact="julien  faure", account="transports lemaire")
    assert record["account"] == "Transports Lemaire"
    assert record["contact"] == {
        "first_name": "Julien",
        "last_name": "Faure",
        "role": "prescriber",
        "job_title": None,
        "email": "j.faure@lemaire.example",
        "phone": "+33 4 72 00 00 00",
        "mobile": None,
    }
    activities = record["activities"]
    assert isinstance(activities, list)
    assert activities[0] == {
        "date": "2026-11-06",
        "kind": "meeting",
        "status": "no_show",
        "notes": "",
        "opportunity": None,
    }
    assert [a["date"] for a in activities] == sorted(a["date"] for a in activities)


def _prospect_contact(workspace: Workspace) -> None:
    """Atelier Nord, a prospect last called on 2022-03-14 (Anne Roux, with Marc Petit beside her);
    Studio Sud, a prospect never spoken to (Paul Blanc)."""
    with workspace.session() as session:
        nord = m.Account(name="Atelier Nord", name_key="atelier nord")
        sud = m.Account(name="Studio Sud", name_key="studio sud")
        session.add_all([nord, sud])
        session.flush()
        anne = m.Contact(account_id=nord.id, first_name="Anne", last_name="Roux", email="anne@nord.example")
        session.add_all(
            [
                anne,
                m.Contact(account_id=nord.id, first_name="Marc", last_name="Petit"),
                m.Contact(account_id=sud.id, first_name="Paul", last_name="Blanc"),
            ]
        )
        session.flush()
        session.execute(
            text(
                "INSERT INTO activities (kind, status, activity_date, account_id, contact_id, notes)"
                f" VALUES ('call', 'done', '2022-03-14', {nord.id}, {anne.id}, 'Anne Roux rappeler')"
            )
        )


def test_stale_contacts_are_those_of_prospects_silent_for_the_span(small_workspace: Workspace) -> None:
    _prospect_contact(small_workspace)
    names = lambda at, span: [  # noqa: E731
        (s.person.name, s.person.account, s.last_exchange)
        for s in stale_contacts(small_workspace, as_of=at, span=read_span(span))
    ]
    # Mutuelle Horizon won a deal, Transports Lemaire has a mission under way: never prospects.
    assert names(date(2025, 3, 14), "3y") == [("Paul Blanc", "Studio Sud", None)]
    assert names(date(2022, 12, 13), "274d") == [("Paul Blanc", "Studio Sud", None)]
    # Marc Petit's account was called: his last exchange is that call.
    assert names(date(2025, 3, 15), "3y") == [
        ("Marc Petit", "Atelier Nord", date(2022, 3, 14)),
        ("Anne Roux", "Atelier Nord", date(2022, 3, 14)),
        ("Paul Blanc", "Studio Sud", None),
    ]
    assert (
        names(date(2023, 9, 15), "18m") == names(date(2022, 12, 14), "274d") == names(date(2025, 3, 15), "3y")
    )


@pytest.mark.file_only("the file's bytes and the backups beside it")
def test_forgetting_the_stale_contacts_erases_them_all_at_once(small_workspace: Workspace) -> None:
    _prospect_contact(small_workspace)
    backup = timestamped_backup(small_workspace.path, "manual")
    changed = forget_stale(
        small_workspace, as_of=date(2026, 12, 1), span=read_span("3y"), today=date(2026, 12, 2)
    )
    assert [p.name for p in changed.value.people] == ["Marc Petit", "Anne Roux", "Paul Blanc"]
    assert (changed.value.activities, changed.value.mentions) == (1, 1)
    with small_workspace.session() as session:
        assert session.execute(select(m.Erasure.kind)).scalars().all() == ["stale contact"] * 3
        assert (
            session.execute(
                select(m.Activity.notes).where(m.Activity.activity_date == date(2022, 3, 14))
            ).scalar_one()
            == f"{ERASED} rappeler"
        )
    assert b"anne@nord.example" not in _bytes(small_workspace.path)
    assert backups_holding(small_workspace.path, changed.value.people) == [(backup, True)]


@pytest.mark.file_only("the file's bytes and the backups beside it")
def test_a_name_written_in_capitals_with_accents_is_scrubbed_too(small_workspace: Workspace) -> None:
    with small_workspace.session() as session:
        account_id = session.execute(
            select(m.Account.id).where(m.Account.name == "Mutuelle Horizon")
        ).scalar_one()
        session.add(m.Contact(account_id=account_id, first_name="Hélène", last_name="Écuyer"))
        session.execute(text("UPDATE activities SET notes = 'Vu HÉLÈNE ÉCUYER' WHERE notes = 'Découverte'"))
    changed = forget(
        small_workspace, contact="hélène écuyer", account="Mutuelle Horizon", today=date(2026, 12, 2)
    )
    assert (changed.value.activities, changed.value.mentions) == (0, 1)
    assert f"Vu {ERASED}" in _notes(small_workspace).values()
    assert "ÉCUYER".encode() not in _bytes(small_workspace.path)


@pytest.mark.file_only("the file's bytes and the backups beside it")
def test_a_backup_is_rewritten_without_the_people_forgotten_and_nothing_is_left_beside(
    small_workspace: Workspace,
) -> None:
    _note_mentions(small_workspace)
    backup = timestamped_backup(small_workspace.path, "manual")
    changed = forget(
        small_workspace, contact="Sophie Marchand", account="Mutuelle Horizon", today=date(2026, 12, 2)
    )
    people = changed.value.people
    assert EMAIL.encode() in backup.read_bytes()

    assert rewrite_backups(small_workspace.path, people, today=date(2026, 12, 2)) == [(backup, None)]
    raw = backup.read_bytes()
    for trace in (EMAIL, "Marchand", "+33 1 23 45 67 89"):
        assert trace.encode() not in raw, trace
    assert b"Faure" in raw
    with sqlite3.connect(backup) as db:
        assert db.execute("SELECT erased_on, kind FROM erasures").fetchall() == [("2026-12-02", "contact")]
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        notes = [row[0] for row in db.execute("SELECT notes FROM activities WHERE notes LIKE 'Point%'")]
    assert notes == [f"Point de cadrage avec {ERASED}, écrire à {ERASED} ou appeler le {ERASED}"]
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no copy, no lock
    beside = {p.name for p in small_workspace.path.parent.iterdir()}
    assert beside <= {"acme.esn", "acme.esn-wal", "acme.esn-shm", "acme.esn.lock", "acme-backups"}
    assert backups_holding(small_workspace.path, people) == []


@pytest.mark.file_only("the file's bytes and the backups beside it")
def test_a_backup_of_an_older_schema_is_refused_in_one_line_and_left_as_it_was(
    small_workspace: Workspace,
) -> None:
    backup = timestamped_backup(small_workspace.path, "manual")
    with sqlite3.connect(backup) as db:
        db.execute("UPDATE alembic_version SET version_num = '0006'")
    db.close()
    before = backup.read_bytes()
    people = forget(
        small_workspace, contact="Julien Faure", account="Transports Lemaire", today=date(2026, 12, 2)
    ).value.people

    assert rewrite_backups(small_workspace.path, people, today=date(2026, 12, 2)) == [
        (
            backup,
            f"backup {backup.name} is of an older schema (0006, this version writes 0008): delete it instead",
        )
    ]
    assert backup.read_bytes() == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


def test_contacts_are_forgotten_by_id_in_pieces_sql_can_take(
    small_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _prospect_contact(small_workspace)
    monkeypatch.setattr(erasure, "IDS_AT_ONCE", 2)  # as 32,766 parameters are for SQLite
    stale = stale_contacts(small_workspace, as_of=date(2026, 12, 1), span=read_span("3y"))
    ids = tuple(s.person.contact_id for s in stale)
    assert len(ids) == 3
    assert contacts_plan(small_workspace, contact_ids=ids).activities == 1
    changed = forget_contacts(small_workspace, contact_ids=ids, today=date(2026, 12, 2), kind=STALE_CONTACT)
    assert [p.name for p in changed.value.people] == ["Marc Petit", "Anne Roux", "Paul Blanc"]
    assert changed.changes.ends_history and changed.changes.undo is None
    with small_workspace.session() as session:
        assert session.execute(select(m.Contact.last_name).order_by(m.Contact.last_name)).scalars().all() == [
            "Faure",
            "Marchand",
        ]
        assert session.execute(
            select(m.Activity.contact_id).where(m.Activity.activity_date == date(2022, 3, 14))
        ).all() == [(None,)]
    with pytest.raises(EsnError, match="a contact to forget was deleted or changed meanwhile"):
        contacts_plan(small_workspace, contact_ids=ids)


def test_an_encrypted_workspaces_backups_are_searched_and_rewritten_encrypted(tmp_path: Path) -> None:
    passphrase = "four words of salt"
    path = tmp_path / "client.esn"
    with create_workspace(path, passphrase=passphrase) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
        _note_mentions(workspace)
        backup = timestamped_backup(path, "manual", key=workspace.key)
        other = timestamped_backup(path, "manual", key=workspace.key)
        convert_file(other, key_from=workspace.key, key_to=FileKey.new("another passphrase"))
        people = forget(
            workspace, contact="Sophie Marchand", account="Mutuelle Horizon", today=date(2026, 12, 2)
        ).value.people
        # The backup of the workspace's key is read and said; one another passphrase opens cannot be.
        assert backups_holding(path, people, workspace.key) == [(backup, True), (other, False)]
        assert backups_holding(path, people) == [(backup, False), (other, False)]  # no key: unreadable

        assert rewrite_backups(path, people, today=date(2026, 12, 2), key=workspace.key) == [
            (backup, None),
            (other, f"backup {other.name} cannot be read: it may still hold them; delete it"),
        ]
        assert backups_holding(path, people, workspace.key) == [(other, False)]
    assert is_encrypted(backup)
    with open_workspace(backup, write=False, passphrase=passphrase) as copy, copy.session() as session:
        assert session.execute(select(m.Contact).where(m.Contact.email == EMAIL)).first() is None
        assert session.execute(text("SELECT kind FROM erasures")).scalars().all() == ["contact"]
