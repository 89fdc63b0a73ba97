"""Creating a workspace for a company."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from esn_desktop.domain.errors import EsnError
from esn_desktop.store.database import Workspace, new_workspace, open_workspace
from esn_desktop.store.settings_store import load_settings, save_settings


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
