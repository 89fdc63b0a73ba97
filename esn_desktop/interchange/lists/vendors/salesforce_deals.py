"""Salesforce's opportunities: a report exported ("Opportunities" report type, details only)
and a Data Loader extract of the Opportunity object.

A report's headers are the fields' labels (Salesforce's "Opportunity Fields" reference:
Opportunity Name, Account Name, Amount, Stage, Probability (%), Close Date, Opportunity
Owner, Lead Source, Created Date). Data Loader writes the API names in upper case (NAME,
STAGENAME, AMOUNT, PROBABILITY, CLOSEDATE, LEADSOURCE, CREATEDDATE) and ids for the account
and owner (ACCOUNTID, OWNERID), which name nothing here: left out. A query naming the
account's name (Account.Name) gives an ACCOUNT.NAME column, which is the account; without
it, a Data Loader file is refused at its header, saying which column to add.
"""

from __future__ import annotations

from types import MappingProxyType

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.interchange.lists.vendors.deal_stages import SALESFORCE_STAGES

_STAGES = MappingProxyType({"stage": MappingProxyType(SALESFORCE_STAGES)})

SALESFORCE_REPORT = Dialect(
    name="Salesforce opportunities report",
    list_name=ListName.OPPORTUNITIES,
    columns=MappingProxyType(
        {
            "Opportunity Name": "title",
            "Account Name": "account",
            "Amount": "amount",
            "Stage": "stage",
            "Probability (%)": "probability",
            "Close Date": "expected_close",
            "Created Date": "created",
            "Opportunity Owner": "owner",
            "Lead Source": "channel",
            "Type": LEFT_OUT,
            "Fiscal Period": LEFT_OUT,
            "Age": LEFT_OUT,
            "Next Step": LEFT_OUT,
            "Amount Currency": "currency",
            "Expected Revenue": LEFT_OUT,  # amount x probability, worked out again here
            "Opportunity ID": LEFT_OUT,
        }
    ),
    signature=("Opportunity Name", "Account Name", "Stage"),
    values=_STAGES,
)

SALESFORCE_DATA_LOADER = Dialect(
    name="Salesforce Data Loader opportunities",
    list_name=ListName.OPPORTUNITIES,
    columns=MappingProxyType(
        {
            "NAME": "title",
            "ACCOUNT.NAME": "account",
            "AMOUNT": "amount",
            "STAGENAME": "stage",
            "PROBABILITY": "probability",
            "CLOSEDATE": "expected_close",
            "CREATEDDATE": "created",
            "OWNER.NAME": "owner",
            "LEADSOURCE": "channel",
            "ID": LEFT_OUT,
            "ACCOUNTID": LEFT_OUT,  # an id, not a name
            "OWNERID": LEFT_OUT,
            "ISCLOSED": LEFT_OUT,  # the stage says it
            "ISWON": LEFT_OUT,
            "TYPE": LEFT_OUT,
            "FORECASTCATEGORY": LEFT_OUT,
            "EXPECTEDREVENUE": LEFT_OUT,
            "CURRENCYISOCODE": "currency",
            "LASTMODIFIEDDATE": LEFT_OUT,
        }
    ),
    signature=("NAME", "STAGENAME", "CLOSEDATE"),
    values=_STAGES,
)
