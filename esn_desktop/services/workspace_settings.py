"""Reading and changing a workspace's settings, checked by the same rules as an imported file."""

from __future__ import annotations

from dataclasses import fields

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.settings import WorkspaceSettings
from esn_desktop.interchange.validation import parse_settings
from esn_desktop.services.changes import Changes
from esn_desktop.services.topics import Topic
from esn_desktop.store.database import Workspace
from esn_desktop.store.settings_store import load_settings, save_settings


def workspace_settings(workspace: Workspace) -> WorkspaceSettings:
    with workspace.session() as session:
        return load_settings(session)


def update_workspace_settings(workspace: Workspace, settings: WorkspaceSettings) -> Changes:
    """Saves the settings, or refuses them all naming each wrong field."""
    problems: list[Problem] = []
    raw = {f.name: str(getattr(settings, f.name)) for f in fields(settings)}
    checked = parse_settings(raw, problems)
    if not settings.company_name.strip():
        problems.append(Problem("settings", "company_name", "is required"))
    if problems or checked is None:
        raise ValidationError(problems, "the settings were refused")
    with workspace.session() as session:
        save_settings(session, checked)
    # Off the undo history: settings are a form of their own, saved or cancelled as a whole.
    return Changes(frozenset({Topic.SETTINGS}))
