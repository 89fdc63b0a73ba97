"""A team database copied into a workspace file: its backup, without pg_dump.

Every table is read in one repeatable-read, read-only transaction, so the copy is the database
as it stood at one instant, whatever the team writes meanwhile; the file is built under a
partial name and appears complete or not at all (`new_workspace`), private to its owner, and
encrypted when a passphrase is given. It is an ordinary workspace: `esn-desktop kpi` reads it,
the window opens it, `import` can bring its content into another database.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import Connection

from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.database import new_workspace
from esn_desktop.store.errors import WorkspaceError
from esn_desktop.store.lock import lock_path_for
from esn_desktop.store.migrations_runner import SCHEMA_HEAD
from esn_desktop.store.models import Base
from esn_desktop.store.team_database import connect, schema_revision, team_engine
from esn_desktop.store.team_roles import require_director

#: Rows read and written at a time: memory stays flat whatever the database's size.
ROWS_AT_ONCE = 5000


def begin_snapshot(source: Connection, database: TeamDatabase) -> None:
    """Makes the transaction just begun on `source` one repeatable-read, read-only snapshot of the
    workspace in `database`, refused in one line when there is none or its schema is older."""
    source.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
    revision = schema_revision(source, database)
    if revision is None:
        raise WorkspaceError(f"{database.name} holds no workspace to copy", "team_empty", name=database.name)
    if revision != SCHEMA_HEAD:
        raise WorkspaceError(
            f"{database.name} has the older schema {revision}: open it once with this version "
            "(it is upgraded then), and copy it again",
            "team_older",
            name=database.name,
        )


def rows_in(source: Connection, tables: Sequence[Table]) -> int:
    """How many rows a copy of these tables reads: its progress's whole."""
    return sum(source.execute(select(func.count()).select_from(t)).scalar_one() for t in tables)


def copy_to_file(
    database: TeamDatabase, target: Path, *, passphrase: str | None = None, progress: Progress = no_progress
) -> dict[str, int]:
    """Copies the workspace in `database` to a new file `target`; the rows copied, per table."""
    engine = team_engine(database, read_only=True, pooled=False)
    copied: dict[str, int] = {}
    try:
        with connect(engine, database) as source, source.begin():
            begin_snapshot(source, database)
            require_director(source, database, "a backup", "cannot read the costs it holds")
            tables = Base.metadata.sorted_tables  # parents first: every row finds what it refers to
            total = rows_in(source, tables)
            done = 0
            progress(0, total)
            with new_workspace(target, passphrase=passphrase) as workspace, workspace.engine.begin() as copy:
                for table in tables:
                    rows = source.execute(select(table)).mappings().yield_per(ROWS_AT_ONCE)
                    copied[table.name] = 0
                    for part in rows.partitions():
                        copy.execute(table.insert(), [dict(row) for row in part])
                        copied[table.name] += len(part)
                        done += len(part)
                        progress(done, total)
            # A copy nobody has open: no lock file beside it, as beside a file's backup.
            lock_path_for(target).unlink(missing_ok=True)
    finally:
        engine.dispose()
    return copied
