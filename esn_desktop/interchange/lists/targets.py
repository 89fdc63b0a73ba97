"""The lists a file can hold, the fields each list fills, and the headers people write for them.

A header is compared after `name_key` folding ("Société" is "societe", "E-mail" is "e mail").
The CRMs' own headers are in dialects.py; these are what a person writes in a spreadsheet,
French or English. A list's field is named as the interchange document names it where the
document has one (docs/import.md lists every field).
"""

from __future__ import annotations

from enum import StrEnum


class ListName(StrEnum):
    """What one file (a CSV, a one-sheet workbook) holds: one row per item of this list."""

    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    OPPORTUNITIES = "opportunities"
    ACTIVITIES = "activities"
    CONSULTANTS = "consultants"


#: The company's own fields, in an accounts list and beside a person in a contacts list.
COMPANY_FIELDS = (
    "segment",
    "sector",
    "city",
    "size",
    "potential",
    "referencing",
    "channel",
    "owner",
    "company_phone",
    "company_email",
)
#: A person at the company (an accounts list may hold one per row; a contacts list must).
PERSON_FIELDS = ("first_name", "last_name", "full_name", "email", "phone", "mobile", "job_title", "role")
#: A file of companies and people mixed (Odoo's partners): whether the row is a company, and
#: for a person the company they work at.
PARTNER_FIELDS = ("is_company", "company")

FIELDS: dict[ListName, tuple[str, ...]] = {
    ListName.ACCOUNTS: ("name", *COMPANY_FIELDS, *PERSON_FIELDS, *PARTNER_FIELDS),
    ListName.CONTACTS: ("account", *PERSON_FIELDS, *COMPANY_FIELDS),
    ListName.OPPORTUNITIES: (
        "account",
        # A CRM's customer (Odoo's "Customer", "Acme, Jean Dupont"): its company is the account
        # when no column names the account, or a row leaves it empty.
        "customer",
        "title",
        "amount",
        # The amount's currency (a CRM's "Currency"): the workspace counts in euros.
        "currency",
        "stage",
        "status",
        "probability",
        "expected_close",
        "created",
        "closed",
        "owner",
        "channel",
    ),
    ListName.ACTIVITIES: (
        "kind",
        "status",
        "date",
        "time",
        "account",
        "contact",
        "owner",
        "opportunity",
        "subject",
        "notes",
    ),
    ListName.CONSULTANTS: (
        "name",
        "daily_cost",
        "annual_salary",
        "target_rate",
        "start",
        "end",
        "skills",
        "seniority",
    ),
}

_COMPANY_NAME = (
    "raison sociale",
    "societe",
    "entreprise",
    "company",
    "company name",
    "nom de l entreprise",
    "nom entreprise",
    "nom societe",
    "account",
    "account name",
    "compte",
    "client",
    "organisation",
    "organization",
    "denomination",
)
_COMPANY: dict[str, tuple[str, ...]] = {
    "segment": ("segment", "segmentation", "categorie", "category"),
    "sector": ("secteur", "secteur d activite", "activite", "industry", "sector", "libelle naf"),
    "city": ("ville", "city", "commune", "localite", "town"),
    "size": (
        "effectif",
        "effectifs",
        "employees",
        "size",
        "headcount",
        "nombre de salaries",
        "salaries",
        "tranche d effectif",
        "number of employees",
    ),
    "potential": ("potentiel", "potential", "potentiel ca"),
    "referencing": ("referencement", "referencing", "statut referencement"),
    "channel": ("canal", "source", "channel", "origine", "lead source", "canal de prospection"),
    "owner": (
        "commercial",
        "owner",
        "responsable",
        "proprietaire",
        "account owner",
        "charge d affaires",
        "salesperson",
    ),
    "company_phone": ("standard", "telephone standard", "telephone de la societe", "company phone"),
    "company_email": ("email de la societe", "company email", "email generique"),
}
_PERSON: dict[str, tuple[str, ...]] = {
    "first_name": (
        "prenom",
        "first name",
        "firstname",
        "given name",
        "prenom du contact",
        "contact first name",
    ),
    "last_name": (
        "nom",
        "last name",
        "lastname",
        "surname",
        "nom de famille",
        "family name",
        "nom du contact",
        "contact last name",
    ),
    "full_name": ("contact", "nom complet", "full name", "interlocuteur", "contact name"),
    "email": (
        "email",
        "e mail",
        "mail",
        "courriel",
        "adresse email",
        "adresse e mail",
        "email address",
        "adresse mail",
    ),
    "phone": (
        "telephone",
        "tel",
        "phone",
        "numero de telephone",
        "phone number",
        "telephone fixe",
        "ligne directe",
        "telephone professionnel",
        "business phone",
    ),
    "mobile": (
        "mobile",
        "portable",
        "telephone mobile",
        "telephone portable",
        "mobile phone",
        "cell phone",
        "gsm",
    ),
    "job_title": ("fonction", "poste", "job title", "title", "titre", "intitule du poste", "position"),
    "role": ("role", "role dans la decision", "decision role"),
}
_PARTNER: dict[str, tuple[str, ...]] = {
    "is_company": ("est une societe", "is a company", "is company", "societe ou particulier"),
    "company": ("societe liee", "related company", "societe parente", "parent company", "entreprise liee"),
}

