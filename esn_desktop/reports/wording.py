"""The reports' words in the reader's language. English is written in the code; French comes from
this table (the reports run without Qt, so Qt's translations cannot serve them). Whatever a report
shares with a screen (a KPI, a stage, an activity, a role) is worded as the screen words it, in
English and in French: tests/reports/test_wording.py holds both to the screens' catalogue."""

from __future__ import annotations

from babel import Locale

FRENCH = {
    # Action plan
    "Action plan": "Plan d’action commercial",
    "Action plan — {month}": "Plan d’action commercial — {month}",
    "{salesperson} · {company} · drawn up on {day}": "{salesperson} · {company} · établi le {day}",
    "The month at a glance": "Le mois en bref",
    "Revenue goal of the month": "Objectif de chiffre d’affaires du mois",
    "set in the plan": "fixé dans le plan",
    "its share of the objectives": "part des objectifs couvrant le mois",
    "no goal": "aucun objectif",
    "Signed so far this month": "Signé ce mois-ci",
    "Working days gone by": "Jours ouvrés écoulés",
    "Deals to push": "Affaires à pousser",
    "{count} chosen": "{count} choisie",
    "{count} chosen (many)": "{count} choisies",
    "{count} suggested": "{count} suggérée",
    "{count} suggested (many)": "{count} suggérées",
    "{count} open deal is past its expected closing date and left out of the suggestions: re-date it "
    "or close it in the Prospects tab.": "{count} affaire ouverte a dépassé sa date de clôture "
    "prévue et n’est pas suggérée : redatez-la ou clôturez-la dans l’onglet Prospects.",
    "{count} open deals are past their expected closing date and left out of the suggestions: "
    "re-date them or close them in the Prospects tab.": "{count} affaires ouvertes ont dépassé leur "
    "date de clôture prévue et ne sont pas suggérées : redatez-les ou clôturez-les dans l’onglet "
    "Prospects.",
    "No-shows to reschedule": "Rendez-vous non honorés à reprogrammer",
    "Objectives": "Objectifs",
    "Criterion": "Critère",
    "Target": "Cible",
    "Actual": "Réalisé",
    "Achievement": "Atteinte",
    "Weight": "Poids",
    "{start} to {end}: score {score}": "Du {start} au {end} : score {score}",
    "reached": "atteint",
    "not reached yet": "pas encore atteint",
    "No objective covers this month. Set one in the Objectives tab: the plan then derives the "
    "month's revenue goal from it.": "Aucun objectif ne couvre ce mois. Fixez-en un dans l’onglet "
    "Objectifs : le plan en déduit l’objectif de chiffre d’affaires du mois.",
    "From the revenue goal to weekly actions": "De l’objectif de chiffre d’affaires aux actions "
    "de la semaine",
    "Step": "Étape",
    "This month": "Ce mois-ci",
    "Needed this month": "Nécessaire ce mois-ci",
    "Needed per week": "Nécessaire par semaine",
    "What the revenue goal needs, worked back through the conversion rates. What the plan's rules "
    "schedule (so many actions per account) is below, beside it.": "Ce que demande l’objectif de "
    "chiffre d’affaires, en remontant les taux de transformation. Ce que prévoient les règles du "
    "plan (tant d’actions par compte) figure plus bas, en regard.",
    "{count} every {weeks} weeks": "{count} toutes les {weeks} semaines",
    "Wins": "Affaires gagnées",
    "Proposals": "Propositions",
    "Meetings": "Rendez-vous",
    "Qualified leads": "Pistes qualifiées",
    "Calls": "Appels",
    "Average deal: {amount} ({source}).": "Panier moyen : {amount} ({source}).",
    "Conversion rates: proposal to win {p}, meeting to proposal {m}, qualified lead to meeting "
    "{q}, call to qualified lead {c}.": "Taux de transformation : proposition → signature {p}, "
    "rendez-vous → proposition {m}, piste qualifiée → rendez-vous {q}, appel → piste qualifiée {c}.",
    "from the workspace's history": "historique de l’entreprise",
    "assumed": "hypothèse",
    "The rates come from the last twelve months of this workspace (deals closed: {count}).": "Les "
    "taux viennent des douze derniers mois de l’entreprise (affaires clôturées : {count}).",
    "The history is too thin for some rates (deals closed in twelve months: {count}): those marked "
    "assumed are the usual figures of the trade, to be replaced as the history grows.": "L’historique "
    "est trop court pour certains taux (affaires clôturées en douze mois : {count}) : ceux marqués "
    "« hypothèse » sont les valeurs usuelles du métier, à remplacer à mesure que l’historique grandit.",
    "Without a revenue goal there is nothing to work back from: type one in the plan, or set an "
    "objective with a revenue criterion.": "Sans objectif de chiffre d’affaires, rien à décliner : "
    "saisissez-en un dans le plan, ou fixez un objectif avec un critère de chiffre d’affaires.",
    "Target accounts and actions per segment": "Comptes cibles et actions par segment",
    "Segment": "Segment",
    "Accounts": "Comptes",
    "Rule": "Règle",
    "Planned by the rule this month": "Prévu par la règle ce mois",
    "Done": "Fait",
    "{count} {kind} per account a {per}": "{count} × {kind} par compte et par {per}",
    "month": "mois",
    "quarter": "trimestre",
    "year": "an",
    "The rules apply to the {count} accounts named below.": "Les règles s’appliquent aux {count} "
    "comptes nommés ci-dessous.",
    "No account is named: the rules apply to every account of the segment this salesperson "
    "follows.": "Aucun compte n’est nommé : les règles s’appliquent à tous les comptes du segment "
    "suivis par ce commercial.",
    "No action rule yet. Add some in the plan, for example 8 calls and 3 meetings a year for each "
    "key account.": "Aucune règle d’action pour l’instant. Ajoutez-en dans le plan, par exemple "
    "8 appels et 3 rendez-vous par an pour chaque grand compte.",
    "Named target accounts": "Comptes cibles nommés",
    "Account": "Compte",
    "Contact to reach": "Contact à joindre",
    "Last action done": "Dernière action faite",
    "Done against planned this month": "Fait contre prévu ce mois-ci",
    "Kind": "Type",
    "Planned by the rules": "Prévu par les règles",
    "Needed for the goal": "Nécessaire pour l’objectif",
    "Planned: what the plan's rules schedule this month; due by now and pace follow it. Needed: what "
    "the revenue goal asks for, from the funnel above.": "Prévu : ce que les règles du plan "
    "programment ce mois-ci ; le dû à date et le rythme s’y rapportent. Nécessaire : ce que demande "
    "l’objectif de chiffre d’affaires, d’après l’entonnoir plus haut.",
    "Due by now": "Dû à date",
    "Pace": "Rythme",
    "ahead": "en avance",
    "on_track": "dans les temps",
    "behind": "en retard",
    "Nothing planned or done yet this month.": "Rien de prévu ni de fait pour l’instant ce mois-ci.",
    "Planned and done": "Prévu et fait",
    "Deal": "Affaire",
    "Stage": "Étape",
    "Amount": "Montant",
    "Amount (weighted)": "Montant (pondéré)",
    "Expected close": "Clôture",
    "Next step": "Prochaine étape",
    "Due": "Échéance",
    "suggested: one of the biggest open deals": "suggérée : une des plus grosses affaires ouvertes",
    "No open deal: the month's work is to create some (see the funnel above).": "Aucune affaire "
    "ouverte : le travail du mois est d’en créer (voir l’entonnoir plus haut).",
    "Open deals by stage": "Affaires ouvertes par étape",
    "Last month: results against the plan": "Le mois dernier : résultats contre plan",
    "Signed in {month}: {signed}, against a goal of {goal}.": "Signé en {month} : {signed}, pour un "
    "objectif de {goal}.",
    "Signed in {month}: {signed} (no goal was set).": "Signé en {month} : {signed} (aucun objectif "
    "n’était fixé).",
    "No plan was saved for {month}: only what was done is shown.": "Aucun plan n’avait été "
    "enregistré pour {month} : seul le réalisé est montré.",
    "Nothing was planned or done in {month}.": "Rien n’a été prévu ni fait en {month}.",
    "Contact": "Contact",
    "Missed on": "Manqué le",
    "Slots to offer": "Créneaux à proposer",
    "No missed meeting waits to be rescheduled.": "Aucun rendez-vous manqué n’attend d’être reprogrammé.",
    "The {shown} newest of {count}: the others wait in the no-show queue of the Prospects tab.": "Les "
    "{shown} plus récents sur {count} : les autres attendent dans la file des rendez-vous non "
    "honorés de l’onglet Prospects.",
    "Method": "Méthode",
    "No notes on method yet: the pitch, the questions for discovery meetings and the objections "
    "to expect belong here.": "Pas encore de notes de méthode : le pitch, les questions des "
    "rendez-vous de découverte et les objections à prévoir ont leur place ici.",
    "Page {page} of {pages}": "Page {page} sur {pages}",
    # Monthly review
    "{figure}, at month end": "{figure}, en fin de mois",
    "{figure}, at {day}": "{figure}, au {day}",
    "Monthly review — {month}": "Revue mensuelle — {month}",
    "{company} · drawn up on {day}": "{company} · établie le {day}",
    "Client-safe version: internal figures left out.": "Version client : chiffres internes retirés.",
    "Weighted pipeline expected": "Pipeline pondéré attendu",
    "Key figures": "Chiffres clés",
    "Figure": "Indicateur",
    "Previous month": "Mois précédent",
    "Change": "Évolution",
    "new": "nouveau",
    "Revenue": "Chiffre d’affaires",
    "Cost": "Coût",
    "Margin": "Marge",
    "Margin rate": "Taux de marge",
    "Average daily rate (TJM)": "Taux journalier moyen (TJM)",
    "Average daily cost (CJM)": "Coût journalier moyen (CJM)",
    "Utilization": "Taux d’occupation",
    "Bench days": "Jours d’intercontrat",
    "Weighted pipeline": "Pipeline pondéré",
    "Open deals": "Affaires ouvertes",
    "Win rate": "Taux de transformation",
    "No-show rate": "Taux de rendez-vous non honorés",
    "Top client's share": "Part du premier client",
    "Team reaching its objectives": "Équipe à 100\u202f% de ses objectifs",
    "Month by month": "Mois par mois",
    "Revenue and margin per month": "Chiffre d’affaires et marge par mois",
    "Revenue per month": "Chiffre d’affaires par mois",
    "Months after today (lighter) are a forecast: signed missions, and beside them the weighted "
    "deals expected to close then.": "Les mois après aujourd’hui (en clair) sont une prévision : "
    "missions signées, et à côté les affaires pondérées attendues ce mois-là.",
    "Utilization per month": "Taux d’occupation par mois",
    "Pipeline by stage": "Pipeline par étape",
    "Deals created in the month": "Affaires créées dans le mois",
    "Reached": "Atteint",
    "Conversion to the next stage": "Passage à l’étape suivante",
    "Team objectives": "Objectifs de l’équipe",
    "Salesperson": "Commercial",
    "Score": "Score",
    "Whole team": "Toute l’équipe",
    "yes": "oui",
    "no": "non",
    "No objective covers this month.": "Aucun objectif ne couvre ce mois.",
    "Staffing: missions ending and the bench": "Staffing : fins de mission et intercontrat",
    "Missions ending in the next 90 days": "Missions se terminant dans les 90 jours",
    "Consultant": "Consultant",
    "Ends on": "Fin le",
    "No mission ends in the next 90 days.": "Aucune mission ne se termine dans les 90 jours.",
    "Consultants available within 90 days": "Consultants disponibles sous 90 jours",
    "Available from": "Disponible le",
    "Nobody becomes available in the next 90 days.": "Personne ne se libère dans les 90 jours.",
    "Daily rate against daily cost, per consultant": "TJM contre CJM, par consultant",
    "Billed days": "Jours facturés",
    "sold under cost": "vendu sous le coût",
    "No billed day this month.": "Aucun jour facturé ce mois-ci.",
    "Cost per lead by channel": "Coût par piste selon le canal",
    "Channel": "Canal",
    "Cost per lead": "Coût par piste",
    # Visit pack
    "Visit pack — {month}": "Dossier de visite — {month}",
    "Monthly review and action plans": "Revue mensuelle et plans d’action commerciaux",
}

