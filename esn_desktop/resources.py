"""Where the app's resources (translations, fonts, icons) are: in the package when installed,
beside it when run from a checkout, inside the bundle when frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: The name of the file `packaging/build.py` writes the version into, in the bundle's resources.
VERSION_FILE = "VERSION"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundle is not None:  # a PyInstaller bundle: its own folder, wherever it was copied
        return Path(bundle) / "esn_desktop" / "resources"
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def app_version() -> str:
    """The installed package's version; in a bundle, which carries no package metadata, the
    version the build wrote beside the resources."""
    from importlib import metadata

    try:
        return metadata.version("esn-desktop")
    except metadata.PackageNotFoundError:
        pass
    stamped = resources_dir() / VERSION_FILE
    try:
        return stamped.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"
