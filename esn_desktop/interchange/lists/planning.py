"""Planning the import of one list: read its header, then each of its rows; writes nothing."""

from __future__ import annotations

from collections.abc import Callable

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.interchange.lists.activities import plan_activities
from esn_desktop.interchange.lists.consultants import plan_consultants
from esn_desktop.interchange.lists.deals import plan_opportunities
from esn_desktop.interchange.lists.mapping import HeaderReading, check_mapping
from esn_desktop.interchange.lists.people import plan_people
from esn_desktop.interchange.lists.plan import PROGRESS_EVERY, Destination, LeftOutValue, ListImportPlan
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import ListName

_PLANNERS: dict[ListName, Callable[[ListImportPlan, Destination, Progress], None]] = {
    ListName.ACCOUNTS: plan_people,
    ListName.CONTACTS: plan_people,
    ListName.OPPORTUNITIES: plan_opportunities,
    ListName.ACTIVITIES: plan_activities,
    ListName.CONSULTANTS: plan_consultants,
}

#: Why the lines under a report's data are not imported.
FOOTER = "the footer its CRM writes under a report (title, totals, copyright, author), not data"

#: The fields without which no row of the list is anything, and what each is called in a
#: refusal: a file lacking one is refused once, at its header, not row by row.
_NEEDED = {
    ListName.ACCOUNTS: (("name", "the company's name"),),
    ListName.CONTACTS: (("account", "the company's name"),),
    ListName.OPPORTUNITIES: (("title", "the opportunity's title"), ("stage", "the opportunity's stage")),
    ListName.ACTIVITIES: (("date", "the activity's date"), ("kind", "the activity's type")),
    ListName.CONSULTANTS: (("name", "the consultant's name"), ("start", "the consultant's start date")),
}


def plan_list_import(
    table: ListTable, reading: HeaderReading, destination: Destination, *, progress: Progress = no_progress
) -> ListImportPlan:
    """Maps, checks and de-duplicates every row of `table` as `reading` reads it."""
    check_mapping(reading.mapping, reading.list_name)
    data = reading.dialect.data_rows(table) if reading.dialect else len(table.rows)
    footer = [number for number, _row in table.numbered()][data:]
    plan = ListImportPlan(reading.list_name, table.first(data), dict(reading.mapping), reading.dialect)
    plan.left_out.extend(LeftOutValue(number, FOOTER) for number in footer)
    hints = reading.dialect.hints if reading.dialect else {}
    missing = [
        Problem("(header)", needed, hints.get(needed) or f"no column was recognised as {what}")
        for needed, what in _NEEDED[reading.list_name]
        if needed not in plan.mapping.values()
    ]
    if missing:
        raise ValidationError(missing, "the list was refused")
    _PLANNERS[reading.list_name](plan, destination, progress)
    if len(table.rows) >= PROGRESS_EVERY:  # a short list is read before progress would mean anything
        progress(len(table.rows), len(table.rows))
    return plan
