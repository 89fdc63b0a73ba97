"""Consistent copies of a live workspace through SQLite's backup API, checked before trusted."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from esn_desktop.private_files import (
    OutputExistsError,
    private_folder,
    private_output,
    remove_companions,
    sweep_partials,
)
from esn_desktop.store.cipher import FileKey, connect, database_errors
from esn_desktop.store.errors import WorkspaceError, check_verdict
from esn_desktop.store.read_only import reader_uri


def backup_file(source: Path, destination: Path, *, key: FileKey | None = None) -> Path:
    """Copy `source` to `destination` as one consistent snapshot, even while another process writes.

    A plain file copy of a WAL database can miss whole tables; the backup API cannot. The copy
    of an encrypted workspace (`key`) is encrypted with the same key and salt: the same
    passphrase opens it.
    The copy is written private under a partial name, checked with `PRAGMA quick_check`, and
    only then named `destination`; a failed or killed copy never appears under that name.
    """
    private_folder(destination.parent)
    try:
        with private_output(destination) as partial:
            _copy(source, partial, key)
    except OutputExistsError:
        raise WorkspaceError(f"{destination} already exists; choose another name for the backup") from None
    return destination


def _copy(source: Path, partial: Path, key: FileKey | None) -> None:
    source_db = connect(reader_uri(source), key, uri=True, timeout=30)
    try:
        target_db = connect(partial, key)
        try:
            # One step copies the whole file under a single read transaction: a snapshot.
            source_db.backup(target_db, pages=-1)
            target_db.execute("PRAGMA journal_mode = DELETE")
            verdict = target_db.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target_db.close()
    except database_errors(key) as error:
        raise WorkspaceError(f"could not back up {source.name}: {error}") from error
    finally:
        source_db.close()
        remove_companions(partial)  # what SQLite may leave beside an interrupted copy
    if verdict != "ok":
        raise WorkspaceError(
            f"the backup of {source.name} failed its check ({check_verdict(verdict)}); nothing was kept;"
            f" run 'esn-desktop check {source.name}'"
        )


def backups_dir_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.stem + "-backups")


def timestamped_backup(workspace: Path, reason: str, *, key: FileKey | None = None) -> Path:
    """A new checked backup beside the workspace, named with the time and the reason.

    Every backup has a name of its own, so the copies that killed runs left half-written
    are swept here first: each is as large as the workspace.
    """
    if not os.access(workspace.parent, os.W_OK | os.X_OK):
        raise WorkspaceError(
            f"cannot back up {workspace.name} beside it: its folder is read-only (backup -o writes elsewhere)"
        )
    folder = backups_dir_for(workspace)
    sweep_partials(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{workspace.stem}-{stamp}-{reason}{workspace.suffix or '.esn'}"
    return backup_file(workspace, target, key=key)
