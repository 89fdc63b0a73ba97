"""An exclusive, per-workspace lock so that two running copies never write the same file.

The operating system releases the lock when the holder exits or crashes, so a stale lock
file never blocks anyone; the file only tells the next comer who holds the workspace.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import IO, ClassVar

from esn_desktop.private_files import PRIVATE_FILE
from esn_desktop.store.errors import LockHolder, WorkspaceError, WorkspaceLockedError

# The holder's details are written after the locked byte, which Windows would refuse to read.
_HOLDER_OFFSET = 1


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    """Held from `acquire()` until `release()` or the end of the process."""

    # POSIX record locks belong to the process, so a second lock from the same process
    # would succeed: this set refuses it too.
    _held_here: ClassVar[set[Path]] = set()

    def __init__(self, workspace: Path) -> None:
        self.path = lock_path_for(workspace)
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        if self.path in WorkspaceLock._held_here:
            raise WorkspaceLockedError(self.path.with_suffix("").name, here=True)
        handle = _open_lock_file(self.path)
        try:
            _lock_first_byte(handle)
        except OSError:
            holder = _read_holder(handle)
            handle.close()
            raise WorkspaceLockedError(self.path.with_suffix("").name, holder) from None
        handle.seek(_HOLDER_OFFSET)
        handle.truncate()
        handle.write(json.dumps(_holder_details()).encode())
        handle.flush()
        self._file = handle
        WorkspaceLock._held_here.add(self.path)

    def release(self) -> None:
        if self._file is None:
            return
        self._file.seek(_HOLDER_OFFSET)
        self._file.truncate()
        _unlock_first_byte(self._file)
        self._file.close()
        self._file = None
        WorkspaceLock._held_here.discard(self.path)

    @property
    def held(self) -> bool:
        return self._file is not None


def _open_lock_file(path: Path) -> IO[bytes]:
    """The lock file, created private (it names the holder), never opened through a link."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    if path.is_symlink():
        raise WorkspaceError(f"{path.name} is a link, not a lock file; remove it, then open the workspace")
    descriptor = os.open(path, flags, PRIVATE_FILE)
    if hasattr(os, "fchmod"):
        with suppress(PermissionError):  # another user's lock file keeps its mode
            os.fchmod(descriptor, PRIVATE_FILE)  # the umask, or an older version, made it wider
    return os.fdopen(descriptor, "r+b")


def _holder_details() -> dict[str, object]:
    return {
        "user": getpass.getuser(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def _read_holder(handle: IO[bytes]) -> LockHolder | None:
    try:
        handle.seek(_HOLDER_OFFSET)
        details = json.loads(handle.read().decode() or "{}")
        since = datetime.fromisoformat(details["since"])
        return LockHolder(str(details["user"]), str(details["host"]), int(details["pid"]), since)
    except (OSError, ValueError, KeyError, TypeError):
        return None


if sys.platform == "win32":
    import msvcrt

    def _lock_first_byte(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_first_byte(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_first_byte(handle: IO[bytes]) -> None:
        fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 0)

    def _unlock_first_byte(handle: IO[bytes]) -> None:
        fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, 1, 0)
