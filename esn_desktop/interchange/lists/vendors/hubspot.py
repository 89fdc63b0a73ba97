"""HubSpot's exports of contacts and companies, in its English and French interface.

Headers are the property labels HubSpot writes as the first row of an export (Contacts or
Companies > Export, "Properties in view" or "All properties"): the default properties of
HubSpot's "Contacts" and "Companies" objects (knowledge.hubspot.com, "HubSpot's default
contact properties" and "... company properties"; the same labels appear in exported files
such as hubspot-crm-exports-all-contacts-*.csv). The French labels are those of the French
interface. An export always begins with the record's id ("Record ID", "ID de fiche
d'informations"), which tells HubSpot's files from a person's spreadsheet.

A contact's "Phone Number" is the person's; a company's "Phone Number" is its switchboard.
Lifecycle stages (Subscriber, Lead, MQL...) describe marketing, not a deal: left out.
"""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName

_ASSOCIATED = (
    "HubSpot writes the company's name in 'Company Name': add that column to the export, "
    'or name the column holding it (--map "Associated Company=account")'
)

CONTACTS_EN = Dialect(
    name="HubSpot contacts, English interface",
    list_name=ListName.CONTACTS,
    columns={
        "Record ID": LEFT_OUT,
        "First Name": "first_name",
        "Last Name": "last_name",
        "Email": "email",
        "Phone Number": "phone",
        "Mobile Phone Number": "mobile",
        "Job Title": "job_title",
        "Company Name": "account",
        "Associated Company": LEFT_OUT,
        "Primary Associated Company ID": LEFT_OUT,
        "Contact owner": "owner",
        "Lifecycle Stage": LEFT_OUT,
        "Lead Status": LEFT_OUT,
        "City": "city",
        "Country/Region": LEFT_OUT,
        "State/Region": LEFT_OUT,
        "Street Address": LEFT_OUT,
        "Postal Code": LEFT_OUT,
        "Industry": "sector",
        "Number of Employees": "size",
        "Original Source": "channel",
        "Website URL": LEFT_OUT,
        "Create Date": LEFT_OUT,
        "Last Activity Date": LEFT_OUT,
        "Marketing contact status": LEFT_OUT,
    },
    signature=("Record ID", "First Name", "Last Name"),
    hints={"account": _ASSOCIATED},
)

CONTACTS_FR = Dialect(
    name="HubSpot contacts, French interface",
    list_name=ListName.CONTACTS,
    columns={
        "ID de fiche d'informations": LEFT_OUT,
        "Prénom": "first_name",
        "Nom": "last_name",
        "E-mail": "email",
        "Numéro de téléphone": "phone",
        "Numéro de téléphone mobile": "mobile",
        "Intitulé du poste": "job_title",
        "Nom de l'entreprise": "account",
        "Entreprise associée": LEFT_OUT,
        "Propriétaire du contact": "owner",
        "Phase du cycle de vie": LEFT_OUT,
        "Statut du lead": LEFT_OUT,
        "Ville": "city",
        "Pays/Région": LEFT_OUT,
        "Secteur d'activité": "sector",
        "Nombre d'employés": "size",
        "Source d'origine": "channel",
        "URL du site web": LEFT_OUT,
        "Date de création": LEFT_OUT,
        "Date de la dernière activité": LEFT_OUT,
    },
    signature=("ID de fiche d'informations", "Prénom", "Nom"),
)

COMPANIES_EN = Dialect(
    name="HubSpot companies, English interface",
    list_name=ListName.ACCOUNTS,
    columns={
        "Record ID": LEFT_OUT,
        "Company name": "name",
        "Company Domain Name": LEFT_OUT,
        "Phone Number": "company_phone",
        "Company owner": "owner",
        "City": "city",
        "Country/Region": LEFT_OUT,
        "State/Region": LEFT_OUT,
        "Street Address": LEFT_OUT,
        "Postal Code": LEFT_OUT,
        "Industry": "sector",
        "Number of Employees": "size",
        "Annual Revenue": LEFT_OUT,
        "Type": LEFT_OUT,
        "Lifecycle Stage": LEFT_OUT,
        "Lead Status": LEFT_OUT,
        "Original Source Type": "channel",
        "Website URL": LEFT_OUT,
        "Create Date": LEFT_OUT,
        "Last Activity Date": LEFT_OUT,
    },
    signature=("Record ID", "Company name", "Company owner"),
)

COMPANIES_FR = Dialect(
    name="HubSpot companies, French interface",
    list_name=ListName.ACCOUNTS,
    columns={
        "ID de fiche d'informations": LEFT_OUT,
        "Nom de l'entreprise": "name",
        "Nom de domaine de l'entreprise": LEFT_OUT,
        "Numéro de téléphone": "company_phone",
        "Propriétaire de l'entreprise": "owner",
        "Ville": "city",
        "Pays/Région": LEFT_OUT,
        "Secteur d'activité": "sector",
        "Nombre d'employés": "size",
        "Chiffre d'affaires annuel": LEFT_OUT,
        "Type": LEFT_OUT,
        "Phase du cycle de vie": LEFT_OUT,
        "Statut du lead": LEFT_OUT,
        "Type de source d'origine": "channel",
        "URL du site web": LEFT_OUT,
        "Date de création": LEFT_OUT,
        "Date de la dernière activité": LEFT_OUT,
    },
    signature=("ID de fiche d'informations", "Nom de l'entreprise", "Propriétaire de l'entreprise"),
)

DIALECTS = (CONTACTS_EN, CONTACTS_FR, COMPANIES_EN, COMPANIES_FR)
