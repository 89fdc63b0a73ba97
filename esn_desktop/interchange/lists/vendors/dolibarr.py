"""Dolibarr's exports of third parties (tiers) and of their contacts, in French.

Headers are the labels Dolibarr writes: its export module's fields (htdocs/core/modules/
modSociete.class.php, datasets "Tiers" and "Contacts") and its lists' columns, translated by
htdocs/langs/fr_FR/companies.lang ("Nom du tiers", "Raison sociale", "Poste/fonction",
"Tél pro.", "Tél portable", "Effectifs", "Type du tiers", "Login du commercial"...).

"Client" is a flag, 0 to 3 (neither, customer, prospect, both), and "Prospect" and
"Fournisseur" flags too: never a company's name, left out. "Effectifs" is a head-count band
("11 - 50"). "Type du tiers" is the segment ("Grand compte", "PME/PMI", "TPE").
"""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName

#: Dolibarr's types of third party (c_typent) that are our segments.
_SEGMENTS = {"Grand compte": "grand_compte", "PME/PMI": "pme", "TPE": "tpe"}

_FLAGS = {
    "Client": LEFT_OUT,
    "Prospect": LEFT_OUT,
    "Prospect / Client": LEFT_OUT,
    "Fournisseur": LEFT_OUT,
    "État": LEFT_OUT,
    "Statut prospect": LEFT_OUT,
}

THIRD_PARTIES = Dialect(
    name="Dolibarr third parties",
    list_name=ListName.ACCOUNTS,
    columns={
        "Identifiant tiers": LEFT_OUT,
        "Nom du tiers": "name",
        "Raison sociale": "name",
        "Nom alternatif": LEFT_OUT,
        "Maison mère": LEFT_OUT,
        **_FLAGS,
        "Code client": LEFT_OUT,
        "Code fournisseur": LEFT_OUT,
        "Adresse": LEFT_OUT,
        "Code postal": LEFT_OUT,
        "Ville": "city",
        "Département / Canton": LEFT_OUT,
        "Pays": LEFT_OUT,
        "Téléphone": "company_phone",
        "Fax": LEFT_OUT,
        "Email": "company_email",
        "Web": LEFT_OUT,
        "Type du tiers": "segment",
        "Effectifs": "size",
        "Type d'entité légale": LEFT_OUT,
        "Potentiel du prospect": LEFT_OUT,
        "Id. prof. 1 (SIREN)": LEFT_OUT,
        "Id. prof. 2 (SIRET)": LEFT_OUT,
        "Id. prof. 3 (NAF-APE)": LEFT_OUT,
        "Numéro TVA": LEFT_OUT,
        "Date de création": LEFT_OUT,
        "Commercial": "owner",
        "Login du commercial": LEFT_OUT,
        "Prénom du commercial": LEFT_OUT,
        "Nom du commercial": LEFT_OUT,
    },
    signature=("Client", "Fournisseur"),
    values={"segment": _SEGMENTS},
)

CONTACTS = Dialect(
    name="Dolibarr contacts",
    list_name=ListName.CONTACTS,
    columns={
        "Identifiant contact": LEFT_OUT,
        "Code civilité": LEFT_OUT,
        "Civilité": LEFT_OUT,
        "Nom": "last_name",
        "Prénom": "first_name",
        "Poste/fonction": "job_title",
        "Tiers": "account",
        "Tél pro.": "phone",
        "Tél perso.": LEFT_OUT,
        "Tél portable": "mobile",
        "Fax": LEFT_OUT,
        "Email": "email",
        "Adresse": LEFT_OUT,
        "Code postal": LEFT_OUT,
        "Ville": "city",
        "Pays": LEFT_OUT,
        "Visibilité": LEFT_OUT,
        "Date de création": LEFT_OUT,
        "Type du tiers": "segment",
        **_FLAGS,
    },
    signature=("Nom", "Prénom", "Poste/fonction"),
    values={"segment": _SEGMENTS},
)

DIALECTS = (THIRD_PARTIES, CONTACTS)
