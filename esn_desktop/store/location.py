"""Where a workspace file lives, and whether that place can corrupt it.

SQLite's WAL needs shared memory that network file systems do not provide, and sync
clients (Dropbox, OneDrive...) copy a database while it is being written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_SYNCED_FOLDERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "icloud drive",
    "box sync",
    "nextcloud",
    "owncloud",
    "pcloud",
    "mega",
    "sync",
)
_NETWORK_FILE_SYSTEMS = (
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afpfs",
    "davfs",
)


def storage_risk(path: Path) -> str | None:
    """Why `path` is a risky place for a workspace, or None when it is a local disk."""
    resolved = path.expanduser().resolve()
    for part in resolved.parts:
        if part.casefold() in _SYNCED_FOLDERS or part.casefold().startswith(("onedrive -", "dropbox (")):
            return f"{part} synchronises files while they are written, which can corrupt a workspace"
    if sys.platform == "win32" and str(resolved).startswith("\\\\"):
        return "a network share cannot keep a workspace safe (SQLite needs a local disk)"
    file_system = _file_system_of(resolved)
    if file_system in _NETWORK_FILE_SYSTEMS:
        return f"a network share ({file_system}) cannot keep a workspace safe (SQLite needs a local disk)"
    return None


def _file_system_of(path: Path) -> str | None:
    """The file system type holding `path`, from /proc/mounts where there is one."""
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    best, best_type = "", None
    for line in mounts.read_text(errors="replace").splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (str(path) == mount_point or str(path).startswith(mount_point.rstrip(os.sep) + os.sep)) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type
