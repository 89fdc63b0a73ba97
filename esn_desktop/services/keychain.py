"""The system's keychain (macOS Keychain, Windows Credential Manager, Secret Service), where a
person may keep an encrypted workspace's passphrase, or a team database's password, so that
opening it asks nothing (and no settings file ever holds either).

One entry per workspace: service "esn-desktop", user the workspace's resolved path, or, for a
team database, `postgresql://USER@HOST:PORT/DATABASE` (no password, no options). The
keychain is a convenience, never a requirement: a missing backend, a locked or refusing
keychain, any error of `keyring` or of what it talks to (D-Bus, the OS) means "not available"
here, and the window asks for the passphrase as if nothing were remembered. `keyring` is
imported on first use: starting the app loads none of it.
"""

from __future__ import annotations

from typing import Any

from esn_desktop.store.address import TeamDatabase, WorkspaceAddress

SERVICE = "esn-desktop"


def _user(address: WorkspaceAddress) -> str:
    if isinstance(address, TeamDatabase):
        # One entry per login and database however the URL is written (the default port or not,
        # its options): the window keeps it, the command line finds it.
        url = address.url
        host = (url.host or "localhost").lower()
        return f"postgresql://{url.username}@{host}:{url.port or 5432}/{url.database}"
    return str(address.expanduser().resolve())


def _backend() -> Any | None:
    """The keychain's backend, or None when there is none that keeps passwords."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # whatever breaks in a keychain, there is no keychain
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


def available() -> bool:
    """Whether a keychain can keep passphrases on this machine."""
    return _backend() is not None


def recall(path: WorkspaceAddress) -> str | None:
    """The passphrase (or password) remembered for the workspace at `path`; None when none is,
    or no keychain."""
    backend = _backend()
    if backend is None:
        return None
    try:
        found = backend.get_password(SERVICE, _user(path))
    except Exception:  # see the module's docstring
        return None
    return found if isinstance(found, str) and found else None


def remember(path: WorkspaceAddress, passphrase: str) -> bool:
    """Keeps `passphrase` for the workspace at `path`; False when the keychain would not."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _user(path), passphrase)
    except Exception:  # see the module's docstring
        return False
    return True


def forget(path: WorkspaceAddress) -> None:
    """Removes what is remembered for the workspace at `path` (nothing when nothing is)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _user(path))
    except Exception:  # nothing to forget, or no keychain: either way, forgotten here
        return
