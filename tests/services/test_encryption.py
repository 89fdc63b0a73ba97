"""Encrypting, decrypting and re-keying a workspace and its backups in place (issue 14, point 1)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from esn_desktop.domain.calendar import Period
from esn_desktop.interchange.kpi_json import kpi_report_to_json
from esn_desktop.services.backups import scheduled_backup
from esn_desktop.services.encryption import (
    Done,
    change_passphrase,
    decrypt_workspace,
    encrypt_workspace,
)
from esn_desktop.services.kpis import compute_kpis
from esn_desktop.services.transfer import import_document
from esn_desktop.store.backup import backup_file, backups_dir_for, timestamped_backup
from esn_desktop.store.database import create_workspace, inspect_file, is_encrypted, open_workspace
from esn_desktop.store.errors import WorkspaceError, WorkspaceLockedError, WrongPassphraseError
from esn_desktop.store.migrations_runner import SCHEMA_HEAD, downgrade
from tests.conftest import SMALL_KPI, SMALL_WORKSPACE, leftover_partial, names_in

PASSPHRASE = "correct horse"
NEW_PASSPHRASE = "battery staple"
#: Names of the example's accounts, contacts and consultants, as SQLite stores them (UTF-8).
NAMES = tuple(
    name.encode()
    for name in (
        "Mutuelle Horizon",
        "Transports Lemaire",
        "Boulangeries Réunies",
        "Marchand",
        "Julien",
        "Lucas Moreau",
        "Inès Caron",
        "Théo Lambert",
    )
)
SQLITE_HEADER = b"SQLite format 3\x00"
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def plain_workspace(folder: Path, *, backups: int = 0) -> Path:
    path = folder / "acme.esn"
    with create_workspace(path) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
    for _ in range(backups):
        timestamped_backup(path, "manual")
    return path


def kpis(path: Path, passphrase: str | None = None) -> dict[str, object]:
    with open_workspace(path, write=False, passphrase=passphrase) as workspace:
        return kpi_report_to_json(compute_kpis(workspace, period=NOVEMBER))


def readable(data: bytes) -> list[bytes]:
    """What of a plain SQLite file can be read in `data`: its header, the example's names."""
    return [text for text in (SQLITE_HEADER, *NAMES) if text in data]


def everything(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_encrypting_rewrites_the_workspace_and_its_backups_under_one_passphrase(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path, backups=2)
    plain = kpis(path)
    assert readable(path.read_bytes()) == [SQLITE_HEADER, *NAMES]
    # A second name on the original file: it sees the very bytes the plain workspace leaves behind.
    os.link(path, tmp_path / "same-file")

    report = encrypt_workspace(path, passphrase=PASSPHRASE)

    assert report.workspace.done is Done.ENCRYPTED
    assert [b.done for b in report.backups] == [Done.ENCRYPTED, Done.ENCRYPTED]
    assert report.complete
    assert readable(path.read_bytes()) == []
    assert set((tmp_path / "same-file").read_bytes()) == {0}  # the plaintext overwritten
    assert kpis(path, PASSPHRASE) == plain == _expected()
    for backup in report.backups:
        assert readable(backup.path.read_bytes()) == []
        assert kpis(backup.path, PASSPHRASE) == plain  # the same passphrase opens them
    with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase for acme\.esn$"):
        inspect_file(path, "not the passphrase")
    # Nothing beside: no partial copy, no log, no plain backup.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "acme-backups",
        "acme.esn",
        "acme.esn.lock",
        "same-file",
    ]
    assert sorted(p.name for p in backups_dir_for(path).iterdir()) == sorted(
        b.path.name for b in report.backups
    )


def _expected() -> dict[str, object]:
    import json

    return json.loads(SMALL_KPI.read_text(encoding="utf-8"))


def test_backups_can_be_deleted_instead_the_plain_ones_overwritten_first(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path, backups=1)
    (backup,) = backups_dir_for(path).iterdir()
    os.link(backup, tmp_path / "same-backup")

    report = encrypt_workspace(path, passphrase=PASSPHRASE, backups="delete")

    assert [(b.path, b.done) for b in report.backups] == [(backup, Done.DELETED)]
    assert list(backups_dir_for(path).iterdir()) == []
    assert set((tmp_path / "same-backup").read_bytes()) == {0}
    assert kpis(path, PASSPHRASE)["revenue"] == 12040.0


