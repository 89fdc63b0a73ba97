"""Import and export of whole documents (JSON, XLSX) and of single lists (CSV, one-sheet XLSX)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from esn_desktop.domain.accounts import email_key
from esn_desktop.domain.errors import EsnError, Problem, ValidationError
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.domain.records import WorkspaceContent
from esn_desktop.interchange.document import content_to_document
from esn_desktop.interchange.json_format import read_json, write_json
from esn_desktop.interchange.lists.mapping import HeaderReading, read_header
from esn_desktop.interchange.lists.plan import Destination, ListImportPlan
from esn_desktop.interchange.lists.planning import plan_list_import
from esn_desktop.interchange.lists.table import ListTable, read_list_table
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.interchange.validation import json_locator, parse_document
from esn_desktop.interchange.xlsx_format import is_document_workbook, read_xlsx, write_xlsx
from esn_desktop.private_files import refuse_existing
from esn_desktop.services.changes import Changed, changing
from esn_desktop.services.topics import TOPIC_OF_TABLE, Topic, Topics
from esn_desktop.store import models as m
from esn_desktop.store.content_reader import read_content
from esn_desktop.store.content_writer import write_content
from esn_desktop.store.database import Workspace
from esn_desktop.store.known_names import load_activity_keys, load_known_names

DOCUMENT_SUFFIXES = (".json", ".xlsx")
#: Text files holding one list: CSV, and the tab-separated text Excel saves as "Unicode text" (.txt).
TEXT_LIST_SUFFIXES = (".csv", ".tsv", ".txt")


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import wrote, and what it left out and why."""

    written: dict[str, int]
    duplicates: int = 0
    rejected_rows: int = 0
    settings_kept: bool = False


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (*DOCUMENT_SUFFIXES, *TEXT_LIST_SUFFIXES):
        raise ValidationError(
            [Problem(path.name, "(file)", "must end in .json, .xlsx, .csv, .tsv or .txt")],
            "the file was refused",
        )
    return suffix


def holds_list(workspace: Workspace, path: Path) -> bool:
    """Whether `path` holds one list to map (`plan_list`), not a whole document (`read_document`).

    A CSV or text file does; so does a workbook made in a spreadsheet, which has no `settings`
    sheet naming the document format. A workbook that cannot be read is refused here in one line.
    """
    _not_the_workspace(workspace, path)
    suffix = _suffix(path)
    if suffix in TEXT_LIST_SUFFIXES:
        return True
    return suffix == ".xlsx" and path.is_file() and not is_document_workbook(path)


def _not_the_workspace(workspace: Workspace, path: Path) -> None:
    # Reading the open workspace's own file through Python would drop this process's locks
    # on it (closing any descriptor does): it is refused before it is opened.
    own = workspace.address
    if isinstance(own, Path) and path.is_file() and own.exists() and path.samefile(own):
        raise ValidationError(
            [Problem(path.name, "(file)", "is the workspace itself, not a file to import")],
            "the file was refused",
        )


#: What an import may add rows to: every table but the settings.
ROW_TABLES = tuple(table for table in TOPIC_OF_TABLE if table != "settings")


def read_document(workspace: Workspace, path: Path) -> WorkspaceContent:
    """Parses and validates a whole document against the workspace; writes nothing."""
    _not_the_workspace(workspace, path)
    suffix = _suffix(path)
    if suffix in TEXT_LIST_SUFFIXES:
        raise ValidationError([Problem(path.name, "(file)", "a CSV holds one list: use plan_list")])
    if not path.is_file():
        raise ValidationError([Problem(path.name, "(file)", "does not exist")], "the file was refused")
    if holds_list(workspace, path):
        raise ValidationError([Problem(path.name, "(file)", "a workbook of one list: use plan_list")])
    with workspace.session() as session:
        known = load_known_names(session)
    if suffix == ".json":
        return parse_document(read_json(path), known=known, locate=json_locator)
    raw, rows_of = read_xlsx(path)
    return parse_document(raw, known=known, locate=lambda name, i: rows_of.get((name, i), f"{name} #{i + 1}"))


def import_document(
    workspace: Workspace, path: Path, *, progress: Progress = no_progress
) -> Changed[ImportSummary]:
    """All of the document, in one transaction, or nothing."""
    return write_document(workspace, read_document(workspace, path), progress=progress)


def write_document(
    workspace: Workspace, content: WorkspaceContent, *, progress: Progress = no_progress
) -> Changed[ImportSummary]:
    """Writes a document `read_document` checked, in one transaction, or nothing; off the undo
    history (an import is undone by a backup, not row by row)."""
    with changing(workspace, adds_to=ROW_TABLES) as change:
        session = change.session
        # Settings describe the company: they replace those of an empty workspace only.
        keep_settings = session.execute(select(m.Setting.key).limit(1)).first() is not None
        if keep_settings:
            content.settings = None
        write_content(session, content, progress=progress)
        summary = ImportSummary(written=content.counts(), settings_kept=keep_settings)
        return Changed(summary, change.unrecorded(_topics(content)))


