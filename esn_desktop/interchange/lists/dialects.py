"""The exports other CRMs write, recognised by their columns.

Each dialect names the columns its vendor writes (as its export or its documentation shows
them) and the field each fills, or none: a column a dialect knows to leave out is never
guessed from its header (Dolibarr's "Client" is a 0-3 flag, not a company's name). Columns
a dialect does not name are guessed from their headers (targets.py), then listed if nothing
takes them. docs/import.md has a table per dialect, and tests/interchange/dialects a file.
"""

from __future__ import annotations

from esn_desktop.domain.accounts import name_key
from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.vendors import PEOPLE_DIALECTS
from esn_desktop.interchange.lists.vendors.deals_registry import DEAL_DIALECTS

__all__ = ["DIALECTS", "LEFT_OUT", "Dialect", "recognise"]


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


DIALECTS: tuple[Dialect, ...] = (*PEOPLE_DIALECTS, *DEAL_DIALECTS)
