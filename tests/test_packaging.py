"""The installers' build scripts (packaging/): the Linux archive's layout, the refusals said in one
line, and the smoke test's reading of pdffonts. The bundle itself is built and run by `.ci/run`."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    # By path: a package named `packaging` would hide PyPI's, which pytest itself imports.
    spec = importlib.util.spec_from_file_location(f"esn_packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


linux = _load("linux")
build = _load("build")
smoke = _load("smoke_test")


# The icons are drawn by Qt: through the tests' QApplication (`qapp`), never a QGuiApplication
# of the packaging's own, which the other tests' widgets could not use.


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "dist" / "esn-desktop"
    (folder / "_internal").mkdir(parents=True)
    executable = folder / "esn-desktop"
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    return folder


def test_the_linux_archive_holds_the_bundle_and_what_a_desktop_needs(
    qapp: object, bundle: Path, tmp_path: Path
) -> None:
    version = build.project_version()
    archive = linux.package(bundle, version, tmp_path / "dist")
    assert archive.name == f"esn-desktop-{version}-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        prefix = f"esn-desktop-{version}-linux-x86_64"
        executable = tar.getmember(f"{prefix}/esn-desktop/esn-desktop")
        assert executable.mode & 0o111
        desktop = tar.extractfile(f"{prefix}/share/applications/esn-desktop.desktop")
        mime = tar.extractfile(f"{prefix}/share/mime/packages/esn-desktop.xml")
        assert desktop is not None and mime is not None
        desktop_text, mime_text = desktop.read().decode(), mime.read().decode()
    assert "Exec=esn-desktop %f" in desktop_text.splitlines()
    assert "MimeType=application/x-esn-workspace;" in desktop_text.splitlines()
    assert '<mime-type type="application/x-esn-workspace">' in mime_text
    assert '<glob pattern="*.esn"/>' in mime_text
    assert f"{prefix}/share/metainfo/io.github.esn_desktop.metainfo.xml" in names
    assert f"{prefix}/share/icons/hicolor/scalable/apps/esn-desktop.svg" in names
    for size in linux.PNG_SIZES:
        assert f"{prefix}/share/icons/hicolor/{size}x{size}/apps/esn-desktop.png" in names


def test_the_icons_are_drawn_from_the_svg_at_each_size(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    made = linux.render_icons(linux.HERE / "esn-desktop.svg", tmp_path)
    for size, png in zip(linux.PNG_SIZES, made, strict=True):
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255  # drawn, not left transparent


def test_a_release_missing_from_the_appstream_file_is_refused_in_one_line() -> None:
    with pytest.raises(linux.PackagingError) as refused:
        linux.check_metainfo(linux.HERE / f"{linux.APP_ID}.metainfo.xml", "99.0.0")
    assert str(refused.value) == (
        'io.github.esn_desktop.metainfo.xml has no <release version="99.0.0">: add this release'
    )


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli (Debian's appstream) missing")
def test_the_appstream_file_passes_appstreamcli(capsys: pytest.CaptureFixture[str]) -> None:
    linux.check_metainfo(linux.HERE / f"{linux.APP_ID}.metainfo.xml", build.project_version())
    assert capsys.readouterr().out == "appstream: io.github.esn_desktop.metainfo.xml valid\n"


def test_what_the_bundle_takes_along_is_there() -> None:
    arguments = build.pyinstaller_arguments(Path("dist"), Path("build"), Path("VERSION"))
    data = [arguments[i + 1] for i, arg in enumerate(arguments) if arg == "--add-data"]
    sources = [Path(item.split(":")[0]) for item in data]
    assert ROOT / "esn_desktop" / "store" / "migrations" in sources
    assert ROOT / "resources" in sources
    for source in sources[:1] + sources[2:]:  # the version stamp is written by the build
        assert source.is_dir(), source
    excluded = {arguments[i + 1] for i, arg in enumerate(arguments) if arg == "--exclude-module"}
    assert {"PySide6.QtQml", "PySide6.QtQuick"} <= excluded
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excluded


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) missing")
def test_the_smoke_test_tells_a_font_not_embedded(tmp_path: Path) -> None:
    pdf = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(pdf))
    canvas.setFont("Helvetica", 12)  # one of the 14 standard fonts: never embedded
    canvas.drawString(72, 720, "Plan d'action")
    canvas.save()
    assert smoke.pdf_fonts(pdf) == [("Helvetica", False)]


def test_the_smoke_test_without_a_bundle_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert smoke.main([str(tmp_path)]) == 1
    said = capsys.readouterr().err
    assert said == (
        f"smoke test: no bundle at {tmp_path / 'esn-desktop' / 'esn-desktop'}; run packaging/build.py first\n"
    )
