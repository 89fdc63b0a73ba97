"""`esn-desktop person`, `forget` and `stale`: what the workspace holds about a person, erasing
them, and the contacts of prospects kept too long (GDPR access, erasure and retention).

`forget` and `stale --forget` say what would go and write nothing without `--yes`; with it,
they erase in one transaction and say which backups still hold the people erased, or delete
them (`--delete-backups`), or rewrite them without those people (`--rewrite-backups`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from esn_desktop.cli_workspace import file_argument, workspace_argument
from esn_desktop.domain.errors import EsnError
from esn_desktop.store.address import TeamDatabase

if TYPE_CHECKING:
    from esn_desktop.services.erasure import ErasurePlan, Person
    from esn_desktop.store.address import WorkspaceAddress
    from esn_desktop.store.cipher import FileKey


def add_gdpr_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], iso_date: Callable[[str], date]
) -> None:
    person = commands.add_parser("person", help="everything held about one contact, as JSON")
    person.add_argument("workspace", type=workspace_argument)
    _who(person)
    person.add_argument("-o", "--output", type=file_argument, required=True, help="the .json file")
    person.add_argument("--force", action="store_true", help="replace an existing output file")

    forget = commands.add_parser("forget", help="erase one contact and their traces in notes")
    forget.add_argument("workspace", type=workspace_argument)
    _who(forget)
    forget.add_argument("--yes", action="store_true", help="erase; without it, say what would go")
    _delete_backups(forget)

    stale = commands.add_parser("stale", help="the contacts of prospects with no exchange for a long time")
    stale.add_argument("workspace", type=workspace_argument)
    stale.add_argument("--older-than", required=True, metavar="SPAN", help="3y, 18m or 90d")
    stale.add_argument("--as-of", type=iso_date, default=None, help="the reference date (default: today)")
    stale.add_argument("--forget", action="store_true", help="erase them all (with --yes)")
    stale.add_argument(
        "--yes", action="store_true", help="with --forget: erase; without it, say what would go"
    )
    _delete_backups(stale)


def _delete_backups(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--delete-backups", action="store_true", help="with --yes: delete the backups that still hold them"
    )
    command.add_argument(
        "--rewrite-backups",
        action="store_true",
        help="with --yes: rewrite the backups that still hold them, without them",
    )


def _who(command: argparse.ArgumentParser) -> None:
    command.add_argument("--contact", required=True, metavar='"FIRST LAST"', help="the contact's full name")
    command.add_argument("--account", required=True, metavar="NAME", help="their account's name")


def _plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def _what_goes(plan: ErasurePlan) -> str:
    return (
        f"{_plural(len(plan.people), 'contact')} deleted; "
        f"{_plural(plan.activities, 'activity', 'activities')} naming them "
        f"{'loses' if plan.activities == 1 else 'lose'} the contact "
        f"(date and kind kept); {_plural(plan.mentions, 'mention')} of their name, email or phone "
        'in notes replaced by "[effacé]"'
    )


def _backups(
    path: WorkspaceAddress,
    people: tuple[Person, ...],
    key: FileKey | None,
    out: TextIO,
    *,
    delete: bool = False,
    rewrite: str | None = None,
) -> int:
    """Says which backups still hold these people; deletes them when `delete` says to, or rewrites
    them without them when `rewrite` gives the register's kind (after the erasure only), never
    one that could not be read. 1 when a backup still holds them after a rewrite was asked."""
    from esn_desktop.services.erasure import backups_holding, rewrite_backups

    if isinstance(path, TeamDatabase):
        return 0  # a team database's backups are its administrator's, on its server
    if rewrite is not None:
        kept = 0
        for backup, refused in rewrite_backups(path, people, today=date.today(), kind=rewrite, key=key):
            print(refused or f"backup {backup.name} held them: rewritten", file=out)
            kept += refused is not None
        return 1 if kept else 0
    for backup, read in backups_holding(path, people, key):
        if read and delete:
            backup.unlink()
            print(f"backup {backup.name} held them: deleted", file=out)
        elif read:
            print(f"backup {backup.name} still holds them: rewrite or delete it", file=out)
        else:
            print(f"backup {backup.name} cannot be read: it may still hold them", file=out)
    return 0


def _resolved(address: WorkspaceAddress) -> WorkspaceAddress:
    return address.expanduser().resolve() if isinstance(address, Path) else address


def _backup_options(args: argparse.Namespace, yes: str) -> None:
    if args.delete_backups and args.rewrite_backups:
        raise EsnError("--delete-backups and --rewrite-backups exclude each other: choose one")
    for option, given in (
        ("--delete-backups", args.delete_backups),
        ("--rewrite-backups", args.rewrite_backups),
    ):
        if given and not args.yes:
            raise EsnError(f"{option} goes with {yes}")
        if given and isinstance(args.workspace, TeamDatabase):
            raise EsnError(
                f"{option} is for a workspace file: a team database's backups are its server's, "
                "kept by its administrator"
            )


def run_person(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli, say_not_encrypted
    from esn_desktop.services.erasure import write_person

    with open_from_cli(args.workspace, write=False) as workspace:
        record = write_person(
            workspace, args.output, contact=args.contact, account=args.account, force=args.force
        )
        say_not_encrypted(workspace, args.output, err)
    activities = record["activities"]
    opportunities = record["opportunities"]
    contact = record["contact"]
    assert isinstance(activities, list) and isinstance(opportunities, list) and isinstance(contact, dict)
    print(
        f"written {args.output}: {contact['first_name']} {contact['last_name']} at {record['account']}, "
        f"{_plural(len(activities), 'activity', 'activities')}, "
        f"{_plural(len(opportunities), 'opportunity', 'opportunities')}",
        file=out,
    )
    return 0


def run_forget(args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli
    from esn_desktop.services.erasure import CONTACT, erasure_plan, forget

    _backup_options(args, "--yes")
    path = _resolved(args.workspace)
    with open_from_cli(path, write=args.yes) as workspace:
        key = workspace.key
        if not args.yes:
            plan = erasure_plan(workspace, contact=args.contact, account=args.account)
        else:
            plan = forget(workspace, contact=args.contact, account=args.account, today=date.today()).value
    person = plan.people[0]
    if args.yes:
        print(f"forgot {person.name} ({person.account}): {_what_goes(plan)}", file=out)
        print("erasure recorded in the register (date and kind only)", file=out)
    else:
        print(f"would forget {person.name} ({person.account}): {_what_goes(plan)}", file=out)
        print("nothing was written: --yes erases", file=out)
    rewrite = CONTACT if args.yes and args.rewrite_backups else None
    return _backups(path, plan.people, key, out, delete=args.yes and args.delete_backups, rewrite=rewrite)


def run_stale(args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli
    from esn_desktop.domain.erasure import read_span
    from esn_desktop.services.erasure import STALE_CONTACT, forget_stale, stale_contacts, stale_plan

    if args.yes and not args.forget:
        raise EsnError("--yes goes with --forget")
    _backup_options(args, "--forget --yes")
    span = read_span(args.older_than)
    as_of = args.as_of or date.today()
    path = _resolved(args.workspace)
    erase = args.forget and args.yes
    with open_from_cli(path, write=erase) as workspace:
        key = workspace.key
        stale = stale_contacts(workspace, as_of=as_of, span=span)
        for item in stale:
            when = (
                f"last exchange {item.last_exchange.isoformat()}"
                if item.last_exchange
                else "never an exchange"
            )
            print(f"{item.person.name}, {item.person.account}: {when}", file=out)
        print(
            f"{_plural(len(stale), 'stale contact')} (no exchange since {span.before(as_of).isoformat()})",
            file=out,
        )
        if not args.forget or not stale:
            return 0
        if erase:
            plan = forget_stale(workspace, as_of=as_of, span=span, today=date.today()).value
            print(f"forgot them: {_what_goes(plan)}", file=out)
            print("erasures recorded in the register (date and kind only)", file=out)
        else:
            plan = stale_plan(workspace, as_of=as_of, span=span)
            print(f"would forget them: {_what_goes(plan)}", file=out)
            print("nothing was written: --yes erases", file=out)
    rewrite = STALE_CONTACT if erase and args.rewrite_backups else None
    return _backups(path, plan.people, key, out, delete=erase and args.delete_backups, rewrite=rewrite)
