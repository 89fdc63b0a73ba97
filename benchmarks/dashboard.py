"""The dashboard at scale: the service behind it, and what the window does with the answer.

    uv run python benchmarks/dashboard.py WORKSPACE [TODAY]

For a month, a quarter and a year: the whole dashboard computation (KPIs of the period and of
the previous one, the months and the forecast, rates, funnel, staffing), warm, beside the
time its SQL statements take (the floor no Python could go under); then, through the real
widgets offscreen, the time the UI thread spends showing the tab the first time (pyqtgraph
already loaded in the background, as it is a few seconds after opening) and showing a new answer.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sql_timer import time_statements  # noqa: E402  (beside this script)

from esn_desktop.domain.calendar import Period  # noqa: E402
from esn_desktop.services.dashboard import dashboard  # noqa: E402
from esn_desktop.store.database import open_workspace  # noqa: E402
from esn_desktop.ui.window_tabs import Tab  # noqa: E402


def main() -> None:
    path = Path(sys.argv[1])
    today = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date.today()
    periods = {
        "month": Period.month(today.year, today.month),
        "quarter": Period.quarter(today.year, (today.month - 1) // 3 + 1),
        "year": Period.year(today.year),
    }
    results: dict[str, object] = {}
    with open_workspace(path, write=False) as workspace:
        sql_ms = time_statements(workspace.engine)

        for name, period in periods.items():
            dashboard(workspace, period=period, today=today)  # warm the page cache
            totals, floors = [], []
            for _ in range(3):
                sql_ms.clear()
                started = time.perf_counter()
                dashboard(workspace, period=period, today=today)
                totals.append((time.perf_counter() - started) * 1000)
                floors.append(sum(sql_ms))
            results[name] = {
                "service_ms": round(statistics.median(totals), 1),
                "sql_ms": round(statistics.median(floors), 1),
                "statements": len(sql_ms),
            }
            print(
                f"dashboard over a {name}: {results[name]['service_ms']} ms, of which SQL "  # type: ignore[index]
                f"{results[name]['sql_ms']} ms in {len(sql_ms)} statements"  # type: ignore[index]
            )
        results["ui"] = _ui(workspace, today)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "dashboard.json").write_text(json.dumps(results, indent=1) + "\n")


def _ui(workspace, today: date) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    class TimedApplication(QApplication):
        """Times each event the window handles: the longest is the longest the window is deaf to
        a click (processEvents() runs many of them in one call, so it cannot tell)."""

        def __init__(self) -> None:
            super().__init__([])
            self.depth = 0
            self.longest = 0.0

        def notify(self, receiver, event):  # type: ignore[no-untyped-def]
            self.depth += 1
            started = time.perf_counter()
            try:
                return super().notify(receiver, event)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.longest = max(self.longest, (time.perf_counter() - started) * 1000)

    from esn_desktop.ui.i18n import install_language
    from esn_desktop.ui.main_window import MainWindow

    app = TimedApplication()
    # A settings file of its own: the window opens on its first tab, never where a person left it.
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    QSettings().setValue("backups/every_hours", 0)
    formatter = install_language(app, "fr")
    window = MainWindow(workspace, "benchmark", formatter)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    # A director looks at the dashboard some seconds after opening: by then the charts' code
    # has loaded in the background while the window was idle (ui/warm_up.py).
    while not window.warm_up.done:
        app.processEvents()
        time.sleep(0.01)
    app.longest = 0.0
    started = time.perf_counter()
    window.show_tab(Tab.DASHBOARD)
    app.processEvents()
    first_show = (time.perf_counter() - started) * 1000
    tab = window.dashboard
    tab.today = today
    while not tab.ready:  # the charts come one per turn of the event loop, the figures meanwhile
        app.processEvents()
        time.sleep(0.002)
    longest = app.longest
    arrived = (time.perf_counter() - started) * 1000
    # Showing an answer: tiles and charts redrawn on the UI thread.
    assert tab.data is not None
    redraws, redraw_turns = [], []
    for _ in range(5):
        app.longest = 0.0
        started = time.perf_counter()
        tab._show()
        while not tab.ready:
            app.processEvents()
        redraws.append((time.perf_counter() - started) * 1000)
        redraw_turns.append(app.longest)
    redraw = statistics.median(redraws)
    window.close()
    figures = {
        "first_show_ui_ms": round(first_show, 1),
        "longest_event_while_building_ms": round(longest, 1),
        "first_figures_ms": round(arrived, 1),
        "redraw_ms": round(redraw, 1),
        "redraw_longest_event_ms": round(statistics.median(redraw_turns), 1),
    }
    print(
        f"dashboard tab, first show: {figures['first_show_ui_ms']} ms on the UI thread "
        f"(pyqtgraph loaded in the background beforehand), longest event while the charts come "
        f"{figures['longest_event_while_building_ms']} ms, all on screen after "
        f"{figures['first_figures_ms']} ms; new figures drawn in "
        f"{figures['redraw_ms']} ms, the longest event "
        f"{figures['redraw_longest_event_ms']} ms"
    )
    return figures


if __name__ == "__main__":
    main()
