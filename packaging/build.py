"""Builds the app without Python: a PyInstaller onedir bundle at dist/esn-desktop/, then what the
system installs (Linux: a .tar.gz; Windows: an installer; macOS: a .dmg).

    uv run python packaging/build.py [--dist DIST] [--bundle-only]

Run from the repository's environment on the system whose bundle is wanted: PyInstaller does not
cross-build. Prints the bundle's size (it must stay under 350 MB unpacked) and the time taken.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "esn-desktop"
#: Issue 15, point 4.
SIZE_LIMIT_MB = 350

#: Qt modules PySide6-Essentials ships that the app never loads (it uses QtCore, QtGui and
#: QtWidgets; pyqtgraph tries QtSvg, QtOpenGL and QtTest and does without them).
QT_EXCLUDED = [
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtNetwork",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtPrintSupport",
    "PySide6.QtStateMachine",
    "pyqtgraph.opengl",
]
#: Python modules some library imports if present, never used by the app.
PY_EXCLUDED = [
    "tkinter",
    "PyQt5",
    "PyQt6",
    "IPython",
    "matplotlib",
    "scipy",
    "pytest",
    "OpenGL",
    "mypy",  # SQLAlchemy's mypy plugin pulls it in
    "sqlalchemy.ext.mypy",
    "sqlalchemy.testing",
    "alembic.testing",
    # Taken along for the odd `import setuptools` of a library's unused corner, its run-time hook
    # cost every start a fifth of a second.
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
]

#: What libraries load by name at run time, which PyInstaller's analysis cannot see.
COLLECT_SUBMODULES = [
    "holidays",  # each country is a submodule, looked up by its code
    "keyring.backends",  # found through entry points
    "icalendar",  # its time-zone providers
    # The migrations are read from files at run time: what they and env.py import.
    "alembic.ddl",
    "alembic.operations",
    "alembic.runtime",
    "charset_normalizer",
    "sqlcipher3",
    "reportlab.pdfbase",
    "reportlab.graphics",
]
COLLECT_DATA = ["babel", "reportlab", "tzdata", "holidays"]
COPY_METADATA = ["keyring"]  # keyring finds its backends through its own entry points
HIDDEN_IMPORTS = [
    "sqlcipher3._sqlite3",
    "alembic.op",
    "alembic.context",
    "esn_desktop.services.demo_data",
    "esn_desktop.store.models",
    "sqlalchemy.dialects.sqlite",
    "cryptography.hazmat.primitives.kdf.pbkdf2",
    "openpyxl.cell._writer",
    "pyqtgraph.exporters.ImageExporter",
]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def pyinstaller_arguments(dist: Path, work: Path, stamp: Path) -> list[str]:
    sep = ";" if sys.platform == "win32" else ":"
    source = ROOT / "esn_desktop"
    data = [
        (ROOT / "resources", "esn_desktop/resources"),
        (stamp, "esn_desktop/resources"),
        # Alembic reads the migration scripts from a folder: they travel as files.
        (source / "store" / "migrations", "esn_desktop/store/migrations"),
        (source / "services" / "demo_data", "esn_desktop/services/demo_data"),
    ]
    arguments = [
        str(ROOT / "packaging" / "entry.py"),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(ROOT),
        # Console kept: the command line (kpi, plan, import…) is part of the app.
        "--console",
    ]
    if sys.platform == "linux" and shutil.which("strip"):  # binutils': a tenth off the libraries
        arguments.append("--strip")
    for path, target in data:
        arguments += ["--add-data", f"{path}{sep}{target}"]
    for module in COLLECT_SUBMODULES:
        arguments += ["--collect-submodules", module]
    for package in COLLECT_DATA:
        arguments += ["--collect-data", package]
    for package in COPY_METADATA:
        arguments += ["--copy-metadata", package]
    for module in HIDDEN_IMPORTS:
        arguments += ["--hidden-import", module]
    for module in sorted(set(QT_EXCLUDED + PY_EXCLUDED)):
        arguments += ["--exclude-module", module]
    return arguments


def shown(path: Path) -> Path:
    """`path` as the person typed the command would name it: from the repository when inside it."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def trim_qt(bundle: Path) -> None:
    """Qt libraries, plugins and translations PyInstaller's hooks take along but the app never
    loads (QML, Quick, WebEngine's locales…); the French and English catalogues stay."""
    qt = next(bundle.rglob("PySide6/Qt"), None)
    if qt is None:
        return
    unused = ("Qml", "Quick", "Pdf", "VirtualKeyboard", "Lottie", "Labs", "ShaderTools", "Designer")
    for library in (qt / "lib").glob("libQt6*") if (qt / "lib").is_dir() else []:
        if any(library.name.startswith(f"libQt6{part}") for part in unused):
            library.unlink()
    for folder in ("qml", "qmltooling"):
        shutil.rmtree(qt / folder, ignore_errors=True)
        shutil.rmtree(qt / "plugins" / folder, ignore_errors=True)
    translations = qt / "translations"
    if translations.is_dir():
        for catalogue in translations.iterdir():
            if not catalogue.name.startswith(("qtbase_fr", "qt_fr", "qtbase_en", "qt_en")):
                catalogue.unlink() if catalogue.is_file() else shutil.rmtree(catalogue)


def build_bundle(dist: Path, version: str) -> Path:
    import PyInstaller.__main__

    work = ROOT / "build" / "pyinstaller"
    work.mkdir(parents=True, exist_ok=True)
    stamp = work / "VERSION"
    stamp.write_text(version + "\n", encoding="utf-8")
    PyInstaller.__main__.run(pyinstaller_arguments(dist, work, stamp))
    bundle = dist / NAME
    trim_qt(bundle)
    return bundle


def package(bundle: Path, version: str, dist: Path) -> Path | None:
    """What this system installs, made from the bundle."""
    # This folder's modules (linux, windows, macos) are imported by their names: a package named
    # `packaging` would hide PyPI's, which PyInstaller itself imports.
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    if sys.platform == "linux":
        import linux

        return linux.package(bundle, version, dist)
    if sys.platform == "win32":
        import windows  # type: ignore[import-not-found]

        return windows.package(bundle, version, dist)  # type: ignore[no-any-return]
    if sys.platform == "darwin":
        import macos  # type: ignore[import-not-found]

        return macos.package(bundle, version, dist)  # type: ignore[no-any-return]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--bundle-only", action="store_true", help="the bundle, not the system's package")
    args = parser.parse_args(argv)
    started = time.monotonic()
    version = project_version()
    dist = args.dist.resolve()
    bundle = build_bundle(dist, version)
    executable = bundle / (NAME + (".exe" if sys.platform == "win32" else ""))
    if not executable.is_file():
        print(f"build: PyInstaller made no {executable}", file=sys.stderr)
        return 1
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle: {shown(executable)}")
    print(f"bundle size: {size_mb:.0f} MB unpacked (limit {SIZE_LIMIT_MB} MB)")
    if size_mb > SIZE_LIMIT_MB:
        print(f"build: the bundle is {size_mb:.0f} MB, over {SIZE_LIMIT_MB} MB", file=sys.stderr)
        return 1
    if not args.bundle_only:
        made = package(bundle, version, dist)
        if made is not None:
            print(f"package: {shown(made)} ({made.stat().st_size / 1e6:.0f} MB)")
    print(f"build time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
