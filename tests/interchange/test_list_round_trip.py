"""Every list the window exports, and the import knows, comes back unchanged (issue 13, point 6).

The lists are written by the window itself, offscreen and in French (its headers, its
formatter: `1 234,50 €` with narrow no-break spaces, `22/12/2022`, `—` for nothing), as CSV
(`;`, BOM) and as XLSX (a one-sheet workbook, which imports as a list). They are imported by
`esn-desktop import` into an empty workspace (which makes the salespeople and channels the
rows name) and into one that knows the same salespeople and channels, then exported again by
the same window: the columns the import reads are the same.

The window's other list exports are no lists an import takes: missions (a mission needs its
consultant and account, and is brought in a whole document) and objectives.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from esn_desktop.cli import main
from esn_desktop.interchange.lists.table import ListTable, read_csv_table
from esn_desktop.services import transfer
from esn_desktop.services.demo import create_demo
from esn_desktop.store.database import Workspace, open_workspace
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow
from tests.ui.conftest import english_interface  # noqa: F401 (autouse: settings kept out of the profile)

AS_OF = date(2026, 11, 20)
#: The columns of each list that the import reads back (the others are figures it computes).
ACCOUNT_COLUMNS = (
    "Compte",
    "Segment",
    "Secteur",
    "Ville",
    "Effectif",
    "Référencement",
    "Commercial",
    "Canal",
)
CONSULTANT_COLUMNS = ("Consultant", "CJM", "TJM cible", "Séniorité", "Entrée", "Compétences")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "demo.esn"
    create_demo(path, prospects=150, seed=7, as_of=AS_OF)
    with open_workspace(path) as workspace:
        yield workspace


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """Where a new workspace would be: the import creates it."""
    return tmp_path / "new.esn"


@pytest.fixture
def same_people(demo: Workspace, tmp_path: Path) -> Path:
    """A workspace knowing the demo's salespeople and channels, and nothing else."""
    document = tmp_path / "people.json"
    transfer.export_workspace(demo, document)
    whole = json.loads(document.read_text(encoding="utf-8"))
    kept = {key: whole[key] for key in ("format", "settings", "salespeople", "channels")}
    document.write_text(json.dumps(kept), encoding="utf-8")
    target = tmp_path / "copy.esn"
    assert main(["import", str(target), str(document)], out=io.StringIO(), err=io.StringIO()) == 0
    return target


def french_window(qtbot, qapp: QApplication, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    formatter = install_language(qapp, "fr")
    window = MainWindow(workspace, "Démo", formatter)
    qtbot.addWidget(window)
    return window


def exported(qtbot, tab, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The list as the tab exports it (CSV or XLSX), every column shown (some are hidden until asked for)."""
    for column in range(tab.model.columnCount()):
        tab.table.setColumnHidden(column, False)
    task = tab.export(path)
    qtbot.waitUntil(lambda: path.exists() and task.finished, timeout=20_000)
    return path


def columns(table: ListTable, wanted: tuple[str, ...]) -> list[tuple[str, ...]]:
    at = [table.header.index(name) for name in wanted]
    return sorted(tuple(row[i] if i < len(row) else "" for i in at) for row in table.rows)


def import_list(target: Path, path: Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(["import", str(target), str(path), "--quiet"], out=out, err=err) == 0, err.getvalue()
    assert err.getvalue() == ""  # not a row refused, not a duplicate
    return out.getvalue()


@pytest.mark.parametrize("into", ["empty", "same_people"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_accounts_list_comes_back_unchanged(qtbot, qapp, demo, request, tmp_path, suffix, into) -> None:
    target = request.getfixturevalue(into)
    window = french_window(qtbot, qapp, demo)
    first = exported(qtbot, window.prospects, tmp_path / f"comptes{suffix}")
    shown = window.prospects.model.rowCount()
    assert shown == 150
    written = import_list(target, first)
    assert "150 accounts" in written
    with open_workspace(target) as copy:
        again = exported(qtbot, french_window(qtbot, qapp, copy).prospects, tmp_path / "encore.csv")
        before = read_csv_table(exported(qtbot, window.prospects, tmp_path / "avant.csv"))
        assert columns(read_csv_table(again), ACCOUNT_COLUMNS) == columns(before, ACCOUNT_COLUMNS)


@pytest.mark.parametrize("into", ["empty", "same_people"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_consultants_list_comes_back_unchanged(
    qtbot, qapp, demo, request, tmp_path, suffix, into
) -> None:
    target = request.getfixturevalue(into)
    window = french_window(qtbot, qapp, demo)
    first = exported(qtbot, window.consultants, tmp_path / f"consultants{suffix}")
    count = window.consultants.model.rowCount()
    assert count >= 10
    written = import_list(target, first)
    assert f"{count} consultants" in written
    with open_workspace(target) as copy:
        again = exported(qtbot, french_window(qtbot, qapp, copy).consultants, tmp_path / "encore.csv")
        before = read_csv_table(exported(qtbot, window.consultants, tmp_path / "avant.csv"))
        assert columns(read_csv_table(again), CONSULTANT_COLUMNS) == columns(before, CONSULTANT_COLUMNS)
