"""A list of consultants: one row each, those already there (by name) reported as duplicates."""

from __future__ import annotations

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.progress import Progress
from esn_desktop.interchange.fields import FieldReader
from esn_desktop.interchange.lists.plan import Destination, Duplicate, ListImportPlan
from esn_desktop.interchange.lists.rows import mapped_rows
from esn_desktop.interchange.validation import parse_consultant


def plan_consultants(plan: ListImportPlan, destination: Destination, _progress: Progress) -> None:
    seen = {name_key(n): n for n in destination.known.consultants}
    earlier: dict[str, int] = {}
    for number, values, problems in mapped_rows(plan):
        if isinstance(values.get("skills"), str):
            values["skills"] = [s.strip() for s in values["skills"].replace(";", ",").split(",") if s.strip()]
        where = f"row {number}"
        consultant = parse_consultant(FieldReader(values, where, problems, spreadsheet=True))
        if consultant is None or problems:
            plan.rejected.extend(problems)
            continue
        key = name_key(consultant.name)
        if key in seen:
            there = seen[key] if key not in earlier and seen[key] != consultant.name else None
            plan.duplicates.append(Duplicate(number, "name", consultant.name, earlier.get(key), there))
            continue
        seen[key] = consultant.name
        earlier[key] = number
        plan.content.consultants.append(consultant)
