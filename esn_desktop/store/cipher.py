"""Encrypted workspaces: which files are, the key that opens one, and connecting to a file.

An encrypted workspace is a SQLCipher 4 database (AES-256, every page authenticated): its first
16 bytes are the random salt, not SQLite's plain header. Its key is derived from the passphrase
exactly as SQLCipher derives it (PBKDF2-HMAC-SHA512, 256,000 rounds, the file's salt), once per
opening, and each connection is handed the raw key with that salt: SQLCipher would otherwise
spend ~0.2 s deriving it again for every connection the pool or a background read opens. The
file still opens with the passphrase in any SQLCipher 4 tool. A workspace's backups are
written with the same key and salt, so the same passphrase opens them.

Every connection this app makes to a workspace or a backup goes through `connect`: an
encrypted file is only ever opened through SQLCipher, a plain one through `sqlite3`, never
both on one file in one process (their locks would not see each other).
"""

from __future__ import annotations

import hmac
import secrets
import sqlite3
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from esn_desktop.store.errors import WorkspaceError

#: SQLCipher 4's defaults, which a passphrase given to `PRAGMA key` is derived with.
KDF_ROUNDS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
#: Shortest passphrase a new or re-keyed workspace accepts.
MIN_PASSPHRASE = 8


@dataclass(frozen=True, slots=True)
class FileKey:
    """The key and salt that open an encrypted file; never printed."""

    key: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> FileKey:
        return cls(_derived(passphrase, salt), salt)

    @classmethod
    def new(cls, passphrase: str) -> FileKey:
        """A key for a new file, with a salt of its own."""
        return cls.derive(passphrase, secrets.token_bytes(SALT_BYTES))

    def opens_with(self, passphrase: str) -> bool:
        """Whether `passphrase` is the one this key was derived from (constant time)."""
        return hmac.compare_digest(FileKey.derive(passphrase, self.salt).key, self.key)

    @property
    def pragma(self) -> str:
        # The raw-key form with its salt: no derivation in SQLCipher, and a new file takes this salt.
        return f"PRAGMA key = \"x'{self.key.hex()}{self.salt.hex()}'\""


#: What opens an encrypted file: its passphrase, or the key derived from it for that file.
Secret = str | FileKey


#: Why a new passphrase is refused, by reason: the command line's words; the window words each
#: reason in its own language.
PASSPHRASE_PROBLEMS = {
    "too_short": f"it needs at least {MIN_PASSPHRASE} characters",
    "edge_space": "it cannot begin or end with a space",
}


@lru_cache(maxsize=8)
def _derived(passphrase: str, salt: bytes) -> bytes:
    # A fifth of a second each: an opening checks, then opens; a command converts a workspace,
    # then its backups of the same salt. Kept while a workspace is open (its key is, anyway).
    # cryptography's PBKDF2 (its own OpenSSL) takes 0.17 s here where hashlib's takes 0.21-0.33 s.
    from cryptography.hazmat.primitives.hashes import SHA512
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    return PBKDF2HMAC(SHA512(), KEY_BYTES, salt, KDF_ROUNDS).derive(passphrase.encode("utf-8"))


def forget_derived_keys() -> None:
    """Drops the keys derived so far: a closed workspace's key stays nowhere in the process."""
    _derived.cache_clear()


def passphrase_refusal(passphrase: str) -> str | None:
    """The reason a new passphrase is refused (a key of PASSPHRASE_PROBLEMS); None when it is fine."""
    if len(passphrase) < MIN_PASSPHRASE:
        return "too_short"
    if passphrase != passphrase.strip():
        return "edge_space"
    return None


def refuse_weak(passphrase: str, name: str) -> None:
    """Refuses, in one line, a new passphrase for the file `name` that breaks the rule."""
    reason = passphrase_refusal(passphrase)
    if reason is not None:
        raise WorkspaceError(
            f"passphrase refused for {name}: {PASSPHRASE_PROBLEMS[reason]}; nothing was written",
            "weak_passphrase",
            file=name,
        )


@cache
def sqlcipher() -> ModuleType:
    """The SQLCipher DB-API module, imported on first use: plain workspaces never load it."""
    from sqlcipher3 import dbapi2

    # A wrong key makes SQLCipher log to stderr; the app says it in its own words.
    probe = dbapi2.connect(":memory:")
    probe.execute("PRAGMA cipher_log_level = NONE")
    probe.close()
    return dbapi2


def driver(key: FileKey | None) -> ModuleType:
    """The DB-API module a file with this key is opened through."""
    return sqlite3 if key is None else sqlcipher()


def database_errors(key: FileKey | None) -> tuple[type[Exception], ...]:
    """The errors a connection made by `connect` raises when the database refuses."""
    return (sqlite3.DatabaseError,) if key is None else (sqlite3.DatabaseError, sqlcipher().DatabaseError)


def connect(database: str | Path, key: FileKey | None, **options: Any) -> sqlite3.Connection:
    """A DB-API connection on `database` (a path, or a URI with `uri=True`), keyed when `key`
    is given. SQLCipher's connection has `sqlite3.Connection`'s interface; it is typed as one."""
    if key is None:
        return sqlite3.connect(database, **options)
    connection = sqlcipher().connect(str(database), **options)
    connection.execute(key.pragma)
    return cast(sqlite3.Connection, connection)


def is_wrong_key(error: Exception) -> bool:
    """Whether a keyed connection's first read failed for the key (or the file is not SQLCipher's)."""
    return "file is not a database" in str(error)
