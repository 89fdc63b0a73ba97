"""`person`, `forget` and `stale` as a person types them: exact lines, refusals, --yes needed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from esn_desktop.store.backup import timestamped_backup
from tests.cli.conftest import Place, is_team, open_place, run

WHO = ("--contact", "Julien Faure", "--account", "Transports Lemaire")
WHAT_GOES = (
    "1 contact deleted; 4 activities naming them lose the contact (date and kind kept); "
    '0 mentions of their name, email or phone in notes replaced by "[effacé]"'
)


def _contacts(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT last_name FROM contacts ORDER BY last_name")]


def _sql(place: Place, statement: str) -> list[str]:
    """The first column of `statement`'s rows, run in one transaction of the workspace at `place`."""
    with open_place(place) as workspace, workspace.engine.begin() as connection:
        result = connection.execute(text(statement))
        return [row[0] for row in result] if result.returns_rows else []


def _names(place: Place) -> list[str]:
    return _sql(place, "SELECT last_name FROM contacts ORDER BY last_name")


def _backup_beside(place: Place) -> Path | None:
    """A backup of a file's, beside it; a team database's backups are its server's, none here."""
    return None if is_team(place) else timestamped_backup(Path(place), "manual")


def _no_trace_in_the_file(place: Place, *traces: bytes) -> None:
    """A file's bytes (and its write-ahead log's) hold none of `traces` any more."""
    if is_team(place):
        return  # the server's pages are its own: read through it, above
    for companion in (Path(place), Path(f"{place}-wal")):
        if companion.exists():
            raw = companion.read_bytes()
            assert not any(trace in raw for trace in traces)


def test_person_writes_everything_held_about_them_privately(imported: Place, tmp_path: Path) -> None:
    target = tmp_path / "faure.json"
    code, out, err = run("person", str(imported), *WHO, "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"written {target}: Julien Faure at Transports Lemaire, 4 activities, 1 opportunity\n"
    record = json.loads(target.read_text(encoding="utf-8"))
    assert record["contact"]["email"] == "j.faure@lemaire.example"
    assert [a["date"] for a in record["activities"]] == [
        "2026-11-06",
        "2026-11-13",
        "2026-11-27",
        "2026-12-03",
    ]
    assert target.stat().st_mode & 0o077 == 0

    code, out, err = run("person", str(imported), *WHO, "-o", str(target))
    assert (code, out) == (1, "")
    assert err == f"esn-desktop: {target} already exists; --force replaces it\n"
    assert run("person", str(imported), *WHO, "-o", str(target), "--force")[0] == 0


def test_unknown_contact_or_account_is_one_line(imported: Place, tmp_path: Path) -> None:
    assert run(
        "person",
        str(imported),
        "--contact",
        "Jules Faure",
        "--account",
        "Transports Lemaire",
        "-o",
        str(tmp_path / "x.json"),
    ) == (
        1,
        "",
        "esn-desktop: no contact named 'Jules Faure' at Transports Lemaire; nothing was written\n",
    )
    assert run("forget", str(imported), "--contact", "Julien Faure", "--account", "Lemaire") == (
        1,
        "",
        "esn-desktop: no account named 'Lemaire'; nothing was written\n",
    )
    assert not (tmp_path / "x.json").exists()


def test_forget_says_what_would_go_and_writes_nothing_without_yes(imported: Place) -> None:
    linked = "SELECT contact_id FROM activities ORDER BY id"
    before = _sql(imported, "SELECT email FROM contacts ORDER BY id"), _sql(imported, linked)
    before_bytes = None if is_team(imported) else Path(imported).read_bytes()
    backup = _backup_beside(imported)
    code, out, err = run("forget", str(imported), *WHO)
    if before_bytes is not None:
        assert Path(imported).read_bytes() == before_bytes
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"would forget Julien Faure (Transports Lemaire): {WHAT_GOES}",
        "nothing was written: --yes erases",
        *([f"backup {backup.name} still holds them: rewrite or delete it"] if backup else []),
    ]
    assert _names(imported) == ["Faure", "Marchand"]
    assert (_sql(imported, "SELECT email FROM contacts ORDER BY id"), _sql(imported, linked)) == before