def test_a_backup_another_passphrase_opens_is_left_and_said(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path)
    encrypt_workspace(path, passphrase="an older passphrase")
    older = backup_file(path, tmp_path / "elsewhere.esn", key=inspect_file(path, "an older passphrase").key)
    change_passphrase(path, passphrase="an older passphrase", new_passphrase=PASSPHRASE)
    # A backup made under the older passphrase, put back beside the re-keyed workspace.
    timestamped_backup(path, "manual", key=inspect_file(path, PASSPHRASE).key)
    kept = backups_dir_for(path) / "acme-older.esn"
    older_bytes = older.read_bytes()
    kept.write_bytes(older_bytes)

    (made,) = (p.name for p in backups_dir_for(path).iterdir() if p != kept)

    for backups, done in (("convert", Done.REKEYED), ("delete", Done.DELETED)):
        report = change_passphrase(
            path, passphrase=PASSPHRASE, new_passphrase=NEW_PASSPHRASE, backups=backups
        )
        said = {b.path.name: b.done for b in report.backups}
        assert said == {"acme-older.esn": Done.OTHER_PASSPHRASE, made: done}
        assert kept.read_bytes() == older_bytes
        assert report.complete
        change_passphrase(path, passphrase=NEW_PASSPHRASE, new_passphrase=PASSPHRASE)
    assert kpis(kept, "an older passphrase")["revenue"] == 12040.0


def test_decrypting_then_rekeying_keeps_every_kpi(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path, backups=1)
    plain = kpis(path)
    encrypt_workspace(path, passphrase=PASSPHRASE)
    with open_workspace(path, passphrase=PASSPHRASE) as workspace:
        scheduled = scheduled_backup(workspace)
    assert readable(scheduled.read_bytes()) == []
    assert kpis(scheduled, PASSPHRASE) == plain

    report = decrypt_workspace(path, passphrase=PASSPHRASE)
    assert report.workspace.done is Done.DECRYPTED and not is_encrypted(path)
    assert [b.done for b in report.backups] == [Done.DECRYPTED, Done.DECRYPTED]
    assert kpis(path) == plain and kpis(scheduled) == plain

    encrypt_workspace(path, passphrase=PASSPHRASE)
    report = change_passphrase(path, passphrase=PASSPHRASE, new_passphrase=NEW_PASSPHRASE)
    assert report.workspace.done is Done.REKEYED
    assert [b.done for b in report.backups] == [Done.REKEYED, Done.REKEYED]
    for file in (path, *(b.path for b in report.backups)):
        assert kpis(file, NEW_PASSPHRASE) == plain
        with pytest.raises(WrongPassphraseError):
            inspect_file(file, PASSPHRASE)


def test_decrypting_leaves_a_plain_backup_and_rekeying_encrypts_it(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path)
    plain_copy = backup_file(path, tmp_path / "plain-copy.esn").read_bytes()
    encrypt_workspace(path, passphrase=PASSPHRASE)
    # A plain backup beside the encrypted workspace, as one put back by hand would be.
    plain_backup = backups_dir_for(path) / "acme-plain.esn"
    plain_backup.parent.mkdir()
    plain_backup.write_bytes(plain_copy)

    report = decrypt_workspace(path, passphrase=PASSPHRASE, backups="delete")
    assert [(b.path, b.done) for b in report.backups] == [(plain_backup, Done.ALREADY_PLAIN)]
    assert plain_backup.read_bytes() == plain_copy

    encrypt_workspace(path, passphrase=PASSPHRASE, backups="delete")
    plain_backup.write_bytes(plain_copy)
    report = change_passphrase(path, passphrase=PASSPHRASE, new_passphrase=NEW_PASSPHRASE)
    assert [(b.path, b.done) for b in report.backups] == [(plain_backup, Done.ENCRYPTED)]
    assert readable(plain_backup.read_bytes()) == []
    assert kpis(plain_backup, NEW_PASSPHRASE)["revenue"] == 12040.0


def test_what_is_not_a_backup_is_left_and_the_report_is_not_complete(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path, backups=1)
    notes = backups_dir_for(path) / "notes.txt"
    notes.write_text("Mutuelle Horizon: rappeler")

    report = encrypt_workspace(path, passphrase=PASSPHRASE)

    assert report.backups[-1].path == notes
    assert (report.backups[-1].done, report.backups[-1].why) == (
        Done.NOT_CONVERTED,
        "it is not a workspace's backup",
    )
    assert not report.complete
    assert notes.read_text() == "Mutuelle Horizon: rappeler"
    assert report.backups[0].done is Done.ENCRYPTED


