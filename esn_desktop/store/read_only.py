"""How this app opens a workspace it only reads.

A read-only connection can never checkpoint a writer's log nor delete it when it closes, which
a read-write one does when it takes itself for the last connection on the file.
"""

from __future__ import annotations

import os
from pathlib import Path


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The URI SQLite opens `path` with for reading only (names with '#' or '?' included).

    `immutable` reads the file as it stands, with no lock and no log: only right when nothing
    can be writing it.
    """
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def reader_uri(path: Path) -> str:
    """How a reader beside a possible writer opens `path`: it can neither checkpoint nor remove
    the writer's log. A read-only folder cannot hold the log's index a reader needs; with no log
    there, no writer can exist either, and the file is read as it stands."""
    cannot_write_beside = not os.access(path.parent, os.W_OK | os.X_OK)
    return read_only_uri(path, immutable=cannot_write_beside and not Path(f"{path}-wal").exists())
