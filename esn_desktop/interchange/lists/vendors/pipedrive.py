"""Pipedrive's exports of people and organizations (Contacts > People or Organizations > Export).

Pipedrive writes each column as "Entity - Field" ("Person - Name", "Organization - Owner"),
and a field with several values by kind ("Person - Email - Work", "Person - Phone - Mobile");
older exports write one "Person - Email" and "Person - Phone" (Pipedrive's help, "Exporting
data from Pipedrive"; the headers as they appear in files scripts read, e.g. "Person - Email -
Work", "Person - Organization", "Organization - Name", "Organization - Owner").

A people export may carry its organization's columns: then "Organization - Name" names the
company and "Organization - Owner" its salesperson, and the person's copies are left out.
"""

from __future__ import annotations

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName

_PERSON = {
    "Person - ID": LEFT_OUT,
    "Person - Name": "full_name",
    "Person - First name": "first_name",
    "Person - Last name": "last_name",
    "Person - Label": LEFT_OUT,
    "Person - Email": "email",
    "Person - Email - Work": "email",
    "Person - Email - Home": LEFT_OUT,
    "Person - Email - Other": LEFT_OUT,
    "Person - Phone": "phone",
    "Person - Phone - Work": "phone",
    "Person - Phone - Mobile": "mobile",
    "Person - Phone - Home": LEFT_OUT,
    "Person - Phone - Other": LEFT_OUT,
    "Person - Job title": "job_title",
    "Person - Marketing status": LEFT_OUT,
    "Person - Open deals": LEFT_OUT,
    "Person - Next activity date": LEFT_OUT,
}

PEOPLE_WITH_ORGANIZATION = Dialect(
    name="Pipedrive people, with their organization",
    list_name=ListName.CONTACTS,
    columns={
        **_PERSON,
        "Person - Organization": LEFT_OUT,  # the organization's name, as "Organization - Name" writes it
        "Person - Owner": LEFT_OUT,  # the organization's owner is the account's salesperson
        "Organization - ID": LEFT_OUT,
        "Organization - Name": "account",
        "Organization - Owner": "owner",
        "Organization - Address": LEFT_OUT,
        "Organization - Label": LEFT_OUT,
        "Organization - Industry": "sector",
        "Organization - Number of employees": "size",
        "Organization - Website": LEFT_OUT,
    },
    signature=("Person - Name", "Organization - Name"),
)

PEOPLE = Dialect(
    name="Pipedrive people",
    list_name=ListName.CONTACTS,
    columns={**_PERSON, "Person - Organization": "account", "Person - Owner": "owner"},
    signature=("Person - Name", "Person - Organization"),
)

ORGANIZATIONS = Dialect(
    name="Pipedrive organizations",
    list_name=ListName.ACCOUNTS,
    columns={
        "Organization - ID": LEFT_OUT,
        "Organization - Name": "name",
        "Organization - Owner": "owner",
        "Organization - Address": LEFT_OUT,
        "Organization - Label": LEFT_OUT,
        "Organization - Industry": "sector",
        "Organization - Number of employees": "size",
        "Organization - Website": LEFT_OUT,
        "Organization - People": LEFT_OUT,
        "Organization - Open deals": LEFT_OUT,
        "Organization - Closed deals": LEFT_OUT,
        "Organization - Next activity date": LEFT_OUT,
        "Organization - Organization created": LEFT_OUT,
    },
    signature=("Organization - Name", "Organization - Owner"),
)

DIALECTS = (PEOPLE_WITH_ORGANIZATION, PEOPLE, ORGANIZATIONS)
