"""The same tests on both engines (issue 16): a folder's conftest imports `workspace` from here,
and each of its tests taking a workspace runs on a file, then on a team's PostgreSQL database.

A test of what only a file has (its bytes, the backups beside it) is marked
`@pytest.mark.file_only("why")`: its team run is skipped with that reason.
"""

from __future__ import annotations

import pytest

from esn_desktop.store.database import Workspace


@pytest.fixture(params=["file", "team"])
def workspace(request: pytest.FixtureRequest) -> Workspace:
    marker = request.node.get_closest_marker("file_only")
    if request.param == "team" and marker is not None:
        pytest.skip(f"a file's own: {marker.args[0]}")
    return request.getfixturevalue("file_workspace" if request.param == "file" else "team_workspace")
