"""The macOS app's Info.plist (the `.esn` document type) and the `.app` made around the bundle."""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.conftest import load

macos = load("macos")


def written(plist: dict[str, Any]) -> dict[str, Any]:
    """The plist as Finder reads it back: through plistlib's XML."""
    result: dict[str, Any] = plistlib.loads(plistlib.dumps(plist))
    return result


def test_the_app_says_its_version_and_draws_sharp_on_retina() -> None:
    plist = written(macos.info_plist("1.4.2"))
    assert plist["CFBundleShortVersionString"] == "1.4.2"
    assert plist["CFBundleVersion"] == "1.4.2"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleExecutable"] == "esn-desktop"
    assert plist["CFBundlePackageType"] == "APPL"
    assert plist["CFBundleIdentifier"] == "fr.esn-desktop"


def test_esn_files_are_a_type_the_app_exports_and_owns() -> None:
    plist = written(macos.info_plist("1.4.2"))
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] == "fr.esn-desktop.workspace"
    assert exported["UTTypeTagSpecification"] == {"public.filename-extension": ["esn"]}
    assert "public.data" in exported["UTTypeConformsTo"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == ["fr.esn-desktop.workspace"]
    assert document["LSHandlerRank"] == "Owner"
    assert document["CFBundleTypeRole"] == "Editor"
    assert "CFBundleIconFile" not in plist


def test_the_icon_pyinstaller_left_is_named_for_the_app_and_its_documents(tmp_path: Path) -> None:
    app = tmp_path / "esn-desktop.app"
    (app / "Contents" / "Resources").mkdir(parents=True)
    (app / "Contents" / "Resources" / "esn-desktop.icns").write_bytes(b"icns")
    with macos.write_info_plist(app, "2.0.0").open("rb") as file:
        plist = plistlib.load(file)
    assert plist["CFBundleIconFile"] == "esn-desktop.icns"
    assert plist["CFBundleDocumentTypes"][0]["CFBundleTypeIconFile"] == "esn-desktop.icns"
    assert plist["CFBundleShortVersionString"] == "2.0.0"


@pytest.mark.parametrize("version", ["", "v1.0", "1.0</string>", "1.0 beta"])
def test_a_malformed_version_is_refused_in_one_line(version: str) -> None:
    with pytest.raises(SystemExit) as refused:
        macos.info_plist(version)
    assert str(refused.value) == f"macos: version {version!r} is not like 1.2.3 (digits and dots first)"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A PyInstaller 6 onedir: the executable and its `_internal/` folder."""
    folder = tmp_path / "dist" / "esn-desktop"
    (folder / "_internal" / "PySide6" / "Qt" / "translations").mkdir(parents=True)
    (folder / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm").write_bytes(b"qm")
    (folder / "_internal" / "Python").write_bytes(b"dylib")
    (folder / "esn-desktop").write_bytes(b"\xcf\xfa\xed\xfe")
    return folder


def test_the_app_is_assembled_where_the_bootloader_looks(bundle: Path, tmp_path: Path) -> None:
    app = macos.assemble_app(bundle, tmp_path / "esn-desktop.app")
    contents = app / "Contents"
    assert (contents / "MacOS" / "esn-desktop").read_bytes() == b"\xcf\xfa\xed\xfe"
    assert (contents / "Frameworks" / "Python").read_bytes() == b"dylib"
    assert (contents / "Frameworks" / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm").is_file()
    assert (contents / "Resources").is_dir()
    assert not (contents / "MacOS" / "_internal").exists()


def test_without_hdiutil_the_dmg_is_refused_in_one_line(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(SystemExit) as refused:
        macos.package(bundle, "1.0.0", tmp_path / "out")
    assert str(refused.value) == "macos: hdiutil not found; the .dmg is made on macOS only"
    assert not (tmp_path / "out").exists()


def test_a_missing_bundle_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as refused:
        macos.package(tmp_path / "nowhere", "1.0.0", tmp_path / "out")
    assert (
        str(refused.value)
        == f"macos: {tmp_path / 'nowhere' / 'esn-desktop'} not found; build the bundle first"
    )


def make_dmg(bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`package` with stand-ins for macOS's tools: codesign logs its calls in `bin/codesign.log`;
    hdiutil keeps beside the .dmg its arguments, the app's Info.plist and where the link goes."""
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "codesign").write_text(
        '#!/bin/sh\nPATH=/usr/bin:/bin\necho "$@" >> "$(dirname "$0")/codesign.log"\n'
    )
    (tools / "hdiutil").write_text(
        "#!/bin/sh\nPATH=/usr/bin:/bin\n"
        'for last; do :; done\necho "$@" > "$last.args"\n'
        'src=$(echo "$@" | sed "s/.*-srcfolder \\([^ ]*\\) .*/\\1/")\n'
        'cp "$src/esn-desktop.app/Contents/Info.plist" "$last.plist"\n'
        'readlink "$src/Applications" > "$last.link"\n'
        'touch "$last"\n'
    )
    for tool in tools.iterdir():
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    return macos.package(bundle, "1.0.0", tmp_path / "out")


def test_the_dmg_holds_the_app_with_our_plist_and_a_link_to_applications(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dmg = make_dmg(bundle, tmp_path, monkeypatch)
    assert dmg.name.startswith("esn-desktop-1.0.0-macos-") and dmg.suffix == ".dmg"
    args = Path(f"{dmg}.args").read_text().split()
    assert args[:3] == ["create", "-volname", "esn-desktop"]
    assert args[args.index("-format") + 1] == "UDZO"
    assert plistlib.loads(Path(f"{dmg}.plist").read_bytes())["CFBundleShortVersionString"] == "1.0.0"
    assert Path(f"{dmg}.link").read_text().strip() == "/Applications"
    assert not (tmp_path / "out" / "dmg").exists()  # the staging folder is gone
    # The assembled app keeps the signatures PyInstaller gave its parts: codesign is not run.
    assert not (tmp_path / "bin" / "codesign.log").exists()


def test_pyinstallers_app_is_used_and_signed_again_after_its_new_plist(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = bundle.parent / "esn-desktop.app" / "Contents"
    (made / "MacOS").mkdir(parents=True)
    (made / "MacOS" / "esn-desktop").write_bytes(b"from pyinstaller")
    (made / "Resources").mkdir()
    (made / "Resources" / "esn-desktop.icns").write_bytes(b"icns")
    (made / "Info.plist").write_bytes(plistlib.dumps({"CFBundleShortVersionString": "0.0.0"}))
    dmg = make_dmg(bundle, tmp_path, monkeypatch)
    plist = plistlib.loads(Path(f"{dmg}.plist").read_bytes())
    assert plist["CFBundleShortVersionString"] == "1.0.0"
    assert plist["CFBundleIconFile"] == "esn-desktop.icns"
    (signed,) = (tmp_path / "bin" / "codesign.log").read_text().splitlines()
    assert signed.split()[:3] == ["--force", "--sign", "-"]
    assert signed.split()[-1].endswith("esn-desktop.app")
