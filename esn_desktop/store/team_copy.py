"""A team database copied into a workspace file: its backup, without pg_dump.

Every table is read in one repeatable-read, read-only transaction, so the copy is the database
as it stood at one instant, whatever the team writes meanwhile; the file is built under a
partial name and appears complete or not at all (`new_workspace`), private to its owner, and
encrypted when a passphrase is given. It is an ordinary workspace: `esn-desktop kpi` reads it,
the window opens it, `import` can bring its content into another database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def copy_tables(
    source: Connection,
    copy: Connection,
    *,
    progress: Progress = no_progress,
    adjust: Callable[[Table, list[dict[str, Any]]], None] = lambda _table, _rows: None,
) -> dict[str, int]:
    """Every table of the workspace read from `source` (the team's snapshot) and written into
    `copy` (a new file's transaction), parents first so that every row finds what it refers to,
    a few thousand rows at a time so that memory stays flat; `adjust` may change a batch before
    it is written. The rows told to `progress`, which may cancel; the rows copied, per table."""
    tables = Base.metadata.sorted_tables
    total = sum(source.execute(select(func.count()).select_from(t)).scalar_one() for t in tables)
    copied: dict[str, int] = {}
    done = 0
    progress(0, total)
    for table in tables:
        # Unqualified: a salesperson's search_path reads the views without costs.
        rows = source.execute(select(table)).mappings().yield_per(ROWS_AT_ONCE)
        copied[table.name] = 0
        for part in rows.partitions():
            batch = [dict(row) for row in part]
            adjust(table, batch)
            copy.execute(table.insert(), batch)
            copied[table.name] += len(batch)
            done += len(batch)
            progress(done, total)
    return copied


def copy_to_file(
    database: TeamDatabase, target: Path, *, passphrase: str | None = None, progress: Progress = no_progress
) -> dict[str, int]:
    """Copies the workspace in `database` to a new file `target`; the rows copied, per table."""
    engine = team_engine(database, read_only=True, pooled=False)
    try:
        with connect(engine, database) as source, source.begin():
            begin_snapshot(source, database)
            require_director(source, database, "a backup", "cannot read the costs it holds")
            with new_workspace(target, passphrase=passphrase) as workspace, workspace.engine.begin() as copy:
                copied = copy_tables(source, copy, progress=progress)
            # A copy nobody has open: no lock file beside it, as beside a file's backup.
            lock_path_for(target).unlink(missing_ok=True)
    finally:
        engine.dispose()
    return copied
