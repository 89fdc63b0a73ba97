"""Encrypted workspaces in the store: the key, telling files apart, opening, upgrading, backing up."""

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from sqlalchemy import text

from esn_desktop.private_files import OutputExistsError, refuse_existing
from esn_desktop.store.backup import timestamped_backup
from esn_desktop.store.cipher import FileKey, sqlcipher
from esn_desktop.store.database import create_workspace, inspect_file, is_encrypted, open_workspace
from esn_desktop.store.errors import PassphraseNeededError, WorkspaceError, WrongPassphraseError
from esn_desktop.store.migrations_runner import SCHEMA_HEAD, downgrade

PASSPHRASE = "four words of salt"


def _encrypted(tmp_path: Path, name: str = "client.esn") -> Path:
    path = tmp_path / name
    with create_workspace(path, passphrase=PASSPHRASE) as workspace, workspace.session() as session:
        session.execute(
            text(
                "INSERT INTO accounts (name, name_key, referencing)"
                " VALUES ('Fonderie Marchal', 'fonderie marchal', 'not_referenced')"
            )
        )
    return path


def test_the_key_is_the_one_sqlcipher_derives_from_the_passphrase(tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    # Any SQLCipher 4 tool opens the file with the passphrase alone.
    connection = sqlcipher().connect(str(path))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert connection.execute("SELECT name FROM accounts").fetchall() == [("Fonderie Marchal",)]
    connection.close()
    key = FileKey.derive(PASSPHRASE, path.read_bytes()[:16])
    assert key.opens_with(PASSPHRASE) and not key.opens_with(PASSPHRASE + " ")
    assert PASSPHRASE not in repr(key) and key.key.hex() not in repr(key)


def test_an_encrypted_file_shows_neither_header_nor_names(tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Fonderie" not in data
    assert is_encrypted(path)


def test_opening_without_or_with_a_wrong_passphrase_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir()), path.read_bytes()
    with pytest.raises(PassphraseNeededError, match=r"^client\.esn is encrypted: give its passphrase$"):
        open_workspace(path)
    with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase for client\.esn$"):
        open_workspace(path, passphrase="not the right one")
    with pytest.raises(WrongPassphraseError):
        open_workspace(path, write=False, passphrase="not the right one")
    assert (sorted(p.name for p in tmp_path.iterdir()), path.read_bytes()) == before
    with open_workspace(path, passphrase=PASSPHRASE) as workspace:
        assert workspace.encrypted
        # A second, read-only opening in the same process shares the writer; a wrong passphrase
        # is refused there too.
        with pytest.raises(WrongPassphraseError):
            open_workspace(path, write=False, passphrase="not the right one")
        with open_workspace(path, write=False, passphrase=PASSPHRASE) as reader, reader.session() as session:
            assert session.execute(text("SELECT count(*) FROM accounts")).scalar() == 1


def test_a_weak_passphrase_makes_no_workspace(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="at least 8 characters"):
        create_workspace(tmp_path / "client.esn", passphrase="short")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"Raison sociale;Ville\n" * 512, "a text file of whole pages"),
        (b"%PDF-1.4\n" + bytes(4087), "a PDF"),
        (b"PK\x03\x04" + bytes(4092), "a workbook"),
        (bytes(range(256)) * 3, "bytes that are not whole pages"),
        (bytes(8192), "zeros, as a crash may leave a file"),
    ],
)
def test_a_file_that_is_not_a_database_is_never_taken_for_an_encrypted_one(
    tmp_path: Path, content: bytes, why: str
) -> None:
    path = tmp_path / "notes.esn"
    path.write_bytes(content)
    assert not is_encrypted(path), why
    with pytest.raises(WorkspaceError, match="is not an esn-desktop workspace"):
        inspect_file(path, "any passphrase")


def test_exports_never_overwrite_an_encrypted_workspace(tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    with pytest.raises(OutputExistsError, match="is a workspace or a backup"):
        refuse_existing(path, force=True)


def test_an_older_encrypted_workspace_is_backed_up_encrypted_then_upgraded(tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    with open_workspace(path, passphrase=PASSPHRASE) as workspace, workspace.engine.begin() as connection:
        downgrade(connection, "0006")
    assert inspect_file(path, PASSPHRASE).revision == "0006"
    with open_workspace(path, passphrase=PASSPHRASE) as workspace, workspace.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    (backup,) = (tmp_path / "client-backups").iterdir()
    assert is_encrypted(backup) and b"Fonderie" not in backup.read_bytes()
    assert inspect_file(backup, PASSPHRASE).revision == "0006"


def test_a_backup_is_encrypted_with_the_same_passphrase(tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    with open_workspace(path, passphrase=PASSPHRASE) as workspace:
        backup = timestamped_backup(path, "manual", key=workspace.key)
    assert is_encrypted(backup) and b"Fonderie" not in backup.read_bytes()
    with open_workspace(backup, write=False, passphrase=PASSPHRASE) as copy, copy.session() as session:
        assert session.execute(text("SELECT name FROM accounts")).scalar() == "Fonderie Marchal"


def test_a_check_then_an_opening_derive_the_key_once_and_closing_forgets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _encrypted(tmp_path)
    derivations: list[str] = []
    real = PBKDF2HMAC.derive

    def counted(kdf: PBKDF2HMAC, material: bytes) -> bytes:
        derivations.append(material.decode())
        return real(kdf, material)

    monkeypatch.setattr(PBKDF2HMAC, "derive", counted)
    inspect_file(path, PASSPHRASE)
    with open_workspace(path, passphrase=PASSPHRASE) as workspace:
        assert workspace.key is not None and workspace.key.opens_with(PASSPHRASE)
    assert len(derivations) == 1
    inspect_file(path, PASSPHRASE)  # closed: its key was forgotten, and is derived again
    assert len(derivations) == 2
