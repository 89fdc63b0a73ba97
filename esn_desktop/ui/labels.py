"""What the stored codes are called on screen (translated): 'grand_compte' -> 'Grand compte'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from esn_desktop.domain.pipeline import Stage

if TYPE_CHECKING:
    # PySide6's stubs declare the result as object; the call returns its message unchanged.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

SEGMENTS = {
    "grand_compte": QT_TRANSLATE_NOOP("labels", "Key account"),
    "eti": QT_TRANSLATE_NOOP("labels", "Mid-cap"),
    "pme": QT_TRANSLATE_NOOP("labels", "SME"),
    "tpe": QT_TRANSLATE_NOOP("labels", "Micro-business"),
}
REFERENCING = {
    "not_referenced": QT_TRANSLATE_NOOP("labels", "Not referenced"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "Referencing in progress"),
    "referenced": QT_TRANSLATE_NOOP("labels", "Referenced"),
}
STAGES: dict[str, str] = {
    Stage.LEAD: QT_TRANSLATE_NOOP("labels", "Lead"),
    Stage.QUALIFIED: QT_TRANSLATE_NOOP("labels", "Qualified lead"),
    Stage.MEETING: QT_TRANSLATE_NOOP("labels", "Discovery meeting"),
    Stage.PROPOSAL: QT_TRANSLATE_NOOP("labels", "Proposal sent"),
    Stage.NEGOTIATION: QT_TRANSLATE_NOOP("labels", "Negotiation"),
    Stage.WON: QT_TRANSLATE_NOOP("labels", "Won"),
    Stage.LOST: QT_TRANSLATE_NOOP("labels", "Lost"),
}


MISSION_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "ongoing": QT_TRANSLATE_NOOP("labels", "Ongoing"),
    "ended": QT_TRANSLATE_NOOP("labels", "Ended"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}
AVAILABILITY = {
    "on_mission": QT_TRANSLATE_NOOP("labels", "On mission"),
    "bench": QT_TRANSLATE_NOOP("labels", "Bench"),
    "on_leave": QT_TRANSLATE_NOOP("labels", "On leave"),
    "left": QT_TRANSLATE_NOOP("labels", "Left"),
}


ROLES = {
    "decision_maker": QT_TRANSLATE_NOOP("labels", "Decision maker"),
    "buyer": QT_TRANSLATE_NOOP("labels", "Buyer"),
    "prescriber": QT_TRANSLATE_NOOP("labels", "Prescriber"),
    "user": QT_TRANSLATE_NOOP("labels", "User"),
    "purchasing": QT_TRANSLATE_NOOP("labels", "Purchasing"),
}
ACTIVITY_KINDS = {
    "call": QT_TRANSLATE_NOOP("labels", "Call"),
    "email": QT_TRANSLATE_NOOP("labels", "Email"),
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "proposal": QT_TRANSLATE_NOOP("labels", "Proposal"),
    "follow_up": QT_TRANSLATE_NOOP("labels", "Follow-up"),
    "event": QT_TRANSLATE_NOOP("labels", "Event"),
}
ACTIVITY_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("labels", "planned"),
    "done": QT_TRANSLATE_NOOP("labels", "done"),
    "no_show": QT_TRANSLATE_NOOP("labels", "no-show"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "cancelled"),
}


METRICS = {
    "signed_revenue": QT_TRANSLATE_NOOP("labels", "Revenue signed"),
    "margin": QT_TRANSLATE_NOOP("labels", "Margin"),
    "new_clients": QT_TRANSLATE_NOOP("labels", "New clients"),
    "qualified_leads": QT_TRANSLATE_NOOP("labels", "Qualified leads"),
    "calls": QT_TRANSLATE_NOOP("labels", "Calls"),
    "meetings": QT_TRANSLATE_NOOP("labels", "Meetings"),
    "proposals": QT_TRANSLATE_NOOP("labels", "Proposals"),
}

HOLIDAY_REGIONS = {
    "metropole": QT_TRANSLATE_NOOP("labels", "Metropolitan France"),
    "alsace-moselle": QT_TRANSLATE_NOOP("labels", "Alsace-Moselle (two more holidays)"),
}


# The fields a CSV column can fill, as the import wizard offers them (the codes are the
# interchange format's, which the command line's --map takes).
IMPORT_FIELDS = {
    "name": QT_TRANSLATE_NOOP("labels", "Name"),
    "segment": QT_TRANSLATE_NOOP("labels", "Segment"),
    "sector": QT_TRANSLATE_NOOP("labels", "Sector"),
    "city": QT_TRANSLATE_NOOP("labels", "City"),
    "size": QT_TRANSLATE_NOOP("labels", "Headcount"),
    "potential": QT_TRANSLATE_NOOP("labels", "Potential (€ a year)"),
    "referencing": QT_TRANSLATE_NOOP("labels", "Referencing"),
    "channel": QT_TRANSLATE_NOOP("labels", "Channel"),
    "owner": QT_TRANSLATE_NOOP("labels", "Salesperson"),
    "first_name": QT_TRANSLATE_NOOP("labels", "Contact's first name"),
    "last_name": QT_TRANSLATE_NOOP("labels", "Contact's last name"),
    "full_name": QT_TRANSLATE_NOOP("labels", "Contact's full name"),
    "email": QT_TRANSLATE_NOOP("labels", "Contact's email"),
    "phone": QT_TRANSLATE_NOOP("labels", "Contact's phone"),
    "role": QT_TRANSLATE_NOOP("labels", "Contact's role"),
    "mobile": QT_TRANSLATE_NOOP("labels", "Contact's mobile"),
    "job_title": QT_TRANSLATE_NOOP("labels", "Contact's job title"),
    "company_phone": QT_TRANSLATE_NOOP("labels", "Company's switchboard"),
    "company_email": QT_TRANSLATE_NOOP("labels", "Company's email"),
    "is_company": QT_TRANSLATE_NOOP("labels", "Is a company (yes/no)"),
    "company": QT_TRANSLATE_NOOP("labels", "Contact's company"),
    "account": QT_TRANSLATE_NOOP("labels", "Account (company's name)"),
    "customer": QT_TRANSLATE_NOOP("labels", "Customer (when no company is named)"),
    "title": QT_TRANSLATE_NOOP("labels", "Opportunity's title"),
    "amount": QT_TRANSLATE_NOOP("labels", "Amount"),
    "currency": QT_TRANSLATE_NOOP("labels", "Currency"),
    "stage": QT_TRANSLATE_NOOP("labels", "Stage"),
    "status": QT_TRANSLATE_NOOP("labels", "Status"),
    "probability": QT_TRANSLATE_NOOP("labels", "Probability"),
    "expected_close": QT_TRANSLATE_NOOP("labels", "Expected closing date"),
    "created": QT_TRANSLATE_NOOP("labels", "Created on"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed on"),
    "kind": QT_TRANSLATE_NOOP("labels", "Activity type"),
    "date": QT_TRANSLATE_NOOP("labels", "Date"),
    "time": QT_TRANSLATE_NOOP("labels", "Time"),
    "contact": QT_TRANSLATE_NOOP("labels", "Contact"),
    "opportunity": QT_TRANSLATE_NOOP("labels", "Opportunity"),
    "subject": QT_TRANSLATE_NOOP("labels", "Subject"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
    "daily_cost": QT_TRANSLATE_NOOP("labels", "Daily cost (CJM)"),
    "annual_salary": QT_TRANSLATE_NOOP("labels", "Annual salary"),
    "target_rate": QT_TRANSLATE_NOOP("labels", "Target daily rate (TJM)"),
    "start": QT_TRANSLATE_NOOP("labels", "Start date"),
    "end": QT_TRANSLATE_NOOP("labels", "Leaving date"),
    "skills": QT_TRANSLATE_NOOP("labels", "Skills"),
    "seniority": QT_TRANSLATE_NOOP("labels", "Seniority"),
}


def label(table: Mapping[str, str], code: str | None) -> str:
    """The translated name of a code; a code of the user's own (segment 'A') shows as itself."""
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code
