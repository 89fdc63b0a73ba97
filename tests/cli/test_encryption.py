"""Encrypted workspaces on the command line, as a script runs them: subprocesses, the passphrase
in ESN_PASSPHRASE, standard input not a terminal (issue 14, points 1, 2 and 8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from esn_desktop.store.cipher import FileKey
from esn_desktop.store.conversion import convert_file
from tests import forked_cli
from tests.conftest import SMALL_KPI, SMALL_WORKSPACE
from tests.services.test_encryption import NAMES, SQLITE_HEADER, readable

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse"
NEW_PASSPHRASE = "battery staple"
NOVEMBER = ("--from", "2026-11-01", "--to", "2026-11-30")
REMINDER = "keep the passphrase safe: if it is lost, w.esn and its backups cannot be recovered"


def esn(*args: str | Path, passphrase: str | None = None, new: str | None = None) -> tuple[int, str, str]:
    """`esn-desktop ARGS` in a process of its own, forked from one that imported the command line
    once (tests/forked_cli.py), with these passphrases in the environment (none else) and
    standard input not a terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("ESN_PASSPHRASE", "ESN_NEW_PASSPHRASE")}
    if passphrase is not None:
        env["ESN_PASSPHRASE"] = passphrase
    if new is not None:
        env["ESN_NEW_PASSPHRASE"] = new
    forked_cli.ready()
    code, out, err = forked_cli.run(list(map(str, args)), env)
    assert "Traceback" not in err
    return code, out, err


def kpi_json(path: Path, passphrase: str | None = None) -> dict[str, object]:
    code, out, err = esn("kpi", path, *NOVEMBER, "--json", passphrase=passphrase)
    assert code == 0, err
    report: dict[str, object] = json.loads(out)
    return report


