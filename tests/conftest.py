"""Shared fixtures: offscreen Qt, temporary workspaces, and the shared example document."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import Workspace, create_workspace

EXAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data"
SMALL_WORKSPACE = EXAMPLES / "small-workspace.json"
SMALL_KPI = EXAMPLES / "small-workspace.kpi-2026-11.json"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with create_workspace(tmp_path / "acme.esn") as ws:
        yield ws


@pytest.fixture
def small_workspace(workspace: Workspace) -> Workspace:
    import_document(workspace, SMALL_WORKSPACE)
    return workspace