SYNONYMS: dict[ListName, dict[str, tuple[str, ...]]] = {
    ListName.ACCOUNTS: {"name": (*_COMPANY_NAME, "name"), **_COMPANY, **_PERSON, **_PARTNER},
    ListName.CONTACTS: {"account": _COMPANY_NAME, **_PERSON, **_COMPANY},
    ListName.OPPORTUNITIES: {
        "account": _COMPANY_NAME,
        "title": (
            "titre",
            "intitule",
            "affaire",
            "opportunite",
            "nom de l affaire",
            "nom de l opportunite",
            "deal",
            "deal name",
            "opportunity",
            "opportunity name",
            "title",
            "name",
            "nom",
        ),
        "amount": ("montant", "montant ht", "amount", "value", "valeur", "montant estime", "ca estime"),
        "currency": ("devise", "monnaie", "currency"),
        "stage": ("etape", "stage", "phase", "etape de vente", "deal stage", "statut commercial"),
        "status": ("statut", "status", "etat", "state"),
        "probability": ("probabilite", "probability", "probabilite de succes", "chance de succes"),
        "expected_close": (
            "date de cloture prevue",
            "cloture prevue",
            "date de signature prevue",
            "expected close",
            "expected close date",
            "close date",
            "date de cloture",
            "echeance",
        ),
        "created": ("date de creation", "cree le", "created", "created date", "create date", "creation"),
        "closed": (
            "date de cloture effective",
            "cloture le",
            "closed",
            "closed date",
            "won date",
            "date de gain",
        ),
        "owner": _COMPANY["owner"],
        "channel": _COMPANY["channel"],
    },
    ListName.ACTIVITIES: {
        "kind": ("type", "type d activite", "activity type", "kind", "nature"),
        "status": ("statut", "status", "etat", "fait", "done", "realise"),
        "date": ("date", "due date", "date d echeance", "jour", "activity date", "date de l activite"),
        "time": ("heure", "time", "heure de debut", "start time"),
        "account": _COMPANY_NAME,
        "contact": ("contact", "personne", "interlocuteur", "person", "contact name", "nom du contact"),
        "owner": (
            "commercial",
            "owner",
            "responsable",
            "assigned to",
            "assigne a",
            "salesperson",
            "utilisateur",
        ),
        "opportunity": ("opportunite", "affaire", "deal", "opportunity"),
        "subject": ("sujet", "objet", "subject", "titre", "title"),
        "notes": ("notes", "note", "description", "commentaire", "comments", "compte rendu"),
    },
    ListName.CONSULTANTS: {
        "name": ("nom", "name", "consultant", "nom complet", "collaborateur"),
        "daily_cost": ("cjm", "cout journalier", "daily cost", "cout journalier moyen"),
        "annual_salary": ("salaire", "salaire annuel", "salaire brut annuel", "annual salary", "salary"),
        "target_rate": ("tjm cible", "tjm", "target rate", "daily rate", "taux journalier"),
        "start": (
            "date d entree",
            "entree",
            "start",
            "start date",
            "started",
            "date d embauche",
            "embauche",
            "since",
        ),
        "end": ("date de sortie", "sortie", "end", "end date"),
        "skills": ("competences", "skills", "technologies", "stack"),
        "seniority": ("seniorite", "seniority", "niveau", "experience"),
    },
}

