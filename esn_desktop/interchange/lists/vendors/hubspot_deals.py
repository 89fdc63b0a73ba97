"""HubSpot's export of deals (CRM > Deals > Export), English and French interface.

Headers as HubSpot writes them: its default deal properties (knowledge.hubspot.com,
"HubSpot's default deal properties") under their labels, and the association columns of an
export ("Associated Company", "Associated Company (Primary)" in recent exports). The French
labels are those of the French interface ("Nom de la transaction", "Phase de la transaction",
"Date de fermeture", "Propriétaire de la transaction"), as French HubSpot exports show them.
"Close Date" is the day the deal is expected to close, or closed: a won or lost deal's
closing day when no other column says it.
"""

from __future__ import annotations

from types import MappingProxyType

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.interchange.lists.vendors.deal_stages import HUBSPOT_STAGES

_LEFT_OUT_BOTH = {
    "Deal ID": LEFT_OUT,
    "Record ID": LEFT_OUT,
    "Pipeline": LEFT_OUT,
    "Associated Company ID": LEFT_OUT,
    "Associated Company IDs": LEFT_OUT,
    "Associated Contact IDs": LEFT_OUT,
    "Associated Contacts": LEFT_OUT,
}

HUBSPOT_DEALS = Dialect(
    name="HubSpot deals, English interface",
    list_name=ListName.OPPORTUNITIES,
    columns=MappingProxyType(
        {
            "Deal Name": "title",
            "Deal Stage": "stage",
            "Amount": "amount",
            "Close Date": "expected_close",
            "Create Date": "created",
            "Deal owner": "owner",
            "Deal probability": "probability",
            "Associated Company": "account",
            "Associated Company (Primary)": "account",
            "Deal Type": LEFT_OUT,  # new business or existing: not a stage, not a channel
            "Weighted amount": LEFT_OUT,  # amount x probability, worked out again here
            "Forecast amount": LEFT_OUT,
            "Currency": "currency",
            **_LEFT_OUT_BOTH,
        }
    ),
    signature=("Deal Name", "Deal Stage"),
    values=MappingProxyType({"stage": MappingProxyType(HUBSPOT_STAGES)}),
)

HUBSPOT_DEALS_FR = Dialect(
    name="HubSpot deals, French interface",
    list_name=ListName.OPPORTUNITIES,
    columns=MappingProxyType(
        {
            "Nom de la transaction": "title",
            "Phase de la transaction": "stage",
            "Montant": "amount",
            "Date de fermeture": "expected_close",
            "Date de création": "created",
            "Propriétaire de la transaction": "owner",
            "Probabilité de la transaction": "probability",
            "Associated Company": "account",
            "Associated Company (Primary)": "account",
            "Entreprise associée": "account",
            "Type de transaction": LEFT_OUT,
            "Montant pondéré": LEFT_OUT,
            "ID de fiche d'informations": LEFT_OUT,
            **_LEFT_OUT_BOTH,
        }
    ),
    signature=("Nom de la transaction", "Phase de la transaction"),
    values=MappingProxyType({"stage": MappingProxyType(HUBSPOT_STAGES)}),
)
