"""Schema 0006: a 0005 file's head counts become bands with their floor, at 100,000 accounts."""

import sqlite3
from pathlib import Path

from sqlalchemy import text

from esn_desktop.store.database import create_workspace, inspect_file, open_workspace
from esn_desktop.store.migrations_runner import SCHEMA_HEAD, downgrade

ACCOUNTS = 100_000


def test_a_0005_file_keeps_its_sizes_as_text_and_floor_and_every_contact(tmp_path: Path) -> None:
    path = tmp_path / "prospects.esn"
    with create_workspace(path) as ws, ws.engine.begin() as connection:
        downgrade(connection, "0005")
    with sqlite3.connect(path) as db:  # as schema 0005 holds them: an integer head count
        db.executemany(
            "INSERT INTO accounts (id, name, name_key, size, referencing)"
            " VALUES (?, ?, ?, ?, 'not_referenced')",
            (
                (i, f"Société {i}", f"societe {i}", None if i % 3 == 0 else i % 1000)
                for i in range(1, ACCOUNTS + 1)
            ),
        )
        db.execute(
            "INSERT INTO contacts (account_id, first_name, last_name, phone)"
            " VALUES (250, 'Anne', 'Roux', '01')"
        )
    assert inspect_file(path).revision == "0005"

    with open_workspace(path) as ws, ws.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        rows = {
            i: (s, f) for i, s, f in session.execute(text("SELECT id, size, size_floor FROM accounts")).all()
        }
        assert len(rows) == ACCOUNTS
        assert rows[250] == ("250", 250)
        assert rows[1001] == ("1", 1)
        assert rows[3] == (None, None)
        # Nothing cascaded from the accounts table: the contact is there, with its new fields empty.
        contact = session.execute(text("SELECT last_name, job_title, mobile FROM contacts")).one()
        assert tuple(contact) == ("Roux", None, None)
        plan = session.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM accounts ORDER BY size_floor LIMIT 50")
        ).all()
        assert "ix_accounts_size_floor" in " ".join(str(step) for step in plan)
