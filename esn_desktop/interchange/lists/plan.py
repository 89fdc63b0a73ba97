"""What importing a list would do, worked out before anything is written.

The plan says how the file was read (its list, the CRM dialect, each column's field), what
would be written, what would be made along the way (salespeople, channels, accounts named by
rows), the duplicates, the rows refused with their reasons, and what is left out: the columns
no field takes and the rows' values that have no place. The CLI's `--dry-run` and summary and
the import wizard show it; writing it is the service's (services/transfer.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice

from esn_desktop.domain.errors import Problem
from esn_desktop.domain.records import KnownNames, WorkspaceContent
from esn_desktop.interchange.fields import quoted
from esn_desktop.interchange.lists.dialects import Dialect
from esn_desktop.interchange.lists.mapping import IGNORED
from esn_desktop.interchange.lists.names import NameBook
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import ListName

#: How often a long plan reports its progress, in rows.
PROGRESS_EVERY = 5000


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A row holding what an earlier row of the file, or the workspace, already has."""

    row: int
    field: str
    value: str
    #: The earlier row of the file it repeats; None when the workspace has it.
    earlier_row: int | None = None
    #: The name the workspace writes it under, when that tells something ("Mutuelle Horizon"
    #: for "MUTUELLE HORIZON"); None for an earlier row, or when the value alone says it.
    existing: str | None = None

    @property
    def matches(self) -> str:
        """What it repeats, in words: 'row 3', "'Mutuelle Horizon' in the workspace"."""
        if self.earlier_row is not None:
            return f"row {self.earlier_row}"
        return f"{quoted(self.existing)} in the workspace" if self.existing else "in the workspace"


@dataclass(frozen=True, slots=True)
class LeftOutValue:
    """A row's value kept out of the workspace for a reason said, not refused."""

    row: int
    reason: str


@dataclass(slots=True)
class Destination:
    """What an import plans against: the workspace's names, and whether it may make new ones."""

    known: KnownNames
    #: Account name_key -> name, every account of the workspace.
    account_keys: Mapping[str, str]
    #: The contacts' emails, folded.
    emails: set[str]
    #: The day the import runs: an opportunity with no creation date was created then.
    today: dt.date
    may_create: bool = True
    #: Activities already there, by ActivityRecord's identity (kind, date, account, contact, notes).
    activities: set[tuple[str, str, str, str, str]] = field(default_factory=set)


@dataclass(slots=True)
class ListImportPlan:
    """What an import of the list would write, shown before anything is written."""

    list_name: ListName
    table: ListTable
    mapping: dict[str, str]
    dialect: Dialect | None = None
    content: WorkspaceContent = field(default_factory=WorkspaceContent)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    left_out: list[LeftOutValue] = field(default_factory=list)
    #: The names rows refer to that the workspace lacks, made by the import: per list of the
    #: document ("salespeople", "channels", "accounts").
    created: dict[str, list[str]] = field(default_factory=dict)

    @property
    def columns_left_out(self) -> list[str]:
        """The columns no field takes: listed, never dropped without a word."""
        return [h for h in self.table.header if h.strip() and self.mapping.get(h, IGNORED) == IGNORED]

    @property
    def rejected_rows(self) -> int:
        return len({p.item for p in self.rejected})

    @property
    def duplicate_rows(self) -> int:
        """Rows holding something already there; a row whose company and email both are counts once."""
        return len({d.row for d in self.duplicates})

    def left_out_counts(self) -> Counter[str]:
        """Reason -> how many rows had a value left out for it."""
        return Counter(value.reason for value in self.left_out)

    def samples(self, count: int = 3) -> list[tuple[int, dict[str, str]]]:
        """The first rows as the mapping reads them: (row number, field -> cell), to check by eye."""
        from esn_desktop.interchange.lists.rows import mapped_rows  # rows.py reads plans

        return [
            (number, {target: value for target, value in values.items() if value})
            for number, values, _problems in islice(mapped_rows(self), count)
        ]

    def note_created(self, list_name: str, book: NameBook) -> None:
        if book.created:
            self.created[list_name] = list(book.created)
