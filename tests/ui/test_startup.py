"""What the first window waits for: the welcome screen loads no database, chart, PDF or
spreadsheet code and looks at no file (a recent workspace is looked for when chosen); a
workspace loads its database code before Qt. (How long it takes is measured beside a bare
PySide6 window in benchmarks/startup.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from esn_desktop.store.database import create_workspace
from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

#: Starts esn-desktop as `esn-desktop ARGS` does; prints, as JSON, the modules loaded when the
#: program first imported PySide6 and once its loop runs with the window shown, then leaves.
_STARTED = """
import importlib.util, json, os, sys

seen = {}

class WhenQtWidgetsLoads:
    def find_spec(self, name, path, target=None):
        if name == "PySide6":
            seen["before_qt"] = sorted(sys.modules)
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            run = module.QApplication.exec

            def exec_then_report(*_args):
                from PySide6.QtCore import QTimer

                def report():
                    widgets = module.QApplication.topLevelWidgets()
                    window = next(w for w in widgets if isinstance(w, module.QMainWindow))
                    seen["title"] = window.windowTitle()
                    seen["shown"] = sorted(sys.modules)
                    print(json.dumps(seen), flush=True)
                    os._exit(0)

                QTimer.singleShot(0, report)
                return run()

            module.QApplication.exec = exec_then_report

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WhenQtWidgetsLoads())
sys.argv = ["esn-desktop", *sys.argv[1:]]
from esn_desktop.__main__ import main
sys.exit(main())
"""

#: Nothing of these is needed to show the welcome screen.
NOT_FOR_THE_WELCOME_SCREEN = (
    "sqlalchemy",
    "alembic",
    "holidays",
    "pyqtgraph",
    "numpy",
    "reportlab",
    "openpyxl",
    "esn_desktop.store.database",
    "esn_desktop.services.changes",
    "esn_desktop.ui.tabs",
    "esn_desktop.ui.dialogs",
)


def started(tmp_path: Path, *args: str) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _STARTED, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def loaded(modules: object, package: str) -> list[str]:
    assert isinstance(modules, list)
    return [name for name in modules if name == package or name.startswith(package + ".")]


def test_the_welcome_screen_loads_no_database_chart_pdf_or_spreadsheet_code(tmp_path: Path) -> None:
    seen = started(tmp_path)
    assert seen["title"] == "esn-desktop"  # the welcome screen, no workspace open
    assert loaded(seen["shown"], "esn_desktop.ui.welcome_widget")
    assert {package: loaded(seen["shown"], package) for package in NOT_FOR_THE_WELCOME_SCREEN} == {
        package: [] for package in NOT_FOR_THE_WELCOME_SCREEN
    }


def test_a_workspace_loads_its_database_code_before_qt(tmp_path: Path) -> None:
    # Once PySide6 is loaded it reads the source of every module imported after it.
    path = tmp_path / "client.esn"
    with create_workspace(path):
        pass
    seen = started(tmp_path, "gui", str(path))
    assert seen["title"] == "client — esn-desktop"
    assert loaded(seen["before_qt"], "sqlalchemy")
    assert "esn_desktop.store.database" in seen["before_qt"]  # type: ignore[operator]
    assert not loaded(seen["before_qt"], "PySide6")
    # The first tab shown needs no chart, PDF, spreadsheet or calendar code: each waits for its use.
    later = ("pyqtgraph", "reportlab", "openpyxl", "icalendar")
    assert {package: loaded(seen["shown"], package) for package in later} == {
        package: [] for package in later
    }


def test_recent_workspaces_are_listed_without_looking_at_their_files(
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    gone = (tmp_path / "gone.esn").resolve()  # on a drive no longer there, or deleted
    recent_workspaces.remember(gone, "Disparue SARL")
    looked_at: list[Path] = []
    stat = Path.stat

    def watched_stat(path: Path, **kwargs: bool) -> os.stat_result:
        if path == gone:
            looked_at.append(path)
        return stat(path, **kwargs)

    monkeypatch.setattr(Path, "stat", watched_stat)
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(Path, "stat", stat)
    assert looked_at == []
    item = window.welcome.recent_list.item(0)
    assert "Disparue SARL" in item.text()
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    # Chosen, it is looked for, and marked missing.
    window.welcome.recent_list.itemActivated.emit(item)
    assert item.text().endswith("(missing)")
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert window.stack.currentWidget() is window.welcome
