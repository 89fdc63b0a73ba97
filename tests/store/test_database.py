import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from esn_desktop.store.backup import backup_file, backups_dir_for
from esn_desktop.store.database import create_workspace, inspect_file, open_workspace
from esn_desktop.store.errors import WorkspaceError, WorkspaceLockedError
from esn_desktop.store.migrations_runner import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    alembic_config,
    downgrade,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.file_only("SQLite's settings of a file's connections")
def test_every_connection_has_wal_foreign_keys_and_busy_timeout(workspace) -> None:
    with workspace.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_foreign_keys_are_enforced(workspace) -> None:
    # SQLite's words, then PostgreSQL's: both refuse the row.
    refused = "FOREIGN KEY constraint failed|violates foreign key constraint"
    with pytest.raises(IntegrityError, match=refused), workspace.session() as session:
        session.execute(
            text("INSERT INTO contacts (account_id, first_name, last_name) VALUES (999, 'a', 'b')")
        )


def test_schema_revisions_match_alembic_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == SCHEMA_REVISIONS
    assert scripts.get_current_head() == SCHEMA_HEAD
    assert (MIGRATIONS_DIR / "env.py").is_file()


def test_models_and_migrations_agree(workspace) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from esn_desktop.store.models import Base

    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.esn"
    with create_workspace(path) as ws, ws.engine.begin() as connection:
        connection.execute(text("INSERT INTO salespeople (name) VALUES ('Hélène')"))
        downgrade(connection, "0001")
    assert inspect_file(path).revision == "0001"

    with open_workspace(path) as ws, ws.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert session.execute(text("SELECT name FROM salespeople")).scalar() == "Hélène"
    backups = list(backups_dir_for(path).iterdir())
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no workspace at"):
        open_workspace(tmp_path / "nowhere.esn")
    assert not (tmp_path / "nowhere.esn").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Raison sociale;Ville\nACME;Lyon\n", "not a SQLite database"),
        (b"", "not a SQLite database"),
    ],
)
def test_non_database_file_is_refused_and_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "prospects.esn"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message):
        open_workspace(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prospects.esn"]


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    before = digest(path)
    with pytest.raises(WorkspaceError, match="another application"):
        open_workspace(path)
    assert digest(path) == before


def test_corrupt_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.esn"
    create_workspace(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # scribble over the schema page, keep the header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(WorkspaceError, match="damaged"):
        open_workspace(path)
    assert digest(path) == before


def test_file_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.esn"
    create_workspace(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0999'")
    before = digest(path)
    with pytest.raises(WorkspaceError, match="newer version of esn-desktop"):
        open_workspace(path)
    assert digest(path) == before


def test_second_writer_in_another_process_is_told_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "shared.esn"
    with create_workspace(path):
        script = (
            "import sys; from pathlib import Path\n"
            "from esn_desktop.store.database import open_workspace\n"
            "from esn_desktop.store.errors import WorkspaceLockedError\n"
            "try:\n    open_workspace(Path(sys.argv[1]))\nexcept WorkspaceLockedError as e:\n"
            "    print(e); sys.exit(3)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 3, result.stderr
        assert "already open for writing by" in result.stdout
        assert "process" in result.stdout
    # Released on close: the other process may now write.
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "shared.esn"
    with create_workspace(path), pytest.raises(WorkspaceLockedError):
        open_workspace(path)
    # A reader is welcome beside the writer.
    with create_workspace(tmp_path / "b.esn"), open_workspace(tmp_path / "b.esn", write=False) as reader:
        assert not reader.writable


@pytest.mark.file_only("a file's copy beside it (a team database's backup: tests/cli/test_team_database.py)")
def test_backup_is_a_checked_consistent_copy(small_workspace, tmp_path: Path) -> None:
    copy = backup_file(small_workspace.path, tmp_path / "copy.esn")
    with sqlite3.connect(copy) as db:
        assert db.execute("SELECT COUNT(*) FROM accounts").fetchone()[0] == 3
    with pytest.raises(WorkspaceError, match="already exists"):
        backup_file(small_workspace.path, copy)
