"""Encrypting, decrypting and re-keying a workspace in place, and its backups with it.

Each of the three runs under the workspace's lock (refused, with the lock's own words, while
the app or another command writes it), rewrites the workspace through a checked copy and an
atomic rename (`store.conversion.convert_file`), then every backup in its backups folder:
rewritten under the same key, so the same passphrase opens the workspace and its backups, or
deleted when asked. Nothing is left behind silently: a plain original is overwritten once
encrypted, a plain backup is encrypted or overwritten and deleted, and a backup the current
passphrase does not open (another one does) is left as it was and said in the report.

A workspace saved by an older version is upgraded first, as opening it would (its checked
copy before the upgrade lands in the backups folder and is converted with the others).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Literal

from esn_desktop.private_files import (
    SQLITE_COMPANIONS,
    SQLITE_HEADER,
    looks_encrypted,
    read_header,
    remove_companions,
    sweep_partials,
)
from esn_desktop.store.backup import backups_dir_for
from esn_desktop.store.cipher import FileKey, connect, database_errors, refuse_weak
from esn_desktop.store.conversion import convert_file, overwrite_with_zeros
from esn_desktop.store.database import inspect_file, is_encrypted, open_workspace
from esn_desktop.store.errors import WorkspaceError, WrongPassphraseError
from esn_desktop.store.lock import WorkspaceLock
from esn_desktop.store.read_only import read_only_uri

Backups = Literal["convert", "delete"]


class Done(Enum):
    """What became of one file."""

    ENCRYPTED = "encrypted"
    DECRYPTED = "decrypted"
    REKEYED = "rekeyed"
    DELETED = "deleted"
    #: Left as it was: it is encrypted and the current passphrase does not open it.
    OTHER_PASSPHRASE = "other_passphrase"
    #: Left as it was: it is plain already (decrypting).
    ALREADY_PLAIN = "already_plain"
    #: Left as it was: it is encrypted with the workspace's key already (finishing an encryption).
    ALREADY_ENCRYPTED = "already_encrypted"
    #: Left as it was: it could not be read or rewritten (`why` says why).
    NOT_CONVERTED = "not_converted"


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: Path
    done: Done
    why: str = ""


@dataclass(frozen=True, slots=True)
class ConversionReport:
    """The workspace's outcome, then each backup's, in name order."""

    workspace: FileOutcome
    backups: tuple[FileOutcome, ...]

    @property
    def complete(self) -> bool:
        """Whether every backup is as asked, or left only because another passphrase opens it."""
        return all(backup.done is not Done.NOT_CONVERTED for backup in self.backups)


def workspace_in_state(path: Path, *, encrypted: bool) -> Path:
    """`path` resolved, once checked to be a workspace that is encrypted (or plain, as said);
    refuses in one line otherwise. Asks for no passphrase: commands call it before asking."""
    path = path.expanduser().resolve()
    if is_encrypted(path):
        if not encrypted:
            raise WorkspaceError(
                f"{path.name} is already encrypted: 'esn-desktop passphrase' changes its passphrase",
                "already_encrypted",
                file=path.name,
            )
        return path
    inspect_file(path)  # what is not a workspace is said as such, not as "not encrypted"
    if encrypted:
        raise WorkspaceError(f"{path.name} is not encrypted", "not_encrypted", file=path.name)
    return path


def encrypt_workspace(path: Path, *, passphrase: str, backups: Backups = "convert") -> ConversionReport:
    """Encrypts the plain workspace at `path` with `passphrase`, and its plain backups."""
    path = workspace_in_state(path, encrypted=False)
    refuse_weak(passphrase, path.name)
    return _convert(path, current=None, new=passphrase, backups=backups)


def decrypt_workspace(path: Path, *, passphrase: str, backups: Backups = "convert") -> ConversionReport:
    """Makes the encrypted workspace at `path` plain again, and the backups `passphrase` opens."""
    path = workspace_in_state(path, encrypted=True)
    return _convert(path, current=passphrase, new=None, backups=backups)


def change_passphrase(
    path: Path, *, passphrase: str, new_passphrase: str, backups: Backups = "convert"
) -> ConversionReport:
    """Re-encrypts the workspace at `path` and the backups `passphrase` opens (and any plain
    one) under `new_passphrase`, with a new salt."""
    path = workspace_in_state(path, encrypted=True)
    refuse_weak(new_passphrase, path.name)
    return _convert(path, current=passphrase, new=new_passphrase, backups=backups)


def left_behind(path: Path, *, encrypted: bool) -> list[Path]:
    """The backups an interrupted `encrypt` (`encrypted`) or `decrypt` left in the other state:
    plain ones beside an encrypted workspace, or encrypted ones beside a plain one."""
    found = []
    for backup in backups_of(path):
        try:
            header = read_header(backup)
        except OSError:
            continue
        if (header == SQLITE_HEADER) if encrypted else looks_encrypted(backup, header):
            found.append(backup)
    return found


def finish(path: Path, *, passphrase: str, encrypted: bool, backups: Backups = "convert") -> ConversionReport:
    """Brings the backups an interrupted `encrypt` or `decrypt` left behind to the workspace's
    state (`encrypted`), with `passphrase`, the workspace's (or its backups', once it is plain)."""
    path = path.expanduser().resolve()
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        key = inspect_file(path, passphrase).key
        converter = _BackupConverter(passphrase, key, key, delete=backups == "delete")
        done = Done.ALREADY_ENCRYPTED if encrypted else Done.ALREADY_PLAIN
        return ConversionReport(
            FileOutcome(path, done), tuple(converter.outcome(b) for b in backups_of(path))
        )
    finally:
        lock.release()


def _convert(path: Path, *, current: str | None, new: str | None, backups: Backups) -> ConversionReport:
    if backups not in ("convert", "delete"):
        raise ValueError(backups)
    if inspect_file(path, current).needs_upgrade:  # a wrong passphrase is refused here
        open_workspace(path, write=True, passphrase=current).close()
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        key_from = inspect_file(path, current).key  # again, now that nobody else can write it
        key_to = FileKey.new(new) if new is not None else None
        sweep_partials(path.parent)  # what a killed conversion left
        convert_file(path, key_from=key_from, key_to=key_to)
        workspace = FileOutcome(path, _done(key_from, key_to))
        converter = _BackupConverter(current, key_from, key_to, delete=backups == "delete")
        return ConversionReport(workspace, tuple(converter.outcome(backup) for backup in backups_of(path)))
    finally:
        lock.release()


def backups_of(path: Path) -> list[Path]:
    """The backups beside the workspace at `path` (manual, scheduled, before a migration), in
    name order: neither the hidden partial files of a copy being written nor SQLite's companions."""
    folder = backups_dir_for(path)
    if not folder.is_dir():
        return []
    sweep_partials(folder)
    return sorted(
        entry
        for entry in folder.iterdir()
        if entry.is_file()
        and not entry.is_symlink()
        and not entry.name.startswith(".")
        and not entry.name.endswith(SQLITE_COMPANIONS)
    )


