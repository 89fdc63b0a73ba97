"""The CRMs' and invoicing tools' exports, one module per vendor, gathered for dialects.py.

A vendor's module builds its dialects from `lists.dialect` (never `lists.dialects`, which
imports this package) and says in a comment where each set of headers comes from.
"""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import Dialect
from esn_desktop.interchange.lists.vendors import dolibarr, french_tools, hubspot, odoo, pipedrive, salesforce

#: The dialects of the people lists (accounts, contacts, partner files), by vendor.
PEOPLE_DIALECTS: tuple[Dialect, ...] = (
    *hubspot.DIALECTS,
    *pipedrive.DIALECTS,
    *odoo.DIALECTS,
    *dolibarr.DIALECTS,
    *salesforce.DIALECTS,
    *french_tools.DIALECTS,
)
