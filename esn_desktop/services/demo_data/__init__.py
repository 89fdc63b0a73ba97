"""Word lists for the demo workspace: fictional but plausible French names."""

FIRST_NAMES = (
    "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Claire", "Sophie", "Hélène", "Nathalie",
    "Isabelle", "Céline", "Aurélie", "Émilie", "Laura", "Pauline", "Marion", "Anaïs", "Agathe", "Margaux", "Lucie",
    "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Alexandre", "Kevin", "Romain", "Guillaume", "Pierre",
    "Hugo", "Lucas", "Théo", "Mathieu", "Sébastien", "François", "Olivier", "Karim", "Mehdi", "Yanis", "Rémi",
    "Benoît", "Jérôme", "Cédric", "Frédéric", "Stéphane", "Damien", "Arnaud", "Bastien", "Quentin", "Adrien",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
    "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
    "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
    "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard",
    "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer",
    "Lucas", "Meunier", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas",
    "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron",
    "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe",
    "Benali", "Haddad", "Lacroix", "Carpentier", "Berthier", "Lemonnier", "Vasseur", "Besson", "Charpentier",
)
# Syllables for invented brand names (Norvia, Valtronic...), so 100,000 companies never run out.
NAME_STARTS = (
    "Val", "Nor", "Ar", "Bel", "Cor", "Del", "Es", "Fer", "Gal", "Hel", "Ist", "Jur", "Kal", "Lum", "Mar", "Nev",
    "Or", "Pra", "Quin", "Ros", "Sol", "Ter", "Ul", "Ver", "Wal", "Xen", "Ys", "Zen", "Alp", "Bor", "Cam", "Dor",
)
NAME_MIDDLES = ("", "a", "e", "i", "o", "an", "en", "in", "on", "ar", "er", "or", "al", "il", "ol")
NAME_ENDS = (
    "via", "tec", "tronic", "lys", "gie", "nova", "dis", "mat", "sys", "plast", "form", "log", "med", "pharm",
    "tis", "lor", "mont", "dal", "rive", "vallée", "ris", "com", "dia", "gest", "bat", "fret", "agri", "éo",
)
LEGAL_FORMS = ("", "", "", " SA", " SAS", " SARL", " Groupe", " Industries", " & Associés", " France")
SECTORS = (
    ("banque", "Banque"), ("assurance", "Mutuelle"), ("industrie", "Industries"), ("transport", "Transports"),
    ("logistique", "Logistique"), ("distribution", "Distribution"), ("santé", "Santé"), ("énergie", "Énergie"),
    ("btp", "Construction"), ("agroalimentaire", "Alimentaire"), ("services publics", "Services"),
    ("immobilier", "Immobilier"), ("télécoms", "Télécom"), ("luxe", "Maison"), ("édition logicielle", "Software"),
)
CITIES = (
    "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Strasbourg", "Grenoble",
    "Montpellier", "Nice", "Rouen", "Tours", "Dijon", "Clermont-Ferrand", "Angers", "Metz", "Reims", "Orléans",
    "Brest", "Le Mans", "Caen", "Nancy", "Annecy", "Pau", "La Rochelle", "Mulhouse", "Poitiers", "Limoges",
)
SKILLS = (
    ("Java", "Spring"), ("Python", "Data"), ("JavaScript", "React"), ("Azure", "DevOps"), ("AWS", "Kubernetes"),
    ("SAP", "FI/CO"), ("Salesforce",), (".NET", "C#"), ("PHP", "Symfony"), ("Power BI", "SQL"),
    ("Cybersécurité", "ISO 27001"), ("Scrum Master", "Agile"), ("Chef de projet", "PMO"), ("Angular", "TypeScript"),
    ("Linux", "Ansible"), ("ServiceNow",), ("Data engineering", "Spark"), ("Mobile", "Kotlin"),
)
SENIORITIES = ("junior", "confirmé", "senior", "expert")
COMPANY_NAMES = (
    "Numéria Conseil", "Altiva Services", "Codexia", "Septentrion IT", "Hexalis Consulting", "Brevan Numérique",
)
CHANNEL_BUDGETS = (
    # name, monthly cost (0: events only), event cost, events a year, share of new prospects
    ("Téléprospection", 4200, 0, 0, 0.24),
    ("Emailing", 600, 0, 0, 0.14),
    ("LinkedIn", 900, 0, 0, 0.14),
    ("Salon", 0, 7500, 2, 0.06),
    ("Séminaire / conférence", 0, 3200, 3, 0.04),
    ("Webinaire", 0, 1100, 6, 0.07),
    ("Contenu (livre blanc, autodiagnostic)", 450, 0, 0, 0.06),
    ("Recommandation", 0, 0, 0, 0.05),
    ("Fichier acheté", 0, 4800, 2, 0.22),
    ("Entrant", 250, 0, 0, 0.03),
)
OPPORTUNITY_TITLES = (
    "Renfort équipe {skill}", "Migration {skill}", "TMA applicative", "Audit sécurité", "Refonte portail client",
    "Pilotage de projet", "Assistance technique {skill}", "Mise en place DevOps", "Projet data", "Centre de services",
    "Accompagnement agile", "Migration cloud", "Support niveau 2", "Expertise {skill}",
)
NOTES_MEETING = (
    "Découverte des enjeux", "Point de cadrage", "Présentation des profils", "Revue du besoin", "Soutenance",
)
