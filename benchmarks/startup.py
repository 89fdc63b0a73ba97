"""Start-up beside its floor: the first window of esn-desktop against a bare PySide6 window.

    uv run python benchmarks/startup.py [--runs 7] [--platform xcb|offscreen] [--prospects 2000]
                                        [--before DIR] [--frozen DIST]

Three programs, each started as a fresh process with the same Python and the same venv:

- bare: a `QMainWindow` holding a `QTabWidget` of four empty tabs, shown (the floor);
- welcome: `esn-desktop` with no argument, as a director starts it (the welcome screen);
- workspace: `esn-desktop gui FILE` on a demo workspace of `--prospects` accounts.

What is measured: from `time.perf_counter()` in this process just before `Popen`, to the
line the child writes once its first window has been painted. The child learns it through
`QApplication.exec`, wrapped before the program runs: once the loop runs, an application-wide
event filter waits for the first Paint event of a widget inside a visible top-level window,
then a zero timer (run after that whole paint pass has been flushed to the window system)
prints the line. For the bare window and the workspace, only a paint inside the page of the
tab on show counts: a window shown before its workspace's tab is filled would not stop the
clock. The wrapper is installed when the program itself imports PySide6.QtWidgets, so that the
order of its imports is the program's own. The time for the child to exit is not counted.

The programs run one after the other, round after round (bare, welcome, workspace, bare, ...),
so that the three are compared under the same load on a shared machine; each figure is the
median of its runs. The app runs with its own settings folder (XDG_CONFIG_HOME and
XDG_DATA_HOME in a temporary folder) holding ten recent workspaces, as a director's would.
Python's bytecode is written by an unmeasured first run of each program and used by the
measured ones (PYTHONPYCACHEPREFIX, in the same temporary folder), as in an installed app.
On xcb, without a DISPLAY, an Xvfb is started for the run.

Before and after a change, under the same load: `--before DIR` adds the app started from another
copy of the package (`git archive main esn_desktop resources | tar -x -C DIR`), through
PYTHONPATH, to the alternation. The processor time of each child (user and system, from
`wait4`) is printed beside its wall time: it moves less with the load of other processes.

The frozen app (`--frozen DIST`, the folder `packaging/build.py` wrote, on xcb): code cannot be
run inside it, so it, `uv run esn-desktop` and the venv's Python alone (what `uv run` ends up
running, without uv's own checks) are timed to the same sign instead: their first window mapped
on the screen with its title (`xdotool search --onlyvisible`, polled every 20 ms), on the welcome
screen and on the workspace, alternating. The frozen app is to be no slower than `uv run`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
from virtual_display import VirtualDisplay

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
#: Issue 11, point 8: the first window within 4x a bare PySide6 window.
FLOOR_RATIO = 4.0
RECENT_CLIENTS = 10

#: Run first in every child: once the program has imported PySide6.QtWidgets (not before: the
#: order of imports changes their cost), wraps QApplication.exec to report the first painted window.
_PAINTED_HOOK = """
import importlib.util, os, sys

IN_TAB = "--in-tab" in sys.argv  # only a paint inside the tab on show counts
if IN_TAB:
    sys.argv.remove("--in-tab")

def _watch_first_paint(widgets):
    from PySide6.QtCore import QEvent, QObject, QTimer

    def in_tab_on_show(widget):
        while widget is not None:
            parent = widget.parentWidget()
            if isinstance(parent, widgets.QStackedWidget) and isinstance(
                parent.parentWidget(), widgets.QTabWidget
            ):
                return parent.currentWidget() is widget
            widget = parent
        return False

    def report():
        sys.stdout.write("painted\\n")
        sys.stdout.flush()
        os._exit(0)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, widgets.QWidget)
                and watched.window().isVisible()
                and (not IN_TAB or in_tab_on_show(watched))
            ):
                self.seen = True
                QTimer.singleShot(0, report)
            return False

    first_paint = FirstPaint()
    run = widgets.QApplication.exec

    def exec_reporting(*_args):
        widgets.QApplication.instance().installEventFilter(first_paint)
        return run()

    widgets.QApplication.exec = exec_reporting

class _WhenQtWidgetsLoads:
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            _watch_first_paint(module)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, _WhenQtWidgetsLoads())
"""

_BARE = """
import sys
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


