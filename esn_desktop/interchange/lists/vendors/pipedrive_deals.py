"""Pipedrive's exports of deals and of activities (Export data > Deals / Activities).

Pipedrive names a column "Entity - Field" ("Deal - Title", "Organization - Name"), with the
linked items' columns under their own entity; headers as its exports and its import
templates write them (Pipedrive's "Importing data" help pages; the exports' headers seen in
public migration scripts). "Deal - Status" (Open, Won, Lost) says whether a deal ended,
whatever its stage; "Activity - Done" (Done, Undone) whether an activity was held.
"""

from __future__ import annotations

from types import MappingProxyType

from esn_desktop.interchange.lists.dialect import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.interchange.lists.vendors.deal_stages import PIPEDRIVE_STAGES

PIPEDRIVE_DEALS = Dialect(
    name="Pipedrive deals",
    list_name=ListName.OPPORTUNITIES,
    columns=MappingProxyType(
        {
            "Deal - Title": "title",
            "Deal - Value": "amount",
            "Deal - Stage": "stage",
            "Deal - Status": "status",
            "Deal - Probability": "probability",
            "Deal - Expected close date": "expected_close",
            "Deal - Deal created": "created",
            "Deal - Creation date": "created",
            "Deal - Closed on": "closed",
            "Deal - Owner": "owner",
            "Deal - Lead Source": "channel",
            "Organization - Name": "account",
            "Deal - Organization": "account",
            "Deal - ID": LEFT_OUT,
            "Deal - Pipedrive System ID": LEFT_OUT,
            "Deal - Currency of value": "currency",  # the workspace counts in euros
            "Deal - Won time": LEFT_OUT,  # "Deal - Closed on" says it, as a day
            "Deal - Lost time": LEFT_OUT,
            "Deal - Pipeline": LEFT_OUT,
            "Deal - Weighted value": LEFT_OUT,
            "Deal - Visible to": LEFT_OUT,
            "Deal - Total activities": LEFT_OUT,
            "Deal - Done activities": LEFT_OUT,
            "Deal - Activities to do": LEFT_OUT,
            "Deal - Next activity date": LEFT_OUT,
            "Deal - Last activity date": LEFT_OUT,
            "Deal - Update time": LEFT_OUT,
            "Deal - Last stage change": LEFT_OUT,
        }
    ),
    signature=("Deal - Title", "Deal - Stage"),
    values=MappingProxyType({"stage": MappingProxyType(PIPEDRIVE_STAGES)}),
)

PIPEDRIVE_ACTIVITIES = Dialect(
    name="Pipedrive activities",
    list_name=ListName.ACTIVITIES,
    columns=MappingProxyType(
        {
            "Activity - Subject": "subject",
            "Activity - Type": "kind",
            "Activity - Due date": "date",
            "Activity - Due time": "time",
            "Activity - Done": "status",
            "Activity - Assigned to user": "owner",
            "Activity - Note": "notes",
            "Organization - Name": "account",
            "Activity - Organization": "account",
            "Person - Name": "contact",
            "Activity - Contact person": "contact",
            "Activity - Person": "contact",
            "Deal - Title": "opportunity",
            "Activity - Deal": "opportunity",
            "Activity - ID": LEFT_OUT,
            "Activity - Duration": LEFT_OUT,
            "Activity - Priority": LEFT_OUT,
            "Activity - Busy flag": LEFT_OUT,
            "Activity - Location": LEFT_OUT,
            "Activity - Add time": LEFT_OUT,
            "Activity - Update time": LEFT_OUT,
            "Activity - Marked as done time": LEFT_OUT,
            "Activity - Creator": LEFT_OUT,
        }
    ),
    signature=("Activity - Subject", "Activity - Type"),
)
