"""The macOS installer: `esn-desktop.app`, declaring the `.esn` document type, in a `.dmg`.

`package(bundle, version, out)` is called by `packaging/build.py` on macOS; run alone:
`uv run python packaging/macos.py dist/esn-desktop 0.1.0 dist`.

Which `.app`: PyInstaller's own (its BUNDLE step, made beside the onedir when the build runs
with `--windowed`) when there is one, since it also moves the data files out of
`Contents/Frameworks` into `Contents/Resources`, where `codesign` wants them. Without it, the
`.app` is assembled around the onedir: the executable in `Contents/MacOS`, the contents of
`_internal/` in `Contents/Frameworks`, which is where PyInstaller 6's bootloader looks when it
finds itself in an `.app`. Either way the `Info.plist` is ours (`info_plist`, written with
plistlib). PyInstaller signs its `.app` ad hoc as a whole, and a new Info.plist breaks that seal:
it is signed again (Apple silicon runs nothing unsigned). An assembled `.app` is not signed as a
whole (codesign refuses data files in `Contents/Frameworks`); its executable and libraries keep
the ad hoc signatures PyInstaller gave each of them.
"""

from __future__ import annotations

import argparse
import platform
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

NAME = "esn-desktop"
BUNDLE_ID = "fr.esn-desktop"
WORKSPACE_UTI = "fr.esn-desktop.workspace"
CONTENTS = "_internal"  # PyInstaller 6's folder beside the onedir's executable
VERSION = re.compile(r"\d+(\.\d+){0,2}([.+-]?[0-9A-Za-z.]+)?")


def check_version(version: str) -> None:
    if not VERSION.fullmatch(version):
        raise SystemExit(f"macos: version {version!r} is not like 1.2.3 (digits and dots first)")


def info_plist(version: str, *, icon: str | None = None) -> dict[str, Any]:
    """The app's Info.plist: what Finder and Launch Services read, the `.esn` type included."""
    check_version(version)
    plist: dict[str, Any] = {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleExecutable": NAME,
        "CFBundlePackageType": "APPL",
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "fr",
        "CFBundleLocalizations": ["fr", "en"],
        "LSMinimumSystemVersion": "11.0",
        "NSPrincipalClass": "NSApplication",
        # Sharp text on Retina screens (Qt draws at the screen's resolution only when asked).
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "esn-desktop workspace",
                "CFBundleTypeRole": "Editor",
                # The app that made the type opens it, whatever else claims `.esn`.
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [WORKSPACE_UTI],
                "CFBundleTypeExtensions": ["esn"],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": WORKSPACE_UTI,
                "UTTypeDescription": "esn-desktop workspace",
                "UTTypeConformsTo": ["public.data"],
                "UTTypeTagSpecification": {"public.filename-extension": ["esn"]},
            }
        ],
    }
    if icon is not None:
        plist["CFBundleIconFile"] = icon
        for document in plist["CFBundleDocumentTypes"]:
            document["CFBundleTypeIconFile"] = icon
    return plist


def assemble_app(bundle: Path, app: Path) -> Path:
    """The `.app` made around the onedir `bundle` (when PyInstaller made none)."""
    if app.exists():
        shutil.rmtree(app)
    macos = app / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (app / "Contents" / "Resources").mkdir()
    shutil.copy2(bundle / NAME, macos / NAME)
    shutil.copytree(bundle / CONTENTS, app / "Contents" / "Frameworks", symlinks=True)
    return app


def write_info_plist(app: Path, version: str) -> Path:
    """Writes our Info.plist into `app`, naming the icon PyInstaller left in Resources if any."""
    icons = sorted((app / "Contents" / "Resources").glob("*.icns"))
    path = app / "Contents" / "Info.plist"
    with path.open("wb") as file:
        plistlib.dump(info_plist(version, icon=icons[0].name if icons else None), file)
    return path


def dmg_name(version: str) -> str:
    return f"{NAME}-{version}-macos-{platform.machine() or 'unknown'}.dmg"


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise SystemExit(f"macos: {what} failed: {lines[-1] if lines else f'exit {result.returncode}'}")


def package(bundle: Path, version: str, out: Path) -> Path:
    """Makes `esn-desktop.app` and its `.dmg` in `out`; returns the `.dmg`."""
    check_version(version)
    if not (bundle / NAME).is_file():
        raise SystemExit(f"macos: {bundle / NAME} not found; build the bundle first")
    for tool in ("hdiutil", "codesign"):
        if shutil.which(tool) is None:
            raise SystemExit(f"macos: {tool} not found; the .dmg is made on macOS only")
    out.mkdir(parents=True, exist_ok=True)
    made_by_pyinstaller = bundle.parent / f"{NAME}.app"
    stage = out / "dmg"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir()
    app = stage / f"{NAME}.app"
    signed_whole = (made_by_pyinstaller / "Contents" / "MacOS" / NAME).is_file()
    if signed_whole:
        shutil.copytree(made_by_pyinstaller, app, symlinks=True)
    else:
        assemble_app(bundle, app)
    write_info_plist(app, version)
    if signed_whole:
        _run(["codesign", "--force", "--sign", "-", str(app)], "codesign")
    # Dragging the app onto this link installs it.
    (stage / "Applications").symlink_to("/Applications")
    dmg = out / dmg_name(version)
    _run(
        [
            "hdiutil", "create", "-volname", f"{NAME} {version}", "-srcfolder", str(stage),
            "-format", "UDZO", "-ov", str(dmg),
        ],
        "hdiutil",
    )  # fmt: skip
    shutil.rmtree(stage)
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the macOS .app and .dmg of a built bundle.")
    parser.add_argument("bundle", type=Path, help="the onedir bundle (dist/esn-desktop)")
    parser.add_argument("version", help="the version, e.g. 0.1.0")
    parser.add_argument("out", type=Path, help="the folder the .dmg goes to")
    args = parser.parse_args(argv)
    print(package(args.bundle, args.version, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
