"""Every field a list import fills has a name in the wizard, so no code (`expected_close`) shows."""

from __future__ import annotations

from esn_desktop.interchange.lists.targets import FIELDS
from esn_desktop.ui.labels import IMPORT_FIELDS


def test_every_field_of_every_list_has_a_label() -> None:
    fields = {field for list_fields in FIELDS.values() for field in list_fields}
    assert sorted(fields - IMPORT_FIELDS.keys()) == []