def _done(key_from: FileKey | None, key_to: FileKey | None) -> Done:
    if key_to is None:
        return Done.DECRYPTED
    return Done.ENCRYPTED if key_from is None else Done.REKEYED


@dataclass(frozen=True, slots=True)
class _BackupConverter:
    passphrase: str | None = field(repr=False)
    key_from: FileKey | None
    key_to: FileKey | None
    delete: bool

    def outcome(self, backup: Path) -> FileOutcome:
        try:
            header = read_header(backup)
        except OSError as error:
            return FileOutcome(backup, Done.NOT_CONVERTED, f"it cannot be read ({error.strerror or error})")
        if header == SQLITE_HEADER:
            if self.key_to is None:
                return FileOutcome(backup, Done.ALREADY_PLAIN)
            source: FileKey | None = None  # plain: encrypted whatever the passphrase it had
        elif looks_encrypted(backup, header):
            if self.passphrase is None:
                return FileOutcome(backup, Done.OTHER_PASSPHRASE)
            # The app's backups share the workspace's salt, and so its key: no new derivation.
            same = self.key_from is not None and header == self.key_from.salt
            source = self.key_from if same else FileKey.derive(self.passphrase, header)
            if same and source == self.key_to:
                return FileOutcome(backup, Done.ALREADY_ENCRYPTED)
        else:
            return FileOutcome(backup, Done.NOT_CONVERTED, "it is not a workspace's backup")
        if self.delete:
            return self._delete(backup, source)
        try:
            convert_file(backup, key_from=source, key_to=self.key_to)
        except WrongPassphraseError:
            return FileOutcome(backup, Done.OTHER_PASSPHRASE)
        except WorkspaceError as error:
            return FileOutcome(backup, Done.NOT_CONVERTED, str(error))
        return FileOutcome(backup, _done(source, self.key_to))

    def _delete(self, backup: Path, key: FileKey | None) -> FileOutcome:
        opened = _opens(backup, key)
        if opened is not None:
            return FileOutcome(
                backup, Done.OTHER_PASSPHRASE if key is not None else Done.NOT_CONVERTED, opened
            )
        try:
            _overwrite_and_delete(backup, zeros=key is None)
        except OSError as error:
            return FileOutcome(
                backup, Done.NOT_CONVERTED, f"it cannot be deleted ({error.strerror or error})"
            )
        return FileOutcome(backup, Done.DELETED)


def _opens(backup: Path, key: FileKey | None) -> str | None:
    """None when `key` opens the backup; else why it does not."""
    try:
        connection = connect(read_only_uri(backup, immutable=True), key, uri=True)
    except database_errors(key) as error:
        return str(error)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors(key) as error:
        return str(error)
    finally:
        connection.close()
    return None


def _overwrite_and_delete(backup: Path, *, zeros: bool) -> None:
    """Deletes a backup; a plain one is overwritten with zeros first, so that its readable
    bytes do not linger in the freed blocks (best effort, as for the plain workspace)."""
    if zeros:
        with backup.open("r+b") as handle:
            overwrite_with_zeros(handle)
    backup.unlink()
    remove_companions(backup)