LABELS = {
    "call": ("Call", "Appel"),
    "email": ("Email", "Email"),
    "meeting": ("Meeting", "Rendez-vous"),
    "proposal": ("Proposal", "Proposition"),
    "follow_up": ("Follow-up", "Relance"),
    "event": ("Event", "Événement"),
    "lead": ("Lead", "Piste"),
    "qualified": ("Qualified lead", "Piste qualifiée"),
    "negotiation": ("Negotiation", "Négociation"),
    "won": ("Won", "Gagnée"),
    "lost": ("Lost", "Perdue"),
    "signed_revenue": ("Revenue signed", "CA signé"),
    "margin": ("Margin", "Marge"),
    "new_clients": ("New clients", "Nouveaux clients"),
    "qualified_leads": ("Qualified leads", "Pistes qualifiées"),
    "calls": ("Calls", "Appels"),
    "meetings": ("Meetings", "Rendez-vous"),
    "proposals": ("Proposals", "Propositions"),
    "decision_maker": ("Decision maker", "Décideur"),
    "buyer": ("Buyer", "Acheteur"),
    "prescriber": ("Prescriber", "Prescripteur"),
    "user": ("User", "Utilisateur"),
    "purchasing": ("Purchasing", "Achats"),
    "grand_compte": ("Key account", "Grand compte"),
    "eti": ("Mid-cap", "ETI"),
    "pme": ("SME", "PME"),
    "tpe": ("Micro-business", "TPE"),
}
#: Codes that mean two things: a stage and an activity kind share these.
STAGE_LABELS = {
    "meeting": ("Discovery meeting", "Rendez-vous de découverte"),
    "proposal": ("Proposal sent", "Proposition envoyée"),
}


class Words:
    """`words("Deals to push")` in the report's language; `words.label(code)` names a code."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.french = locale.startswith("fr")

    def __call__(self, english: str, **values: object) -> str:
        chosen = FRENCH.get(english, english) if self.french else english
        return chosen.format(**values) if values else chosen

    def counted(self, number: int, one: str, many: str, /, **values: object) -> str:
        """`one` or `many` (English keys) as the language agrees a noun with `number`: French
        keeps the singular for 0 and 1 ("0 suggérée"), English for 1 only."""
        form = Locale.parse(self.locale).plural_form(number)
        return self(one if form == "one" else many, **values)

    def label(self, code: str | None) -> str:
        """The name of a stored code; a code of the user's own (segment 'A') shows as itself."""
        if not code:
            return ""
        names = LABELS.get(code)
        return (names[1] if self.french else names[0]) if names else code

    def stage(self, code: str) -> str:
        names = STAGE_LABELS.get(code) or LABELS.get(code)
        return (names[1] if self.french else names[0]) if names else code
