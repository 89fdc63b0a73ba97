"""The real main window at 1280×800, in French, on a demo workspace: every tab, page and dialog
walked for cut text.

Run by tests/journeys/test_layout.py on xcb under Xvfb. Each tab of the window, each page of
its tab widgets and stacks, the account panel filled, every "…" button's dialog, the menus'
dialogs (activity, settings, new workspace, open, import wizard) and the welcome screen are
shown in turn, the window once more in meeting mode; each cut text is printed as a line
`CUT where: path: text (needs N px, has M px)`, a screenshot of each step saved to SHOTS, and
`done` printed at the end.

    python window_layout.py WORKSPACE SETTINGS_FOLDER SHOTS
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from esn_desktop.app import APPLICATION, ORGANIZATION
from esn_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow
from tests.journeys.cut_text import cuts_in, page_holders

WIDTH, HEIGHT = 1280, 800


def settle() -> None:
    """Lets background loads finish and their results reach the widgets."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(10_000)
        QTest.qWait(60)


class Walk:
    def __init__(self, window: MainWindow, shots: Path) -> None:
        self.window = window
        self.shots = shots
        self.found: list[str] = []
        self.steps = 0
        self.in_dialog = False
        self.watcher = QTimer()
        self.watcher.timeout.connect(self.check_dialog)
        self.watcher.start(50)

    def record(self, top: QWidget, where: str) -> None:
        for cut in cuts_in(top):
            if str(cut) not in self.found:
                self.found.append(str(cut))
                print(f"CUT {where}: {cut}", flush=True)
        self.steps += 1
        safe = "".join(c if c.isalnum() else "-" for c in where)[:80]
        top.grab().save(str(self.shots / f"{self.steps:03d}-{safe}.png"))

    def walk(self, top: QWidget, where: str, seen: set[int] | None = None) -> None:
        """Checks `top` as shown, then as each other page of its tab widgets and stacks shows."""
        seen = set() if seen is None else seen
        settle()
        self.record(top, where)
        for holder in page_holders(top):
            if id(holder) in seen:
                continue
            seen.add(id(holder))
            shown = holder.currentIndex()
            for index in range(holder.count()):
                if index == shown:
                    continue
                holder.setCurrentIndex(index)
                self.walk(top, f"{where} > {page_name(holder, index)}", seen)
            holder.setCurrentIndex(shown)
            settle()

    def check_dialog(self) -> None:
        """Walks a dialog the window opened (modal, so its code waits), then cancels it."""
        dialog = QApplication.activeModalWidget()
        # Marked on the dialog itself: a Python id can come back for the next dialog.
        if dialog is None or self.in_dialog or dialog.property("walked"):
            return
        self.in_dialog = True
        dialog.setProperty("walked", True)
        try:
            name = dialog.windowTitle() or type(dialog).__name__
            self.walk(dialog, f"dialog {type(dialog).__name__} «{name}»")
        finally:
            self.in_dialog = False
            if isinstance(dialog, QMessageBox | QDialog):
                dialog.reject()

    def click_dialog_buttons(self, area: QWidget) -> None:
        """Clicks each visible button of `area` that opens a dialog ("…"), the dialog walked."""
        buttons = [
            button
            for button in area.findChildren(QAbstractButton)
            if button.isVisible() and button.isEnabled() and button.text().endswith("…")
        ]
        for button in buttons:
            button.click()
            settle()


def page_name(holder: QTabWidget | QStackedWidget, index: int) -> str:
    if isinstance(holder, QTabWidget):
        return holder.tabText(index).replace("&", "") or f"page {index}"
    page = holder.widget(index)
    return page.objectName() or f"{type(holder.parentWidget()).__name__} page {index}"


def run(walk: Walk, window: MainWindow, csv: Path) -> None:
    if window.width() != WIDTH or window.height() != HEIGHT:
        size = window.minimumSizeHint()
        print(f"CUT window: its content needs {size.width()}×{size.height()} px", flush=True)
    walk.walk(window, "window")  # every tab and page in turn
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        walk.click_dialog_buttons(tabs.widget(index))
    # The account panel filled, and its own dialogs.
    tabs.setCurrentIndex(0)
    prospects = window.prospects
    prospects.pages.setCurrentIndex(0)
    settle()
    prospects.table.selectRow(0)
    settle()
    walk.walk(prospects, "Prospects > account panel")
    prospects.panel.contacts.setCurrentCell(0, 0)  # a contact picked: "Forget (GDPR)…" previews them
    walk.click_dialog_buttons(prospects.panel)
    # Meeting mode hides costs and margins: what remains still fits.
    window.meeting_action.trigger()
    walk.walk(window, "meeting mode")
    window.meeting_action.trigger()
    # The menus' dialogs.
    window.log_action.trigger()
    window.settings_action.trigger()
    window.menus.stale_action.trigger()
    window.ask_new_workspace_path()
    window.ask_new_workspace()
    window.run_dialog(PassphraseDialog("Exemple Numérique SAS (demo.esn)", lambda _p: False, True, window))
    window.ask_existing_workspace()
    window.ask_import_file = lambda: csv  # type: ignore[method-assign]
    window.import_action.trigger()
    settle()
    window.close_workspace()
    walk.walk(window, "welcome")


def main() -> None:
    workspace, settings, shots = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    shots.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    QSettings().setValue("backups/every_hours", 0)
    formatter = install_language(app, "fr")
    window = MainWindow(formatter=formatter)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.open_path(workspace)
    csv = settings / "prospects.csv"
    csv.write_text("Société;Ville;Secteur\nAlpha Conseil;Lyon;Banque\n", encoding="utf-8")
    walk = Walk(window, shots)

    def go() -> None:
        try:
            run(walk, window, csv)
        finally:
            print("done", flush=True)
            app.quit()

    QTimer.singleShot(200, go)
    app.exec()


if __name__ == "__main__":
    main()
