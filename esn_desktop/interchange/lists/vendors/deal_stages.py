"""The words CRMs write for a deal's stage and an activity's type, and ours for them.

Each CRM's default pipeline is mapped onto ours in its own order (lead, qualified, meeting,
proposal, negotiation, then won or lost), so that a deal never goes backwards on the road;
docs/import.md shows the tables. Keys are folded (`name_key`): "Proposal/Price Quote" is
"proposal price quote". A workspace whose CRM had its own stages maps them with a column of
our names, or is told which stage names it may use.
"""

from __future__ import annotations

from esn_desktop.domain.accounts import name_key

#: HubSpot's default sales pipeline: internal ids (what the API and some exports write) and the
#: labels its interface shows (knowledge.hubspot.com, "Set up and customize your deal pipelines
#: and deal stages").
HUBSPOT_STAGES = {
    "appointmentscheduled": "lead",
    "appointment scheduled": "lead",
    "qualifiedtobuy": "qualified",
    "qualified to buy": "qualified",
    "presentationscheduled": "meeting",
    "presentation scheduled": "meeting",
    "decisionmakerboughtin": "proposal",
    "decision maker bought in": "proposal",
    "contractsent": "negotiation",
    "contract sent": "negotiation",
    "closedwon": "won",
    "closed won": "won",
    "closedlost": "lost",
    "closed lost": "lost",
}

#: Pipedrive's default pipeline (its "Deal - Status", open/won/lost, says whether it ended).
PIPEDRIVE_STAGES = {
    "lead in": "lead",
    "contact made": "qualified",
    "demo scheduled": "meeting",
    "proposal made": "proposal",
    "negotiations started": "negotiation",
}

#: Odoo CRM's default stages (crm.stage), English and French.
ODOO_STAGES = {
    "new": "lead",
    "nouveau": "lead",
    "qualified": "qualified",
    "qualifie": "qualified",
    "proposition": "proposal",
    "won": "won",
    "gagne": "won",
}

#: Salesforce's standard opportunity stages (OpportunityStage picklist).
SALESFORCE_STAGES = {
    "prospecting": "lead",
    "qualification": "qualified",
    "needs analysis": "qualified",
    "value proposition": "meeting",
    "id decision makers": "meeting",
    "perception analysis": "meeting",
    "proposal price quote": "proposal",
    "negotiation review": "negotiation",
    "closed won": "won",
    "closed lost": "lost",
}

#: Dolibarr's opportunity statuses (table c_lead_status): their codes and French labels.
DOLIBARR_STAGES = {
    "prosp": "lead",
    "qual": "qualified",
    "propo": "proposal",
    "nego": "negotiation",
    "negociation": "negotiation",
    "pending": "negotiation",
    "reporte": "negotiation",
    "won": "won",
    "lost": "lost",
}

#: Every CRM's default stage name, whichever CRM the file comes from (a HubSpot export whose
#: columns were renamed still says "closedwon").
CRM_STAGES = {
    name_key(k): v
    for table in (HUBSPOT_STAGES, PIPEDRIVE_STAGES, ODOO_STAGES, SALESFORCE_STAGES, DOLIBARR_STAGES)
    for k, v in table.items()
}

#: A deal's status beside its stage (Pipedrive's "Deal - Status"): won or lost ends the deal.
DEAL_STATUSES = {
    "open": "open",
    "ouvert": "open",
    "ouverte": "open",
    "en cours": "open",
    "won": "won",
    "gagne": "won",
    "gagnee": "won",
    "lost": "lost",
    "perdu": "lost",
    "perdue": "lost",
    "deleted": "deleted",
    "supprime": "deleted",
    "supprimee": "deleted",
}

#: The CRMs' activity types: Pipedrive's defaults (Call, Meeting, Task, Deadline, Email,
#: Lunch), HubSpot's engagements (CALL, EMAIL, MEETING, TASK), Odoo's (To Do, Upload
#: Document), Salesforce's task subtypes; French labels beside them.
CRM_ACTIVITY_KINDS = {
    "task": "follow_up",
    "tache": "follow_up",
    "to do": "follow_up",
    "todo": "follow_up",
    "a faire": "follow_up",
    "deadline": "follow_up",
    "echeance": "follow_up",
    "date limite": "follow_up",
    "reminder": "follow_up",
    "rappel": "follow_up",
    "lunch": "meeting",
    "dejeuner": "meeting",
    "demo": "meeting",
    "visio": "meeting",
    "video call": "meeting",
    "visite": "meeting",
    "rendez vous client": "meeting",
    "call": "call",
    "appel sortant": "call",
    "appel entrant": "call",
    "log a call": "call",
    "send email": "email",
    "envoi d email": "email",
    "upload document": "proposal",
    "webinar": "event",
    "webinaire": "event",
    "conference": "event",
}

#: An activity's status as CRMs and people write it, or a done flag: done or planned.
ACTIVITY_FLAGS = {"undone": "planned", "not done": "planned", "non fait": "planned", "pas fait": "planned"}
