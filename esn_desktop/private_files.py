"""Files the app writes: private to their owner, and there complete or not at all.

A workspace holds salaries, CJMs and margins, and so do its backups, exports and PDFs: they
are created readable by their owner only, whatever the umask. Every one is written under a
partial name in its own folder and renamed once complete, so a crash or a kill never leaves
half a file under the real name; the partial name carries the writer's process id, so the
next run can tell a leftover from a file another process is writing right now.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path

from esn_desktop.domain.errors import EsnError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
PARTIAL_SUFFIX = ".part"
#: The files SQLite keeps beside a database while it is written.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
#: `.plan.pdf.4242-0a1b2c3d.part`, and the companions SQLite gives a partial workspace.
_PARTIAL_NAME = re.compile(
    rf"^(?P<partial>\..+\.(?P<pid>\d+)-[0-9a-f]{{8}}\.part)(?:{'|'.join(SQLITE_COMPANIONS)})?$"
)
#: A partial this old is a leftover, even where its process id runs again (ids are reused) or
#: cannot be asked about (Windows): no write here takes a day without touching its file.
_LEFTOVER_AGE_S = 24 * 3600
SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLCipher pages are a power of two of at least 512 bytes: a file of another size is not one.
_SMALLEST_PAGE = 512
#: The files (device, inode) this process has SQLite connections on, kept by the store: no
#: Python file object may open them here, and nothing may replace them.
databases_open_here: Counter[tuple[int, int]] = Counter()
#: The partial names this process handed out: another partial bearing our id is a leftover of
#: an earlier process that had the same id, as every run of a container's entry point does.
_named_here: set[str] = set()


class OutputExistsError(EsnError):
    """The file to write is already there and replacing it was not asked for."""


def private_folder(path: Path) -> Path:
    """`path` as a folder, each folder created on the way readable by its owner only.

    Folders that already exist are the user's and are left as they are.
    """
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
            folder.chmod(PRIVATE_FOLDER)  # mkdir's mode is filtered by the umask
        except OSError as error:
            raise EsnError(f"cannot make the folder {folder}: {_reason(error, folder.parent)}") from error
    return path


def _not_regular(target: Path) -> str | None:
    """What `target` is, when something other than a regular file is there.

    The rule for links: any link is refused, whatever it points to. A link planted where a
    report is written (in a shared folder) must not make the app replace the file it points to,
    nor silently turn into a file of its own; the person names the file itself instead.
    """
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        return error.strerror or str(error)
    if stat.S_ISREG(mode):
        return None
    if not stat.S_ISLNK(mode):
        return _kind(mode)
    try:
        pointed = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return "a link to nothing; name a file"
    return f"a link to {pointed}; name the file itself"


def not_a_file(path: Path) -> str | None:
    """What is at `path` when it is there and not a file (links followed): "a folder", "a device"..."""
    try:
        mode = path.stat().st_mode
    except (OSError, RuntimeError):
        return None
    return None if stat.S_ISREG(mode) else _kind(mode)


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((kind for test, kind in kinds if test(mode)), "a special file")


def refuse_existing(target: Path, *, force: bool) -> None:
    """Refuses to write over `target` unless `force` says to; over anything but a regular file
    (a folder, a device such as /dev/null, a pipe, any link: see `_not_regular`) and over a database
    (a workspace, a backup) in any case: `--force` replaces a file, never a device by a file, and
    a name typed by mistake must not replace a company's data with a PDF."""
    kind = _not_regular(target)
    if kind is not None:
        if "; " not in kind:
            kind += "; choose a file name"
        raise OutputExistsError(f"{target} is not a regular file: it is {kind}")
    if _holds_a_database(target):
        raise OutputExistsError(f"{target} is a workspace or a backup of one; choose another name")
    if not force and os.path.lexists(target):
        raise OutputExistsError(f"{target} already exists; --force replaces it")


def file_key(path: Path) -> tuple[int, int]:
    """The file's identity (device, inode), whatever the path or link it is reached by; opens nothing."""
    status = path.stat()
    return status.st_dev, status.st_ino


