"""Salesforce's exports: reports (Export > Details only) and Data Loader files.

A report writes its columns' labels, as the user's language shows them: the standard fields
of Contact and Account ("First Name", "Title", "Account Name", "Account Owner", "Lead Source",
"Billing City", "Employees"; in French "Prénom", "Titre", "Nom du compte", "Propriétaire du
compte", "Origine de la piste", "Ville de facturation", "Employés"), per Salesforce's Object
Reference and Help ("Contact Fields", "Account Fields"). Data Loader writes the API names in
capitals ("NAME", "BILLINGCITY", "OWNERID", "ACCOUNTID"), and a related field with its path
("ACCOUNT.NAME", "OWNER.NAME") when the query selects it.

Ids (OWNERID, ACCOUNTID, ID) mean nothing outside Salesforce: left out. A contacts file
without the account's name cannot say where each person works, and the refusal says so.
An account's "Phone" is its switchboard.
"""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName

CONTACTS_REPORT_EN = Dialect(
    name="Salesforce contacts report, English",
    list_name=ListName.CONTACTS,
    columns={
        "Contact ID": LEFT_OUT,
        "Account ID": LEFT_OUT,
        "Contact Owner": LEFT_OUT,  # the account's owner is the account's salesperson
        "Salutation": LEFT_OUT,
        "First Name": "first_name",
        "Last Name": "last_name",
        "Title": "job_title",
        "Department": LEFT_OUT,
        "Account Name": "account",
        "Email": "email",
        "Phone": "phone",
        "Mobile": "mobile",
        "Lead Source": "channel",
        "Mailing City": LEFT_OUT,  # the person's address; the account's city is its billing city
        "Mailing Country": LEFT_OUT,
        "Billing City": "city",
        "Account Owner": "owner",
        "Industry": "sector",
        "Employees": "size",
        "Created Date": LEFT_OUT,
        "Last Activity": LEFT_OUT,
    },
    signature=("First Name", "Last Name", "Account Name"),
)

CONTACTS_REPORT_FR = Dialect(
    name="Salesforce contacts report, French",
    list_name=ListName.CONTACTS,
    columns={
        "ID du contact": LEFT_OUT,
        "ID du compte": LEFT_OUT,
        "Propriétaire du contact": LEFT_OUT,
        "Civilité": LEFT_OUT,
        "Prénom": "first_name",
        "Nom": "last_name",
        "Titre": "job_title",
        "Service": LEFT_OUT,
        "Nom du compte": "account",
        "E-mail": "email",
        "Téléphone": "phone",
        "Mobile": "mobile",
        "Origine de la piste": "channel",
        "Ville (adresse postale)": LEFT_OUT,
        "Ville de facturation": "city",
        "Propriétaire du compte": "owner",
        "Secteur d'activité": "sector",
        "Employés": "size",
        "Date de création": LEFT_OUT,
        "Dernière activité": LEFT_OUT,
    },
    signature=("Prénom", "Nom", "Nom du compte"),
)

ACCOUNTS_REPORT_EN = Dialect(
    name="Salesforce accounts report, English",
    list_name=ListName.ACCOUNTS,
    columns={
        "Account ID": LEFT_OUT,
        "Account Name": "name",
        "Account Owner": "owner",
        "Type": LEFT_OUT,
        "Industry": "sector",
        "Employees": "size",
        "Billing Street": LEFT_OUT,
        "Billing City": "city",
        "Billing Zip/Postal Code": LEFT_OUT,
        "Billing Country": LEFT_OUT,
        "Phone": "company_phone",
        "Website": LEFT_OUT,
        "Account Source": "channel",
        "Annual Revenue": LEFT_OUT,
        "Rating": LEFT_OUT,
        "Created Date": LEFT_OUT,
        "Last Activity": LEFT_OUT,
    },
    signature=("Account Name", "Account Owner"),
)

ACCOUNTS_REPORT_FR = Dialect(
    name="Salesforce accounts report, French",
    list_name=ListName.ACCOUNTS,
    columns={
        "ID du compte": LEFT_OUT,
        "Nom du compte": "name",
        "Propriétaire du compte": "owner",
        "Type": LEFT_OUT,
        "Secteur d'activité": "sector",
        "Employés": "size",
        "Rue de facturation": LEFT_OUT,
        "Ville de facturation": "city",
        "Code postal de facturation": LEFT_OUT,
        "Pays de facturation": LEFT_OUT,
        "Téléphone": "company_phone",
        "Site Web": LEFT_OUT,
        "Origine du compte": "channel",
        "Chiffre d'affaires annuel": LEFT_OUT,
        "Date de création": LEFT_OUT,
        "Dernière activité": LEFT_OUT,
    },
    signature=("Nom du compte", "Propriétaire du compte"),
)

DATA_LOADER_ACCOUNTS = Dialect(
    name="Salesforce Data Loader accounts",
    list_name=ListName.ACCOUNTS,
    columns={
        "ID": LEFT_OUT,
        "NAME": "name",
        "PHONE": "company_phone",
        "BILLINGSTREET": LEFT_OUT,
        "BILLINGCITY": "city",
        "BILLINGPOSTALCODE": LEFT_OUT,
        "BILLINGCOUNTRY": LEFT_OUT,
        "NUMBEROFEMPLOYEES": "size",
        "INDUSTRY": "sector",
        "TYPE": LEFT_OUT,
        "WEBSITE": LEFT_OUT,
        "ACCOUNTSOURCE": "channel",
        "ANNUALREVENUE": LEFT_OUT,
        "OWNERID": LEFT_OUT,  # a Salesforce user's id; OWNER.NAME is the salesperson
        "OWNER.NAME": "owner",
        "CREATEDDATE": LEFT_OUT,
    },
    signature=("ID", "NAME", "OWNERID"),
)

DATA_LOADER_CONTACTS = Dialect(
    name="Salesforce Data Loader contacts",
    list_name=ListName.CONTACTS,
    columns={
        "ID": LEFT_OUT,
        "ACCOUNTID": LEFT_OUT,  # an id: ACCOUNT.NAME is the company
        "ACCOUNT.NAME": "account",
        "SALUTATION": LEFT_OUT,
        "FIRSTNAME": "first_name",
        "LASTNAME": "last_name",
        "TITLE": "job_title",
        "DEPARTMENT": LEFT_OUT,
        "EMAIL": "email",
        "PHONE": "phone",
        "MOBILEPHONE": "mobile",
        "MAILINGCITY": LEFT_OUT,
        "LEADSOURCE": "channel",
        "OWNERID": LEFT_OUT,
        "OWNER.NAME": "owner",
        "CREATEDDATE": LEFT_OUT,
    },
    signature=("ID", "ACCOUNTID", "LASTNAME"),
    hints={
        "account": (
            "Data Loader wrote the account's id (ACCOUNTID), not its name: export the contacts "
            "with Account.Name in the query (a column ACCOUNT.NAME), or name the column holding it "
            '(--map "COLUMN=account")'
        )
    },
)

DIALECTS = (
    CONTACTS_REPORT_EN,
    CONTACTS_REPORT_FR,
    ACCOUNTS_REPORT_EN,
    ACCOUNTS_REPORT_FR,
    DATA_LOADER_ACCOUNTS,
    DATA_LOADER_CONTACTS,
)
