"""Runs the built bundle as a director's machine would: copied elsewhere, with a bare environment
(no uv, no venv, no source tree on the path), each step one line, any failure exit 1 naming it.

    uv run python packaging/smoke_test.py DIST_DIR

Steps: --version; import of the small example workspace; kpi --json identical to the source
tree's; an old workspace upgraded by the bundle's Alembic scripts; an encrypted workspace made
and checked (SQLCipher, cryptography); plan --all with every PDF
font embedded (pdffonts); the window shown under Xvfb and painted, in French: a second copy
opened on the same workspace asks, in French, whether to read it only, and Alt+O (Qt's "&Oui")
answers it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder's modules, however loaded
from virtual_display import VirtualDisplay

ROOT = Path(__file__).resolve().parents[1]
NAME = "esn-desktop"
EXAMPLE = ROOT / "tests" / "data" / "small-workspace.json"
PERIOD = ("--from", "2026-11-01", "--to", "2026-11-30")
MONTH = "2026-11"
#: The French title of the question a second copy asks on a workspace already open, and the mark
#: of its window once "Oui" is pressed (both from our catalogue; "Oui" from Qt's).
FRENCH_QUESTION = "Espace de travail déjà ouvert"
READ_ONLY = "(lecture seule)"
WINDOW_WAIT_S = 60
COMMAND_WAIT_S = 120


class StepFailed(Exception):
    """A step's failure, said in one line."""


