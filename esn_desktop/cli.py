"""The command line of shared/interchange.md. Every failure is one clear line on stderr, never a traceback."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO, cast

from esn_desktop.cli_cipher import add_cipher_commands, run_decrypt, run_encrypt, run_passphrase
from esn_desktop.cli_gdpr import add_gdpr_commands, run_forget, run_person, run_stale
from esn_desktop.cli_import import add_import_command, run_import
from esn_desktop.cli_offline import add_offline_commands, run_offline, run_sync
from esn_desktop.cli_passphrase import ENCRYPT_HELP, lost_passphrase_warning
from esn_desktop.cli_team import add_team_commands, run_team
from esn_desktop.cli_workspace import file_argument, workspace_argument
from esn_desktop.domain.errors import Cancelled, EsnError, ValidationError
from esn_desktop.holiday_memory import remembered_holidays
from esn_desktop.resources import app_version
from esn_desktop.store.address import TeamDatabase, WorkspaceAddress

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
#: The largest demo: the 100,000-row prospect lists the app is measured with (benchmarks/).
MOST_DEMO_PROSPECTS = 100_000


def _iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None
    return _taken(text, day)


def _month(text: str) -> date:
    try:
        day = date.fromisoformat(text + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month written YYYY-MM") from None
    return _taken(text, day)


def _taken(text: str, day: date) -> date:
    from esn_desktop.domain.calendar import DAYS_TAKEN, outside_days_taken

    if outside_days_taken(day):
        raise argparse.ArgumentTypeError(f"{text!r} is outside {DAYS_TAKEN}, the dates the app takes")
    return day


def _locale(text: str) -> str:
    """A locale the formats and the documents can be written in (fr_FR, en_GB, de...)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(text)
    except (ValueError, TypeError, UnknownLocaleError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a locale the app knows: write a language and a country, fr_FR or en_GB"
        ) from None
    return text


class _Parser(argparse.ArgumentParser):
    """A parser whose refusals are one line (the option and why), not the usage then the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _mapping(text: str) -> tuple[str, str]:
    column, sep, target = text.partition("=")
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"{text!r} must be COLUMN=FIELD (FIELD empty to ignore the column)")
    return column.strip(), target.strip()


class _VersionAction(argparse.Action):
    """`--version`, the version looked up only when asked (package metadata costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"esn-desktop {app_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="esn-desktop",
        description="The commercial cockpit of a small ESN. With no command, starts the desktop app.",
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    # Each command's parser is a _Parser too (argparse makes them of the main parser's class).
    commands = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="COMMAND"),
    )

    gui = commands.add_parser("gui", help="the desktop app on a workspace")
    gui.add_argument("workspace", nargs="?", type=workspace_argument)

    demo = commands.add_parser("demo", help="create a realistic demo workspace")
    demo.add_argument("workspace", type=workspace_argument)
    demo.add_argument("--prospects", type=int, default=300, help="number of prospect accounts (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same workspace (default 1)")
    demo.add_argument("--as-of", type=_iso_date, default=None, help="the demo's 'today' (default: today)")
    demo.add_argument("--encrypt", action="store_true", help=ENCRYPT_HELP)

    add_import_command(commands, _mapping)

    exp = commands.add_parser("export", help="export the whole workspace to .json or .xlsx")
    exp.add_argument("workspace", type=workspace_argument)
    exp.add_argument("file", type=file_argument)
    _add_force(exp)

    kpi = commands.add_parser("kpi", help="the KPIs over a period")
    kpi.add_argument("workspace", type=workspace_argument)
    kpi.add_argument("--from", dest="start", type=_iso_date, required=True)
    kpi.add_argument("--to", dest="end", type=_iso_date, required=True)
    kpi.add_argument("--json", action="store_true", help="print the JSON object of the interchange contract")
    kpi.add_argument(
        "--locale", type=_locale, default="fr_FR", help="number and date formats of the text output"
    )

    plan = commands.add_parser("plan", help="a salesperson's monthly action plan in PDF, or everyone's")
    plan.add_argument("workspace", type=workspace_argument)
    who = plan.add_mutually_exclusive_group(required=True)
    who.add_argument("--salesperson", help="the salesperson's name, as in the workspace")
    who.add_argument("--all", action="store_true", help="every salesperson: -o is a folder, one file each")
    plan.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    plan.add_argument(
        "-o", "--output", type=file_argument, required=True, help="the PDF (a folder with --all)"
    )
    plan.add_argument("--combined", action="store_true", help="with --all: one PDF, -o being that file")
    plan.add_argument("--client-safe", action="store_true", help="leave out the figures of margin criteria")
    plan.add_argument("--as-of", type=_iso_date, default=None, help="the plan's 'today' (default: today)")
    plan.add_argument("--locale", type=_locale, default="fr_FR", help="language and formats of the document")
    _add_force(plan)

    review = commands.add_parser("review", help="the firm's monthly review in PDF")
    review.add_argument("workspace", type=workspace_argument)
    review.add_argument(
        "--month",
        type=_month,
        default=None,
        metavar="YYYY-MM",
        help="the month reviewed (default: the last complete month before --as-of)",
    )
    review.add_argument("-o", "--output", type=file_argument, required=True)
    review.add_argument(
        "--with-plans",
        action="store_true",
        help="the visit pack: the review, then every salesperson's plan for the next month, in one file",
    )
    review.add_argument("--client-safe", action="store_true", help="leave out every cost and margin")
    review.add_argument("--as-of", type=_iso_date, default=None, help="the review's 'today' (default: today)")
    review.add_argument(
        "--locale", type=_locale, default="fr_FR", help="language and formats of the document"
    )
    _add_force(review)

    cal = commands.add_parser("calendar", help="planned activities over a period, to one .ics file")
    cal.add_argument("workspace", type=workspace_argument)
    cal.add_argument("--salesperson", help="the salesperson's name, as in the workspace (default: everyone)")
    cal.add_argument("--from", dest="start", type=_iso_date, required=True)
    cal.add_argument("--to", dest="end", type=_iso_date, required=True)
    cal.add_argument("-o", "--output", type=file_argument, required=True, help="the .ics file")
    _add_force(cal)

    check = commands.add_parser("check", help="integrity and schema check")
    check.add_argument("workspace", type=workspace_argument)

    backup = commands.add_parser("backup", help="a consistent copy, even while the app writes")
    backup.add_argument("workspace", type=workspace_argument)
    backup.add_argument("-o", "--output", type=file_argument)

    add_gdpr_commands(commands, _iso_date)
    add_cipher_commands(commands)
    add_team_commands(commands)
    add_offline_commands(commands)
    return parser