#: Values people write for our enumerations, folded; a dialect adds its own (dialects.py).
VALUE_SYNONYMS: dict[str, dict[str, str]] = {
    "role": {
        "decideur": "decision_maker",
        "decision maker": "decision_maker",
        "decision_maker": "decision_maker",
        "acheteur": "buyer",
        "buyer": "buyer",
        "prescripteur": "prescriber",
        "prescriber": "prescriber",
        "referent technique": "prescriber",
        "utilisateur": "user",
        "user": "user",
        "achats": "purchasing",
        "service achats": "purchasing",
        "purchasing": "purchasing",
    },
    "referencing": {
        "non reference": "not_referenced",
        "not referenced": "not_referenced",
        "not_referenced": "not_referenced",
        "en cours": "in_progress",
        "in progress": "in_progress",
        "in_progress": "in_progress",
        "reference": "referenced",
        "referenced": "referenced",
        # The labels of the app's own list export, English and French.
        "referencing in progress": "in_progress",
        "referencement en cours": "in_progress",
    },
    "segment": {
        "grand compte": "grand_compte",
        "grands comptes": "grand_compte",
        "grand_compte": "grand_compte",
        "eti": "eti",
        "pme": "pme",
        "tpe": "tpe",
        # The labels of the app's own list export in English.
        "key account": "grand_compte",
        "mid cap": "eti",
        "sme": "pme",
        "micro business": "tpe",
    },
    "stage": {
        "lead": "lead",
        "piste": "lead",
        "nouveau": "lead",
        "nouvelle": "lead",
        "new": "lead",
        "prospect": "lead",
        "prospection": "lead",
        "qualified": "qualified",
        "qualifie": "qualified",
        "qualifiee": "qualified",
        "qualification": "qualified",
        "meeting": "meeting",
        "rendez vous": "meeting",
        "rdv": "meeting",
        "proposal": "proposal",
        "proposition": "proposal",
        "proposition commerciale": "proposal",
        "devis": "proposal",
        "negotiation": "negotiation",
        "negociation": "negotiation",
        "won": "won",
        "gagne": "won",
        "gagnee": "won",
        "signe": "won",
        "lost": "lost",
        "perdu": "lost",
        "perdue": "lost",
    },
    "kind": {
        "call": "call",
        "appel": "call",
        "appel telephonique": "call",
        "telephone": "call",
        "phone call": "call",
        "email": "email",
        "e mail": "email",
        "mail": "email",
        "courriel": "email",
        "meeting": "meeting",
        "reunion": "meeting",
        "rendez vous": "meeting",
        "rdv": "meeting",
        "proposal": "proposal",
        "proposition": "proposal",
        "devis": "proposal",
        "follow up": "follow_up",
        "follow_up": "follow_up",
        "relance": "follow_up",
        "event": "event",
        "evenement": "event",
        "salon": "event",
    },
    "status": {
        "planned": "planned",
        "planifie": "planned",
        "planifiee": "planned",
        "a faire": "planned",
        "to do": "planned",
        "todo": "planned",
        "done": "done",
        "fait": "done",
        "faite": "done",
        "realise": "done",
        "realisee": "done",
        "termine": "done",
        "terminee": "done",
        "completed": "done",
        "no show": "no_show",
        "no_show": "no_show",
        "absent": "no_show",
        "lapin": "no_show",
        "cancelled": "cancelled",
        "canceled": "cancelled",
        "annule": "cancelled",
        "annulee": "cancelled",
    },
}

#: What a flag cell says, folded ("Vrai", "TRUE", "1", "Oui"...): a company or not.
TRUE_WORDS = frozenset({"1", "true", "vrai", "oui", "yes", "x", "societe", "company", "entreprise"})
FALSE_WORDS = frozenset(
    {"0", "false", "faux", "non", "no", "particulier", "individual", "person", "personne"}
)
