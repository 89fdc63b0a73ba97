"""The keychain: one entry per workspace, and any failure of it is "not available", never a crash."""

from __future__ import annotations

from pathlib import Path

import keyring.core
import pytest

from esn_desktop.services import keychain
from esn_desktop.services.workspaces import (
    create_company_workspace,
    is_encrypted,
    open_workspace,
    passphrase_opens,
    passphrase_refusal,
    unlock_file,
)
from tests.keyring_backend import BROKEN


def test_one_entry_per_workspace_by_its_resolved_path(keychain_kept, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert keychain.available()
    assert keychain.recall(Path("acme.esn")) is None
    assert keychain.remember(Path("acme.esn"), "correct horse")
    assert keychain_kept == {("esn-desktop", str(tmp_path.resolve() / "acme.esn")): "correct horse"}
    assert keychain.recall(tmp_path / "acme.esn") == "correct horse"
    assert keychain.recall(tmp_path / "other.esn") is None
    keychain.forget(tmp_path / "acme.esn")
    keychain.forget(tmp_path / "acme.esn")  # nothing left to forget: no error
    assert keychain.recall(tmp_path / "acme.esn") is None


@pytest.mark.parametrize(
    "backend", [BROKEN, "keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"]
)
def test_a_refusing_or_missing_keychain_is_not_available(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    path = tmp_path / "acme.esn"
    assert keychain.recall(path) is None
    assert not keychain.remember(path, "correct horse")
    keychain.forget(path)
    assert keychain.available() is (backend == BROKEN)  # a backend that refuses each call is still one


def test_an_encrypted_company_workspace_and_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "acme.esn"
    with create_company_workspace(path, company_name="ACME", passphrase="correct horse") as workspace:
        assert workspace.encrypted
        assert passphrase_opens(workspace, "correct horse")
        assert not passphrase_opens(workspace, "correct horsE")
    assert is_encrypted(path)
    secret = unlock_file(path, "correct horse")
    assert secret is not None and unlock_file(path, "wrong one!") is None
    with open_workspace(path, passphrase=secret) as workspace:  # the key derived once opens it
        assert workspace.encrypted
    with create_company_workspace(tmp_path / "plain.esn", company_name="Plain") as plain:
        assert not plain.encrypted
        assert not passphrase_opens(plain, "correct horse")
    assert [passphrase_refusal(p) for p in ("short", " leading space", "correct horse")] == [
        "too_short",
        "edge_space",
        None,
    ]
