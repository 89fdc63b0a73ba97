"""The workspaces opened lately (File menu and welcome screen), and where new ones go.

A workspace's place is its file's path, or its team database's URL without the password
(`TeamDatabase.shown`): recents, layouts and folders are kept by it, and no password ever
reaches the settings. Told apart by the URL's scheme, without loading the database code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths

from esn_desktop.private_files import private_folder

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace

# A workspace file's path, or a team database's URL without its password.
Place = Path | str

TEAM_SCHEMES = ("postgresql://", "postgres://")
KEY = "workspaces/recent"
NAMES_KEY = "workspaces/names"
LIMIT = 10


def default_folder() -> Path:
    """Where workspaces live unless the user picks another place (AppData\\Local, ~/.local/share);
    the folders created on the way are private to the user."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return private_folder(Path(base) / "workspaces")


def place_of(workspace: Workspace) -> Place:
    """Where `workspace` is: its file, or its team database's URL without the password."""
    return workspace.team.shown if workspace.team is not None else workspace.path


def place_named(text: str) -> Place:
    """The place a setting names: a team database's URL, or else a file's path."""
    return text if text.startswith(TEAM_SCHEMES) else Path(text)


def recent() -> list[Place]:
    value = QSettings().value(KEY, [])
    if isinstance(value, str):
        paths = [value]
    elif isinstance(value, Iterable):
        paths = list(value)
    else:
        paths = []
    return [place_named(str(p)) for p in paths]


def company_of(place: Place) -> str:
    """The company name the workspace had when last opened (the file's or database's name if
    unknown)."""
    unknown = place.stem if isinstance(place, Path) else place.rpartition("/")[2].partition("?")[0]
    return str(QSettings().value(f"{NAMES_KEY}/{workspace_key(place)}", unknown))


def remember(place: Place, company: str) -> None:
    resolved = place.resolve() if isinstance(place, Path) else place
    paths = [resolved, *(p for p in recent() if p != resolved)][:LIMIT]
    settings = QSettings()
    settings.setValue(KEY, [str(p) for p in paths])
    settings.setValue(f"{NAMES_KEY}/{workspace_key(resolved)}", company)


def workspace_key(place: Place) -> str:
    """A short, stable key for settings kept per workspace (its name stays out of the settings)."""
    return hashlib.sha256(str(place).encode()).hexdigest()[:16]
