from pathlib import Path

import pytest

from esn_desktop.store import location
from esn_desktop.store.location import storage_risk


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive", "OneDrive - Exemple SAS", "iCloud Drive"])
def test_synced_folders_are_flagged(tmp_path: Path, folder: str) -> None:
    risk = storage_risk(tmp_path / folder / "clients" / "acme.esn")
    assert risk is not None and "synchronises" in risk


def test_network_share_is_flagged(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(location, "_file_system_of", lambda _path: "cifs")
    assert "network share (cifs)" in (storage_risk(tmp_path / "acme.esn") or "")


def test_local_disk_is_fine(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(location, "_file_system_of", lambda _path: "ext4")
    assert storage_risk(tmp_path / "acme.esn") is None