class Smoke:
    def __init__(self, bundle: Path, place: Path) -> None:
        self.place = place
        self.home = place / "home"
        self.home.mkdir()
        self.app = place / "elsewhere" / NAME
        shutil.copytree(bundle, self.app, symlinks=True)
        self.executable = self.app / NAME
        self.workspace = place / "small.esn"

    def env(self, **extra: str) -> dict[str, str]:
        """A bare environment: what `env -i HOME=... PATH=/usr/bin:/bin` leaves."""
        return {"HOME": str(self.home), "PATH": "/usr/bin:/bin", **extra}

    def run(self, *arguments: str, **extra_env: str) -> str:
        try:
            done = subprocess.run(
                [str(self.executable), *arguments],
                cwd=self.place,
                env=self.env(**extra_env),
                capture_output=True,
                text=True,
                timeout=COMMAND_WAIT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise StepFailed(f"{NAME} {arguments[0]} still running after {COMMAND_WAIT_S} s") from None
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(nothing on standard error)"])[-1]
            raise StepFailed(f"{NAME} {arguments[0]} exited {done.returncode}: {last}")
        return done.stdout

    # The steps, each returning what its line says.

    def version(self) -> str:
        with (ROOT / "pyproject.toml").open("rb") as file:
            expected = f"{NAME} {tomllib.load(file)['project']['version']}"
        said = self.run("--version").strip()
        if said != expected:
            raise StepFailed(f"said {said!r}, expected {expected!r}")
        return said

    def import_example(self) -> str:
        return self.run("import", str(self.workspace), str(EXAMPLE)).strip().splitlines()[-1]

    def kpi(self) -> str:
        frozen = self.run("kpi", str(self.workspace), *PERIOD, "--json")
        source = subprocess.run(
            [sys.executable, "-m", "esn_desktop", "kpi", str(self.workspace), *PERIOD, "--json"],
            capture_output=True,
            text=True,
            timeout=COMMAND_WAIT_S,
            check=False,
        )
        if source.returncode != 0:
            raise StepFailed(f"the source tree's kpi exited {source.returncode}: {source.stderr.strip()}")
        if frozen != source.stdout:
            raise StepFailed("kpi --json differs from the source tree's")
        return f"kpi --json identical to the source tree's ({len(json.loads(frozen))} keys)"

    def migration(self) -> str:
        from sqlalchemy import text

        from esn_desktop.store.database import create_workspace
        from esn_desktop.store.migrations_runner import SCHEMA_HEAD, downgrade

        old = self.place / "old.esn"
        with create_workspace(old) as workspace, workspace.engine.begin() as connection:
            connection.execute(text("SELECT 1"))
            downgrade(connection, "0001")
        self.run("export", str(old), str(self.place / "old.json"))
        checked = self.run("check", str(old)).strip()
        if f"schema {SCHEMA_HEAD}" not in checked:
            raise StepFailed(f"a workspace of schema 0001 was not upgraded: {checked}")
        return f"schema 0001 upgraded to {SCHEMA_HEAD} by the bundle's Alembic scripts"

    def encrypted(self) -> str:
        """SQLCipher's compiled module and cryptography's key derivation, in the bundle."""
        secret = self.place / "secret.esn"
        passphrase = {"ESN_PASSPHRASE": "smoke-test passphrase"}
        self.run("demo", str(secret), "--prospects", "20", "--encrypt", **passphrase)
        if secret.read_bytes()[:16] == b"SQLite format 3\0":
            raise StepFailed("demo --encrypt wrote a plain SQLite file")
        checked = self.run("check", str(secret), **passphrase).strip()
        if not checked.startswith(f"{secret.name}: ok"):
            raise StepFailed(f"check of the encrypted workspace said {checked!r}")
        return "demo --encrypt, not plain SQLite, opened with its passphrase: check ok"

    def plans(self) -> str:
        folder = self.place / "plans"
        self.run("plan", str(self.workspace), "--all", "--month", MONTH, "-o", str(folder))
        pdfs = sorted(folder.glob("*.pdf"))
        if not pdfs:
            raise StepFailed(f"plan --all wrote no PDF into {folder}")
        fonts = 0
        for pdf in pdfs:
            for font, embedded in pdf_fonts(pdf):
                fonts += 1
                if not embedded:
                    raise StepFailed(f"{pdf.name}: font {font} not embedded")
        return f"{len(pdfs)} plans, {fonts} fonts, every one embedded"

    def window(self) -> str:
        for tool in ("Xvfb", "xdotool", "xwd"):
            if shutil.which(tool) is None:
                raise StepFailed(f"{tool} is not installed")
        with VirtualDisplay() as display:
            x_env = {"DISPLAY": display}
            gui_env = self.env(DISPLAY=display, LANG="fr_FR.UTF-8")
            started: list[subprocess.Popen[bytes]] = []
            try:
                for _copy in range(2):
                    started.append(
                        subprocess.Popen(
                            [str(self.executable), "gui", str(self.workspace)],
                            cwd=self.place,
                            env=gui_env,
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                        )
                    )
                    if len(started) == 1:
                        window = find_window(x_env, f"— {NAME}", started[0])
                        title = xdotool(x_env, "getwindowname", window)
                        colours = painted_colours(x_env, window)
                        if colours < 8:
                            raise StepFailed(f"the window {title!r} is not painted ({colours} colours)")
                question = find_window(x_env, FRENCH_QUESTION, started[1])
                # Alt+O presses "&Oui", a button of Qt's own, so only with Qt's French catalogue
                # loaded ("&Yes" otherwise): the second copy then reads the workspace only.
                xdotool(x_env, "windowfocus", "--sync", question)
                xdotool(x_env, "key", "alt+o")
                read_only = xdotool(x_env, "getwindowname", find_window(x_env, READ_ONLY, started[1]))
            finally:
                for process in started:
                    process.kill()
                    process.wait()
        return (
            f"window {title!r} painted ({colours} colours); a second copy asks {FRENCH_QUESTION!r}, "
            f"its Oui opens {read_only!r}"
        )


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """Each font of `pdf` and whether it is embedded, as `pdffonts` lists them."""
    done = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise StepFailed(f"pdffonts cannot read {pdf.name}: {done.stderr.strip()}")
    lines = done.stdout.splitlines()
    if len(lines) < 2 or "emb" not in lines[0]:
        raise StepFailed(f"pdffonts said something unexpected on {pdf.name}")
    column = lines[0].index("emb")
    return [(line.split()[0], line[column : column + 3] == "yes") for line in lines[2:] if line.strip()]


def xdotool(env: dict[str, str], *arguments: str) -> str:
    done = subprocess.run(
        ["xdotool", *arguments], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    if done.returncode != 0:
        raise StepFailed(f"xdotool {arguments[0]} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def find_window(env: dict[str, str], name: str, process: subprocess.Popen[bytes]) -> str:
    """The first window whose title holds `name`, once the app has shown it."""
    deadline = time.monotonic() + WINDOW_WAIT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StepFailed(f"{NAME} gui exited {process.returncode} before showing {name!r}")
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.split():
            return found.stdout.split()[0]
        time.sleep(0.2)
    raise StepFailed(f"no window named {name!r} within {WINDOW_WAIT_S} s")


def painted_colours(env: dict[str, str], window: str) -> int:
    """How many colours the window shows: a blank window has one or two."""
    deadline = time.monotonic() + WINDOW_WAIT_S
    colours = 0
    while time.monotonic() < deadline:
        done = subprocess.run(["xwd", "-silent", "-id", window], env=env, capture_output=True, check=False)
        if done.returncode == 0:
            pixels = done.stdout[-400_000:]
            colours = len({pixels[i : i + 3] for i in range(0, len(pixels) - 3, 4)})
            if colours >= 8:
                return colours
        time.sleep(0.2)
    return colours


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: smoke_test.py DIST_DIR", file=sys.stderr)
        return 2
    bundle = Path(argv[0]) / NAME
    if not (bundle / NAME).is_file():
        print(f"smoke test: no bundle at {bundle / NAME}; run packaging/build.py first", file=sys.stderr)
        return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="esn-smoke-") as place:
        try:
            smoke = Smoke(bundle, Path(place))
        except OSError as error:
            print(f"smoke test failed at copy: {error}", file=sys.stderr)
            return 1
        steps: list[tuple[str, Callable[[], str]]] = [
            ("version", smoke.version),
            ("import", smoke.import_example),
            ("kpi", smoke.kpi),
            ("migration", smoke.migration),
            ("encrypted", smoke.encrypted),
            ("plan", smoke.plans),
            ("window", smoke.window),
        ]
        for name, step in steps:
            began = time.monotonic()
            try:
                said = step()
            except StepFailed as failure:
                print(f"smoke test failed at {name}: {failure}", file=sys.stderr)
                return 1
            except (OSError, subprocess.SubprocessError) as error:
                print(f"smoke test failed at {name}: {type(error).__name__}: {error}", file=sys.stderr)
                return 1
            print(f"ok {name}: {said} ({time.monotonic() - began:.1f} s)")
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
