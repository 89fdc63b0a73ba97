"""Scheduled backups: one when the last is too old, keeping the most recent few."""

from __future__ import annotations

from datetime import datetime, timedelta
from glob import escape as glob_escape
from pathlib import Path
from typing import TYPE_CHECKING

from esn_desktop.store.backup import backups_dir_for, timestamped_backup

if TYPE_CHECKING:
    from esn_desktop.store.database import Workspace

SCHEDULED = "scheduled"
#: Scheduled backups kept per workspace; those taken before a migration are never pruned.
KEEP_SCHEDULED = 14
DEFAULT_EVERY = timedelta(hours=24)


def _suffix(workspace: Path) -> str:
    return workspace.suffix or ".esn"  # as timestamped_backup names them


def _backups(workspace: Path, reason: str = "*") -> list[Path]:
    """The complete backups of `workspace`, oldest first: a partial copy is hidden and ends in
    `.part`, so it never matches (nor, with the suffix always given, does its log)."""
    pattern = f"{glob_escape(workspace.stem)}-*-{reason}{_suffix(workspace)}"
    return sorted(backups_dir_for(workspace).glob(pattern))


def last_backup(workspace: Path) -> datetime | None:
    """When the newest complete backup of any kind was written."""
    times = [p.stat().st_mtime for p in _backups(workspace)]
    return datetime.fromtimestamp(max(times)) if times else None


def backup_due(workspace: Path, *, every: timedelta, now: datetime) -> bool:
    last = last_backup(workspace)
    return last is None or now - last >= every


def scheduled_backup(workspace: Workspace, *, keep: int = KEEP_SCHEDULED) -> Path:
    """A checked backup now (encrypted as the workspace is), then the oldest scheduled ones
    beyond `keep` removed."""
    written = timestamped_backup(workspace.path, SCHEDULED, key=workspace.key)
    scheduled = _backups(workspace.path, SCHEDULED)
    for old in scheduled[:-keep] if keep > 0 else scheduled:
        old.unlink(missing_ok=True)
    return written
