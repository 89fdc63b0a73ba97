"""`esn-desktop offline URL -o FILE.esn` and `esn-desktop sync FILE.esn` (issue 16, point 6).

`offline` copies what the login may read into a workspace file, encrypted unless `--plain` (its
passphrase from ESN_PASSPHRASE, or typed twice); the file works as any workspace. `sync` sends
back the activities, activity changes (no-show marks, reschedules) and plan edits made in it, in
one server transaction, each once only, lists what it could not send (kept in the file, each
named: `plan:3`) and what is never sent back, then refreshes the file from the server
(services/offline.py). A kept item is decided by naming it: `--theirs ITEM…` drops yours (the team's
stays), `--mine ITEM…` sends yours over the team's.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from esn_desktop.cli_workspace import file_argument, workspace_argument
from esn_desktop.domain.errors import EsnError
from esn_desktop.store.address import TeamDatabase

if TYPE_CHECKING:
    from esn_desktop.store.offline_copy import OfflineOrigin

EXIT_OK, EXIT_FAILED = 0, 1


def add_offline_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    offline = commands.add_parser("offline", help="a local copy of a team database, to work without it")
    offline.add_argument("workspace", type=workspace_argument, help="the team database's URL")
    offline.add_argument("-o", "--output", type=file_argument, required=True, help="the copy: a new FILE.esn")
    offline.add_argument(
        "--plain", action="store_true", help="do not encrypt the copy (anyone holding the file reads it)"
    )
    sync = commands.add_parser("sync", help="send an offline copy's work back, then refresh it")
    sync.add_argument("file", type=file_argument, help="the offline copy, FILE.esn")
    sync.add_argument(
        "--theirs",
        nargs="+",
        default=[],
        metavar="ITEM",
        help="kept items (as sync lists them: plan:3) whose team version wins: yours is dropped",
    )
    sync.add_argument(
        "--mine",
        nargs="+",
        default=[],
        metavar="ITEM",
        help="kept activity changes or plans sent over the team's version",
    )


def run_offline(args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from esn_desktop.cli_passphrase import lost_passphrase_warning, new_passphrase
    from esn_desktop.cli_workspace import logged_in
    from esn_desktop.store.offline_copy import make_offline_copy

    database = args.workspace
    if not isinstance(database, TeamDatabase):
        raise EsnError("'esn-desktop offline' copies a team database: give its URL, not a workspace file")
    target = args.output.expanduser().resolve()
    if target.exists():
        raise EsnError(f"{target} already exists")
    database = logged_in(database)
    passphrase = None if args.plain else new_passphrase(target.name)
    origin, copied = make_offline_copy(database, target, passphrase=passphrase)
    print(
        f"offline copy of {database.name} for {origin.login} ({origin.role}) written to {args.output}: "
        f"{sum(copied.values())} rows, {origin.note(french=False)}",
        file=out,
    )
    if passphrase is None:
        print(f"{args.output} is NOT encrypted (--plain): whoever holds the file reads it", file=out)
    else:
        print(lost_passphrase_warning(target.name), file=out)
    return EXIT_OK


def run_sync(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_passphrase import passphrase_for
    from esn_desktop.cli_workspace import logged_in
    from esn_desktop.services.offline import sync

    path = args.file.expanduser().resolve()
    if not path.is_file():
        raise EsnError(f"{args.file} does not exist")
    passphrase = passphrase_for(path)
    origin = _origin_at(path, passphrase)
    report = sync(
        path,
        logged_in(origin.team_database()),
        passphrase=passphrase,
        theirs=args.theirs,
        mine=args.mine,
    )
    print(f"sent to {origin.team_database().name}: {report.summary()}", file=out)
    for kept in report.forced:
        print(f"sent over the team's version: {kept.name}: {kept.line}", file=out)
    for kept in report.dropped:
        print(f"dropped, the team's version kept: {kept.name}: {kept.line}", file=out)
    for line in report.not_sent:
        print(f"not sent back: {line}", file=out)
    for kept in report.kept:
        print(f"kept {kept.name}: {kept.line}", file=out)
    if report.refreshed is not None:
        print(f"{args.file} refreshed: {report.refreshed.note(french=False)}", file=out)
    if report.conflicts:
        count = len(report.conflicts)
        print(
            f"esn-desktop: {count} change{'s' if count > 1 else ''} not sent (conflicts above), "
            f"kept in {args.file} for a later sync; decide with --theirs ITEM… or --mine ITEM…",
            file=err,
        )
        return EXIT_FAILED
    return EXIT_OK


def _origin_at(path: Path, passphrase: str | None) -> OfflineOrigin:
    from esn_desktop.store.offline_copy import required_origin
    from esn_desktop.store.places import open_workspace_at

    with (
        open_workspace_at(path, write=False, passphrase=passphrase) as workspace,
        workspace.engine.connect() as connection,
    ):
        return required_origin(connection, path)


def offline_note(path: Path, passphrase: str | None, *, french: bool = True) -> str | None:
    """« Copie hors ligne de DB du 02/12/2026 à 09:14 » for an offline copy, else None."""
    from esn_desktop.store.offline_copy import origin_in
    from esn_desktop.store.places import open_workspace_at

    with (
        open_workspace_at(path, write=False, passphrase=passphrase) as workspace,
        workspace.engine.connect() as connection,
    ):
        origin = origin_in(connection)
    return None if origin is None else origin.note(french)
