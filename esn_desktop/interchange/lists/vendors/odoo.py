"""Odoo's export of contacts (res.partner): companies and people in one file.

Headers as Odoo's export dialog writes them: the fields' labels (odoo/addons/base/models/
res_partner.py: "Is a Company", "Related Company", "Job Position", "Salesperson"...), their
French translations (addons/base/i18n/fr.po: "Est une société", "Société liée", "Poste",
"Vendeur"...), or, with "I want to update data (import-compatible export)", the technical
names ("name", "is_company", "parent_id", "function", "user_id"...). Booleans are written
True/False (Vrai/Faux in French).

A row is a company or a person ("Is a Company"); a person's "Related Company" names the
company they work at. people.py splits the file: companies become accounts with their own
phone and email, people contacts at their company; a person at no company is left out (said).
"""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName

PARTNERS_EN = Dialect(
    name="Odoo contacts, English labels",
    list_name=ListName.ACCOUNTS,
    columns={
        "External ID": LEFT_OUT,
        "Name": "name",
        "Display Name": LEFT_OUT,
        "Is a Company": "is_company",
        "Related Company": "company",
        "Company Name": LEFT_OUT,
        "Title": LEFT_OUT,  # Mister, Madam: a civility, not a job
        "Job Position": "job_title",
        "Email": "email",
        "Phone": "phone",
        "Mobile": "mobile",
        "Street": LEFT_OUT,
        "Zip": LEFT_OUT,
        "City": "city",
        "Country": LEFT_OUT,
        "Website Link": LEFT_OUT,
        "Tax ID": LEFT_OUT,
        "Tags": LEFT_OUT,
        "Salesperson": "owner",
    },
    signature=("Name", "Is a Company"),
)

PARTNERS_FR = Dialect(
    name="Odoo contacts, French labels",
    list_name=ListName.ACCOUNTS,
    columns={
        "ID externe": LEFT_OUT,
        "Nom": "name",
        "Nom affiché": LEFT_OUT,
        "Est une société": "is_company",
        "Société liée": "company",
        "Nom de la société": LEFT_OUT,
        "Titre": LEFT_OUT,
        "Poste": "job_title",
        "Email": "email",
        "Courriel": "email",  # the label before Odoo 15
        "Téléphone": "phone",
        "Mobile": "mobile",
        "Rue": LEFT_OUT,
        "Code postal": LEFT_OUT,
        "Ville": "city",
        "Pays": LEFT_OUT,
        "Site web": LEFT_OUT,
        "N° TVA": LEFT_OUT,
        "Étiquettes": LEFT_OUT,
        "Vendeur": "owner",
    },
    signature=("Nom", "Est une société"),
)

PARTNERS_TECHNICAL = Dialect(
    name="Odoo contacts, technical names",
    list_name=ListName.ACCOUNTS,
    columns={
        "id": LEFT_OUT,
        "name": "name",
        "display_name": LEFT_OUT,
        "is_company": "is_company",
        "parent_id": "company",
        "parent_id/id": LEFT_OUT,
        "company_name": LEFT_OUT,
        "title": LEFT_OUT,
        "function": "job_title",
        "email": "email",
        "phone": "phone",
        "mobile": "mobile",
        "street": LEFT_OUT,
        "zip": LEFT_OUT,
        "city": "city",
        "country_id": LEFT_OUT,
        "website": LEFT_OUT,
        "vat": LEFT_OUT,
        "category_id": LEFT_OUT,
        "user_id": "owner",
        "user_id/id": LEFT_OUT,
    },
    signature=("name", "is_company"),
)

DIALECTS = (PARTNERS_EN, PARTNERS_FR, PARTNERS_TECHNICAL)
