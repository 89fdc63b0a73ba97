"""The French invoicing and CRM tools' exports of customers (Axonaut, Sellsy and their like).

One row per company with one person at it, in French, as these tools' "Exporter les
contacts" write it (Axonaut's help, "Comment créer une société / un contact": Raison
sociale, Civilité, Prénom, Nom, Poste, Téléphone, Portable, Effectif, Commercial, Origine;
Sellsy's customer export has the same columns). Exported from French Excel: `;` and
Windows-1252. "Téléphone" is the person's line; with no person on the row it is the
company's switchboard (people.py).
"""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName

CUSTOMERS = Dialect(
    name="Axonaut or Sellsy customers",
    list_name=ListName.ACCOUNTS,
    columns={
        "Raison sociale": "name",
        "Type": LEFT_OUT,  # Prospect, Client, Fournisseur
        "Civilité": LEFT_OUT,
        "Prénom": "first_name",
        "Nom": "last_name",
        "Fonction": "job_title",
        "Poste": "job_title",
        "Email": "email",
        "Téléphone": "phone",
        "Portable": "mobile",
        "Adresse": LEFT_OUT,
        "Code postal": LEFT_OUT,
        "Ville": "city",
        "Pays": LEFT_OUT,
        "Site web": LEFT_OUT,
        "SIRET": LEFT_OUT,
        "Code NAF": LEFT_OUT,
        "N° TVA intracommunautaire": LEFT_OUT,
        "Secteur d'activité": "sector",
        "Effectif": "size",
        "Commercial": "owner",
        "Origine": "channel",
        "Date de création": LEFT_OUT,
    },
    signature=("Raison sociale", "Civilité", "Prénom", "Nom"),
)

DIALECTS = (CUSTOMERS,)