def test_forget_with_yes_erases_them_to_the_bytes_and_names_the_backups(imported: Place) -> None:
    backup = _backup_beside(imported)
    code, out, err = run("forget", str(imported), *WHO, "--yes")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"forgot Julien Faure (Transports Lemaire): {WHAT_GOES}",
        "erasure recorded in the register (date and kind only)",
        *([f"backup {backup.name} still holds them: rewrite or delete it"] if backup else []),
    ]
    assert _names(imported) == ["Marchand"]
    _no_trace_in_the_file(imported, b"Faure", b"j.faure@lemaire.example")
    assert _sql(imported, "SELECT kind FROM erasures") == ["contact"]
    if backup is not None:
        assert b"j.faure@lemaire.example" in backup.read_bytes()  # never changed here


def test_stale_lists_then_forgets_only_with_forget_and_yes(imported: Place) -> None:
    _sql(
        imported,
        "INSERT INTO accounts (name, name_key, referencing)"
        " VALUES ('Atelier Nord', 'atelier nord', 'not_referenced')",
    )
    _sql(
        imported,
        "INSERT INTO contacts (account_id, first_name, last_name, email) "
        "VALUES ((SELECT id FROM accounts WHERE name = 'Atelier Nord'),"
        " 'Anne', 'Roux', 'anne@nord.example')",
    )
    _sql(
        imported,
        "INSERT INTO activities (kind, status, activity_date, account_id, contact_id) VALUES "
        "('call', 'done', '2022-03-14', (SELECT id FROM accounts WHERE name = 'Atelier Nord'), "
        "(SELECT id FROM contacts WHERE last_name = 'Roux'))",
    )
    listing = [
        "Anne Roux, Atelier Nord: last exchange 2022-03-14",
        "1 stale contact (no exchange since 2023-12-01)",
    ]
    assert run("stale", str(imported), "--older-than", "3y", "--as-of", "2026-12-01") == (
        0,
        "\n".join(listing) + "\n",
        "",
    )
    assert run("stale", str(imported), "--older-than", "5y", "--as-of", "2026-12-01")[1] == (
        "0 stale contacts (no exchange since 2021-12-01)\n"
    )
    assert run("stale", str(imported), "--older-than", "3 ans") == (
        1,
        "",
        "esn-desktop: '3 ans' is not a length of time: write a count then y, m or d (3y, 18m, 90d)\n",
    )
    assert run("stale", str(imported), "--older-than", "3y", "--yes") == (
        1,
        "",
        "esn-desktop: --yes goes with --forget\n",
    )
    what_goes = (
        "1 contact deleted; 1 activity naming them loses the contact (date and kind kept); "
        '0 mentions of their name, email or phone in notes replaced by "[effacé]"'
    )
    code, out, _ = run("stale", str(imported), "--older-than", "3y", "--as-of", "2026-12-01", "--forget")
    assert out.splitlines() == [
        *listing,
        f"would forget them: {what_goes}",
        "nothing was written: --yes erases",
    ]
    assert _names(imported) == ["Faure", "Marchand", "Roux"]

    code, out, _ = run(
        "stale", str(imported), "--older-than", "3y", "--as-of", "2026-12-01", "--forget", "--yes"
    )
    assert code == 0
    assert out.splitlines() == [
        *listing,
        f"forgot them: {what_goes}",
        "erasures recorded in the register (date and kind only)",
    ]
    assert _names(imported) == ["Faure", "Marchand"]
    _no_trace_in_the_file(imported, b"anne@nord.example")
    assert _sql(imported, "SELECT kind FROM erasures") == ["stale contact"]