@pytest.mark.parametrize(
    ("encrypted", "action", "message"),
    [
        (True, "encrypt", "acme.esn is already encrypted: 'esn-desktop passphrase' changes its passphrase"),
        (False, "decrypt", "acme.esn is not encrypted"),
        (False, "rekey", "acme.esn is not encrypted"),
        (True, "decrypt-wrong", "wrong passphrase for acme.esn"),
        (True, "rekey-wrong", "wrong passphrase for acme.esn"),
        (
            True,
            "rekey-weak",
            "passphrase refused for acme.esn: it needs at least 8 characters; nothing was written",
        ),
        (
            False,
            "encrypt-weak",
            "passphrase refused for acme.esn: it needs at least 8 characters; nothing was written",
        ),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    tmp_path: Path, encrypted: bool, action: str, message: str
) -> None:
    path = plain_workspace(tmp_path, backups=1)
    if encrypted:
        encrypt_workspace(path, passphrase=PASSPHRASE)
    before = everything(tmp_path)
    calls = {
        "encrypt": lambda: encrypt_workspace(path, passphrase=PASSPHRASE),
        "encrypt-weak": lambda: encrypt_workspace(path, passphrase="short"),
        "decrypt": lambda: decrypt_workspace(path, passphrase=PASSPHRASE),
        "decrypt-wrong": lambda: decrypt_workspace(path, passphrase="not the passphrase"),
        "rekey": lambda: change_passphrase(path, passphrase=PASSPHRASE, new_passphrase=NEW_PASSPHRASE),
        "rekey-wrong": lambda: change_passphrase(
            path, passphrase="not the passphrase", new_passphrase=NEW_PASSPHRASE
        ),
        "rekey-weak": lambda: change_passphrase(path, passphrase=PASSPHRASE, new_passphrase="short"),
    }
    with pytest.raises(WorkspaceError) as refused:
        calls[action]()
    assert str(refused.value) == message
    assert everything(tmp_path) == before


def test_a_workspace_open_for_writing_is_refused_with_the_locks_words(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path)
    with open_workspace(path) as _writer:
        before = everything(tmp_path)
        with pytest.raises(
            WorkspaceLockedError, match=r"^acme\.esn is already open for writing in this window$"
        ):
            encrypt_workspace(path, passphrase=PASSPHRASE)
        assert everything(tmp_path) == before
    assert not is_encrypted(path)


def test_an_older_workspace_is_upgraded_then_encrypted_with_its_copy_from_before(tmp_path: Path) -> None:
    path = tmp_path / "ancien.esn"
    with create_workspace(path) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
        with workspace.engine.begin() as connection:
            downgrade(connection, "0006")

    report = encrypt_workspace(path, passphrase=PASSPHRASE)

    assert inspect_file(path, PASSPHRASE).revision == SCHEMA_HEAD
    (before_upgrade,) = report.backups
    assert before_upgrade.path.name.endswith(f"-before-schema-{SCHEMA_HEAD}.esn")
    assert before_upgrade.done is Done.ENCRYPTED
    assert readable(before_upgrade.path.read_bytes()) == []
    assert inspect_file(before_upgrade.path, PASSPHRASE).revision == "0006"


def test_what_a_killed_conversion_left_is_swept_and_never_taken_for_a_backup(
    tmp_path: Path, dead_pid: int
) -> None:
    path = plain_workspace(tmp_path, backups=1)
    (backup,) = backups_dir_for(path).iterdir()
    beside = leftover_partial(path, dead_pid)
    in_backups = leftover_partial(backup, dead_pid)
    Path(f"{in_backups}-wal").write_bytes(b"\0" * 512)

    report = encrypt_workspace(path, passphrase=PASSPHRASE)

    assert [(b.path, b.done) for b in report.backups] == [(backup, Done.ENCRYPTED)]
    assert not beside.exists() and not in_backups.exists() and not Path(f"{in_backups}-wal").exists()
    assert names_in(tmp_path) == ["acme-backups", "acme.esn", "acme.esn.lock"]
    assert names_in(backups_dir_for(path)) == [backup.name]
