"""Encrypting, decrypting and re-keying a workspace or a backup file in place.

The file is rewritten whole by SQLCipher's `sqlcipher_export` into a private copy beside it,
the copy is checked (SQLite's quick check, and every table holding as many rows as the
original), then renamed over the original in one step: a crash leaves the original or the
converted file, never half of one. A plain original being encrypted is then overwritten with
zeros through a handle kept on it, so its readable bytes do not linger in the freed blocks
(best effort: an SSD or a copy-on-write file system may keep older copies of a block).

The caller holds the workspace's lock (`store.lock.WorkspaceLock`): no writer can come
between the copy and the rename.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import BinaryIO

from esn_desktop.private_files import (
    create_private_file,
    flush_folder,
    flush_to_disk,
    partial_path,
    remove_database,
)
from esn_desktop.store.cipher import FileKey, connect, is_wrong_key, sqlcipher
from esn_desktop.store.errors import WorkspaceError, WrongPassphraseError, check_verdict

_ALIAS = "converted"
_ZEROS = bytes(1 << 20)


def convert_file(path: Path, *, key_from: FileKey | None, key_to: FileKey | None) -> None:
    """Rewrites the database at `path`, opened with `key_from`, encrypted with `key_to` (None:
    plain). Refuses in one line, leaving the file as it was, when anything fails."""
    partial = partial_path(path)
    source = _open_folded(path, key_from)
    try:
        create_private_file(partial)
        source.execute(f"ATTACH DATABASE ? AS {_ALIAS} KEY ?", (str(partial), _key_text(key_to)))
        source.execute(f"SELECT sqlcipher_export('{_ALIAS}')")
        # The export copies schema and rows, not the header's fields: ours says what the file is.
        for field in ("application_id", "user_version"):
            value = int(source.execute(f"PRAGMA main.{field}").fetchone()[0])
            source.execute(f"PRAGMA {_ALIAS}.{field} = {value}")
        source.execute(f"DETACH DATABASE {_ALIAS}")
        _check(source, partial, key_to)
        flush_to_disk(partial)
    except sqlcipher().Error as error:
        remove_database(partial)
        raise WorkspaceError(f"could not rewrite {path.name}: {error}; it is unchanged") from error
    except BaseException:
        remove_database(partial)
        raise
    finally:
        source.close()
    _replace(path, partial, shred=key_from is None and key_to is not None)


def _key_text(key: FileKey | None) -> str:
    return "" if key is None else f"x'{key.key.hex()}{key.salt.hex()}'"


def _open_folded(path: Path, key: FileKey | None) -> sqlite3.Connection:
    """The file opened through SQLCipher (which also reads plain files), its log folded in and
    removed: the copy holds every commit, and no log of the old file is left for the new one."""
    source = connect(path, key, timeout=5) if key is not None else _plain_through_sqlcipher(path)
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("PRAGMA journal_mode = DELETE")
    except sqlcipher().Error as error:
        source.close()
        if key is not None and is_wrong_key(error):
            raise WrongPassphraseError.of(path) from None
        raise WorkspaceError(
            f"could not rewrite {path.name}: {error} (close the other programs using it, then try again)"
        ) from error
    return source


def _plain_through_sqlcipher(path: Path) -> sqlite3.Connection:
    # A plain file is read by SQLCipher too, so that one library alone has it open here.
    connection: sqlite3.Connection = sqlcipher().connect(str(path), timeout=5)
    return connection


def _check(source: sqlite3.Connection, partial: Path, key: FileKey | None) -> None:
    copy = connect(partial, key) if key is not None else _plain_through_sqlcipher(partial)
    try:
        verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise WorkspaceError(
                f"the rewritten copy failed its check ({check_verdict(verdict)}); the original is unchanged"
            )
        tables = [row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            counted = f'SELECT count(*) FROM "{table}"'
            if source.execute(counted).fetchone()[0] != copy.execute(counted).fetchone()[0]:
                raise WorkspaceError(f"the rewritten copy lacks rows of {table}; the original is unchanged")
    finally:
        copy.close()


def _replace(path: Path, partial: Path, *, shred: bool) -> None:
    old = path.open("r+b") if shred else None  # its connections are closed: no lock to lose
    try:
        partial.replace(path)
        flush_folder(path.parent)
        if old is not None:
            overwrite_with_zeros(old)
    finally:
        if old is not None:
            old.close()
        remove_database(partial)


def overwrite_with_zeros(handle: BinaryIO) -> None:
    """Overwrites the whole file open as `handle` with zeros, on disk (best effort: see above)."""
    size = os.fstat(handle.fileno()).st_size
    handle.seek(0)
    for _ in range(0, size, len(_ZEROS)):
        handle.write(_ZEROS)
    handle.flush()
    os.fsync(handle.fileno())
