"""Start-up beside its floor: the first window of esn-desktop against a bare PySide6 window.

    uv run python benchmarks/startup.py [--runs 7] [--platform xcb|offscreen] [--prospects 2000]

Three programs, each started as a fresh process with the same Python and the same venv:

- bare: a `QMainWindow` holding a `QTabWidget` of four empty tabs, shown (the floor);
- welcome: `esn-desktop` with no argument, as a director starts it (the welcome screen);
- workspace: `esn-desktop gui FILE` on a demo workspace of `--prospects` accounts.

What is measured: from `time.perf_counter()` in this process just before `Popen`, to the
line the child writes once its first window has been painted. The child learns it through
`QApplication.exec`, wrapped before the program runs: once the loop runs, an application-wide
event filter waits for the first Paint event of a widget inside a visible top-level window,
then a zero timer (run after that whole paint pass has been flushed to the window system)
prints the line. For the bare window and the workspace, only a paint inside the page of the tab
on show counts: a window shown before its workspace's tab is filled would not stop the clock. The wrapper imports PySide6.QtWidgets before the program does; every
program imports it anyway before it can show anything, so the cost stays inside the measure.
The time for the child to exit is not counted.

The programs run one after the other, round after round (bare, welcome, workspace, bare, ...),
so that the three are compared under the same load on a shared machine; each figure is the
median of its runs. The app runs with its own settings folder (XDG_CONFIG_HOME and
XDG_DATA_HOME in a temporary folder) holding ten recent workspaces, as a director's would.
Python's bytecode is written by an unmeasured first run of each program and used by the
measured ones (PYTHONPYCACHEPREFIX, in the same temporary folder), as in an installed app.
On xcb, without a DISPLAY, an Xvfb is started for the run.

Before and after a change, in the same conditions: PYTHONPATH=DIR runs the children on another
copy of the package, e.g. `git archive main esn_desktop resources | tar -x -C DIR`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
#: Issue 11, point 8: the first window within 4x a bare PySide6 window.
FLOOR_RATIO = 4.0
RECENT_CLIENTS = 10

#: Run first in every child: wraps QApplication.exec to report the first painted window.
_PAINTED_HOOK = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

IN_TAB = "--in-tab" in sys.argv  # only a paint inside the tab on show counts
if IN_TAB:
    sys.argv.remove("--in-tab")

def _in_tab_on_show(widget):
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            return parent.currentWidget() is widget
        widget = parent
    return False

class _FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().isVisible()
            and (not IN_TAB or _in_tab_on_show(watched))
        ):
            self.seen = True
            QTimer.singleShot(0, _report)
        return False

def _report():
    sys.stdout.write("painted\\n")
    sys.stdout.flush()
    os._exit(0)

_exec = QApplication.exec

def _exec_reporting(*_args):
    QApplication.instance().installEventFilter(_first_paint)
    return _exec()

_first_paint = _FirstPaint()
QApplication.exec = _exec_reporting
"""

_BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Prospects", "Consultants", "Missions", "Objectives"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
app.exec()
"""

_APP = """
sys.argv = ["esn-desktop", *sys.argv[1:]]
from esn_desktop.__main__ import main
sys.exit(main())
"""


def time_to_painted(code: str, args: list[str], env: dict[str, str], folder: Path) -> float:
    """Seconds from just before the child is started to its line saying its window is painted."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _PAINTED_HOOK + code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=folder,  # not the checkout: PYTHONPATH can point the children at another version
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.kill()
    _, err = child.communicate()
    if line.strip() != "painted":
        raise SystemExit(f"the child showed no window: {err.strip()[-2000:]}")
    return elapsed


def settings_with_recents(home: Path, env: dict[str, str]) -> None:
    """A settings folder listing RECENT_CLIENTS workspaces under their companies' names."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from esn_desktop.app import APPLICATION, ORGANIZATION\n"
        "from esn_desktop.ui import recent_workspaces\n"
        "app = QCoreApplication([])\n"
        "app.setOrganizationName(ORGANIZATION)\n"
        "app.setApplicationName(APPLICATION)\n"
        "for number in range(int(sys.argv[2])):\n"
        "    recent_workspaces.remember(Path(sys.argv[1]) / f'client-{number}.esn', f'Client {number}')\n"
    )
    subprocess.run([sys.executable, "-c", script, str(home), str(RECENT_CLIENTS)], env=env, check=True)


def demo_workspace(path: Path, prospects: int, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "esn_desktop", "demo", str(path), "--prospects", str(prospects)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def measure(runs: int, platform: str, prospects: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="esn-startup-") as folder:
        home = Path(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": platform,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            # Compiled once (by the unmeasured first runs) into a folder of the run's own, as an
            # installer compiles them: compiling sources at every start is no user's start-up.
            "PYTHONPYCACHEPREFIX": str(home / "bytecode"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        workspace = home / "client.esn"
        demo_workspace(workspace, prospects, env)
        settings_with_recents(home, env)
        programs = {
            "bare": (_BARE, ["--in-tab"]),
            "welcome": (_APP, []),
            "workspace": (_APP, ["--in-tab", "gui", str(workspace)]),
        }
        for code, args in programs.values():  # once each, unmeasured: files in the OS cache
            time_to_painted(code, args, env, home)
        seconds: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(runs):
            for name, (code, args) in programs.items():
                seconds[name].append(time_to_painted(code, args, env, home))
    medians = {name: statistics.median(values) for name, values in seconds.items()}
    return {
        "platform": platform,
        "runs": runs,
        "prospects": prospects,
        "seconds": {name: [round(v, 3) for v in values] for name, values in seconds.items()},
        "median_s": {name: round(value, 3) for name, value in medians.items()},
        "ratio_welcome": round(medians["welcome"] / medians["bare"], 2),
        "ratio_workspace": round(medians["workspace"] / medians["bare"], 2),
    }


def report(result: dict[str, object]) -> None:
    medians = result["median_s"]
    assert isinstance(medians, dict)
    print(f"platform {result['platform']}, {result['runs']} runs each, alternating; medians:")
    print(f"  bare QMainWindow + 4 tabs   {medians['bare'] * 1000:7.0f} ms   (the floor)")
    for name, label in (("welcome", "esn-desktop (welcome)"), (("workspace"), "esn-desktop gui FILE")):
        ratio = result[f"ratio_{name}"]
        verdict = "within" if isinstance(ratio, float) and ratio <= FLOOR_RATIO else "OVER"
        print(
            f"  {label:<27} {medians[name] * 1000:7.0f} ms   {ratio:.2f}x the bare window "
            f"({verdict} {FLOOR_RATIO:g}x)"
        )
    print(f"  (workspace: demo of {result['prospects']} prospects)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    parser.add_argument("--prospects", type=int, default=2000)
    args = parser.parse_args()
    display = None
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        from pyvirtualdisplay.display import Display  # from pytest-xvfb, a dev dependency

        display = Display(backend="xvfb", size=(1280, 800), color_depth=24)
        display.start()
    try:
        result = measure(args.runs, args.platform, args.prospects)
    finally:
        if display is not None:
            display.stop()
    report(result)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"startup-{args.platform}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
