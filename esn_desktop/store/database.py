"""Opening a workspace file: refuse what is not ours, migrate what is old, lock what we write.

On POSIX, closing *any* file descriptor on a database drops every lock the process holds on
it; another process then believes the app's connections gone, checkpoints and deletes the
live write-ahead log, and the app's next commits go into an unlinked file. So, in this
process, nothing but SQLite opens a workspace that is open here (its header is read only
before the first connection, and a second opening shares the engine); other processes that
only read open the file read-only, which can neither checkpoint nor delete the log; and a
writer checks before and after each commit that its log is still the one on disk.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, NullPool, QueuePool

import esn_desktop.store.versions  # noqa: F401  (it stamps every change of a versioned row)
from esn_desktop.private_files import (
    SQLITE_HEADER,
    create_private_file,
    databases_open_here,
    file_key,
    looks_encrypted,
    partial_path,
    read_header,
    remove_database,
    sweep_partials,
)
from esn_desktop.store.address import TeamDatabase, WorkspaceAddress
from esn_desktop.store.backup import backups_dir_for, timestamped_backup
from esn_desktop.store.cipher import (
    FileKey,
    Secret,
    connect,
    driver,
    forget_derived_keys,
    is_wrong_key,
    refuse_weak,
)
from esn_desktop.store.connection_errors import connection_lost
from esn_desktop.store.errors import (
    PassphraseNeededError,
    WorkspaceChangedError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
    WrongPassphraseError,
    first_line,
)
from esn_desktop.store.lock import WorkspaceLock
from esn_desktop.store.migrations_runner import SCHEMA_HEAD, SCHEMA_REVISIONS, upgrade
from esn_desktop.store.read_only import read_only_uri, reader_uri

APPLICATION_ID = 0x45534E44  # 'ESND', written by the first migration.
#: The key of `Session.info` saying that costs are hidden from the session's login (a team
#: database's salesperson or viewer: store/team_roles.py).
COSTS_HIDDEN = "costs_hidden"
#: The team roles that never read a cost.
_ROLES_WITHOUT_COSTS = ("salesperson", "viewer")
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class FileState:
    """What a look at an existing file found, without changing a byte of it."""

    revision: str
    #: What opens the file when it is encrypted.
    key: FileKey | None = None

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != SCHEMA_HEAD


def inspect_file(path: Path, passphrase: Secret | None = None) -> FileState:
    """Checks that `path` is an esn-desktop workspace this version can open, read-only.

    An encrypted one needs its `passphrase`, or the key `inspect_file` derived from it (refused in
    one line without it or with a wrong one).
    """
    if not path.exists():
        raise WorkspaceError(f"no workspace at {path}", "missing", path=path)
    if path.is_dir():
        raise WorkspaceError(f"{path} is a folder, not a workspace file", "folder", path=path)
    if not os.access(path, os.R_OK):
        raise WorkspaceError(f"{path.name} cannot be read: permission denied", "unreadable", file=path.name)
    key = _key_for(path, passphrase)
    errors = driver(key)
    try:
        application_id, revision = _probe(path, key)
    except errors.OperationalError as error:
        # Not damage: a read-only folder without the log's index, a busy file...
        if Path(f"{path}-wal").exists() and not os.access(path.parent, os.W_OK | os.X_OK):
            raise WorkspaceReadOnlyError(
                f"{path.name} has unfinished changes in {path.name}-wal and its folder is read-only; "
                "copy both files to a folder you can write to, then open the copy",
                "unfinished_read_only",
                file=path.name,
            ) from error
        raise WorkspaceError(f"{path.name} cannot be read: {error}") from error
    except errors.DatabaseError as error:
        if key is not None and is_wrong_key(error):
            raise WrongPassphraseError.of(path) from None
        raise WorkspaceError(
            f"{path.name} is damaged and cannot be read ({error}); restore one of its backups",
            "damaged",
            file=path.name,
            error=error,
        ) from error
    if application_id != APPLICATION_ID or revision is None:
        raise WorkspaceError(
            f"{path.name} is a SQLite database of another application, not an esn-desktop workspace",
            "other_application",
            file=path.name,
        )
    if revision not in SCHEMA_REVISIONS:
        raise WorkspaceError(
            f"{path.name} was saved by a newer version of esn-desktop (schema {revision}, "
            f"this version reads up to {SCHEMA_HEAD}); update esn-desktop to open it",
            "newer",
            file=path.name,
            revision=revision,
            head=SCHEMA_HEAD,
        )
    return FileState(revision=revision, key=key)


def _key_for(path: Path, passphrase: Secret | None) -> FileKey | None:
    """What opens `path`: None for a plain file, else the key its passphrase derives (or the key
    given, derived earlier from the same file: a derivation takes a fifth of a second)."""
    here = file_key(path)
    if here in databases_open_here:
        # Its header cannot be read here (see the module's docstring); it was checked when opened.
        key = _keys_here.get(here)
        if key is not None and passphrase is not None and not _same(key, passphrase):
            raise WrongPassphraseError.of(path)
        return key
    header = read_header(path)
    if header == SQLITE_HEADER:
        return None
    if not looks_encrypted(path, header):
        raise WorkspaceError(
            f"{path.name} is not an esn-desktop workspace (it is not a SQLite database)",
            "not_sqlite",
            file=path.name,
        )
    if passphrase is None:
        raise PassphraseNeededError(
            f"{path.name} is encrypted: give its passphrase", "passphrase_needed", file=path.name
        )
    if isinstance(passphrase, FileKey):
        if passphrase.salt != header:  # derived for another file, or this one before a re-key
            raise WrongPassphraseError.of(path)
        return passphrase
    return FileKey.derive(passphrase, header)


def _same(key: FileKey, passphrase: Secret) -> bool:
    return key == passphrase if isinstance(passphrase, FileKey) else key.opens_with(passphrase)


def is_encrypted(path: Path) -> bool:
    """Whether the workspace at `path` is encrypted (False for a missing or unreadable file)."""
    path = path.expanduser().resolve()
    try:
        here = file_key(path)
        if here in databases_open_here:
            return here in _keys_here
        return looks_encrypted(path, read_header(path))
    except OSError:
        return False


def _probe(path: Path, key: FileKey | None) -> tuple[int, str | None]:
    """The file's application id and schema revision, read without writing a byte beside it.

    Without a log there is no writer (a writer keeps one while connected), and the file is
    read as it stands, without the log and index a read-only look would otherwise leave
    behind; should a writer start meanwhile and the look fail, it is taken again the usual way.
    """
    wal = Path(f"{path}-wal")
    as_it_stands = not wal.exists()
    try:
        return _read_identity(read_only_uri(path, immutable=as_it_stands), key)
    except driver(key).DatabaseError:
        if not as_it_stands or not wal.exists():
            raise
        return _read_identity(read_only_uri(path), key)


def _read_identity(uri: str, key: FileKey | None) -> tuple[int, str | None]:
    probe = connect(uri, key, uri=True)
    try:
        application_id = probe.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return application_id, revision
    finally:
        probe.close()


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


def _set_reader_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # A read-only connection cannot change the journal mode: it reads the file as it is.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size = -32000")
    cursor.close()


def _engine(path: Path, key: FileKey | None, *, pooled: bool = True) -> Engine:
    # Pooled connections keep SQLite's page cache warm between queries; the pool hands each
    # thread its own connection. Short-lived engines (migrations) keep none.
    engine = _engine_on(lambda: connect(path, key, check_same_thread=False), key, pooled=pooled)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _reader_engine(path: Path, key: FileKey | None) -> Engine:
    uri = reader_uri(path)
    engine = _engine_on(lambda: connect(uri, key, uri=True, check_same_thread=False), key)
    event.listen(engine, "connect", _set_reader_pragmas)
    return engine


def _engine_on(
    creator: Callable[[], sqlite3.Connection], key: FileKey | None, *, pooled: bool = True
) -> Engine:
    # The pool is named: for "sqlite://" SQLAlchemy would pick the pool of an in-memory
    # database, which closes a busy thread's connection once six threads read (the window's
    # background reads do), and SQLite then crashes the process. `module` is the driver whose
    # errors SQLAlchemy translates (an integrity error, a busy file) whichever opens the file.
    return create_engine(
        "sqlite://", module=driver(key), creator=creator, poolclass=QueuePool if pooled else NullPool
    )


class WalGuard:
    """Notices that the write-ahead log this process writes was removed or replaced under it.

    Prevention lives in how files are opened; this is the last check, so that a commit going
    into a log nobody will read again is refused rather than acknowledged.
    """

    def __init__(self, database: Path, engine: Engine) -> None:
        self._wal = Path(f"{database}-wal")
        self._name = database.name
        self._identity: tuple[int, int] | None = None
        self._connections = 0
        self._lost = False
        #: Transactions that wrote, counted when they commit.
        self.writes = 0
        event.listen(engine, "connect", self._connected)
        event.listen(engine, "close", self._closed)
        event.listen(engine, "commit", self._committing)

    def _current(self) -> tuple[int, int] | None:
        try:
            return file_key(self._wal)
        except FileNotFoundError:
            return None

    def _connected(self, _dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        if self._connections == 0:
            # The first connection (or the first after all had closed) makes a new log.
            self._identity = self._current()
        self._connections += 1
        self.check()

    def _closed(self, _dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        self._connections = max(0, self._connections - 1)

    def _committing(self, connection: Connection) -> None:
        # Python's sqlite3 opens a transaction only before a write: reads go on, writes are checked.
        if connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
            self.writes += 1
            self.check()

    def check(self) -> None:
        if not self._lost and self._identity is not None and self._current() != self._identity:
            self._lost = True
        if self._lost:
            raise WorkspaceChangedError(
                f"{self._name} was changed by another program while open here; this change was "
                "not saved. Close the workspace and open it again",
                "changed",
                file=self._name,
            )


#: The writers among the files (device, inode) on which this process has an engine.
_writers_here: dict[tuple[int, int], Workspace] = {}
#: The keys of the encrypted files among them, writers or readers: their headers cannot be read.
_keys_here: dict[tuple[int, int], FileKey] = {}


class Workspace:
    """An open workspace: its file and write lock, or its team database; its engine and sessions."""

    def __init__(
        self,
        address: WorkspaceAddress,
        engine: Engine,
        lock: WorkspaceLock | None = None,
        *,
        key: FileKey | None = None,
        file: Path | None = None,
        guard: WalGuard | None = None,
        shared: bool = False,
        team_writes: bool = False,
        bind: Connection | None = None,
        role: str | None = None,
    ) -> None:
        """For a file: `key` opens it when it is encrypted; `file` is where the engine writes
        when it is not `address` yet (a workspace being built); a `shared` workspace borrows the
        engine of this process's writer and leaves it open. For a team database (no file, no
        lock: PostgreSQL lets several write): whether this one writes (`team_writes`), `bind`, a
        connection holding every session in its transaction (a workspace being built), and the
        login's `role` there (director, salesperson, viewer)."""
        self.address = address
        self.engine = engine
        #: What opens the file, and its backups, when it is encrypted; None for a plain one.
        self.key = key
        self._lock = lock
        self._guard = guard
        self._shared = shared
        self._closed = False
        self._team_writes = team_writes
        #: The login's role in a team database; None for a file, where everything shows.
        self.role = role
        info = {COSTS_HIDDEN: role in _ROLES_WITHOUT_COSTS}
        self._sessions = (
            sessionmaker(engine, expire_on_commit=False, info=info)
            if bind is None
            else sessionmaker(
                bind=bind, expire_on_commit=False, join_transaction_mode="create_savepoint", info=info
            )
        )
        #: The file's identity among the databases this process has open; None for a team's.
        self._key = None if isinstance(address, TeamDatabase) else file_key(file or address)
        if self._key is not None and not shared:
            databases_open_here[self._key] += 1
            if lock is not None:
                _writers_here[self._key] = self
            if key is not None:
                _keys_here[self._key] = key

    @property
    def path(self) -> Path:
        """The workspace's file; a team database has none (refused in one line)."""
        if isinstance(self.address, TeamDatabase):
            raise WorkspaceError(
                f"{self.address.name} is a team database: it has no file", "team_no_file", name=self.name
            )
        return self.address

    @property
    def team(self) -> TeamDatabase | None:
        """The team database this workspace is, or None for a file."""
        return self.address if isinstance(self.address, TeamDatabase) else None

    @property
    def name(self) -> str:
        """How a message names it: the file's name, or the database and its server."""
        return self.address.name

    @property
    def writable(self) -> bool:
        return self._lock is not None or self._team_writes

    @property
    def sees_costs(self) -> bool:
        """Whether salaries, daily costs and margins show (not to a salesperson or a viewer)."""
        return self.role not in _ROLES_WITHOUT_COSTS

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error.

        A team database's connection lost while committing leaves the change unknown: the
        server may have committed it before its answer was lost. That is said as such
        (`team_commit_unknown`), never as "nothing was written", which a person would retry."""
        writes = self._guard.writes if self._guard is not None else 0
        committing = False
        with self._sessions() as session:
            try:
                with session.begin():  # committed on leaving this block
                    yield session
                    session.flush()  # a statement's refusal: before anything is committed
                    committing = True
            except DBAPIError as error:
                if committing and self.team is not None and connection_lost(error):
                    raise commit_unknown(self.team) from None
                raise
        if self._guard is not None and self._guard.writes != writes:
            self._guard.check()  # a commit that went into a log removed meanwhile is not acknowledged

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.key is not None:
            forget_derived_keys()
        if self._key is None:  # a team database
            self.engine.dispose()
        elif not self._shared:
            self.engine.dispose()
            databases_open_here[self._key] -= 1
            if databases_open_here[self._key] <= 0:
                del databases_open_here[self._key]
                _keys_here.pop(self._key, None)
            if _writers_here.get(self._key) is self:
                del _writers_here[self._key]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _writable_place(path: Path, *, why: str = "") -> None:
    """Refuses a file SQLite could open but not write: the file or its folder is read-only."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        if why:
            raise WorkspaceReadOnlyError(
                f"{path.name} cannot be read here: {why}, and it is read-only; "
                "copy it to a folder you can write to, then open the copy"
            )
        raise WorkspaceReadOnlyError(
            f"{path.name} is read-only; it can be opened for reading only", "read_only", file=path.name
        )


