"""The interchange document (format esn-desktop/1) as a JSON-shaped dictionary, both ways."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from esn_desktop.domain.records import LISTS, WorkspaceContent
from esn_desktop.interchange.validation import FORMAT

# Lists of records nested in an item, written as lists of objects.
NESTED_LISTS = {
    "opportunities": ("history",),
    "objectives": ("criteria",),
    "action_plans": ("targets", "rules", "pushes"),
}
# Record attributes whose interchange names differ (channel costs say from/to).
_COST_KEYS = {"start": "from", "end": "to"}


def content_to_document(content: WorkspaceContent) -> dict[str, Any]:
    """Plain Python values (Decimal, date, str); the encoders decide how to write them."""
    document: dict[str, Any] = {"format": FORMAT}
    if content.settings is not None:
        document["settings"] = {f.name: getattr(content.settings, f.name) for f in fields(content.settings)}
    for list_name in LISTS:
        document[list_name] = [_item(list_name, record) for record in getattr(content, list_name)]
    return document


def _item(list_name: str, record: Any) -> dict[str, Any]:
    item = asdict(record)
    if list_name == "channels":
        item["costs"] = [{_COST_KEYS.get(k, k): v for k, v in line.items()} for line in item["costs"]]
    if list_name == "consultants":
        item["skills"] = list(item["skills"])
    for nested in NESTED_LISTS.get(list_name, ()):
        item[nested] = [dict(line) for line in item[nested]]
    return item
