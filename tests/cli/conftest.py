"""The command line run in this process, and a workspace imported from the shared example, on
both engines (issue 16): `imported` is a file's path, then a team database's URL.

A test of what only a file has (its bytes, its lock, the backups beside it) is marked
`@pytest.mark.file_only("why")`: its team run is skipped with that reason (tests/engines.py).
"""

from __future__ import annotations

import io
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from esn_desktop.cli import main
from esn_desktop.store.address import workspace_address
from esn_desktop.store.database import Workspace
from esn_desktop.store.places import open_workspace_at, workspace_exists
from tests.conftest import SMALL_WORKSPACE
from tests.postgres_server import PostgresServer

#: Where a test's command works: a workspace file's path, or a team database's URL.
Place = Path | str

_copies = itertools.count(1)


def run(*args: str) -> tuple[int, str, str]:
    """`esn-desktop ARGS`: its exit status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def is_team(place: Place) -> bool:
    return isinstance(place, str)


def shown(place: Place) -> str:
    """How the commands name `place` in what they say: a file's name, a team database's."""
    return workspace_address(str(place)).name


def holds_workspace(place: Place) -> bool:
    """Whether a workspace is at `place`: a file there, a database holding one."""
    return workspace_exists(workspace_address(str(place)))


def open_place(place: Place, *, write: bool = True) -> Workspace:
    """The workspace at `place`, opened as the commands open it."""
    return open_workspace_at(workspace_address(str(place)), write=write)


def _imported_by_the_cli(target: str) -> None:
    code, out, err = run("import", target, str(SMALL_WORKSPACE))
    assert code == 0, err
    assert "3 accounts" in out


@pytest.fixture(scope="session")
def imported_file_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example imported once by the command line into a file, copied for each test."""
    folder = tmp_path_factory.mktemp("imported")
    _imported_by_the_cli(str(folder / "exemple.esn"))
    return folder


@pytest.fixture(scope="session")
def imported_team_template(postgres: PostgresServer) -> str:
    """The example imported once by the command line into a team database, cloned for each test
    (a server copies a database in a few milliseconds; an import takes a second)."""
    name = "esn_imported_template"
    _imported_by_the_cli(postgres.create_database(name))
    return name


def _not_if_file_only(request: pytest.FixtureRequest) -> None:
    """Skips a team run of a test marked `file_only`, with its reason (as tests/engines.py)."""
    marker = request.node.get_closest_marker("file_only")
    if marker is not None:
        pytest.skip(f"a file's own: {marker.args[0]}")


@pytest.fixture(params=["file", "team"])
def imported(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Place]:
    """The shared example imported by `esn-desktop import`: `exemple.esn` in the test's folder,
    then a team database of its own (its URL, with the administrator's password)."""
    if request.param == "file":
        template: Path = request.getfixturevalue("imported_file_template")
        for companion in template.iterdir():  # the workspace and its lock file, as an import leaves them
            shutil.copy2(companion, tmp_path / companion.name)
        yield tmp_path / "exemple.esn"
        return
    _not_if_file_only(request)
    postgres: PostgresServer = request.getfixturevalue("postgres")
    name = f"imported_{next(_copies)}"
    url = postgres.create_database(name, template=request.getfixturevalue("imported_team_template"))
    yield url
    postgres.drop_database(name)


@pytest.fixture(params=["file", "team"])
def new_place(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Place]:
    """Where no workspace is yet, for a command to make one: `w.esn` in the test's folder, then
    an empty team database, as a firm's administrator makes one (its URL)."""
    if request.param == "file":
        yield tmp_path / "w.esn"
        return
    _not_if_file_only(request)
    postgres: PostgresServer = request.getfixturevalue("postgres")
    name = f"new_{next(_copies)}"
    yield postgres.create_database(name)
    postgres.drop_database(name)
