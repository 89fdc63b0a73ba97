"""The workspaces opened lately (File menu and welcome screen), and where new ones go."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from esn_desktop.private_files import private_folder

KEY = "workspaces/recent"
NAMES_KEY = "workspaces/names"
LIMIT = 10


def default_folder() -> Path:
    """Where workspaces live unless the user picks another place (AppData\\Local, ~/.local/share);
    the folders created on the way are private to the user."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return private_folder(Path(base) / "workspaces")


def recent() -> list[Path]:
    value = QSettings().value(KEY, [])
    if isinstance(value, str):
        paths = [value]
    elif isinstance(value, Iterable):
        paths = list(value)
    else:
        paths = []
    return [Path(p) for p in paths]


def company_of(path: Path) -> str:
    """The company name the workspace had when last opened (the file's name if unknown)."""
    return str(QSettings().value(f"{NAMES_KEY}/{workspace_key(path)}", path.stem))


def remember(path: Path, company: str) -> None:
    resolved = path.resolve()
    paths = [resolved, *(p for p in recent() if p != resolved)][:LIMIT]
    settings = QSettings()
    settings.setValue(KEY, [str(p) for p in paths])
    settings.setValue(f"{NAMES_KEY}/{workspace_key(resolved)}", company)


def workspace_key(path: Path) -> str:
    """A short, stable key for settings kept per workspace (its name stays out of the settings)."""
    return hashlib.sha256(str(path).encode()).hexdigest()[:16]
