"""The Linux package: dist/esn-desktop-VERSION-linux-x86_64.tar.gz, the bundle with what a desktop
needs to show and start it (a .desktop file, the .esn file type, icons, AppStream metadata).

The archive unpacks to one folder laid out as a prefix (`esn-desktop/` the bundle, `share/` the
desktop files), so that copying `share/` into ~/.local/share and putting the bundle's folder on
the PATH installs it.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "linux"
APP_ID = "io.github.esn_desktop"
NAME = "esn-desktop"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


class PackagingError(Exception):
    """A refusal of the Linux packaging, said in one line."""


def render_icons(svg: Path, out: Path) -> list[Path]:
    """The SVG icon as PNGs of the usual sizes, drawn by Qt's SVG renderer (no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise PackagingError(f"{svg} is not a valid SVG")
    made = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise PackagingError(f"cannot write {target}")
        made.append(target)
    return made


def check_metainfo(metainfo: Path, version: str) -> None:
    """The AppStream file names this release, and passes `appstreamcli validate` when the tool is
    installed (Debian's `appstream`)."""
    if not re.search(rf'<release version="{re.escape(version)}"', metainfo.read_text(encoding="utf-8")):
        raise PackagingError(f'{metainfo.name} has no <release version="{version}">: add this release')
    if shutil.which("appstreamcli") is None:
        print("appstream: appstreamcli not installed, metadata not validated")
        return
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = " ".join((result.stdout + result.stderr).split())
        raise PackagingError(f"appstreamcli refuses {metainfo.name}: {detail}")
    print(f"appstream: {metainfo.name} valid")


def lay_out(bundle: Path, version: str, root: Path) -> None:
    """The archive's tree under `root`."""
    metainfo = HERE / f"{APP_ID}.metainfo.xml"
    check_metainfo(metainfo, version)
    shutil.copytree(bundle, root / NAME, symlinks=True)
    share = root / "share"
    icons = share / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(HERE / f"{NAME}.svg", icons / "scalable" / "apps" / f"{NAME}.svg")
    render_icons(HERE / f"{NAME}.svg", icons)
    for source, target in (
        (HERE / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop"),
        (HERE / f"{NAME}-mime.xml", share / "mime" / "packages" / f"{NAME}.xml"),
        (metainfo, share / "metainfo" / metainfo.name),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def package(bundle: Path, version: str, out: Path) -> Path:
    """dist/esn-desktop-VERSION-linux-ARCH.tar.gz, from the PyInstaller bundle."""
    machine = platform.machine() or "x86_64"
    stem = f"{NAME}-{version}-linux-{machine}"
    archive = out / f"{stem}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="esn-linux-") as work:
        root = Path(work) / stem
        lay_out(bundle, version, root)
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(root, arcname=stem)
        partial.replace(archive)
    return archive


if __name__ == "__main__":  # python packaging/linux.py BUNDLE VERSION OUT
    try:
        print(package(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
    except (PackagingError, OSError, IndexError) as error:
        print(f"linux: {error}", file=sys.stderr)
        sys.exit(1)