def read_header(path: Path) -> bytes:
    """The file's first 16 bytes; never to be asked of a file this process has a SQLite
    connection on (see `databases_open_here`)."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


#: How the files the app writes besides databases begin (PDF, XLSX, PNG): never taken for one.
_OTHER_MAGICS = (b"%PDF", b"PK\x03\x04", b"\x89PNG")


def looks_encrypted(path: Path, header: bytes) -> bool:
    """Whether a file beginning with `header` can be an encrypted (SQLCipher) database: whole
    pages of at least 512 bytes, beginning with a random salt rather than text or a known format."""
    if header == SQLITE_HEADER or len(header) < len(SQLITE_HEADER) or header.startswith(_OTHER_MAGICS):
        return False
    if not any(header):  # zeros: what a crash leaves of a file, never a random salt
        return False
    if all(32 <= byte < 127 or byte in b"\t\r\n" for byte in header):
        return False  # a text file: 16 random bytes are all printable once in ten million
    size = path.stat().st_size
    return size >= _SMALLEST_PAGE and size % _SMALLEST_PAGE == 0


def _holds_a_database(target: Path) -> bool:
    try:
        if not stat.S_ISREG(target.lstat().st_mode):
            return False
        if file_key(target) in databases_open_here:
            return True  # never read through Python: that would drop this process's locks on it
        header = read_header(target)
        return header == SQLITE_HEADER or looks_encrypted(target, header)
    except OSError:
        return False


def remove_companions(database: Path) -> None:
    """Removes what SQLite keeps beside a database file (its log, its index, its journal)."""
    for suffix in SQLITE_COMPANIONS:
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def remove_database(database: Path) -> None:
    """Removes a database file, if there, and what SQLite keeps beside it."""
    database.unlink(missing_ok=True)
    remove_companions(database)


def partial_path(target: Path) -> Path:
    """A hidden name beside `target`, unique to this process and this write."""
    partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
    _named_here.add(partial.name)
    return partial


def create_private_file(path: Path) -> None:
    """Creates `path` empty and private; refuses if anything, even a dangling link, is there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, PRIVATE_FILE)  # the umask may have filtered the owner's bits
    finally:
        os.close(descriptor)


@contextmanager
def private_output(target: Path, *, force: bool = False) -> Iterator[Path]:
    """A new private file to fill in place of `target`, which appears only once the block ends.

    The block writes to the path it is given. On success that file is flushed to disk and
    renamed over `target`; on any error or interruption it is removed and `target` is left
    as it was. Without `force` an existing `target` is refused before anything is written.
    """
    refuse_existing(target, force=force)
    if not target.parent.is_dir():
        raise EsnError(f"cannot write {target.name}: the folder {target.parent} does not exist")
    sweep_partials(target.parent, of=target.name)
    partial = partial_path(target)
    try:
        create_private_file(partial)
        yield partial
        flush_to_disk(partial)
        refuse_existing(target, force=force)  # written by someone else meanwhile
        partial.replace(target)
        flush_folder(target.parent)
    except OSError as error:  # said of the file the person named, not of the partial one
        raise EsnError(f"cannot write {target}: {_reason(error, target.parent)}") from error
    finally:
        partial.unlink(missing_ok=True)
        _named_here.discard(partial.name)


def _reason(error: OSError, folder: Path) -> str:
    """Why a write failed, in words about the file named rather than its partial's name."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{folder} cannot be written to ({error.strerror})"
    return error.strerror or str(error)


def sweep_partials(folder: Path, *, of: str | None = None) -> list[Path]:
    """Removes the partial files that a killed run left in `folder` (those of the file named
    `of` only, when given); returns them. A partial whose process still runs is kept."""
    swept: list[Path] = []
    if not folder.is_dir():
        return swept
    entries = folder.glob(f".{glob_escape(of)}.*{PARTIAL_SUFFIX}*") if of else folder.iterdir()
    for entry in entries:
        match = _PARTIAL_NAME.match(entry.name)
        if match is None or entry.is_dir() or _still_written(entry, match["partial"], int(match["pid"])):
            continue
        try:
            entry.unlink(missing_ok=True)
        except OSError:  # a read-only folder keeps its leftovers; nothing depends on them
            continue
        swept.append(entry)
    return swept


def _still_written(entry: Path, partial_name: str, pid: int) -> bool:
    if pid == os.getpid():
        return partial_name in _named_here
    try:
        if time.time() - entry.lstat().st_mtime >= _LEFTOVER_AGE_S:
            return False
    except FileNotFoundError:  # its writer has just finished with it
        return True
    if sys.platform == "win32":  # os.kill would end the process there, not probe it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: running
        return True
    return True


def flush_to_disk(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def flush_folder(folder: Path) -> None:
    """Makes a rename in `folder` survive a power cut (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