def test_a_team_databases_backups_are_its_servers(imported: Place) -> None:
    if not is_team(imported):
        pytest.skip("a file's backups are beside it: the tests below")
    for option in ("--rewrite-backups", "--delete-backups"):
        assert run("forget", str(imported), *WHO, "--yes", option) == (
            1,
            "",
            f"esn-desktop: {option} is for a workspace file: a team database's backups are its "
            "server's, kept by its administrator\n",
        )
    assert _names(imported) == ["Faure", "Marchand"]  # nothing erased


@pytest.mark.file_only("the backups beside the file")
def test_delete_backups_deletes_those_holding_them_only_after_the_erasure(imported: Path) -> None:
    backup = timestamped_backup(imported, "manual")
    assert run("forget", str(imported), *WHO, "--delete-backups") == (
        1,
        "",
        "esn-desktop: --delete-backups goes with --yes\n",
    )
    assert backup.exists() and _contacts(imported) == ["Faure", "Marchand"]
    code, out, _ = run("forget", str(imported), *WHO, "--yes", "--delete-backups")
    assert code == 0
    assert out.splitlines()[-1] == f"backup {backup.name} held them: deleted"
    assert not backup.exists()


@pytest.mark.file_only("the backups beside the file")
def test_rewrite_backups_rewrites_each_backup_holding_them_and_refuses_an_older_one(imported: Path) -> None:
    backup = timestamped_backup(imported, "manual")
    older = timestamped_backup(imported, "before-schema-0007")
    with sqlite3.connect(older) as db:
        db.execute("UPDATE alembic_version SET version_num = '0006'")
    db.close()
    assert run("forget", str(imported), *WHO, "--rewrite-backups") == (
        1,
        "",
        "esn-desktop: --rewrite-backups goes with --yes\n",
    )
    assert run("forget", str(imported), *WHO, "--yes", "--rewrite-backups", "--delete-backups") == (
        1,
        "",
        "esn-desktop: --delete-backups and --rewrite-backups exclude each other: choose one\n",
    )
    assert _contacts(imported) == ["Faure", "Marchand"]

    code, out, err = run("forget", str(imported), *WHO, "--yes", "--rewrite-backups")
    assert (code, err) == (1, "")
    assert out.splitlines()[2:] == [
        f"backup {backup.name} held them: rewritten",
        f"backup {older.name} is of an older schema (0006, this version writes 0008): delete it instead",
    ]
    assert _contacts(backup) == ["Marchand"]
    assert b"j.faure@lemaire.example" not in backup.read_bytes()
    assert _contacts(older) == ["Faure", "Marchand"]
    assert sorted(p.name for p in backup.parent.iterdir()) == sorted([backup.name, older.name])


@pytest.mark.file_only("the backups beside the file")
def test_stale_forget_rewrites_the_backups_with_the_register_kind(imported: Path) -> None:
    with sqlite3.connect(imported) as db:
        db.execute(
            "INSERT INTO accounts (name, name_key, referencing)"
            " VALUES ('Atelier Nord', 'atelier nord', 'not_referenced')"
        )
        db.execute(
            "INSERT INTO contacts (account_id, first_name, last_name, email) "
            "VALUES ((SELECT id FROM accounts WHERE name = 'Atelier Nord'),"
            " 'Anne', 'Roux', 'anne@nord.example')"
        )
    db.close()
    backup = timestamped_backup(imported, "manual")
    stale = ("stale", str(imported), "--older-than", "3y", "--as-of", "2026-12-01", "--forget")
    assert run(*stale, "--rewrite-backups") == (
        1,
        "",
        "esn-desktop: --rewrite-backups goes with --forget --yes\n",
    )
    code, out, err = run(*stale, "--yes", "--rewrite-backups")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == f"backup {backup.name} held them: rewritten"
    assert _contacts(backup) == ["Faure", "Marchand"]
    with sqlite3.connect(backup) as db:
        assert db.execute("SELECT kind FROM erasures").fetchall() == [("stale contact",)]
    db.close()
    assert b"anne@nord.example" not in backup.read_bytes()
