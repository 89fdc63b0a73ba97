<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="65"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="68"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="70"/>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="71"/>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="75"/>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="105"/>
        <location filename="../../esn_desktop/ui/main_window.py" line="112"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="112"/>
        <source>Company name:</source>
        <translation>Nom de l’entreprise :</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="117"/>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="122"/>
        <location filename="../../esn_desktop/ui/main_window.py" line="218"/>
        <source>esn-desktop</source>
        <translation>esn-desktop</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="127"/>
        <source>Risky place for a workspace</source>
        <translation>Emplacement risqué</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="129"/>
        <source>This folder is not safe for a workspace: %1.

Move it to a local folder. Open it anyway?</source>
        <translation>Ce dossier n’est pas sûr pour un espace de travail : %1.

Déplacez-le dans un dossier local. L’ouvrir quand même ?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="167"/>
        <source>Building the demo workspace…</source>
        <translation>Création de l’espace de démonstration…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="167"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="169"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="210"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="219"/>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
</context>
<context>
    <name>ProspectsTab</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="42"/>
        <source>Search an account (name, without accents)…</source>
        <translation>Rechercher un compte (nom, accents facultatifs)…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="88"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="89"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="90"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="91"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="92"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="93"/>
        <source>Referencing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="94"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="95"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="98"/>
        <source>Open deals</source>
        <translation>Affaires ouvertes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="105"/>
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="121"/>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="122"/>
        <source>All salespeople</source>
        <translation>Tous les commerciaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="123"/>
        <source>Any deal stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="124"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="125"/>
        <source>Any referencing</source>
        <translation>Tout référencement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="155"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="29"/>
        <source>Welcome to esn-desktop</source>
        <translation>Bienvenue dans esn-desktop</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="36"/>
        <source>One workspace per company: its prospects, consultants, missions and objectives, kept in a single file on this computer.</source>
        <translation>Un espace de travail par entreprise : ses prospects, consultants, missions et objectifs, dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="41"/>
        <source>Create a workspace…</source>
        <translation>Créer un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="42"/>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="43"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="48"/>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="79"/>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="12"/>
        <source>Key account</source>
        <translation>Grand compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="13"/>
        <source>Mid-cap</source>
        <translation>ETI</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="14"/>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="15"/>
        <source>Micro-business</source>
        <translation>TPE</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="18"/>
        <source>Not referenced</source>
        <translation>Non référencé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="19"/>
        <source>Referencing in progress</source>
        <translation>Référencement en cours</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="20"/>
        <source>Referenced</source>
        <translation>Référencé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="23"/>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="24"/>
        <source>Qualified lead</source>
        <translation>Piste qualifiée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="25"/>
        <source>Discovery meeting</source>
        <translation>Rendez-vous de découverte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="26"/>
        <source>Proposal sent</source>
        <translation>Proposition envoyée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="27"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="28"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="29"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
</TS>