def _opened_by_a_double_click(argv: list[str]) -> list[str]:
    """`esn-desktop FILE.esn`, as a file manager runs the app on a workspace (the .desktop file,
    the Windows association, macOS's Open With): the window on that file, as `gui FILE` is."""
    if len(argv) == 1 and argv[0].lower().endswith(".esn") and not argv[0].startswith("-"):
        return ["gui", argv[0]]
    return argv


def _add_force(command: argparse.ArgumentParser) -> None:
    command.add_argument("--force", action="store_true", help="replace an existing output file")


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(_opened_by_a_double_click(list(sys.argv[1:] if argv is None else argv)))
    handler = _HANDLERS.get(args.command)
    if handler is None:
        return _start_gui(None)
    try:
        if args.command == "gui":
            return handler(args, out, err)
        with remembered_holidays():
            return handler(args, out, err)
    except ValidationError as error:
        print(f"esn-desktop: {error}", file=err)
        for problem in error.problems:
            print(f"  {problem}", file=err)
        return EXIT_FAILED
    except (EsnError, Cancelled) as error:
        print(f"esn-desktop: {_one_line(str(error))}", file=err)
        return EXIT_FAILED
    except BrokenPipeError:
        # `kpi … | head`: the reader has what it wanted. Standard output goes nowhere from now
        # on, so that the interpreter's last flush does not complain about the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("esn-desktop: interrupted; nothing partial was written", file=err)
        return EXIT_INTERRUPTED
    except sqlite3.DatabaseError as error:
        print(f"esn-desktop: {_database_failure(error)}", file=err)
        return EXIT_FAILED
    except OSError as error:
        print(f"esn-desktop: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=err)
        return EXIT_FAILED
    except Exception as error:  # the last guard: a person gets one line, not a traceback
        from sqlalchemy.exc import DatabaseError

        if isinstance(error, DatabaseError):
            print(f"esn-desktop: {_database_failure(error.orig or error)}", file=err)
        else:
            print(f"esn-desktop: unexpected error: {type(error).__name__}: {error}", file=err)
        return EXIT_FAILED


#: SQLite's result codes for a disk that is full, and for a write or read the system refused.
_SQLITE_FULL, _SQLITE_IOERR = 13, 10


def _database_failure(error: BaseException) -> str:
    """What a database error means for the person: a full disk is no damaged workspace."""
    reason = _one_line(str(error))
    code = getattr(error, "sqlite_errorcode", None)
    if code == _SQLITE_FULL or "disk is full" in reason:
        return f"the disk is full ({reason}): free some space and run the command again"
    if code is not None and code & 0xFF == _SQLITE_IOERR:
        return f"the disk refused a write or a read ({reason}): check the disk and the space left on it"
    return f"the workspace cannot be read ({reason}); run 'esn-desktop check'"


def _one_line(message: str) -> str:
    """A refusal's first line: what the person reads; a driver's detail below it is no reason."""
    lines = [line for line in message.splitlines() if line.strip()]
    return lines[0] if lines else message


def _start_gui(workspace: WorkspaceAddress | None) -> int:
    from esn_desktop.app import run_gui

    return run_gui(workspace)


def _gui(args: argparse.Namespace, _out: TextIO, _err: TextIO) -> int:
    # A team database opens in the window's connection form, connected at once with the URL's
    # password or the keychain's; the form asks for it when neither opens it.
    return _start_gui(args.workspace)


def _progress_printer(err: TextIO, label: str, quiet: bool) -> Callable[[int, int], None]:
    last = [-1]

    def report(done: int, total: int) -> None:
        if quiet or total == 0:
            return
        percent = done * 100 // total
        if percent // 10 != last[0] // 10 or (done == total and last[0] != 100):  # 100 % said once
            last[0] = percent
            print(f"{label}: {percent}% ({done}/{total})", file=err, flush=True)

    return report


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_passphrase import new_passphrase
    from esn_desktop.cli_workspace import logged_in
    from esn_desktop.services.demo import create_demo
    from esn_desktop.store.places import refuse_team_encryption, workspace_exists
    from esn_desktop.store.team_database import already_holds

    if not 1 <= args.prospects <= MOST_DEMO_PROSPECTS:
        raise EsnError(f"--prospects must be 1 to {MOST_DEMO_PROSPECTS:,}, not {args.prospects:,}")
    where = args.workspace
    if isinstance(where, TeamDatabase):
        if args.encrypt:
            refuse_team_encryption(where)
        where = logged_in(where)
    if workspace_exists(where):  # said before a passphrase is asked for
        raise already_holds(where) if isinstance(where, TeamDatabase) else EsnError(f"{where} already exists")
    counts = create_demo(
        where,
        prospects=args.prospects,
        seed=args.seed,
        as_of=args.as_of or date.today(),
        progress=_progress_printer(err, "demo", quiet=False),
        passphrase=new_passphrase(args.workspace.name) if args.encrypt else None,
    )
    print(f"created {args.workspace}: " + ", ".join(f"{n} {name}" for name, n in counts.items()), file=out)
    if args.encrypt:
        print(lost_passphrase_warning(args.workspace.name), file=out)
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    run_import(args, out, err, lambda step: _progress_printer(err, f"import, {step}", args.quiet))
    if args.encrypt and not args.dry_run:
        print(lost_passphrase_warning(args.workspace.name), file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli, say_not_encrypted
    from esn_desktop.interchange.lists.report import items
    from esn_desktop.services.transfer import export_workspace

    with open_from_cli(args.workspace, write=False) as workspace:
        counts = export_workspace(workspace, args.file, force=args.force)
        say_not_encrypted(workspace, args.file, err)
    print(
        f"exported to {args.file}: " + ", ".join(items(n, name) for name, n in counts.items() if n), file=out
    )
    return EXIT_OK


def _kpi(args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli
    from esn_desktop.domain.calendar import Period  # holidays: a tenth of a second the GUI need not wait
    from esn_desktop.interchange.kpi_json import kpi_report_to_json
    from esn_desktop.services.kpi_text import kpi_report_lines
    from esn_desktop.services.kpis import compute_kpis
    from esn_desktop.store.offline_copy import offline_origin

    if args.end < args.start:
        raise EsnError("--to is before --from")
    with open_from_cli(args.workspace, write=False) as workspace:
        report = compute_kpis(workspace, period=Period(args.start, args.end))
        origin = offline_origin(workspace)
    if origin is not None:  # the copy's age, before its figures (beside them with --json)
        print(origin.note(french=args.locale.startswith("fr")), file=_err if args.json else out)
    if args.json:
        json.dump(kpi_report_to_json(report), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.writelines(line + "\n" for line in kpi_report_lines(report, args.locale))
    return EXIT_OK


def _plan(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli, say_not_encrypted
    from esn_desktop.reports.files import write_all_plans, write_plan

    today = args.as_of or date.today()
    if args.combined and not args.all:
        raise EsnError("--combined goes with --all")
    with open_from_cli(args.workspace, write=False) as workspace:
        if args.all:
            written = write_all_plans(
                workspace,
                month=args.month,
                today=today,
                target=args.output,
                combined=args.combined,
                locale=args.locale,
                client_safe=args.client_safe,
                progress=lambda done, total: print(f"plans: {done}/{total}", file=err),
                force=args.force,
            )
        else:
            written = [
                write_plan(
                    workspace,
                    salesperson=args.salesperson,
                    month=args.month,
                    today=today,
                    path=args.output,
                    locale=args.locale,
                    client_safe=args.client_safe,
                    force=args.force,
                )
            ]
        for path in written:
            say_not_encrypted(workspace, path, err)
    out.writelines(f"written {path}\n" for path in written)
    return EXIT_OK


def _review(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli, say_not_encrypted
    from esn_desktop.domain.calendar import last_complete_month
    from esn_desktop.reports.files import write_review, write_visit_pack

    today = args.as_of or date.today()
    month = args.month or last_complete_month(today).start
    with open_from_cli(args.workspace, write=False) as workspace:
        if args.with_plans:
            path = write_visit_pack(
                workspace,
                month=month,
                today=today,
                path=args.output,
                locale=args.locale,
                client_safe=args.client_safe,
                progress=lambda done, total: print(f"visit pack: {done}/{total}", file=err),
                force=args.force,
            )
        else:
            path = write_review(
                workspace,
                month=month,
                today=today,
                path=args.output,
                locale=args.locale,
                client_safe=args.client_safe,
                force=args.force,
            )
        say_not_encrypted(workspace, path, err)
    print(f"written {path}", file=out)
    return EXIT_OK


def _calendar(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_workspace import open_from_cli, say_not_encrypted
    from esn_desktop.domain.calendar import Period
    from esn_desktop.services.agenda import write_calendar

    if args.end < args.start:
        raise EsnError("--to is before --from")
    with open_from_cli(args.workspace, write=False) as workspace:
        count = write_calendar(
            workspace,
            args.output,
            period=Period(args.start, args.end),
            salesperson=args.salesperson,
            force=args.force,
        )
        say_not_encrypted(workspace, args.output, err)
    print(f"written {args.output}: {count} planned activities", file=out)
    return EXIT_OK


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from esn_desktop.cli_offline import offline_note
    from esn_desktop.cli_passphrase import passphrase_for
    from esn_desktop.cli_workspace import logged_in
    from esn_desktop.services.integrity import check_workspace

    note = None
    if isinstance(args.workspace, TeamDatabase):
        report = check_workspace(logged_in(args.workspace))
    else:
        passphrase = passphrase_for(args.workspace)
        report = check_workspace(args.workspace, passphrase=passphrase)
        if report.ok:
            note = offline_note(args.workspace, passphrase, french=False)
    counts = ", ".join(f"{n} {name}" for name, n in report.counts.items())
    if report.ok:
        print(f"{report.name}: ok (schema {report.schema}; {counts})", file=out)
        if note is not None:
            print(note, file=out)
        return EXIT_OK
    count = len(report.findings)
    print(f"esn-desktop: {report.name} has {count} problem{'s' if count > 1 else ''}", file=err)
    for finding in report.findings:
        print(f"  {finding}", file=err)
    return EXIT_FAILED


def _backup(args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from esn_desktop.cli_passphrase import passphrase_for
    from esn_desktop.store.backup import backup_file, timestamped_backup
    from esn_desktop.store.database import inspect_file

    if isinstance(args.workspace, TeamDatabase):
        return _team_backup(args.workspace, args.output, out)
    source = args.workspace.expanduser().resolve()
    key = inspect_file(source, passphrase_for(source)).key
    target = (
        backup_file(source, args.output, key=key)
        if args.output
        else timestamped_backup(source, "manual", key=key)
    )
    print(f"backed up to {target}", file=out)
    return EXIT_OK


def _team_backup(database: TeamDatabase, output: Path | None, out: TextIO) -> int:
    from esn_desktop.cli_workspace import logged_in
    from esn_desktop.store.team_copy import copy_to_file

    if output is None:
        raise EsnError(f"a backup of {database.name} needs -o FILE.esn: the workspace file to write it to")
    copied = copy_to_file(logged_in(database), output.expanduser().resolve())
    print(f"backed up {database.name} to {output} ({sum(copied.values())} rows)", file=out)
    return EXIT_OK


_HANDLERS: dict[str | None, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "gui": _gui,
    "demo": _demo,
    "import": _import,
    "export": _export,
    "kpi": _kpi,
    "plan": _plan,
    "review": _review,
    "calendar": _calendar,
    "check": _check,
    "backup": _backup,
    "person": run_person,
    "forget": run_forget,
    "stale": run_stale,
    "encrypt": run_encrypt,
    "decrypt": run_decrypt,
    "passphrase": run_passphrase,
    "team": run_team,
    "offline": run_offline,
    "sync": run_sync,
}
