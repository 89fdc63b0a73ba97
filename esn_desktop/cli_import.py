"""`esn-desktop import`: a whole document, or one list from a spreadsheet or another CRM.

A list's import says how the file was read and what it did: the CRM recognised, the columns
left out, what it made along the way; `--dry-run` says all of it, with the mapping and a few
rows as read, and writes nothing.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from esn_desktop.cli_passphrase import ENCRYPT_HELP
from esn_desktop.cli_workspace import file_argument, workspace_argument
from esn_desktop.domain.errors import EsnError
from esn_desktop.store.address import TeamDatabase

if TYPE_CHECKING:
    from esn_desktop.interchange.lists.plan import ListImportPlan
    from esn_desktop.services.transfer import ImportSummary
    from esn_desktop.services.workspaces import Workspace
    from esn_desktop.store.address import WorkspaceAddress

#: How many duplicates or refusals the command prints, one a line, before counting the rest.
ROWS_SHOWN = 20
#: The options that only mean something for a list.
LIST_OPTIONS = ("--list", "--map", "--skip-invalid", "--encoding", "--dry-run", "--no-create")


def add_import_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], mapping: Callable[[str], tuple[str, str]]
) -> None:
    from esn_desktop.interchange.lists.targets import ListName

    imp = commands.add_parser(
        "import", help="import a .json or .xlsx document, or one list (.csv, or .xlsx of one sheet)"
    )
    imp.add_argument("workspace", type=workspace_argument)
    imp.add_argument("file", type=file_argument)
    imp.add_argument(
        "--dry-run", action="store_true", help="list: say what the import would do; write nothing"
    )
    imp.add_argument(
        "--encoding",
        metavar="ENC",
        help="list: the text's encoding (utf-8, cp1252, mac_roman, utf-16…), when detection cannot tell",
    )
    imp.add_argument(
        "--list", dest="list_name", choices=[str(name) for name in ListName], help="list: the list it holds"
    )
    imp.add_argument(
        "--map",
        action="append",
        type=mapping,
        default=[],
        metavar="COLUMN=FIELD",
        help="list: correct the detected field of one column (repeatable; FIELD empty leaves it out)",
    )
    imp.add_argument(
        "--skip-invalid", action="store_true", help="list: import the valid rows, leave out the others"
    )
    imp.add_argument(
        "--no-create",
        action="store_true",
        help="list: refuse rows naming a salesperson, channel, account or contact the workspace lacks "
        "(else made)",
    )
    imp.add_argument("--encrypt", action="store_true", help=ENCRYPT_HELP)
    imp.add_argument("--quiet", action="store_true", help="no progress on stderr")


def run_import(
    args: argparse.Namespace, out: TextIO, err: TextIO, progress: Callable[[str], Callable[[int, int], None]]
) -> None:
    """Imports as `args` say; `progress(step)` reports one step ("reading rows", then "writing"):
    a long list is read, then written, and each counts from 0 to 100 %."""
    from esn_desktop.cli_workspace import logged_in
    from esn_desktop.services import transfer
    from esn_desktop.store.places import refuse_team_encryption, workspace_exists

    path: WorkspaceAddress = args.workspace
    if isinstance(path, TeamDatabase):
        if args.encrypt:
            refuse_team_encryption(path)
        path = logged_in(path)
    else:
        path = path.expanduser().resolve()
    if not args.file.is_file():
        from esn_desktop.private_files import not_a_file

        kind = not_a_file(args.file)
        if kind is not None:
            raise EsnError(f"{args.file} is {kind}, not a file to import (.json, .xlsx, .csv, .tsv or .txt)")
        raise EsnError(f"no file at {args.file}")
    encoding = _forced_encoding(args.encoding)
    exists = workspace_exists(path)
    if args.encrypt and exists:
        raise EsnError(
            f"--encrypt makes a new workspace and {path.name} exists: 'esn-desktop encrypt' encrypts it"
        )
    destination = _destination(path, exists=exists, dry_run=args.dry_run, encrypt=args.encrypt)
    with _no_cycle_collection(), destination as workspace:
        if not transfer.holds_list(workspace, args.file):
            if args.map or args.list_name or args.skip_invalid or encoding or args.dry_run or args.no_create:
                raise EsnError(
                    f"{', '.join(LIST_OPTIONS[:-1])} and {LIST_OPTIONS[-1]} apply to lists, not documents"
                )
            summary = transfer.import_document(workspace, args.file, progress=progress("writing")).value
            _print_summary(path, summary, out)
            return
        if encoding and args.file.suffix.lower() == ".xlsx":
            raise EsnError("--encoding applies to CSV and text files; a workbook needs none")
        plan = transfer.plan_list(
            workspace,
            args.file,
            list_name=args.list_name,
            corrections=args.map,
            encoding=encoding,
            may_create=not args.no_create,
            progress=progress("reading rows"),
        )
        if args.dry_run:
            _print_dry_run(path, plan, out)
            return
        _print_row_notes(plan, err, skipped=args.skip_invalid)
        summary = transfer.apply_list_plan(
            workspace, plan, skip_invalid=args.skip_invalid, progress=progress("writing")
        ).value
    _print_summary(path, summary, out, plan)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while the command imports. An import holds hundreds of
    thousands of objects until it ends (the rows read, the records planned, the rows written)
    and makes next to no cycles: each collection would walk them all again for nothing, a fifth
    of the time of a 100,000-row list (benchmarks/crm_import.py). Reference counting still frees
    everything as it goes; the command ends right after."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


@contextmanager
def _destination(
    path: WorkspaceAddress, *, exists: bool, dry_run: bool, encrypt: bool
) -> Iterator[Workspace]:
    """The workspace imported into: a new one appears only once the import is complete
    (encrypted with `encrypt`); a dry run reads an existing one, or plans against an empty one
    that never appears."""
    from esn_desktop.cli_passphrase import new_passphrase, passphrase_for
    from esn_desktop.store.backup import backup_file
    from esn_desktop.store.database import inspect_file, new_workspace, open_workspace
    from esn_desktop.store.places import new_workspace_at
    from esn_desktop.store.team_database import open_team_workspace

    if not exists:
        if dry_run:
            with (
                tempfile.TemporaryDirectory() as folder,
                new_workspace(Path(folder) / "dry-run.esn") as workspace,
            ):
                yield workspace
        else:
            passphrase = new_passphrase(path.name) if encrypt else None
            with new_workspace_at(path, passphrase=passphrase) as workspace:
                yield workspace
        return
    if isinstance(path, TeamDatabase):
        # A dry run's connections are read-only: whatever it runs, the database cannot change.
        with open_team_workspace(path, write=not dry_run) as workspace:
            yield workspace
        return
    passphrase = passphrase_for(path)
    state = inspect_file(path, passphrase)
    if dry_run and state.needs_upgrade:
        # Opening an older workspace upgrades it: a dry run plans against an upgraded copy
        # (encrypted as the workspace is, in a private temporary folder).
        with tempfile.TemporaryDirectory() as folder:
            copy = backup_file(path, Path(folder) / path.name, key=state.key)
            with open_workspace(copy, write=False, passphrase=passphrase) as workspace:
                yield workspace
    else:
        with open_workspace(path, write=not dry_run, passphrase=passphrase) as workspace:
            yield workspace


def _print_row_notes(plan: ListImportPlan, err: TextIO, *, skipped: bool) -> None:
    from esn_desktop.interchange.fields import quoted

    for duplicate in plan.duplicates[:ROWS_SHOWN]:
        print(
            f"  duplicate, row {duplicate.row}: {duplicate.field} {quoted(duplicate.value)} "
            f"is already there ({duplicate.matches}); not imported again",
            file=err,
        )
    _print_more(len(plan.duplicates), "duplicate", err)
    if plan.rejected and skipped:
        for problem in plan.rejected[:ROWS_SHOWN]:
            print(f"  left out: {problem}", file=err)
        _print_more(len(plan.rejected), "problem", err)


def _print_more(count: int, what: str, err: TextIO) -> None:
    """A re-import of 100,000 rows lists what a person reads, then says how many more there are."""
    for line in _more(count, f" {what}s"):
        print(line, file=err)


def _more(count: int, what: str = "") -> list[str]:
    return [f"  and {count - ROWS_SHOWN} more{what}"] if count > ROWS_SHOWN else []


def _print_dry_run(path: WorkspaceAddress, plan: ListImportPlan, out: TextIO) -> None:
    from esn_desktop.interchange.fields import quoted
    from esn_desktop.interchange.lists import report

    lines = [*report.how_read(plan), *report.mapping_lines(plan)]
    lines.append(report.written_line(plan.content.counts(), dry_run=True))
    lines += report.created_lines(plan)
    if plan.duplicates:
        lines.append(
            report.counted(plan.duplicate_rows, "row is a duplicate", "rows are duplicates")
            + " (would not be imported again)"
        )
        lines += [
            f"  row {d.row}: {d.field} {quoted(d.value)} is already there ({d.matches})"
            for d in plan.duplicates[:ROWS_SHOWN]
        ]
        lines += _more(len(plan.duplicates))
    if plan.rejected:
        lines.append(report.counted(plan.rejected_rows, "row would be refused", "rows would be refused"))
        lines += [f"  {problem}" for problem in plan.rejected[:ROWS_SHOWN]]
        lines += _more(len(plan.rejected))
    lines += report.left_out_lines(plan)
    lines += report.sample_lines(plan)
    lines.append(f"dry run: nothing was written to {path.name}")
    print("\n".join(lines), file=out)


def _print_summary(
    path: WorkspaceAddress, summary: ImportSummary, out: TextIO, plan: ListImportPlan | None = None
) -> None:
    from esn_desktop.interchange.lists import report

    written = ", ".join(report.items(n, name) for name, n in summary.written.items() if n)
    print(f"imported into {path.name}: {written or 'nothing new'}", file=out)
    if summary.duplicates:
        print(
            report.counted(summary.duplicates, "row was a duplicate", "rows were duplicates"),
            "(not imported again)",
            file=out,
        )
    if summary.rejected_rows:
        print(
            report.counted(summary.rejected_rows, "row was invalid", "rows were invalid"),
            "(left out)",
            file=out,
        )
    if summary.settings_kept:
        print("the workspace's own settings were kept", file=out)
    if plan is not None:
        written_by = report.how_read(plan)[1:] if plan.dialect else []
        for line in (*written_by, *report.created_lines(plan), *report.left_out_lines(plan)):
            print(line, file=out)


def _forced_encoding(name: str | None) -> str | None:
    """The encoding --encoding names, as it is shown; refused in one line if it is none."""
    if name is None:
        return None
    from esn_desktop.interchange.text_encoding import encoding_name

    try:
        return encoding_name(name)
    except ValueError as error:
        raise EsnError(f"--encoding: {error}") from None