def time_to_painted(code: str, args: list[str], env: dict[str, str], folder: Path) -> tuple[float, float]:
    """Seconds from just before the child is started to its line saying its window is painted,
    and the processor seconds the child used (user and system, to that line and its kill)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _PAINTED_HOOK + code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=folder,  # not the checkout: PYTHONPATH can point the children at another version
    )
    assert child.stdout is not None and child.stderr is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    os.kill(child.pid, signal.SIGKILL)  # not child.kill(): it would reap the child before wait4
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    if line.strip() != "painted":
        raise SystemExit(f"the child showed no window: {err.strip()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime


def time_to_window(command: list[str], env: dict[str, str], folder: Path) -> float:
    """Seconds from just before `command` is started to its first window mapped (xcb only). The
    window is looked for by its title (`uv run` starts the app as a child of its own, whose id is
    not the one started here); the program runs in a session of its own, ended whole."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=(folder / "stderr.txt").open("w"),
        env=env,
        cwd=folder,
        start_new_session=True,
    )
    try:
        while child.poll() is None:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "esn-desktop"],
                env=env,
                capture_output=True,
                check=False,
            )
            if found.returncode == 0 and found.stdout.strip():
                return time.perf_counter() - start
            time.sleep(0.02)
        raise SystemExit(
            f"{command[0]} exited {child.returncode} without showing a window: "
            + (folder / "stderr.txt").read_text()[-1500:]
        )
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        search = ["xdotool", "search", "--onlyvisible", "--name", "esn-desktop"]
        while subprocess.run(search, env=env, capture_output=True, check=False).stdout.strip():
            time.sleep(0.02)  # the window gone before the next program is timed


