"""An encrypted workspace created, reopened and locked in the real window (encrypted.py)."""

from __future__ import annotations

from pathlib import Path

from esn_desktop.services.workspaces import is_encrypted
from tests.journeys.conftest import Player


def test_create_reopen_remember_and_lock_an_encrypted_workspace(journey: Player, tmp_path: Path) -> None:
    path = tmp_path / "acme.esn"
    played = journey(
        "tests.journeys.encrypted:encrypted",
        path=str(path),
        company="ACME Conseil",
        passphrase="cheval rapide 42",
    )
    assert is_encrypted(path)
    shots = sorted(p.name for p in played.shots.glob("*.png"))
    assert any(name.endswith("-passphrase.png") for name in shots)
    assert any(name.endswith("-locked.png") for name in shots)
