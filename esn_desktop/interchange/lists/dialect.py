"""One CRM's export of one list: the columns it writes and the field each fills.

The class lives apart from the vendors' dialects (vendors/) and their assembly (dialects.py):
each vendor's module builds its dialects from it, and dialects.py gathers them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from esn_desktop.domain.accounts import name_key
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import ListName

#: A column a dialect knows and leaves out on purpose.
LEFT_OUT = ""
#: The programs whose exports are known, as a dialect's name begins (the longest first).
VENDORS = (
    "Salesforce Data Loader",
    "Salesforce",
    "HubSpot",
    "Pipedrive",
    "Odoo",
    "Dolibarr",
    "Axonaut or Sellsy",
)
#: The languages of an interface a dialect's name may say it was written in.
LANGUAGES = ("English", "French")


@dataclass(frozen=True)
class Dialect:
    """One CRM's export of one list, in one language of its interface."""

    name: str  # as the summary shows it: "HubSpot contacts, English interface"
    list_name: ListName
    #: Header as the vendor writes it -> field of the list (LEFT_OUT to leave it out).
    columns: Mapping[str, str]
    #: Headers that, all present, say the file is this dialect's.
    signature: tuple[str, ...]
    #: Field -> value as the vendor writes it -> ours (a stage's name, an activity's type).
    values: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    #: Field -> what to do when the file has no column for it (Data Loader writes an account's
    #: id, never its name): said instead of "no column was recognised".
    hints: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: How the lines the vendor writes under the data begin (Salesforce's "Grand Totals",
    #: "Confidential Information - Do Not Distribute", "Copyright (c) ..."): no data.
    footer: tuple[str, ...] = ()

    def data_rows(self, table: ListTable) -> int:
        """How many of the table's rows are data: those before the vendor's footer, whose lines
        each hold their first cell only (a row holding more is data, wherever it is). The footer
        begins at its first known line, or at the report's name just before it when a blank line
        sets that name apart from the data (a record with only its name filled is data)."""
        rows = table.rows
        numbers = [number for number, _row in table.numbered()]
        marks = [name_key(mark) for mark in self.footer]
        start = len(rows)  # the trailing rows holding their first cell only: where a footer can be
        while start and not any(rows[start - 1][1:]):
            start -= 1
        for index in range(start, len(rows)):
            first = name_key(rows[index][0]) if rows[index] else ""
            if any(first == mark or first.startswith(f"{mark} ") for mark in marks):
                title = index - 1
                set_apart = title >= start and (title == 0 or numbers[title] > numbers[title - 1] + 1)
                return title if set_apart else index
        return len(rows)

    @property
    def vendor(self) -> str:
        """The program that writes it: the VENDORS name its own name begins with."""
        return next(vendor for vendor in VENDORS if self.name.startswith(vendor))

    @property
    def language(self) -> str | None:
        """The language of the interface it was exported from, when its headers depend on it."""
        return next((language for language in LANGUAGES if language in self.name), None)

    def column_field(self, header: str) -> str | None:
        """The field this dialect gives `header` (LEFT_OUT for one it leaves out), None if unknown."""
        return self._folded_columns.get(name_key(header))

    @cached_property
    def _folded_columns(self) -> dict[str, str]:
        return {name_key(column): target for column, target in self.columns.items()}

    @cached_property
    def _folded_values(self) -> dict[str, dict[str, str]]:
        return {t: {name_key(k): v for k, v in values.items()} for t, values in self.values.items()}

    def value(self, target: str, written: str) -> str | None:
        """Our value for what this dialect writes in `target`, None when it says nothing of it."""
        values = self._folded_values.get(target)
        return values.get(name_key(written)) if values else None