def measure_frozen(runs: int, dist: Path, prospects: int) -> dict[str, object]:
    executable = dist / "esn-desktop" / "esn-desktop"
    if not executable.is_file():
        raise SystemExit(f"no bundle at {executable}; run packaging/build.py first")
    with tempfile.TemporaryDirectory(prefix="esn-startup-") as folder:
        home = Path(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "PYTHONPYCACHEPREFIX": str(home / "bytecode"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        workspace = home / "client.esn"
        demo_workspace(workspace, prospects, env)
        settings_with_recents(home, env)
        source = [sys.executable, "-m", "esn_desktop"]
        uv_run = ["uv", "run", "--project", str(ROOT), "esn-desktop"]
        programs = {
            "uv run welcome": uv_run,
            "venv welcome": source,
            "frozen welcome": [str(executable)],
            "uv run workspace": [*uv_run, "gui", str(workspace)],
            "venv workspace": [*source, "gui", str(workspace)],
            "frozen workspace": [str(executable), "gui", str(workspace)],
        }
        for command in programs.values():  # unmeasured: bytecode, OS file cache
            time_to_window(command, env, home)
        wall: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(runs):
            for name, command in programs.items():
                wall[name].append(time_to_window(command, env, home))
    medians = {name: statistics.median(values) for name, values in wall.items()}
    return {
        "runs": runs,
        "prospects": prospects,
        "seconds": {name: [round(v, 3) for v in values] for name, values in wall.items()},
        "median_s": {name: round(value, 3) for name, value in medians.items()},
    }


def report_frozen(result: dict[str, object]) -> None:
    medians = result["median_s"]
    assert isinstance(medians, dict)
    print(f"{result['runs']} runs each, alternating; medians of the time to the first window mapped:")
    for screen in ("welcome", "workspace"):
        uv_run, venv, frozen = (medians[f"{how} {screen}"] for how in ("uv run", "venv", "frozen"))
        verdict = "no slower" if frozen <= uv_run * 1.05 else "SLOWER"
        print(
            f"  {screen:<10} uv run {uv_run * 1000:6.0f} ms  (the venv's Python alone "
            f"{venv * 1000:6.0f} ms)  frozen {frozen * 1000:6.0f} ms: {frozen / uv_run:.2f}x uv run's, "
            f"{verdict}"
        )
    print(f"  (workspace: demo of {result['prospects']} prospects)")


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


def measure(runs: int, platform: str, prospects: int, before: Path | None) -> dict[str, object]:
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
            "bare": (_BARE, ["--in-tab"], env),
            "welcome": (_APP, [], env),
            "workspace": (_APP, ["--in-tab", "gui", str(workspace)], env),
        }
        if before is not None:
            env_before = {**env, "PYTHONPATH": str(before)}
            programs["welcome before"] = (_APP, [], env_before)
            programs["workspace before"] = (_APP, ["--in-tab", "gui", str(workspace)], env_before)
        for code, args, program_env in programs.values():  # unmeasured: bytecode, OS file cache
            time_to_painted(code, args, program_env, home)
        wall: dict[str, list[float]] = {name: [] for name in programs}
        cpu: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(runs):
            for name, (code, args, program_env) in programs.items():
                seconds, processor = time_to_painted(code, args, program_env, home)
                wall[name].append(seconds)
                cpu[name].append(processor)
    medians = {name: statistics.median(values) for name, values in wall.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    return {
        "platform": platform,
        "runs": runs,
        "prospects": prospects,
        "before": str(before) if before else None,
        "seconds": {name: [round(v, 3) for v in values] for name, values in wall.items()},
        "cpu_seconds": {name: [round(v, 3) for v in values] for name, values in cpu.items()},
        "median_s": {name: round(value, 3) for name, value in medians.items()},
        "median_cpu_s": {name: round(value, 3) for name, value in cpu_medians.items()},
        "ratio": {name: round(medians[name] / medians["bare"], 2) for name in programs},
        "cpu_ratio": {name: round(cpu_medians[name] / cpu_medians["bare"], 2) for name in programs},
    }


LABELS = {
    "bare": "bare QMainWindow + 4 tabs",
    "welcome": "esn-desktop (welcome)",
    "workspace": "esn-desktop gui FILE",
    "welcome before": "  before: welcome",
    "workspace before": "  before: gui FILE",
}


def report(result: dict[str, object]) -> None:
    medians, cpu, ratio, cpu_ratio = (
        result[key] for key in ("median_s", "median_cpu_s", "ratio", "cpu_ratio")
    )
    assert isinstance(medians, dict) and isinstance(cpu, dict)
    assert isinstance(ratio, dict) and isinstance(cpu_ratio, dict)
    print(
        f"platform {result['platform']}, {result['runs']} runs each, alternating; medians of the time "
        f"to the first painted window, and of the processor time:"
    )
    for name in medians:
        line = f"  {LABELS[name]:<27} {medians[name] * 1000:6.0f} ms  cpu {cpu[name] * 1000:6.0f} ms"
        if name == "bare":
            print(line + "   (the floor)")
            continue
        verdict = "within" if ratio[name] <= FLOOR_RATIO else "OVER"
        print(
            f"{line}   {ratio[name]:.2f}x the bare window, {verdict} {FLOOR_RATIO:g}x "
            f"(cpu {cpu_ratio[name]:.2f}x)"
        )
    print(f"  (workspace: demo of {result['prospects']} prospects)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    parser.add_argument("--prospects", type=int, default=2000)
    parser.add_argument(
        "--before",
        type=Path,
        help="also start the app from this copy of the package (git archive main esn_desktop resources), "
        "alternating with the others: a before and after under the same load",
    )
    parser.add_argument(
        "--frozen",
        type=Path,
        metavar="DIST",
        help="time the bundle packaging/build.py wrote into DIST beside the app as uv run starts it "
        "(xcb only)",
    )
    args = parser.parse_args()
    if args.frozen is not None and args.platform != "xcb":
        parser.error("--frozen needs --platform xcb: the first window is seen on the X screen")
    with contextlib.ExitStack() as stack:
        if args.platform == "xcb" and not os.environ.get("DISPLAY"):
            os.environ["DISPLAY"] = stack.enter_context(VirtualDisplay())
        if args.frozen is not None:
            frozen = measure_frozen(args.runs, args.frozen.resolve(), args.prospects)
        else:
            result = measure(args.runs, args.platform, args.prospects, args.before)
    if args.frozen is not None:
        report_frozen(frozen)
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "startup-frozen.json").write_text(json.dumps(frozen, indent=2) + "\n")
        return
    report(result)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"startup-{args.platform}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
