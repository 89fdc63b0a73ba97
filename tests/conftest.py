"""Shared fixtures: offscreen Qt, temporary workspaces, and the shared example document."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A keychain of the tests' own (tests/keyring_backend.py), in this process and the journeys':
# the real user's keychain is never read nor written.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.MemoryKeyring"

from esn_desktop.services.transfer import import_document
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.address import team_database as parse_team_url
from esn_desktop.store.database import Workspace, create_workspace, open_workspace
from tests.postgres_server import PostgresServer, PostgresUnavailable, start_postgres

EXAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data"
SMALL_WORKSPACE = EXAMPLES / "small-workspace.json"
SMALL_KPI = EXAMPLES / "small-workspace.kpi-2026-11.json"
#: Texts a spreadsheet would run as formulas, beside an ordinary one (issue 10). Names are
#: trimmed when entered, so a workspace holds the tabbed one without its tab.
FORMULA_LIKE_NAMES = (
    '=HYPERLINK("http://x","y")',
    "=cmd|'/c calc'!A1",
    "+33 Numérique",  # a name holds a letter (issue 13): a phone number alone is no company
    "-ancienne raison sociale",
    "@mention",
    "\tTabulation en tête",
    "Transports Lemaire",
)


@pytest.fixture(scope="session", autouse=True)
def own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests' commands keep what they cache (the public holidays) in a folder of the test
    session's, never in the user's: a figure must not depend on what another run left there."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture
def keychain_kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[tuple[str, str], str]]:
    """The tests' keychain, empty; what it keeps, by (service, user)."""
    import keyring.core

    from tests.keyring_backend import MEMORY, MemoryKeyring

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # chosen again from the variable
    MemoryKeyring.kept.clear()
    yield MemoryKeyring.kept
    MemoryKeyring.kept.clear()


@pytest.fixture(scope="session")
def file_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a new, empty workspace file as `create_workspace` leaves it (the file and
    its lock file), copied for each test that needs one: a copy is opened in a fiftieth of the
    time the migrations take to run again."""
    folder = tmp_path_factory.mktemp("file-template")
    with create_workspace(folder / "acme.esn"):
        pass
    return folder


@pytest.fixture
def file_workspace(tmp_path: Path, file_template: Path) -> Iterator[Workspace]:
    """A new, empty workspace file, open for writing."""
    for made in file_template.iterdir():
        shutil.copy2(made, tmp_path / made.name)  # its private mode (0600) kept
    with open_workspace(tmp_path / "acme.esn") as ws:
        yield ws


@pytest.fixture
def workspace(file_workspace: Workspace) -> Workspace:
    """A new, empty workspace: a file here; a file then a team database where a folder's conftest
    says so (`engines.py`)."""
    return file_workspace


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """This test process's own PostgreSQL server (each xdist worker starts its own)."""
    try:
        server = start_postgres()
    except PostgresUnavailable as why:
        if os.environ.get("CI"):  # .ci/run installs PostgreSQL: there, a missing server is a failure
            pytest.fail(f"PostgreSQL is needed in CI: {why}")
        pytest.skip(f"no PostgreSQL server here: {why}")
    yield server
    server.stop()


_databases = itertools.count(1)


@pytest.fixture
def team_database(postgres: PostgresServer) -> Iterator[TeamDatabase]:
    """A new, empty database on the tests' server (as a firm's administrator makes one)."""
    name = f"team_{next(_databases)}"
    postgres.create_database(name)
    yield team_database_url(postgres, name)
    postgres.drop_database(name)


def team_database_url(postgres: PostgresServer, name: str) -> TeamDatabase:
    return parse_team_url(postgres.url(name))


@pytest.fixture(scope="session")
def team_template(postgres: PostgresServer) -> str:
    """A database holding an empty workspace, copied for each test that needs one (quicker than
    running the migrations again)."""
    from esn_desktop.store.team_database import new_team_workspace

    postgres.create_database("esn_template")
    with new_team_workspace(team_database_url(postgres, "esn_template")):
        pass
    return "esn_template"


@pytest.fixture
def team_workspace(postgres: PostgresServer, team_template: str) -> Iterator[Workspace]:
    """A new, empty workspace in a team database, open for writing."""
    from esn_desktop.store.team_database import open_team_workspace

    name = f"team_{next(_databases)}"
    postgres.create_database(name, template=team_template)
    with open_team_workspace(team_database_url(postgres, name)) as ws:
        yield ws
    postgres.drop_database(name)


@pytest.fixture
def small_workspace(workspace: Workspace) -> Workspace:
    import_document(workspace, SMALL_WORKSPACE)
    return workspace


@pytest.fixture
def formula_names_document(tmp_path: Path) -> Path:
    """A document whose accounts bear FORMULA_LIKE_NAMES."""
    path = tmp_path / "formula-names.json"
    document = {"format": "esn-desktop/1", "accounts": [{"name": name} for name in FORMULA_LIKE_NAMES]}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which a file is readable by everyone unless the app says otherwise."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def dead_pid() -> int:
    """The id of a process that has finished, as a killed run's partial files bear."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def mode(path: Path) -> int:
    """The permission bits of `path` itself (a link is not followed)."""
    return stat.S_IMODE(path.lstat().st_mode)


def leftover_partial(target: Path, pid: int, size: int = 4096) -> Path:
    """A partial file of `target` as a run of process `pid` killed mid-write leaves it."""
    partial = target.with_name(f".{target.name}.{pid}-0123abcd.part")
    partial.write_bytes(b"\0" * size)
    return partial


def names_in(folder: Path) -> list[str]:
    """Every name in `folder`, hidden ones (partial files) included, sorted."""
    return sorted(path.name for path in folder.iterdir())