def _topics(content: WorkspaceContent) -> Topics:
    """What writing `content` changed: each list written, and the settings if they were."""
    # The lists are named after the tables they are written to.
    topics = {TOPIC_OF_TABLE[name] for name, count in content.counts().items() if count}
    if content.settings is not None:
        topics.add(Topic.SETTINGS)
    return frozenset(topics)


def read_list(path: Path, *, encoding: str | None = None) -> ListTable:
    """The list a CSV (or tab-separated text) file or a one-sheet workbook holds, as text;
    `encoding` forces a text file's, else it is detected."""
    _suffix(path)
    if not path.is_file():
        raise ValidationError([Problem(path.name, "(file)", "does not exist")], "the file was refused")
    return read_list_table(path, encoding=encoding)


def plan_list(
    workspace: Workspace,
    path: Path,
    *,
    list_name: ListName | str | None = None,
    corrections: list[tuple[str, str]] | None = None,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    may_create: bool = True,
    today: date | None = None,
    progress: Progress = no_progress,
) -> ListImportPlan:
    """Reads, maps, checks and de-duplicates a list (a CSV, or a one-sheet workbook) against the
    workspace; writes nothing. The mapping is the one the header's reading gives, with the person's
    `corrections` ("Column=field"), unless a whole `mapping` is given (the wizard's)."""
    _not_the_workspace(workspace, path)
    table = read_list(path, encoding=encoding)
    reading = read_header(table.header, list_name=list_name, corrections=corrections)
    if mapping is not None:
        reading = HeaderReading(reading.list_name, reading.dialect, mapping)
    return plan_table(workspace, table, reading, may_create=may_create, today=today, progress=progress)


def plan_table(
    workspace: Workspace,
    table: ListTable,
    reading: HeaderReading,
    *,
    may_create: bool = True,
    today: date | None = None,
    progress: Progress = no_progress,
) -> ListImportPlan:
    """The plan of importing `table` read as `reading` says into the workspace; writes nothing."""
    with workspace.session() as session:
        destination = Destination(
            known=load_known_names(session),
            account_keys=dict(session.execute(select(m.Account.name_key, m.Account.name)).all()),
            emails={
                email_key(e) for e in session.execute(select(m.Contact.email)).scalars() if e is not None
            },
            today=today or date.today(),
            may_create=may_create,
            activities=load_activity_keys(session) if reading.list_name is ListName.ACTIVITIES else set(),
        )
    return plan_list_import(table, reading, destination, progress=progress)


def apply_list_plan(
    workspace: Workspace,
    plan: ListImportPlan,
    *,
    skip_invalid: bool = False,
    progress: Progress = no_progress,
) -> Changed[ImportSummary]:
    """Writes the plan's valid rows; refuses all while any row is invalid unless told to skip them.
    Off the undo history, as a whole document's import."""
    if plan.rejected and not skip_invalid:
        count = plan.rejected_rows
        rows = "1 row of the list was" if count == 1 else f"{count} rows of the list were"
        raise ValidationError(plan.rejected, f"{rows} refused")
    with changing(workspace, adds_to=ROW_TABLES) as change:
        write_content(change.session, plan.content, progress=progress)
        summary = ImportSummary(
            written=plan.content.counts(), duplicates=plan.duplicate_rows, rejected_rows=plan.rejected_rows
        )
        return Changed(summary, change.unrecorded(_topics(plan.content)))


def refuse_without_costs(workspace: Workspace, what: str) -> None:
    """Refuses `what` to a login that may not see costs: a whole workspace holds them."""
    if not workspace.sees_costs:
        raise EsnError(
            f"{what} needs a director's login: a {workspace.role}'s cannot read the costs it holds"
        )


def export_workspace(workspace: Workspace, path: Path, *, force: bool = False) -> dict[str, int]:
    """Writes the whole workspace to `path` (.json or .xlsx); `force` replaces an existing file."""
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:  # the lists' .csv, .tsv or .txt are no export's
        raise ValidationError(
            [Problem(path.name, "(file)", "must end in .json or .xlsx: a whole workspace exports to either")],
            "the export was refused",
        )
    refuse_without_costs(workspace, "an export of the whole workspace")
    refuse_existing(path, force=force)  # before reading a workspace that may be large
    with workspace.session() as session:
        content = read_content(session)
    document = content_to_document(content)
    (write_json if suffix == ".json" else write_xlsx)(document, path, force=force)
    return content.counts()
