"""Where the command line finds an encrypted workspace's passphrase.

Scripts give it in `ESN_PASSPHRASE`; a person types it at the terminal. It is never an
argument: arguments show in the shell's history and in every user's process list. Without
either, the command is refused in one line before anything is read or written.
"""

from __future__ import annotations

import os
import sys
from getpass import getpass
from pathlib import Path

from esn_desktop.domain.errors import EsnError

PASSPHRASE_ENV = "ESN_PASSPHRASE"
#: The new passphrase of `esn-desktop passphrase` when a script changes it.
NEW_PASSPHRASE_ENV = "ESN_NEW_PASSPHRASE"
ENCRYPT_HELP = f"encrypt the new workspace (its passphrase from {PASSPHRASE_ENV}, or typed twice)"


def at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def passphrase_for(path: Path) -> str | None:
    """The passphrase of the workspace at `path`; None when it is not encrypted."""
    from esn_desktop.store.database import is_encrypted

    return asked_passphrase(path.name) if is_encrypted(path) else None


def asked_passphrase(name: str) -> str:
    """The passphrase of the encrypted file `name`, from ESN_PASSPHRASE or the terminal."""
    given = _from_environment(PASSPHRASE_ENV)
    if given is not None:
        return given
    if at_terminal():
        return typed(f"Passphrase for {name}: ")
    raise EsnError(f"{name} is encrypted: give its passphrase in {PASSPHRASE_ENV}, or run from a terminal")


def new_passphrase(name: str, *, env: str = PASSPHRASE_ENV) -> str:
    """A passphrase for a workspace being encrypted: from `env`, else typed twice at the terminal
    (a refused one said before it is typed again)."""
    given = _from_environment(env)
    if given is None:
        if not at_terminal():
            raise EsnError(f"a passphrase is needed for {name}: give it in {env}, or run from a terminal")
        given = _refused(name, typed(f"New passphrase for {name}: "))
        if typed("The same passphrase again: ") != given:
            raise EsnError("the two passphrases differ; nothing was written")
    return _refused(name, given)


def _from_environment(env: str) -> str | None:
    """The passphrase in the variable `env`; None when unset or empty. Bytes that are not UTF-8
    (Python keeps them as surrogates) are refused: a passphrase is text, which the window types
    and derives its key from as UTF-8."""
    given = os.environ.get(env) or None
    if given is not None and not _is_text(given):
        raise EsnError(f"{env} is not UTF-8 text: set it to the passphrase as the window takes it")
    return given


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _refused(name: str, passphrase: str) -> str:
    from esn_desktop.store.cipher import refuse_weak

    refuse_weak(passphrase, name)
    return passphrase


def typed(prompt: str) -> str:
    try:
        passphrase = getpass(prompt)
    except (KeyboardInterrupt, EOFError):
        print(file=sys.stderr)  # the prompt's line ended: the refusal gets a line of its own
        raise KeyboardInterrupt from None
    if not _is_text(passphrase):  # a terminal whose encoding is not the locale's
        raise EsnError("the passphrase typed is not UTF-8 text: check the terminal's encoding")
    return passphrase


def lost_passphrase_warning(name: str) -> str:
    return f"keep the passphrase safe: if it is lost, {name} and its backups cannot be recovered"
