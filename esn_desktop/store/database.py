"""Opening a workspace file: refuse what is not ours, migrate what is old, lock what we write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from esn_desktop.store.backup import timestamped_backup
from esn_desktop.store.errors import WorkspaceError
from esn_desktop.store.lock import WorkspaceLock, lock_path_for
from esn_desktop.store.migrations_runner import SCHEMA_HEAD, SCHEMA_REVISIONS, upgrade

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x45534E44  # 'ESND', written by the first migration.
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class FileState:
    """What a look at an existing file found, without changing a byte of it."""

    revision: str

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != SCHEMA_HEAD


def inspect_file(path: Path) -> FileState:
    """Checks that `path` is an esn-desktop workspace this version can open, read-only."""
    if not path.exists():
        raise WorkspaceError(f"no workspace at {path}")
    if path.is_dir():
        raise WorkspaceError(f"{path} is a folder, not a workspace file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise WorkspaceError(f"{path.name} is not an esn-desktop workspace (it is not a SQLite database)")
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise WorkspaceError(f"{path.name} cannot be read: {error}") from error
    try:
        application_id = probe.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            revision = probe.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(
            f"{path.name} is damaged and cannot be read ({error}); restore one of its backups"
        ) from error
    finally:
        probe.close()
    if application_id != APPLICATION_ID or revision is None:
        raise WorkspaceError(
            f"{path.name} is a SQLite database of another application, not an esn-desktop workspace"
        )
    if revision[0] not in SCHEMA_REVISIONS:
        raise WorkspaceError(
            f"{path.name} was saved by a newer version of esn-desktop (schema {revision[0]}, "
            f"this version reads up to {SCHEMA_HEAD}); update esn-desktop to open it"
        )
    return FileState(revision=revision[0])


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # foreign_keys is ignored inside a transaction: set it first, on every new connection.
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL cannot corrupt a WAL database; it may lose the last commits on power loss only.
    cursor.execute("PRAGMA synchronous = NORMAL")
    # 32 MB of page cache per connection: lists of 100,000 rows stay in memory between queries.
    cursor.execute("PRAGMA cache_size = -32000")
    cursor.close()


def _engine(path: Path, *, pooled: bool = True) -> Engine:
    # Pooled connections keep SQLite's page cache warm between queries; the pool hands each
    # thread its own connection. Short-lived engines (migrations) keep none.
    engine = create_engine(f"sqlite:///{path}", poolclass=None if pooled else NullPool)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Workspace:
    """An open workspace: its file, engine and sessions, and the write lock when it has one."""

    def __init__(self, path: Path, engine: Engine, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def writable(self) -> bool:
        return self._lock is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create_workspace(path: Path) -> Workspace:
    """A new, empty workspace at `path`, locked for writing."""
    path = path.expanduser().resolve()
    if path.exists():
        raise WorkspaceError(f"{path} already exists")
    if not path.parent.is_dir():
        raise WorkspaceError(f"cannot create {path.name}: the folder {path.parent} does not exist")
    lock = WorkspaceLock(path)
    lock.acquire()
    engine = _engine(path)
    try:
        with engine.begin() as connection:
            upgrade(connection)
    except Exception:
        engine.dispose()
        lock.release()
        path.unlink(missing_ok=True)
        raise
    return Workspace(path, engine, lock)


def delete_workspace_files(path: Path) -> None:
    """Removes a workspace that must not remain (a refused import, a failed demo), with its companions."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path_for(path)):
        leftover.unlink(missing_ok=True)


def open_workspace(path: Path, *, write: bool = True) -> Workspace:
    """Opens an existing workspace, after checking it is one; `write=False` reads beside a writer.

    An older file is backed up (and the backup checked) before it is migrated. A read-only
    opening still has to lock the file for the length of a migration.
    """
    path = path.expanduser().resolve()
    state = inspect_file(path)
    lock = WorkspaceLock(path)
    if write or state.needs_upgrade:
        lock.acquire()
    try:
        if state.needs_upgrade:
            _migrate(path, state.revision)
        if not write:
            lock.release()
    except BaseException:
        lock.release()
        raise
    return Workspace(path, _engine(path), lock if write else None)


def _migrate(path: Path, revision: str) -> None:
    backup = timestamped_backup(path, f"before-schema-{SCHEMA_HEAD}")
    engine = _engine(path, pooled=False)
    try:
        with engine.begin() as connection:
            upgrade(connection)
    except Exception as error:
        raise WorkspaceError(
            f"upgrading {path.name} from schema {revision} failed ({error}); "
            f"the file is unchanged and a checked copy is at {backup}"
        ) from error
    finally:
        engine.dispose()
