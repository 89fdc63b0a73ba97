"""`esn-desktop --version`: from the package's metadata, or in a bundle from the file the build wrote."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from esn_desktop import resources
from esn_desktop.cli import main


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"esn-desktop {metadata.version('esn-desktop')}\n"


def _no_metadata(_name: str) -> str:
    raise metadata.PackageNotFoundError("esn-desktop")


def test_a_bundle_without_metadata_reads_the_version_the_build_wrote(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "esn_desktop" / "resources").mkdir(parents=True)
    (bundle / "esn_desktop" / "resources" / resources.VERSION_FILE).write_text("9.8.7\n", encoding="utf-8")
    monkeypatch.setattr(metadata, "version", _no_metadata)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)
    assert resources.resources_dir() == bundle / "esn_desktop" / "resources"
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == "esn-desktop 9.8.7\n"


def test_without_metadata_nor_stamp_the_version_is_unknown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(metadata, "version", _no_metadata)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.app_version() == "unknown"


def test_from_a_checkout_the_resources_are_the_repository_s() -> None:
    assert (resources.resources_dir() / "translations" / "esn_desktop_fr.qm").is_file()


def test_a_workspace_given_alone_opens_in_the_window_as_a_double_click_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path | None] = []
    monkeypatch.setattr("esn_desktop.cli._start_gui", lambda path: opened.append(path) or 0)
    workspace = tmp_path / "Client A.ESN"
    assert main([str(workspace)]) == 0
    assert opened == [workspace]
    with pytest.raises(SystemExit):  # anything else alone is still refused by the parser
        main([str(tmp_path / "notes.txt")])
