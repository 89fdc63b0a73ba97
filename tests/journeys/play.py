"""Starts the app as `esn-desktop` does and plays one journey in it (see driver.py).

    python -m tests.journeys.play MODULE:FUNCTION SHOTS_FOLDER [JSON_ARGUMENTS]

Run by tests/journeys/conftest.py in a process of its own, on xcb under Xvfb, with a home of
its own (a fresh user's settings, recents and data folders). The journey's end is the app's:
it quits through the window (File > Quit, closing it); this process then exits by itself, or
the test says it did not. A failed journey quits with status 1.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from esn_desktop.app import run_gui
from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, play


def main() -> int:
    target, shots = sys.argv[1], Path(sys.argv[2])
    arguments = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    module_name, function_name = target.split(":")
    journey = getattr(importlib.import_module(module_name), function_name)
    outcome: list[bool] = []

    def start(window: MainWindow) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        driver = Driver(app, window, shots)

        def ended(succeeded: bool) -> None:
            outcome.append(succeeded)
            print("journey succeeded" if succeeded else "journey failed", flush=True)
            if not succeeded:
                app.exit(1)

        play(driver, journey(driver, **arguments), ended)

    code = run_gui(None, then=start)
    if not outcome:
        print("FAILED: the app quit before the journey ended", flush=True)
        return 1
    return code if outcome[0] else 1


if __name__ == "__main__":
    sys.exit(main())
