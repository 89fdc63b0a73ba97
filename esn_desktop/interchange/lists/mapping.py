"""How a list's header is read: which list, which CRM's dialect, and the field each column fills.

A dialect recognised (dialects.py) gives its list and its columns' fields; the other columns
are guessed from their headers (targets.py), each field taken once, and a person corrects
any of it (`--map "Column=field"`, the import wizard's mapping).
"""

from __future__ import annotations

from dataclasses import dataclass

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.interchange.fields import quoted
from esn_desktop.interchange.lists.dialects import Dialect, recognise
from esn_desktop.interchange.lists.targets import FIELDS, SYNONYMS, ListName

#: The field of a column left out.
IGNORED = ""


@dataclass(frozen=True, slots=True)
class HeaderReading:
    """The list a header holds, the dialect it was written in (if one), and column -> field."""

    list_name: ListName
    dialect: Dialect | None
    mapping: dict[str, str]


def read_header(
    header: tuple[str, ...],
    *,
    list_name: ListName | str | None = None,
    corrections: list[tuple[str, str]] | None = None,
) -> HeaderReading:
    """How `header` is read: `list_name` if given, else the dialect's or the best guess; then
    the person's corrections ("Column=field"), each refused in one line when it names no column
    or no field of the list."""
    dialect = recognise(header)
    chosen = _list_named(list_name) if list_name else (dialect.list_name if dialect else guess_list(header))
    if dialect is not None and dialect.list_name is not chosen:
        dialect = None  # told it is another list: the dialect's columns mean something else
    mapping = guess_mapping(header, chosen, dialect)
    if corrections:
        _correct(mapping, header, chosen, corrections)
    return HeaderReading(chosen, dialect, mapping)


def _list_named(written: ListName | str) -> ListName:
    try:
        return ListName(written)
    except ValueError:
        lists = ", ".join(ListName)
        raise ValidationError(
            [Problem("--list", "list", f"must be one of {lists}, not {quoted(written)}")],
            "the list was refused",
        ) from None


# Fields only one list has, and how many of them a header names to say it holds that list
# (an accounts list may well have a "Montant" column of its own).
_TELLING_FIELDS = {
    ListName.CONSULTANTS: ({"daily_cost", "annual_salary", "target_rate", "skills"}, 1),
    ListName.OPPORTUNITIES: ({"amount", "stage", "expected_close", "probability"}, 2),
    ListName.ACTIVITIES: ({"kind", "date"}, 2),
}


def guess_list(header: tuple[str, ...]) -> ListName:
    """The list a header without a dialect names best; prospect files (accounts) are the usual case."""
    for list_name, (telling, needed) in _TELLING_FIELDS.items():
        if len(set(guess_mapping(header, list_name).values()) & telling) >= needed:
            return list_name
    return ListName.ACCOUNTS


def guess_mapping(
    header: tuple[str, ...], list_name: ListName, dialect: Dialect | None = None
) -> dict[str, str]:
    """Column -> field (IGNORED for columns nothing takes); each field taken once, the dialect's first."""
    lookup = {name_key(s): target for target, synonyms in SYNONYMS[list_name].items() for s in synonyms}
    lookup.update({name_key(f): f for f in FIELDS[list_name]})
    said = {column: dialect.column_field(column) for column in header} if dialect else {}
    taken: set[str] = set()
    for column, target in said.items():
        if target and target in taken:  # two of a dialect's variants ("Email", "Courriel"): the first
            said[column] = IGNORED
        taken.add(target or IGNORED)
    mapping: dict[str, str] = {}
    for column in header:
        target = said.get(column)
        if target is None:
            target = lookup.get(name_key(column), IGNORED)
            if target in taken:
                target = IGNORED
            taken.add(target)
        mapping[column] = target
    return mapping


def _correct(
    mapping: dict[str, str], header: tuple[str, ...], list_name: ListName, corrections: list[tuple[str, str]]
) -> None:
    """A column is found ignoring case and accents ("societe" names "Société"); a field must be
    one of the list's, or empty to leave the column out."""
    columns = {name_key(column): column for column in reversed(header)}
    fields = FIELDS[list_name]
    for written, target in corrections:
        column = written if written in mapping else columns.get(name_key(written))
        if column is None:
            problem = f"the file has no such column; its columns are {', '.join(header)}"
            raise ValidationError([Problem("--map", written, problem)], "the mapping was refused")
        field = next((f for f in fields if name_key(f) == name_key(target)), None) if target else IGNORED
        if field is None:
            problem = (
                f"{quoted(target)} is not a field of {list_name}; the fields are "
                f"{', '.join(fields)} (or nothing, to leave the column out)"
            )
            raise ValidationError([Problem("--map", written, problem)], "the mapping was refused")
        for other, taken in mapping.items():  # the column named takes the field from any other
            if field and taken == field and other != column:
                mapping[other] = IGNORED
        mapping[column] = field


def check_mapping(mapping: dict[str, str], list_name: ListName) -> None:
    """Refuses a mapping (from the wizard, a script) naming a field the list lacks, or one twice."""
    fields = FIELDS[list_name]
    seen: dict[str, str] = {}
    for column, target in mapping.items():
        if not target:
            continue
        if target not in fields:
            problem = f"{quoted(target)} is not a field of {list_name}; the fields are {', '.join(fields)}"
            raise ValidationError([Problem("mapping", column, problem)], "the mapping was refused")
        if target in seen:
            problem = f"fills {target}, as {quoted(seen[target])} does: a field takes one column"
            raise ValidationError([Problem("mapping", column, problem)], "the mapping was refused")
        seen[target] = column