def _writer(path: Path, lock: WorkspaceLock, key: FileKey | None) -> Workspace:
    engine = _engine(path, key)
    guard = WalGuard(path, engine)
    return Workspace(path, engine, lock, key=key, guard=guard, role=_copied_as(engine))


def _copied_as(engine: Engine) -> str | None:
    """The role of the login an offline copy of a team database was made for (its costs are 0s
    for a salesperson or a viewer: store/offline_copy.py); None for any other file."""
    with engine.connect() as connection:
        if not connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'offline_origin'"
        ).scalar():
            return None
        role = connection.exec_driver_sql("SELECT value FROM offline_origin WHERE key = 'role'").scalar()
    return str(role) if role else None


@contextmanager
def new_workspace(path: Path, *, passphrase: Secret | None = None) -> Iterator[Workspace]:
    """A new workspace to fill, at `path` only once the block ends without error; encrypted
    with `passphrase` when one is given (or with the key an open file was derived: the same
    passphrase opens both, asked of nobody again; an offline copy's refresh from the window).

    It is built under a partial name in the same folder and renamed when complete, so a crash
    or a kill leaves either no workspace or a whole one, and the same command can run again.
    """
    path = path.expanduser().resolve()
    key = _new_key(passphrase, path)
    if os.path.lexists(path):
        raise WorkspaceError(f"{path} already exists", "exists", path=path)
    if not path.parent.is_dir():
        raise WorkspaceError(
            f"cannot create {path.name}: the folder {path.parent} does not exist",
            "no_folder",
            file=path.name,
            folder=path.parent,
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise WorkspaceReadOnlyError(
            f"cannot create {path.name}: the folder {path.parent} is read-only",
            "folder_read_only",
            file=path.name,
            folder=path.parent,
        )
    sweep_partials(path.parent)
    lock = WorkspaceLock(path)  # on the final name: two runs never build the same workspace
    lock.acquire()
    partial = partial_path(path)
    try:
        create_private_file(partial)  # SQLite gives its log and index the file's permissions
        engine = _engine(partial, key)
        workspace = Workspace(path, engine, None, key=key, file=partial)
        try:
            with engine.begin() as connection:
                upgrade(connection)
            yield workspace
            with engine.begin() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            workspace.close()  # the last connection folds the log into the file and removes it
        if Path(f"{partial}-wal").exists():
            raise WorkspaceError(
                f"{path.name} could not be completed: its log is still in use", "log_in_use", file=path.name
            )
        if os.path.lexists(path):
            raise WorkspaceError(f"{path} already exists", "exists", path=path)
        partial.replace(path)
    finally:
        remove_database(partial)
        lock.release()
        if not path.exists():  # nothing was created: no lock file either
            lock.path.unlink(missing_ok=True)


def _new_key(passphrase: Secret | None, path: Path) -> FileKey | None:
    if passphrase is None:
        return None
    if isinstance(passphrase, FileKey):
        return passphrase  # its passphrase was checked when the file it opens was made
    refuse_weak(passphrase, path.name)
    return FileKey.new(passphrase)


def create_workspace(path: Path, *, passphrase: str | None = None) -> Workspace:
    """A new, empty workspace at `path`, open for writing; encrypted when `passphrase` is given."""
    with new_workspace(path, passphrase=passphrase):
        pass
    return open_workspace(path, passphrase=passphrase)


def open_workspace(path: Path, *, write: bool = True, passphrase: Secret | None = None) -> Workspace:
    """Opens an existing workspace, after checking it is one; `write=False` reads beside a writer.

    An older file is backed up (and the backup checked) before it is migrated. A read-only
    opening still has to lock the file for the length of a migration; it cannot checkpoint or
    remove the log of a writer elsewhere. An encrypted workspace needs its `passphrase`.
    """
    path = path.expanduser().resolve()
    key = file_key(path) if path.exists() else None
    writer_here = _writers_here.get(key) if key is not None else None
    if writer_here is not None:
        if write:
            raise WorkspaceLockedError(path.name, here=True)
        _key_for(path, passphrase)  # a wrong passphrase is refused here too
        return Workspace(path, writer_here.engine, None, key=writer_here.key, shared=True)
    state = inspect_file(path, passphrase)
    sweep_partials(path.parent)  # what a killed creation, backup or export left there
    sweep_partials(backups_dir_for(path))
    if state.needs_upgrade and not write:
        _writable_place(
            path, why=f"it was saved by an older version (schema {state.revision}) and must be upgraded"
        )
    if write:
        _writable_place(path)
    lock = WorkspaceLock(path)
    if write or state.needs_upgrade:
        lock.acquire()
    try:
        if state.needs_upgrade:
            _migrate(path, state.revision, state.key)
        if write:
            return _writer(path, lock, state.key)
        lock.release()
        reader = _reader_engine(path, state.key)
        return Workspace(path, reader, None, key=state.key, role=_copied_as(reader))
    except BaseException:
        lock.release()
        raise


def _migrate(path: Path, revision: str, key: FileKey | None) -> None:
    backup = timestamped_backup(path, f"before-schema-{SCHEMA_HEAD}", key=key)
    engine = _engine(path, key, pooled=False)
    try:
        with engine.begin() as connection:
            upgrade(connection)
    except Exception as error:
        reason = first_line(error)  # SQLAlchemy's text holds the whole SQL statement below it
        raise WorkspaceError(
            f"upgrading {path.name} from schema {revision} failed ({reason}); "
            f"the file is unchanged and a checked copy is at {backup}",
            "upgrade_failed",
            file=path.name,
            revision=revision,
            error=reason,
            backup=backup,
        ) from error
    finally:
        engine.dispose()


def commit_unknown(database: TeamDatabase) -> WorkspaceError:
    """The connection was lost as the change was committed: saved or not, the server knows."""
    return WorkspaceError(
        f"{database.name} stopped answering as the change was saved: it may have been saved; "
        "check it before saving again",
        "team_commit_unknown",
        name=database.name,
    )
