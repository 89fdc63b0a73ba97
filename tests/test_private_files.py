"""Private files written whole: modes under a permissive umask, failures, links and leftovers."""

from __future__ import annotations

import errno
import io
import os
import time
from pathlib import Path

import pytest

from esn_desktop.domain.errors import EsnError
from esn_desktop.private_files import (
    OutputExistsError,
    partial_path,
    private_folder,
    private_output,
    sweep_partials,
)
from tests.conftest import leftover_partial, mode, names_in


def test_a_file_and_the_folders_created_for_it_are_private(tmp_path: Path, umask_022: None) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    folder = private_folder(shared / "a" / "b")
    with private_output(folder / "out.txt") as partial:
        partial.write_text("salaires")
    assert (folder / "out.txt").read_text() == "salaires"
    assert mode(folder / "out.txt") == 0o600
    assert mode(shared / "a") == mode(folder) == 0o700
    assert mode(shared) == 0o755  # a folder already there is the user's: left as it was
    assert names_in(folder) == ["out.txt"]


def test_a_failing_writer_leaves_the_target_as_it_was_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("before")

    class WriterFailed(Exception):
        pass

    with pytest.raises(WriterFailed), private_output(target, force=True) as partial:
        partial.write_text("half")
        raise WriterFailed
    assert target.read_text() == "before"
    assert names_in(tmp_path) == ["out.txt"]


def test_an_existing_target_is_refused_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("before")
    refused = pytest.raises(OutputExistsError, match=r"out\.txt already exists; --force replaces it$")
    with refused, private_output(target):
        raise AssertionError("nothing is written over an existing file")
    with private_output(target, force=True) as partial:
        partial.write_text("after")
    assert target.read_text() == "after"
    assert names_in(tmp_path) == ["out.txt"]


@pytest.mark.parametrize("copy", ["the workspace", "a copy never opened", "its backup"])
def test_a_database_is_never_replaced_even_when_forced(tmp_path: Path, copy: str) -> None:
    """A workspace copied from elsewhere, or a backup, has no lock file beside it: the file's
    own header says what it is."""
    from esn_desktop.cli import main
    from esn_desktop.store.backup import backup_file
    from esn_desktop.store.database import create_workspace

    workspace = tmp_path / "client.esn"
    create_workspace(workspace).close()
    target = {
        "the workspace": workspace,
        "a copy never opened": backup_file(workspace, tmp_path / "mailed" / "client.esn"),
        "its backup": backup_file(workspace, tmp_path / "client-backups" / "client-scheduled.esn"),
    }[copy]
    before = target.read_bytes()
    err = io.StringIO()
    review = ["review", str(workspace), "--month", "2026-11", "-o", str(target), "--force"]
    assert main(review, out=io.StringIO(), err=err) == 1
    assert err.getvalue() == f"esn-desktop: {target} is a workspace or a backup of one; choose another name\n"
    assert target.read_bytes() == before


def test_a_failure_names_the_file_asked_for_not_the_partial_one(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(EsnError) as refused, private_output(target, force=True) as partial:
        partial.write_bytes(b"%PDF")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(partial))
    assert str(refused.value) == f"cannot write {target}: No space left on device"
    assert names_in(tmp_path) == []


def test_a_folder_that_cannot_be_written_is_named_not_the_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(EsnError) as refused, private_output(target) as partial:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(partial))
    assert str(refused.value) == f"cannot write {target}: {tmp_path} cannot be written to (Permission denied)"
    assert ".part" not in str(refused.value)
    assert names_in(tmp_path) == []


def test_a_link_planted_at_the_target_is_refused_never_followed_nor_replaced(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not yours")
    target = tmp_path / "out.txt"
    target.symlink_to(elsewhere)
    for force in (False, True):
        with pytest.raises(OutputExistsError) as refused, private_output(target, force=force):
            raise AssertionError("nothing is written over an existing link")
        assert str(refused.value) == (
            f"{target} is not a regular file: it is a link to {elsewhere}; name the file itself"
        )
    assert target.is_symlink() and elsewhere.read_text() == "not yours"


def test_leftovers_of_finished_processes_are_swept_and_live_writes_kept(
    tmp_path: Path, dead_pid: int
) -> None:
    target = tmp_path / "out.txt"
    killed = leftover_partial(target, dead_pid)
    killed_log = Path(f"{leftover_partial(tmp_path / 'w.esn', dead_pid)}-wal")
    killed_log.write_bytes(b"log")
    running = leftover_partial(target, os.getppid())  # the process that started the tests runs
    ours = partial_path(target)  # being written here
    ours.write_bytes(b"")
    earlier_with_our_id = leftover_partial(tmp_path / "other.txt", os.getpid())  # a container's pid 1
    a_day_old = leftover_partial(tmp_path / "old.txt", os.getppid())
    os.utime(a_day_old, (time.time() - 25 * 3600,) * 2)
    not_ours = tmp_path / ".notes.txt.part"  # a name we never give
    not_ours.write_text("keep")

    assert sorted(sweep_partials(tmp_path, of="out.txt")) == [killed]
    assert sorted(sweep_partials(tmp_path)) == sorted(
        [earlier_with_our_id, a_day_old, killed_log, killed_log.with_name(killed_log.name[: -len("-wal")])]
    )
    assert running.exists() and ours.exists() and not_ours.exists()
