"""A list import's plan in lines a person reads: how the file was read, what it would write and
make, and what it leaves out. The command line prints them (`import --dry-run`, and after an
import); the import wizard shows the same plan in its own widgets."""

from __future__ import annotations

from esn_desktop.interchange.fields import quoted
from esn_desktop.interchange.lists.mapping import IGNORED
from esn_desktop.interchange.lists.plan import ListImportPlan

_SEPARATORS = {";": "semicolons", ",": "commas", "\t": "tabs"}
#: A list's name for one of its items, to write "1 account", never "1 accounts".
_ONE_OF = {"salespeople": "salesperson", "opportunities": "opportunity", "activities": "activity"}
#: How many names of a kind are spelled out before "and N more".
NAMES_SHOWN = 5


def counted(count: int, one: str, many: str) -> str:
    """'1 row was …' or '3 rows were …': a count as a person writes it."""
    return f"{count} {one if count == 1 else many}"


def items(count: int, list_name: str) -> str:
    """'1 account', '3 salespeople': a count of a list's items."""
    many = list_name.replace("_", " ")
    return counted(count, _ONE_OF.get(list_name) or many.removesuffix("s"), many)


def how_read(plan: ListImportPlan) -> list[str]:
    """The file's text and list, and the CRM that wrote it when its columns say so."""
    table = plan.table
    if table.sheet is not None:
        text = f"sheet {quoted(table.sheet)} of the workbook"
    else:
        text = (
            f"{table.encoding} text separated by {_SEPARATORS.get(table.delimiter, quoted(table.delimiter))}"
        )
    written_by = plan.dialect.name if plan.dialect else "no CRM recognised: columns matched by their headers"
    return [
        f"read as: {text}, {counted(len(table.rows), 'row', 'rows')}",
        f"list: {plan.list_name} ({written_by})",
    ]


def mapping_lines(plan: ListImportPlan) -> list[str]:
    lines = ["columns:"]
    for column in plan.table.header:
        if column.strip():
            target = plan.mapping.get(column, IGNORED)
            lines.append(f"  {quoted(column)} -> {target or '(left out)'}")
    return lines


def created_lines(plan: ListImportPlan) -> list[str]:
    """What rows name that the workspace lacks, made by the import."""
    lines = []
    for list_name, names in plan.created.items():
        shown = ", ".join(quoted(name) for name in names[:NAMES_SHOWN])
        more = f" and {len(names) - NAMES_SHOWN} more" if len(names) > NAMES_SHOWN else ""
        lines.append(f"{items(len(names), list_name)} made, named by rows: {shown}{more}")
    return lines


def left_out_lines(plan: ListImportPlan) -> list[str]:
    """What of the file was not imported, though not refused: said, never dropped silently."""
    lines = []
    if plan.columns_left_out:
        columns = ", ".join(quoted(column) for column in plan.columns_left_out)
        lines.append(f"columns left out (no field takes them): {columns}")
    for reason, count in sorted(plan.left_out_counts().items()):
        rows = [value.row for value in plan.left_out if value.reason == reason]
        lines.append(f"{counted(count, 'row', 'rows')} left out: {reason} ({_row_numbers(rows)})")
    return lines


def _row_numbers(rows: list[int]) -> str:
    """'row 24', 'rows 3, 5 and 9', 'rows 3, 5, 8, 9, 12 and 7 more': where to look in the file."""
    shown = [str(row) for row in rows[:NAMES_SHOWN]]
    if len(rows) == 1:
        return f"row {shown[0]}"
    if len(rows) > NAMES_SHOWN:
        return f"rows {', '.join(shown)} and {len(rows) - NAMES_SHOWN} more"
    return f"rows {', '.join(shown[:-1])} and {shown[-1]}"


def sample_lines(plan: ListImportPlan, count: int = 3) -> list[str]:
    lines = []
    for number, values in plan.samples(count):
        cells = ", ".join(f"{target} {quoted(value)}" for target, value in values.items())
        lines.append(f"  row {number}: {cells or '(empty)'}")
    return ["sample rows:", *lines] if lines else []


def written_line(counts: dict[str, int], *, dry_run: bool) -> str:
    written = ", ".join(items(n, name) for name, n in counts.items() if n)
    return f"{'would write' if dry_run else 'wrote'}: {written or 'nothing new'}"