def everything(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The example imported by the command line, plain and encrypted, once for this module."""
    folder = tmp_path_factory.mktemp("made")
    code, _, err = esn("import", folder / "plain.esn", SMALL_WORKSPACE, "--quiet")
    assert code == 0, err
    code, _, err = esn(
        "import", folder / "encrypted.esn", SMALL_WORKSPACE, "--quiet", "--encrypt", passphrase=PASSPHRASE
    )
    assert code == 0, err
    return {
        "plain": (folder / "plain.esn").read_bytes(),
        "encrypted": (folder / "encrypted.esn").read_bytes(),
    }


@pytest.fixture
def plain(tmp_path: Path, made: dict[str, bytes]) -> Path:
    path = tmp_path / "w.esn"
    path.write_bytes(made["plain"])
    return path


@pytest.fixture
def encrypted(tmp_path: Path, made: dict[str, bytes]) -> Path:
    path = tmp_path / "w.esn"
    path.write_bytes(made["encrypted"])
    return path


def test_encrypt_says_what_it_did_and_kpis_are_the_same(plain: Path) -> None:
    code, out, _ = esn("backup", plain)
    assert code == 0
    backup = Path(out.removeprefix("backed up to ").strip())
    plain_kpis = kpi_json(plain)

    code, out, err = esn("encrypt", plain, passphrase=PASSPHRASE)

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "encrypted w.esn (AES-256, SQLCipher 4)",
        f"backup {backup.name}: encrypted",
        REMINDER,
    ]
    assert readable(plain.read_bytes()) == [] and readable(backup.read_bytes()) == []
    assert kpi_json(plain, PASSPHRASE) == plain_kpis == json.loads(SMALL_KPI.read_text(encoding="utf-8"))
    assert kpi_json(backup, PASSPHRASE) == plain_kpis


_WRITER = """
import os, sys
from pathlib import Path
from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.store.database import open_workspace
with open_workspace(Path(sys.argv[1]), passphrase=os.environ.get("ESN_PASSPHRASE")) as workspace:
    save_account(workspace, AccountRecord(name="Mutuelle Horizon Sud", city="Lyon"))
    print("committed", flush=True)
    sys.stdin.readline()
"""


def test_the_log_of_an_encrypted_workspace_being_written_shows_no_name(encrypted: Path) -> None:
    wal = Path(f"{encrypted}-wal")
    with subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(encrypted)],
        env={**os.environ, "ESN_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as writer:
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline().strip() == "committed"
        logged = wal.read_bytes()
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.wait(timeout=60) == 0
    assert len(logged) > 4096  # the edit's pages are there, encrypted
    assert [name for name in (*NAMES, b"Mutuelle Horizon Sud", b"Lyon") if name in logged] == []
    assert readable(encrypted.read_bytes()) == []
    assert kpi_json(encrypted, PASSPHRASE)["revenue"] == 12040.0


def test_a_file_the_app_encrypted_opens_with_the_passphrase_in_sqlcipher_itself(encrypted: Path) -> None:
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(str(encrypted))
    try:
        connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
        names = [row[0] for row in connection.execute("SELECT name FROM accounts ORDER BY name")]
    finally:
        connection.close()
    assert names == ["Boulangeries Réunies", "Mutuelle Horizon", "Transports Lemaire"]


def test_backups_of_an_encrypted_workspace_are_encrypted(encrypted: Path, tmp_path: Path) -> None:
    code, out, err = esn("backup", encrypted, "-o", tmp_path / "copy.esn", passphrase=PASSPHRASE)
    assert (code, out, err) == (0, f"backed up to {tmp_path / 'copy.esn'}\n", "")
    copy = (tmp_path / "copy.esn").read_bytes()
    assert readable(copy) == [] and not copy.startswith(SQLITE_HEADER)
    assert kpi_json(tmp_path / "copy.esn", PASSPHRASE)["revenue"] == 12040.0


def _command(name: str, path: Path, folder: Path) -> list[str | Path]:
    return {
        "kpi": ["kpi", path, *NOVEMBER],
        "export": ["export", path, folder / "out.json"],
        "check": ["check", path],
        "backup": ["backup", path],
        "forget": ["forget", path, "--contact", "Sophie Marchand", "--account", "Mutuelle Horizon", "--yes"],
        "import": ["import", path, SMALL_WORKSPACE],
        "decrypt": ["decrypt", path],
        "passphrase": ["passphrase", path],
    }[name]


COMMANDS = ["kpi", "export", "check", "backup", "forget", "import", "decrypt", "passphrase"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_wrong_passphrase_is_one_line_and_writes_nothing(
    encrypted: Path, tmp_path: Path, command: str
) -> None:
    before = everything(tmp_path)
    code, out, err = esn(
        *_command(command, encrypted, tmp_path), passphrase="not the passphrase", new=NEW_PASSPHRASE
    )
    assert (code, out, err) == (1, "", "esn-desktop: wrong passphrase for w.esn\n")
    assert everything(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_no_passphrase_and_no_terminal_is_one_line_and_writes_nothing(
    encrypted: Path, tmp_path: Path, command: str
) -> None:
    before = everything(tmp_path)
    code, out, err = esn(*_command(command, encrypted, tmp_path))
    assert (code, out) == (1, "")
    assert (
        err
        == "esn-desktop: w.esn is encrypted: give its passphrase in ESN_PASSPHRASE, or run from a terminal\n"
    )
    assert everything(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_passphrase_of_bytes_that_are_not_utf8_is_one_line_and_writes_nothing(
    encrypted: Path, tmp_path: Path, command: str
) -> None:
    before = everything(tmp_path)
    not_utf8 = b"\xff\xfe".decode("utf-8", "surrogateescape")  # as Python shows such bytes
    code, out, err = esn(*_command(command, encrypted, tmp_path), passphrase=not_utf8, new=NEW_PASSPHRASE)
    assert (code, out) == (1, "")
    assert (
        err
        == "esn-desktop: ESN_PASSPHRASE is not UTF-8 text: set it to the passphrase as the window takes it\n"
    )
    assert everything(tmp_path) == before


def test_encrypt_refuses_an_encrypted_workspace_and_without_a_passphrase(
    encrypted: Path, plain_elsewhere: Path
) -> None:
    code, out, err = esn("encrypt", encrypted, passphrase="not the passphrase")
    assert (code, out) == (1, "")
    assert err == "esn-desktop: w.esn is already encrypted: 'esn-desktop passphrase' changes its passphrase\n"

    before = everything(plain_elsewhere.parent)
    code, out, err = esn("encrypt", plain_elsewhere)
    assert (code, out) == (1, "")
    assert err == (
        "esn-desktop: a passphrase is needed for p.esn: give it in ESN_PASSPHRASE, or run from a terminal\n"
    )
    code, out, err = esn("encrypt", plain_elsewhere, passphrase="short")
    assert (code, err) == (
        1,
        "esn-desktop: passphrase refused for p.esn: it needs at least 8 characters; nothing was written\n",
    )
    code, out, err = esn("decrypt", plain_elsewhere, passphrase=PASSPHRASE)
    assert (code, err) == (1, "esn-desktop: p.esn is not encrypted\n")
    assert everything(plain_elsewhere.parent) == before


@pytest.fixture
def plain_elsewhere(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "p.esn"
    code, _, err = esn("import", path, SMALL_WORKSPACE, "--quiet")
    assert code == 0, err
    return path


def test_encrypt_decrypt_and_rekey_round_trip_keeps_every_kpi(plain: Path, tmp_path: Path) -> None:
    expected = kpi_json(plain)
    assert esn("backup", plain)[0] == 0
    (backup,) = (tmp_path / "w-backups").iterdir()

    assert esn("encrypt", plain, passphrase=PASSPHRASE)[0] == 0
    code, out, err = esn("decrypt", plain, passphrase=PASSPHRASE)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "decrypted w.esn: it is a plain SQLite file again",
        f"backup {backup.name}: decrypted",
    ]
    assert plain.read_bytes().startswith(SQLITE_HEADER) and backup.read_bytes().startswith(SQLITE_HEADER)
    assert kpi_json(plain) == expected == kpi_json(backup)

    assert esn("encrypt", plain, passphrase=PASSPHRASE)[0] == 0
    code, out, err = esn("passphrase", plain, passphrase=PASSPHRASE, new=NEW_PASSPHRASE)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "changed the passphrase of w.esn (AES-256, SQLCipher 4)",
        f"backup {backup.name}: encrypted with the new passphrase",
        REMINDER,
    ]
    assert kpi_json(plain, NEW_PASSPHRASE) == expected == kpi_json(backup, NEW_PASSPHRASE)
    assert (
        esn("kpi", plain, *NOVEMBER, passphrase=PASSPHRASE)[2] == "esn-desktop: wrong passphrase for w.esn\n"
    )

    code, out, err = esn("decrypt", plain, "--delete-backups", passphrase=NEW_PASSPHRASE)
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == f"backup {backup.name}: deleted"
    assert kpi_json(plain) == expected
    # Nothing left beside: no partial copy, no log, no backup.
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == [
        "w-backups",
        "w.esn",
        "w.esn.lock",
    ]


def _without_index(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if not name.endswith("-shm")}


@pytest.mark.parametrize(
    ("kind", "commands"), [("plain", ("encrypt",)), ("encrypted", ("decrypt", "passphrase"))]
)
def test_a_workspace_open_for_writing_elsewhere_is_refused_unchanged(
    kind: str, commands: tuple[str, ...], request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(kind)
    with subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)],
        env={**os.environ, "ESN_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as writer:
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline().strip() == "committed"
        # Every file but SQLite's shared index, in which a reader marks what it reads.
        before = _without_index(everything(path.parent))
        for command in commands:
            code, out, err = esn(command, path, passphrase=PASSPHRASE, new=NEW_PASSPHRASE)
            assert (code, out) == (1, "")
            assert err.startswith("esn-desktop: w.esn is already open for writing by ")
            assert f"(process {writer.pid}, since " in err
            assert err.endswith("; close it there first\n") and len(err.splitlines()) == 1
            assert _without_index(everything(path.parent)) == before
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.wait(timeout=60) == 0
    assert kpi_json(path, PASSPHRASE if kind == "encrypted" else None)["revenue"] == 12040.0


def test_import_and_demo_encrypt_new_workspaces_only(encrypted: Path, tmp_path: Path) -> None:
    assert not encrypted.read_bytes().startswith(SQLITE_HEADER)
    code, out, err = esn(
        "demo",
        tmp_path / "demo.esn",
        "--prospects",
        "3",
        "--as-of",
        "2026-11-15",
        "--encrypt",
        passphrase=PASSPHRASE,
    )
    assert code == 0, err
    demo = (tmp_path / "demo.esn").read_bytes()
    assert not demo.startswith(SQLITE_HEADER)
    assert esn("check", tmp_path / "demo.esn", passphrase=PASSPHRASE)[0] == 0

    before = everything(tmp_path)
    code, out, err = esn("import", encrypted, SMALL_WORKSPACE, "--encrypt", passphrase=PASSPHRASE)
    assert (code, out) == (1, "")
    assert (
        err == "esn-desktop: --encrypt makes a new workspace and w.esn exists: "
        "'esn-desktop encrypt' encrypts it\n"
    )
    assert everything(tmp_path) == before


def test_a_file_of_the_backups_folder_that_cannot_be_converted_is_said_and_fails(plain: Path) -> None:
    notes = plain.with_name("w-backups") / "notes.txt"
    notes.parent.mkdir()
    notes.write_text("Mutuelle Horizon: rappeler")

    code, out, err = esn("encrypt", plain, passphrase=PASSPHRASE)

    assert code == 1
    assert out.splitlines() == [
        "encrypted w.esn (AES-256, SQLCipher 4)",
        "backup notes.txt: left as it was: it is not a workspace's backup",
        REMINDER,
    ]
    assert err == "esn-desktop: 1 of the backups could not be converted: see above\n"
    assert notes.read_text() == "Mutuelle Horizon: rappeler"


def test_encrypt_and_decrypt_finish_the_backups_an_interruption_left(plain: Path) -> None:
    backups = []
    for _ in range(2):
        code, out, _ = esn("backup", plain)
        backups.append(Path(out.removeprefix("backed up to ").strip()))
    first, second = sorted(backups)
    # Interrupted after the workspace and the first backup: the second is still plain.
    key = FileKey.new(PASSPHRASE)
    convert_file(plain, key_from=None, key_to=key)
    convert_file(first, key_from=None, key_to=key)
    assert second.read_bytes().startswith(SQLITE_HEADER)

    code, out, err = esn("encrypt", plain, passphrase=PASSPHRASE)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "w.esn is encrypted already; finishing its backups",
        f"backup {first.name}: left as it was: it is encrypted already",
        f"backup {second.name}: encrypted",
    ]
    assert readable(second.read_bytes()) == [] and kpi_json(second, PASSPHRASE) == kpi_json(plain, PASSPHRASE)

    code, out, err = esn("encrypt", plain, passphrase=PASSPHRASE)  # nothing left to finish
    assert (code, out) == (1, "") and "already encrypted" in err

    # Interrupted the other way: the workspace plain again, its backups still encrypted.
    convert_file(plain, key_from=key, key_to=None)
    code, out, err = esn("decrypt", plain, passphrase=PASSPHRASE)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "w.esn is plain already; finishing its backups",
        f"backup {first.name}: decrypted",
        f"backup {second.name}: decrypted",
    ]
    assert all(b.read_bytes().startswith(SQLITE_HEADER) for b in (first, second))


def test_a_file_written_out_of_an_encrypted_workspace_is_said_plain(
    encrypted: Path, made: dict[str, bytes]
) -> None:
    out = encrypted.parent / "out"
    out.mkdir()
    for command in (
        ("export", encrypted, out / "all.json"),
        ("review", encrypted, "--month", "2026-11", "--as-of", "2026-12-02", "-o", out / "review.pdf"),
        (
            "person",
            encrypted,
            "--contact",
            "Sophie Marchand",
            "--account",
            "Mutuelle Horizon",
            "-o",
            out / "p.json",
        ),
    ):
        code, _, err = esn(*command, passphrase=PASSPHRASE)
        assert (code, err) == (0, f"note: {command[-1]} is not encrypted: whoever holds it reads it\n")
    plain = encrypted.with_name("plain.esn")
    plain.write_bytes(made["plain"])
    code, _, err = esn("export", plain, out / "plain.json")
    assert (code, err) == (0, "")
