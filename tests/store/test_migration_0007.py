"""Schema 0007: a 0006 file gains the empty register of erasures, and loses it going back."""

import sqlite3
from pathlib import Path

from sqlalchemy import text

from esn_desktop.store.database import create_workspace, inspect_file, open_workspace
from esn_desktop.store.migrations_runner import SCHEMA_HEAD, downgrade


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_0006_file_gains_the_register_of_erasures_and_keeps_its_contacts(tmp_path: Path) -> None:
    path = tmp_path / "prospects.esn"
    with create_workspace(path) as ws, ws.engine.begin() as connection:
        downgrade(connection, "0006")
    assert "erasures" not in _tables(path)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO accounts (id, name, name_key, referencing)"
            " VALUES (1, 'Atelier Nord', 'atelier nord', 'not_referenced')"
        )
        db.execute("INSERT INTO contacts (account_id, first_name, last_name) VALUES (1, 'Anne', 'Roux')")
    assert inspect_file(path).revision == "0006"

    with open_workspace(path) as ws, ws.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert session.execute(text("SELECT count(*) FROM erasures")).scalar() == 0
        session.execute(text("INSERT INTO erasures (erased_on, kind) VALUES ('2026-12-02', 'contact')"))
        assert session.execute(text("SELECT last_name FROM contacts")).scalar() == "Roux"
        columns = [row[1] for row in session.execute(text("PRAGMA table_info(erasures)"))]
        assert columns == ["id", "erased_on", "kind"]  # never who was erased

    with create_workspace(tmp_path / "other.esn") as ws, ws.engine.begin() as connection:
        downgrade(connection, "0006")
    assert "erasures" not in _tables(tmp_path / "other.esn")
