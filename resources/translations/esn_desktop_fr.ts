<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="25"/>
        <source>esn-desktop</source>
        <translation>esn-desktop</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="30"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="32"/>
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
