"""Odoo's export of its CRM pipeline (crm.lead, "Export" with the fields' labels), English and
French interface.

Headers are the field labels of Odoo's crm.lead model (addons/crm/models/crm_lead.py):
name "Opportunity", partner_id "Customer", partner_name "Company Name", expected_revenue
"Expected Revenue", stage_id "Stage", probability "Probability" (a percentage, 0 to 100),
date_deadline "Expected Closing", user_id "Salesperson", create_date "Created on",
date_closed "Closed Date", source_id "Source"; the French ones from Odoo's fr.po. The
customer is a partner's display name ("Acme, Jean Dupont" for a person at Acme): its company
is the account when "Company Name" is empty.
"""

from __future__ import annotations

from types import MappingProxyType

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.interchange.lists.vendors.deal_stages import ODOO_STAGES

_STAGES = MappingProxyType({"stage": MappingProxyType(ODOO_STAGES)})

ODOO_LEADS = Dialect(
    name="Odoo CRM opportunities, English labels",
    list_name=ListName.OPPORTUNITIES,
    columns=MappingProxyType(
        {
            "Opportunity": "title",
            "Customer": "customer",
            "Company Name": "account",
            "Expected Revenue": "amount",
            "Stage": "stage",
            "Probability": "probability",
            "Expected Closing": "expected_close",
            "Salesperson": "owner",
            "Created on": "created",
            "Closed Date": "closed",
            "Source": "channel",
            "Sales Team": LEFT_OUT,
            "Contact Name": LEFT_OUT,
            "Email": LEFT_OUT,
            "Phone": LEFT_OUT,
            "Priority": LEFT_OUT,
            "Tags": LEFT_OUT,
            "Prorated Revenue": LEFT_OUT,
            "Active": LEFT_OUT,
            "ID": LEFT_OUT,
        }
    ),
    signature=("Opportunity", "Expected Revenue", "Stage"),
    values=_STAGES,
)

ODOO_LEADS_FR = Dialect(
    name="Odoo CRM opportunities, French labels",
    list_name=ListName.OPPORTUNITIES,
    columns=MappingProxyType(
        {
            "Opportunité": "title",
            "Client": "customer",
            "Nom de la société": "account",
            "Revenu espéré": "amount",
            "Étape": "stage",
            "Probabilité": "probability",
            "Clôture prévue": "expected_close",
            "Vendeur": "owner",
            "Créé le": "created",
            "Date de clôture": "closed",
            "Source": "channel",
            "Équipe commerciale": LEFT_OUT,
            "Nom du contact": LEFT_OUT,
            "Email": LEFT_OUT,
            "Téléphone": LEFT_OUT,
            "Priorité": LEFT_OUT,
            "Étiquettes": LEFT_OUT,
            "Revenu au prorata": LEFT_OUT,
            "Actif": LEFT_OUT,
            "ID": LEFT_OUT,
        }
    ),
    signature=("Opportunité", "Revenu espéré", "Étape"),
    values=_STAGES,
)
