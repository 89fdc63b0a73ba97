"""An import says what it wrote (the topics the views refresh on) and stays off the undo history:
it is undone by a backup, not row by row. A document's settings apply to a workspace that has
none (docs/rules.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from esn_desktop.services.changes import revert
from esn_desktop.services.topics import Topic
from esn_desktop.services.transfer import (
    apply_list_plan,
    import_document,
    plan_list,
    read_document,
    write_document,
)
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.services.workspaces import Workspace, company_name
from tests.conftest import SMALL_WORKSPACE

#: What the small workspace's document holds: every list but the action plans, and its settings.
SMALL_TOPICS = {
    Topic.SETTINGS,
    Topic.NAMES,
    Topic.ACCOUNTS,
    Topic.CONTACTS,
    Topic.DEALS,
    Topic.ACTIVITIES,
    Topic.CONSULTANTS,
    Topic.MISSIONS,
    Topic.OBJECTIVES,
}


def test_a_document_into_an_empty_workspace_says_every_list_it_wrote_and_its_settings(
    workspace: Workspace,
) -> None:
    imported = import_document(workspace, SMALL_WORKSPACE)
    assert imported.changes.topics == SMALL_TOPICS
    assert imported.changes.undo is None
    assert not imported.value.settings_kept
    assert imported.value.written["accounts"] == 3
    assert company_name(workspace) == "Exemple Numérique SAS"
    with pytest.raises(ValueError, match="cannot be undone"):
        revert(workspace, imported.changes)


def test_a_document_into_a_workspace_with_settings_keeps_them_and_does_not_say_settings(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    document = tmp_path / "autre.json"
    document.write_text(
        '{"format": "esn-desktop/1", "settings": {"company_name": "Autre SARL"},'
        ' "accounts": [{"name": "Garage Lambert"}]}',
        encoding="utf-8",
    )
    written = write_document(small_workspace, read_document(small_workspace, document))
    assert written.changes.topics == {Topic.ACCOUNTS}
    assert written.value.settings_kept
    assert workspace_settings(small_workspace).company_name == "Exemple Numérique SAS"


def test_a_csv_list_says_it_wrote_accounts_and_contacts(small_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "salon.csv"
    path.write_text("Raison sociale;Prénom;Nom;E-mail\nGarage Lambert;Luc;Lambert;luc@lambert.example\n")
    applied = apply_list_plan(small_workspace, plan_list(small_workspace, path))
    assert applied.changes.topics == {Topic.ACCOUNTS, Topic.CONTACTS}
    assert applied.changes.undo is None
    assert applied.value.written["accounts"] == applied.value.written["contacts"] == 1
