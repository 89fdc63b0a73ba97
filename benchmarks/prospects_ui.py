"""The Prospects tab at scale, through the real widgets, offscreen.

    uv run python benchmarks/prospects_ui.py WORKSPACE

Each figure runs until the table has been painted (a grab of the view), so it is what a
person waits for: opening the tab, sorting by each column both ways, each keystroke of a
search, and picking a filter.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from esn_desktop.store.database import open_workspace  # noqa: E402
from esn_desktop.ui.i18n import install_language  # noqa: E402
from esn_desktop.ui.main_window import MainWindow  # noqa: E402


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def painted(action: Callable[[], object], window: MainWindow) -> float:
    """Milliseconds from the action to the table repainted by the event loop, as a person waits."""
    viewport = window.prospects.table.viewport()
    counter = PaintCounter()
    viewport.installEventFilter(counter)
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    if counter.paints == 0:  # the loop had not painted yet: paint now, inside the measure
        viewport.repaint()
    elapsed = (time.perf_counter() - start) * 1000
    viewport.removeEventFilter(counter)
    return elapsed


def main() -> None:
    workspace_path = Path(sys.argv[1])
    app = QApplication([])
    formatter = install_language(app, "fr")
    with open_workspace(workspace_path, write=False) as workspace:
        start = time.perf_counter()
        window = MainWindow(workspace, "benchmark", formatter)
        window.resize(1280, 800)
        window.show()
        window.grab()
        open_ms = (time.perf_counter() - start) * 1000
        tab = window.prospects
        # The no-show queue loads in the background after opening: let it finish before the clicks.
        while tab.no_shows.task is not None:
            QApplication.processEvents()
        queue_ms = (time.perf_counter() - start) * 1000 - open_ms
        rows = tab.model.rowCount()

        sorts: dict[str, float] = {}
        # Leave the opening order (name, ascending), so that the first measured sort does work.
        tab.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        for index, column in enumerate(tab.model.columns):
            if not column.sortable:
                continue
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                name = f"{column.key} {'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}"
                # What a click on the header does: move the sort indicator, which sorts once.
                header = tab.table.horizontalHeader()
                sorts[name] = painted(lambda i=index, o=order, h=header: h.setSortIndicator(i, o), window)
        tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        keystrokes = []
        for letter in "alpa":
            keystrokes.append(painted(lambda c=letter: tab.search.insert(c), window))
        for _ in range(4):
            keystrokes.append(painted(tab.search.backspace, window))
        filter_ms = painted(lambda: tab.segment.setCurrentIndex(tab.segment.findData("pme")), window)
        scroll_ms = painted(tab.table.scrollToBottom, window)

    results = {
        "rows": rows,
        "open_tab_ms": round(open_ms, 1),
        "no_show_queue_background_ms": round(queue_ms, 1),
        "sort_ms": {name: round(ms, 1) for name, ms in sorts.items()},
        "sort_max_ms": round(max(sorts.values()), 1),
        "keystroke_ms": [round(ms, 1) for ms in keystrokes],
        "keystroke_max_ms": round(max(keystrokes), 1),
        "keystroke_median_ms": round(statistics.median(keystrokes), 1),
        "filter_ms": round(filter_ms, 1),
        "scroll_to_end_ms": round(scroll_ms, 1),
    }
    print(f"{rows:,} accounts")
    print(
        f"open the tab: {results['open_tab_ms']} ms (then the no-show queue in the background: "
        f"{results['no_show_queue_background_ms']} ms)"
    )
    for name, ms in results["sort_ms"].items():
        print(f"sort {name:<18} {ms:>7} ms")
    print(f"keystrokes: {results['keystroke_ms']} ms (max {results['keystroke_max_ms']})")
    print(f"segment filter: {results['filter_ms']} ms; scroll to the end: {results['scroll_to_end_ms']} ms")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "prospects_ui.json").write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
