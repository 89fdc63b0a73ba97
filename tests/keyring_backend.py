"""Keychains for the tests, chosen with PYTHON_KEYRING_BACKEND (tests/conftest.py): the real
user's keychain is never touched.

`MemoryKeyring` keeps passwords in this process; `BrokenKeyring` refuses everything, as a locked
Secret Service or a D-Bus gone away does.
"""

from __future__ import annotations

from typing import ClassVar

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

MEMORY = "tests.keyring_backend.MemoryKeyring"
BROKEN = "tests.keyring_backend.BrokenKeyring"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    kept: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keychain is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keychain is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the keychain is locked")
