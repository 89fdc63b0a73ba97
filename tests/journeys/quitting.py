"""Quitting from every state: the director quits (File > Quit, or the window closed by the window
manager when a dialog holds the menus) whatever the window is doing, and the app ends by itself.

One journey per state (`STATES`); each brings the window to its state, quits, and waits for the
window to close; the test then checks that the process exits and leaves none behind.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QProgressDialog, QWidget

from esn_desktop.ui.dialogs.import_wizard import ImportWizard
from esn_desktop.ui.dialogs.settings_dialog import SettingsDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.window_tabs import Tab
from tests.journeys.driver import Driver, Steps, find

STATES = (
    "welcome",
    "workspace",
    "meeting-mode",
    "dashboard-reading",
    "charts-loading",
    "demo-being-built",
    "export-running",
    "settings-dialog",
    "open-dialog",
    "import-wizard",
    "after-switching",
)


def quitting(d: Driver, state: str, workspaces: list[str], table: str) -> Steps:
    """`workspaces`: client files to open; `table`: the name of a CSV file in the home folder."""
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")
    if state == "welcome":
        d.shot("welcome")
        yield from _quit_from_menu(d, window)
        return
    if state == "demo-being-built":
        d.click(window.welcome.demo_button)
        task = yield d.until(lambda: window.demo_task, "the demo being built")
        yield d.until(lambda: _shown(QProgressDialog), "the demo's progress shown")
        d.shot("demo-being-built")
        building: list[bool] = []
        # Closed in the same moment as it is seen running: the build takes seconds.
        d.later(lambda: (building.append(not task.finished), window.close()))
        yield d.until(lambda: not window.isVisible(), "the window closed")
        assert building == [True], "the demo was already built when the window closed"
        return
    if state == "open-dialog":
        yield from d.menu("Fichier", "Ouvrir un espace de travail…")
        yield d.modal(QFileDialog, "the open dialog")
        d.shot("open-dialog")
        yield from _close_window(d, window)
        return

    for path in workspaces if state == "after-switching" else workspaces[:1]:
        yield from _open(d, window, path)
    d.shot("workspace")
    if state == "meeting-mode":
        window.meeting_action.trigger()
        yield d.until(lambda: window.meeting.on, "meeting mode on")
        d.shot("meeting-mode")
    elif state == "dashboard-reading":
        bar = window.tabs.tabBar()
        d.click(bar, bar.tabRect(4).center())
        yield d.until(lambda: window.pages.current_tab() is Tab.DASHBOARD, "the dashboard asked for")
        d.shot("dashboard-reading")  # quit at once: its reads may still run
    elif state == "charts-loading":
        # Left alone, the window loads the charts' code on a thread of its own.
        yield d.until(lambda: window.warm_up.loader is not None, "the charts' code loading")
        d.shot("charts-loading")
    elif state == "export-running":
        yield from d.menu("Fichier", "Exporter la liste affichée…")
        dialog = yield d.modal(QFileDialog, "the export dialog")
        name = find(dialog, QLineEdit, name="fileNameEdit")
        d.later(name.clear)  # the dialog proposes the list's name
        d.type_into(name, "export.csv\n")
        yield d.gone(dialog, "the export started")
        d.shot("export-running")
    elif state == "settings-dialog":
        yield from d.menu("Réglages", "Paramètres de l’espace…")
        yield d.modal(SettingsDialog, "the settings dialog")
        d.shot("settings-dialog")
        yield from _close_window(d, window)
        return
    elif state == "import-wizard":
        yield from d.menu("Fichier", "Importer…")
        yield from d.file_dialog("the import dialog", table)
        yield d.modal(ImportWizard, "the import wizard")
        d.shot("import-wizard")
        yield from _close_window(d, window)
        return
    yield from _quit_from_menu(d, window)


def _open(d: Driver, window: MainWindow, path: str) -> Steps:
    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", path)
    yield d.until(
        lambda: window.workspace is not None and str(window.workspace.path) == path, "the workspace open"
    )


def _quit_from_menu(d: Driver, window: MainWindow) -> Steps:
    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _shown(kind: type[QWidget]) -> bool:
    return any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())


def _close_window(d: Driver, window: MainWindow) -> Steps:
    """As the window manager's close button does: File > Quit is out of reach under a dialog."""
    d.later(window.close)
    yield d.until(lambda: not window.isVisible(), "the window closed")
