"""A list's rows as the mapping reads them, and what every list checks of a row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.errors import Problem
from esn_desktop.interchange.lists.mapping import IGNORED
from esn_desktop.interchange.lists.targets import VALUE_SYNONYMS

if TYPE_CHECKING:
    from esn_desktop.interchange.lists.dialects import Dialect
    from esn_desktop.interchange.lists.plan import ListImportPlan


def mapped_rows(plan: ListImportPlan) -> Iterator[tuple[int, dict[str, Any], list[Problem]]]:
    """(row number as a spreadsheet shows it, field -> cell, the row's problems so far) of each
    row under the header; a row whose cells go beyond the header starts with that problem."""
    header = plan.table.header
    columns = [
        (index, target) for index, target in enumerate(plan.mapping.get(h, IGNORED) for h in header) if target
    ]
    for number, row in plan.table.numbered():
        values = {target: row[index] if index < len(row) else "" for index, target in columns}
        yield number, values, cells_beyond_header(row, header, f"row {number}")


def cells_beyond_header(row: tuple[str, ...], header: tuple[str, ...], where: str) -> list[Problem]:
    """A row longer than the header has its cells shifted (an unquoted separator): refuse it.

    Shorter rows are fine: Excel leaves out the separators of trailing empty cells.
    """
    if len(row) <= len(header):  # nearly every row: nothing to look at
        return []
    extra = [cell for cell in row[len(header) :] if cell]
    if not extra:
        return []
    return [Problem(where, "(row)", f"has {len(header) + len(extra)} cells, the header names {len(header)}")]


def translated(
    values: dict[str, Any], dialect: Dialect | None, fields: tuple[str, ...] = tuple(VALUE_SYNONYMS)
) -> None:
    """Our values for the words a CRM or a person writes in `fields` (a stage's name, a role):
    the dialect's own first, then the usual French and English ones. Others are left as written,
    for the field's reader to refuse naming what it takes."""
    for name in fields:
        value = values.get(name)
        if not value or not isinstance(value, str):
            continue
        ours = dialect.value(name, value) if dialect else None
        values[name] = ours or VALUE_SYNONYMS.get(name, {}).get(name_key(value), value)
