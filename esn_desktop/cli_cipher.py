"""`esn-desktop encrypt`, `decrypt` and `passphrase`: a workspace and its backups encrypted,
made plain again, or re-keyed in place (docs/confidentiality.md).

Passphrases are never arguments: the current one comes from ESN_PASSPHRASE or the terminal, a
new one from ESN_PASSPHRASE (`encrypt`) or ESN_NEW_PASSPHRASE (`passphrase`), or typed twice.
Each command says what became of the workspace, then of each backup, one a line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from esn_desktop.cli_workspace import file_only, workspace_argument

if TYPE_CHECKING:
    from esn_desktop.services.encryption import Backups, ConversionReport, FileOutcome

_CIPHER = "AES-256, SQLCipher 4"


def add_cipher_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, help_text in (
        ("encrypt", "encrypt a workspace and its backups in place (passphrase from ESN_PASSPHRASE)"),
        ("decrypt", "make an encrypted workspace and its backups plain again"),
        ("passphrase", "change an encrypted workspace's passphrase (the new one from ESN_NEW_PASSPHRASE)"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("workspace", type=workspace_argument)
        command.add_argument(
            "--delete-backups",
            action="store_true",
            help="delete its backups instead of converting them",
        )


def run_encrypt(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_passphrase import lost_passphrase_warning, new_passphrase
    from esn_desktop.services.encryption import encrypt_workspace, workspace_in_state

    args.workspace = file_only(args.workspace, f"'esn-desktop {args.command}'")
    finished = _finish(args, out, err, encrypted=True)
    if finished is not None:
        return finished
    path = workspace_in_state(args.workspace, encrypted=False)  # said before a passphrase is asked for
    report = encrypt_workspace(path, passphrase=new_passphrase(path.name), backups=_backups(args))
    print(f"encrypted {path.name} ({_CIPHER})", file=out)
    code = _print_backups(report, out, err)
    print(lost_passphrase_warning(path.name), file=out)
    return code


def run_decrypt(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_passphrase import passphrase_for
    from esn_desktop.services.encryption import decrypt_workspace, workspace_in_state

    args.workspace = file_only(args.workspace, f"'esn-desktop {args.command}'")
    finished = _finish(args, out, err, encrypted=False)
    if finished is not None:
        return finished
    path = workspace_in_state(args.workspace, encrypted=True)
    passphrase = passphrase_for(path)
    assert passphrase is not None  # it is encrypted
    report = decrypt_workspace(path, passphrase=passphrase, backups=_backups(args))
    print(f"decrypted {path.name}: it is a plain SQLite file again", file=out)
    _forget_remembered(path)
    return _print_backups(report, out, err)


def run_passphrase(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_passphrase import (
        NEW_PASSPHRASE_ENV,
        lost_passphrase_warning,
        new_passphrase,
        passphrase_for,
    )
    from esn_desktop.services.encryption import change_passphrase, workspace_in_state
    from esn_desktop.store.database import inspect_file

    args.workspace = file_only(args.workspace, f"'esn-desktop {args.command}'")
    path = workspace_in_state(args.workspace, encrypted=True)
    passphrase = passphrase_for(path)
    assert passphrase is not None  # it is encrypted
    inspect_file(path, passphrase)  # a wrong one is refused before the new one is asked for
    new = new_passphrase(path.name, env=NEW_PASSPHRASE_ENV)
    report = change_passphrase(path, passphrase=passphrase, new_passphrase=new, backups=_backups(args))
    print(f"changed the passphrase of {path.name} ({_CIPHER})", file=out)
    _forget_remembered(path)
    code = _print_backups(report, out, err)
    print(lost_passphrase_warning(path.name), file=out)
    return code


def _finish(args: argparse.Namespace, out: TextIO, err: TextIO, *, encrypted: bool) -> int | None:
    """After an `encrypt` (or `decrypt`) interrupted between the workspace and its backups, the
    same command finishes the backups; None when there is nothing to finish."""
    from esn_desktop.cli_passphrase import asked_passphrase
    from esn_desktop.services.encryption import finish, left_behind
    from esn_desktop.store.database import is_encrypted

    path = args.workspace.expanduser().resolve()
    if is_encrypted(path) != encrypted or not left_behind(path, encrypted=encrypted):
        return None
    report = finish(path, passphrase=asked_passphrase(path.name), encrypted=encrypted, backups=_backups(args))
    state = "encrypted" if encrypted else "plain"
    print(f"{path.name} is {state} already; finishing its backups", file=out)
    return _print_backups(report, out, err)


def _forget_remembered(path: Path) -> None:
    """The window's keychain no longer holds a passphrase that opens nothing."""
    from esn_desktop.services import keychain

    keychain.forget(path)


def _backups(args: argparse.Namespace) -> Backups:
    return "delete" if args.delete_backups else "convert"


def _print_backups(report: ConversionReport, out: TextIO, err: TextIO) -> int:
    for backup in report.backups:
        print(f"backup {backup.path.name}: {_said(backup)}", file=out)
    if report.complete:
        return 0
    from esn_desktop.services.encryption import Done

    left = sum(1 for backup in report.backups if backup.done is Done.NOT_CONVERTED)
    print(f"esn-desktop: {left} of the backups could not be converted: see above", file=err)
    return 1


def _said(outcome: FileOutcome) -> str:
    from esn_desktop.services.encryption import Done

    return {
        Done.ENCRYPTED: "encrypted",
        Done.DECRYPTED: "decrypted",
        Done.REKEYED: "encrypted with the new passphrase",
        Done.DELETED: "deleted",
        Done.OTHER_PASSPHRASE: "left as it was: another passphrase opens it",
        Done.ALREADY_PLAIN: "left as it was: it is plain already",
        Done.ALREADY_ENCRYPTED: "left as it was: it is encrypted already",
        Done.NOT_CONVERTED: f"left as it was: {outcome.why}",
    }[outcome.done]
