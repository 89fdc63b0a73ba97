"""What the commands write: private whatever the umask, never over a file unless --force, and
never half a file, even after a killed run."""

from __future__ import annotations

from pathlib import Path

import pytest

from esn_desktop.store.backup import backups_dir_for
from esn_desktop.store.database import open_workspace
from esn_desktop.store.lock import lock_path_for
from tests.cli.conftest import Place, is_team, run
from tests.conftest import leftover_partial, mode, names_in

NOVEMBER = ["--month", "2026-11", "--as-of", "2026-11-20"]


def _output_commands(workspace: Place, output: Path) -> dict[str, list[str]]:
    """Each command that writes `output`, with its arguments."""
    return {
        "export": ["export", str(workspace), str(output)],
        "plan": ["plan", str(workspace), "--salesperson", "Karim Benali", *NOVEMBER, "-o", str(output)],
        "review": ["review", str(workspace), *NOVEMBER, "-o", str(output)],
    }


def test_every_file_and_folder_written_is_private(imported: Place, tmp_path: Path, umask_022: None) -> None:
    out = tmp_path / "out"
    written = {
        "export.json": ["export", str(imported), str(out / "export.json")],
        "export.xlsx": ["export", str(imported), str(out / "export.xlsx")],
        "plan.pdf": [
            "plan",
            str(imported),
            "--salesperson",
            "Karim Benali",
            *NOVEMBER,
            "-o",
            str(out / "plan.pdf"),
        ],
        "all.pdf": ["plan", str(imported), "--all", "--combined", *NOVEMBER, "-o", str(out / "all.pdf")],
        "review.pdf": ["review", str(imported), *NOVEMBER, "-o", str(out / "review.pdf")],
        "copy.esn": ["backup", str(imported), "-o", str(out / "copy.esn")],
    }
    out.mkdir()
    for args in written.values():
        code, _, err = run(*args)
        assert code == 0, err
    code, _, err = run("plan", str(imported), "--all", *NOVEMBER, "-o", str(tmp_path / "new" / "plans"))
    assert code == 0, err
    # A backup is the copy alone, of a file as of a team database (no lock file beside it).
    assert {path.name: mode(path) for path in out.iterdir()} == dict.fromkeys(written, 0o600)
    plans = tmp_path / "new" / "plans"
    assert mode(tmp_path / "new") == mode(plans) == 0o700
    assert sorted(mode(path) for path in plans.iterdir()) == [0o600, 0o600]
    if is_team(imported):
        return  # a team database has no lock file nor backups beside it: its server keeps them
    imported = Path(imported)
    code, _, err = run("backup", str(imported))
    assert code == 0, err
    with open_workspace(imported):
        lock = lock_path_for(imported)
        assert mode(lock) == 0o600
    backups = backups_dir_for(imported)
    assert mode(backups) == 0o700
    assert [mode(path) for path in backups.iterdir()] == [0o600]


@pytest.mark.parametrize(
    ("command", "name"),
    [("export", "out.json"), ("export", "out.xlsx"), ("plan", "plan.pdf"), ("review", "review.pdf")],
)
def test_an_existing_output_is_refused_unless_forced(
    imported: Place, tmp_path: Path, command: str, name: str
) -> None:
    output = tmp_path / "out" / name
    output.parent.mkdir()
    output.write_bytes(b"the user's own file")
    args = _output_commands(imported, output)[command]
    code, out, err = run(*args)
    assert (code, out, err) == (1, "", f"esn-desktop: {output} already exists; --force replaces it\n")
    assert output.read_bytes() == b"the user's own file"
    code, _, err = run(*args, "--force")
    assert code == 0, err
    assert output.read_bytes() != b"the user's own file" and output.stat().st_size > 1000
    assert names_in(output.parent) == [name]  # no partial left


def test_every_plan_checks_each_file_before_writing_any(imported: Place, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    karim = folder / "plan-2026-11-karim-benali.pdf"
    karim.write_bytes(b"last month's copy")
    args = ["plan", str(imported), "--all", *NOVEMBER, "-o", str(folder)]
    code, _, err = run(*args)
    assert (code, err) == (1, f"esn-desktop: {karim} already exists; --force replaces it\n")
    assert names_in(folder) == [karim.name]  # Hélène's plan, which came first, was not written
    assert karim.read_bytes() == b"last month's copy"
    code, _, err = run(*args, "--force")
    assert code == 0, err
    assert names_in(folder) == ["plan-2026-11-helene-garnier.pdf", karim.name]
    assert karim.read_bytes().startswith(b"%PDF")


def test_a_link_planted_at_the_output_is_refused_not_followed(imported: Place, tmp_path: Path) -> None:
    elsewhere = tmp_path / "bashrc"
    elsewhere.write_text("alias ls='ls -F'\n")
    output = tmp_path / "out.json"
    output.symlink_to(elsewhere)
    for force in ([], ["--force"]):
        code, _, err = run("export", str(imported), str(output), *force)
        said = f"{output} is not a regular file: it is a link to {elsewhere}; name the file itself"
        assert (code, err) == (1, f"esn-desktop: {said}\n")
    assert output.is_symlink() and elsewhere.read_text() == "alias ls='ls -F'\n"


def test_a_killed_exports_leftover_is_swept_by_the_next_export(
    imported: Place, tmp_path: Path, dead_pid: int
) -> None:
    output = tmp_path / "out" / "out.json"
    output.parent.mkdir()
    leftover_partial(output, dead_pid)
    code, _, err = run("export", str(imported), str(output))
    assert code == 0, err
    assert names_in(output.parent) == ["out.json"]


@pytest.mark.file_only("the backups beside the file")
def test_a_killed_backups_leftover_is_swept_by_the_next_backup(
    imported: Path, tmp_path: Path, dead_pid: int
) -> None:
    backups = backups_dir_for(imported)
    backups.mkdir()
    leftover = leftover_partial(backups / "exemple-20261120-093000-000000-scheduled.esn", dead_pid, 1 << 20)
    Path(f"{leftover}-journal").write_bytes(b"journal")
    code, out, err = run("backup", str(imported))
    assert code == 0, err
    written = Path(out.removeprefix("backed up to ").strip())
    assert names_in(backups) == [written.name]


def test_a_failed_backup_leaves_nothing(tmp_path: Path) -> None:
    not_a_workspace = tmp_path / "notes.esn"
    not_a_workspace.write_text("hello " * 1000)
    from esn_desktop.store.backup import backup_file
    from esn_desktop.store.errors import WorkspaceError

    with pytest.raises(WorkspaceError, match=r"could not back up notes\.esn"):
        backup_file(not_a_workspace, tmp_path / "copies" / "copy.esn")
    assert names_in(tmp_path / "copies") == []
