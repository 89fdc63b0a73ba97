"""The exports other CRMs write, recognised by their columns.

Each dialect names the columns its vendor writes (as its export or its documentation shows
them) and the field each fills, or none: a column a dialect knows to leave out is never
guessed from its header (Dolibarr's "Client" is a 0-3 flag, not a company's name). Columns
a dialect does not name are guessed from their headers (targets.py), then listed if nothing
takes them. docs/import.md has a table per dialect, and tests/interchange/dialects a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from esn_desktop.domain.accounts import name_key
from esn_desktop.interchange.lists.targets import ListName

#: A column a dialect knows and leaves out on purpose.
LEFT_OUT = ""


@dataclass(frozen=True)
class Dialect:
    """One CRM's export of one list, in one language of its interface."""

    name: str  # as the summary shows it: "HubSpot, contacts (English)"
    list_name: ListName
    #: Header as the vendor writes it -> field of the list (LEFT_OUT to leave it out).
    columns: Mapping[str, str]
    #: Headers that, all present, say the file is this dialect's.
    signature: tuple[str, ...]
    #: Field -> value as the vendor writes it -> ours (a stage's name, an activity's type).
    values: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))

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


def recognise(header: tuple[str, ...]) -> Dialect | None:
    """The dialect whose signature the header holds; of several, the one naming most columns."""
    present = {name_key(column) for column in header}
    candidates = [d for d in DIALECTS if all(name_key(s) in present for s in d.signature)]
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda d: (sum(name_key(c) in present for c in d.columns), len(d.signature)),
    )


from esn_desktop.interchange.lists.vendors.deals_registry import DEAL_DIALECTS  # noqa: E402

DIALECTS: tuple[Dialect, ...] = (*DEAL_DIALECTS,)
