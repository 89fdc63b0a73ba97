"""Opening, creating and naming a company's workspace: what the window needs of a workspace's file.

The window never reaches the store (issue 12): it opens files, asks where they lie and tells
their refusals apart through this module alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from esn_desktop.domain.errors import EsnError
from esn_desktop.store.database import Workspace, new_workspace, open_workspace

# Re-exported for the window: it tells a locked, a read-only and a changed workspace apart (to
# offer reading only, to close it) and words each refusal by its reason; these classes are the
# store's own, and the window may not import the store.
from esn_desktop.store.errors import (
    WorkspaceChangedError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
)

# Re-exported for the window: whether a folder (a synced or network one) can corrupt a workspace.
from esn_desktop.store.location import storage_risk
from esn_desktop.store.settings_store import load_settings, save_settings

__all__ = [
    "Workspace",
    "WorkspaceChangedError",
    "WorkspaceError",
    "WorkspaceLockedError",
    "WorkspaceReadOnlyError",
    "company_name",
    "create_company_workspace",
    "open_workspace",
    "storage_risk",
]


def create_company_workspace(path: Path, *, company_name: str) -> Workspace:
    """A new empty workspace at `path`, named after the company; returned open for writing."""
    name = company_name.strip()
    if not name:
        raise EsnError("the company name is required")
    with new_workspace(path) as workspace, workspace.session() as session:
        save_settings(session, replace(load_settings(session), company_name=name))
    return open_workspace(path)


def company_name(workspace: Workspace) -> str:
    with workspace.session() as session:
        return load_settings(session).company_name or workspace.path.stem
