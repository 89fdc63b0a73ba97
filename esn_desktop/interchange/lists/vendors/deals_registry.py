"""The dialects of the opportunities and activities lists, added to dialects.DIALECTS."""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import Dialect
from esn_desktop.interchange.lists.vendors.hubspot_deals import HUBSPOT_DEALS, HUBSPOT_DEALS_FR
from esn_desktop.interchange.lists.vendors.odoo_deals import ODOO_LEADS, ODOO_LEADS_FR
from esn_desktop.interchange.lists.vendors.pipedrive_deals import PIPEDRIVE_ACTIVITIES, PIPEDRIVE_DEALS
from esn_desktop.interchange.lists.vendors.salesforce_deals import (
    SALESFORCE_DATA_LOADER,
    SALESFORCE_REPORT,
)

DEAL_DIALECTS: tuple[Dialect, ...] = (
    HUBSPOT_DEALS,
    HUBSPOT_DEALS_FR,
    PIPEDRIVE_DEALS,
    PIPEDRIVE_ACTIVITIES,
    ODOO_LEADS,
    ODOO_LEADS_FR,
    SALESFORCE_REPORT,
    SALESFORCE_DATA_LOADER,
)

#: The dialects whose probability is a percentage written without its sign ("75" is 75 %).
PROBABILITY_IN_PERCENT = frozenset(
    d.name for d in (PIPEDRIVE_DEALS, ODOO_LEADS, ODOO_LEADS_FR, SALESFORCE_REPORT, SALESFORCE_DATA_LOADER)
)
