"""The mission form and the Missions list at scale, through the real widgets, offscreen.

    uv run python benchmarks/missions_form.py WORKSPACE

Each keystroke of the form recomputes its figures and looks for over-booking (two reads);
the list reads every mission with its consultant's CJM. Floors: a keystroke and a list
reload each under 100 ms (nothing blocks the window longer), once the holiday calendar is
loaded: the first count of working days in a process imports the `holidays` package's French
calendar (about 1.3 s here), printed apart and not judged. Give it a copy of the demo: the form
is filled but not saved.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from esn_desktop.domain.calendar import Period, WorkingCalendar  # noqa: E402
from esn_desktop.formatting import Formatter  # noqa: E402
from esn_desktop.services.missions import list_missions  # noqa: E402
from esn_desktop.store.database import open_workspace  # noqa: E402
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog  # noqa: E402
from esn_desktop.ui.events import DataEvents  # noqa: E402
from esn_desktop.ui.operations import Operations  # noqa: E402
from esn_desktop.ui.tabs.missions_tab import MissionsTab  # noqa: E402

FLOOR_MS = 100


def main() -> int:
    app = QApplication(sys.argv[:1])
    start = time.perf_counter()
    WorkingCalendar().count(Period.year(2026))
    cold_ms = (time.perf_counter() - start) * 1000
    with open_workspace(Path(sys.argv[1])) as workspace:
        rows = list_missions(workspace)
        busiest = max(rows, key=lambda r: sum(o.consultant_id == r.consultant_id for o in rows))
        operations = Operations(workspace, QUndoStack(), DataEvents())
        dialog = MissionDialog(operations, Formatter())
        dialog.account.set_account(busiest.account_id, busiest.account)
        dialog.consultant.setCurrentIndex(dialog.consultant.findData(busiest.consultant_id))
        dialog.start.setDate(QDate(busiest.terms.start.year, busiest.terms.start.month, 1))
        dialog.open_ended.setChecked(True)
        keystrokes = []
        for key in "650,50":
            start = time.perf_counter()
            QTest.keyClicks(dialog.daily_rate, key)
            keystrokes.append((time.perf_counter() - start) * 1000)
        clashes = len(dialog.clashes)
        tab = MissionsTab(operations, Formatter())
        reloads = []
        for _ in range(5):
            start = time.perf_counter()
            tab.reload()
            reloads.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    figures = {
        "form keystroke (median ms)": statistics.median(keystrokes),
        "form keystroke (max ms)": max(keystrokes),
        "list reload (median ms)": statistics.median(reloads),
    }
    print(f"{len(rows)} missions; the busiest consultant's open-ended mission clashes {clashes} times")
    print(f"{'holiday calendar loaded (ms)':32} {cold_ms:8.1f}   once a process, not judged")
    for name, value in figures.items():
        print(f"{name:32} {value:8.1f}   floor {FLOOR_MS} ms")
    return 0 if all(value < FLOOR_MS for value in figures.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
