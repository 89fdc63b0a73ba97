<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="44"/>
        <source>Edit the account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="44"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="50"/>
        <source>No segment</source>
        <translation>Sans segment</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="54"/>
        <source>250, or a band such as 11-50 or 501+</source>
        <translation>250, ou une tranche comme 11-50 ou 501+</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="56"/>
        <source>the company&apos;s switchboard</source>
        <translation>le standard de la société</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="58"/>
        <source>its generic mailbox, such as contact@…</source>
        <translation>sa boîte générique, comme contact@…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="60"/>
        <source>yearly revenue you could make there, in €</source>
        <translation>chiffre d’affaires annuel possible, en €</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="64"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="65"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="66"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="67"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="68"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="69"/>
        <source>Switchboard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="70"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="71"/>
        <source>Potential (€ a year)</source>
        <translation>Potentiel (€ par an)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="72"/>
        <source>Referencing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="73"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="74"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="103"/>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="105"/>
        <source>A company&apos;s name holds a letter, not only digits or signs.</source>
        <translation>Le nom d’une entreprise contient une lettre, pas seulement des chiffres ou des signes.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="110"/>
        <source>Type a number of people, such as 250, or a band, such as 11-50 or 501+.</source>
        <translation>Saisissez un nombre de salariés, comme 250, ou une tranche, comme 11-50 ou 501+.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="114"/>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="119"/>
        <source>Type an amount, such as 120 000.</source>
        <translation>Saisissez un montant, par exemple 120 000.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="121"/>
        <source>Must not be negative.</source>
        <translation>Ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="138"/>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="151"/>
        <source>Another account already has this name (case and accents aside).</source>
        <translation>Un autre compte porte déjà ce nom (majuscules et accents mis à part).</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_header.py" line="28"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_header.py" line="41"/>
        <source>Pick an account in the list</source>
        <translation>Choisissez un compte dans la liste</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_header.py" line="50"/>
        <source>%1 people</source>
        <translation>%1 salariés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_header.py" line="51"/>
        <source>Salesperson: %1</source>
        <translation>Commercial&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_header.py" line="51"/>
        <source>No salesperson</source>
        <translation>Aucun commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_header.py" line="52"/>
        <source>Channel: %1</source>
        <translation>Canal&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_header.py" line="53"/>
        <source>Switchboard: %1</source>
        <translation>Standard : %1</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="66"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="68"/>
        <source>Forget (GDPR)…</source>
        <translation>Oublier (RGPD)…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="70"/>
        <source>Forget this person (GDPR): erased from the workspace, their traces in notes too</source>
        <translation>Oublier cette personne (RGPD)&#x202f;: effacée de l’espace de travail, ses traces dans les notes aussi</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="72"/>
        <source>New deal…</source>
        <translation>Nouvelle affaire…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="74"/>
        <source>Log an activity…</source>
        <translation>Noter une activité…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="75"/>
        <source>Mark the meeting as a no-show</source>
        <translation>Marquer le rendez-vous comme non honoré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="77"/>
        <source>Delete the account…</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="87"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="92"/>
        <source>Deals (pick a stage to move one)</source>
        <translation>Affaires (choisissez une étape pour en déplacer une)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="96"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="67"/>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="73"/>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="239"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="287"/>
        <source>Delete the contact %1?</source>
        <translation>Supprimer le contact %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="290"/>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="331"/>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="384"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="328"/>
        <source>Delete the deal %1 and its stage history?</source>
        <translation>Supprimer l’affaire %1 et l’historique de ses étapes&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="348"/>
        <source>Move %1 to %2</source>
        <translation>Passer %1 en %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="363"/>
        <source>No-show at %1</source>
        <translation>Absence au rendez-vous chez %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="373"/>
        <source>Delete %1 along with its contacts (%2), deals (%3), activities (%4) and missions (%5)?</source>
        <translation>Supprimer %1 ainsi que ses contacts (%2), affaires (%3), actions (%4) et missions (%5)&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_panel.py" line="380"/>
        <source>Edit &gt; Undo (Ctrl+Z) brings it all back.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) remet tout en place.</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_picker.py" line="18"/>
        <source>Type to search the account…</source>
        <translation>Tapez pour chercher le compte…</translation>
    </message>
</context>
<context>
    <name>AccountTimeline</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_timeline.py" line="65"/>
        <source>%1 — Deal %2 moved to %3</source>
        <translation>%1 — Affaire %2 passée en %3</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="60"/>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="76"/>
        <source>Plan of</source>
        <translation>Plan de</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="78"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="118"/>
        <source>Add a salesperson first: a plan is a salesperson&apos;s.</source>
        <translation>Ajoutez d’abord un commercial&#x202f;: un plan est celui d’un commercial.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="138"/>
        <source>Unsaved plan</source>
        <translation>Plan non enregistré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="139"/>
        <source>Save the changes to the plan of %1?</source>
        <translation>Enregistrer les modifications du plan de %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="184"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/action_plan_page.py" line="221"/>
        <source>Save the plan of %1</source>
        <translation>Enregistrer le plan de %1</translation>
    </message>
</context>
<context>
    <name>ActionRuleModel</name>
    <message>
        <location filename="../../esn_desktop/ui/models/action_rule_model.py" line="35"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/action_rule_model.py" line="35"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/action_rule_model.py" line="35"/>
        <source>Number per account</source>
        <translation>Nombre par compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/action_rule_model.py" line="35"/>
        <source>Per</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/action_rule_model.py" line="37"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/action_rule_model.py" line="38"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/action_rule_model.py" line="39"/>
        <source>year</source>
        <translation>an</translation>
    </message>
</context>
<context>
    <name>ActionRulesEditor</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/action_rules_editor.py" line="29"/>
        <source>Actions per segment</source>
        <translation>Actions par segment</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/action_rules_editor.py" line="39"/>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/action_rules_editor.py" line="40"/>
        <source>Remove the rule</source>
        <translation>Retirer la règle</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="36"/>
        <source>Log an activity</source>
        <translation>Noter une activité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="48"/>
        <source>What was said, what comes next…</source>
        <translation>Ce qui a été dit, la suite à donner…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="50"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="51"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="53"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="54"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="55"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="56"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="57"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="79"/>
        <source>No one in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="80"/>
        <source>No deal</source>
        <translation>Aucune affaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="101"/>
        <source>Pick an account from the list.</source>
        <translation>Choisissez un compte dans la liste.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/activity_dialog.py" line="117"/>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
</context>
<context>
    <name>ChartDrawings</name>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="90"/>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="181"/>
        <source>Revenue and margin per month, then the next 6 months</source>
        <translation>Chiffre d’affaires et marge par mois, puis les 6 mois suivants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="93"/>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="217"/>
        <source>Daily rate (TJM) against daily cost (CJM), per consultant</source>
        <translation>TJM face au CJM, par consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="95"/>
        <source>Utilization per month</source>
        <translation>Taux d’occupation par mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="96"/>
        <source>Bench days per month</source>
        <translation>Jours d’intercontrat par mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="96"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="98"/>
        <source>Pipeline by stage (deals created in the period)</source>
        <translation>Pipeline par étape (affaires créées sur la période)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="98"/>
        <source>deals</source>
        <translation>affaires</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="100"/>
        <source>Cost per lead by channel</source>
        <translation>Coût par piste selon le canal</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="101"/>
        <source>Objective score per salesperson</source>
        <translation>Score d’objectifs par commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="103"/>
        <source>Staffing risk: the next 13 weeks</source>
        <translation>Risque de staffing&#x202f;: les 13 semaines à venir</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="103"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="144"/>
        <source>Revenue (hatched: signed, ahead)</source>
        <translation>Chiffre d’affaires (hachuré&#x202f;: signé, à venir)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="154"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="169"/>
        <source>Weighted pipeline expected</source>
        <translation>Pipeline pondéré attendu</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="179"/>
        <source>Revenue per month, then the next 6 months</source>
        <translation>Chiffre d’affaires par mois, puis les 6 mois suivants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="196"/>
        <source>TJM</source>
        <translation>TJM</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="201"/>
        <source>CJM</source>
        <translation>CJM</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="211"/>
        <source>Daily rate (TJM) per consultant</source>
        <translation>TJM par consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="213"/>
        <source>Daily rate (TJM): the %1 lowest</source>
        <translation>Taux journalier (TJM)&#x202f;: les %1 plus bas</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="219"/>
        <source>TJM against CJM: the %1 thinnest daily margins</source>
        <translation>TJM face au CJM&#x202f;: les %1 marges journalières les plus faibles</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="225"/>
        <source>No billed day in the period</source>
        <translation>Aucun jour facturé sur la période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="235"/>
        <source>Utilization</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="241"/>
        <source>Fully staffed (100%)</source>
        <translation>Occupation pleine (100&#x202f;%)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="251"/>
        <source>Bench days</source>
        <translation>Jours d’intercontrat</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="265"/>
        <source>Deals that reached the stage</source>
        <translation>Affaires ayant atteint l’étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="272"/>
        <source>Went on to the next stage</source>
        <translation>Passées à l’étape suivante</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="279"/>
        <source>No deal created in the period</source>
        <translation>Aucune affaire créée sur la période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="295"/>
        <source>Cost per lead</source>
        <translation>Coût par piste</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="301"/>
        <source>No lead in the period</source>
        <translation>Aucune piste sur la période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="312"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="318"/>
        <source>Objective reached (100%)</source>
        <translation>Objectif atteint (100&#x202f;%)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="319"/>
        <source>No objective in the period</source>
        <translation>Aucun objectif sur la période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="328"/>
        <source>Missions ending</source>
        <translation>Missions qui se terminent</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/chart_drawings.py" line="334"/>
        <source>Consultants becoming free</source>
        <translation>Consultants qui se libèrent</translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="29"/>
        <source>Edit consultant</source>
        <translation>Modifier le consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="29"/>
        <source>New consultant</source>
        <translation>Nouveau consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="38"/>
        <source>Still employed</source>
        <translation>Toujours salarié</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="39"/>
        <source>Daily cost (CJM) typed</source>
        <translation>CJM saisi</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="40"/>
        <source>From the annual gross salary</source>
        <translation>Calculé depuis le salaire annuel brut</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="56"/>
        <source>Employed from</source>
        <translation>Entrée le</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="57"/>
        <source>Until</source>
        <translation>Sortie le</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="59"/>
        <source>CJM (€ a day)</source>
        <translation>CJM (€ par jour)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="61"/>
        <source>Annual gross salary (€)</source>
        <translation>Salaire annuel brut (€)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="63"/>
        <source>Target daily rate (€)</source>
        <translation>TJM cible (€)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="64"/>
        <source>Skills (comma separated)</source>
        <translation>Compétences (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="65"/>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="109"/>
        <source>Type an amount, such as 420 or 420,50.</source>
        <translation>Saisissez un montant, par exemple 420 ou 420,50.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="112"/>
        <source>Must be positive.</source>
        <translation>Doit être positif.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="124"/>
        <source>The daily cost is required.</source>
        <translation>Le CJM est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="126"/>
        <source>The salary is required.</source>
        <translation>Le salaire est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="128"/>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="132"/>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="153"/>
        <source>CJM %1 = salary x (1 + %2 charges) + %3 yearly costs, over %4 days (workspace settings)</source>
        <translation>CJM %1 = salaire x (1 + %2 de charges) + %3 de frais annuels, sur %4 jours (réglages de l’espace de travail)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/consultant_dialog.py" line="164"/>
        <source>Consultant %1</source>
        <translation>Consultant %1</translation>
    </message>
</context>
<context>
    <name>ConsultantPanel</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="63"/>
        <source>Add the leave</source>
        <translation>Ajouter le congé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="64"/>
        <source>Remove the selected leave</source>
        <translation>Retirer le congé choisi</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="71"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="75"/>
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="75"/>
        <source>(latest first)</source>
        <translation>(du plus récent au plus ancien)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="78"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="80"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="117"/>
        <source>Pick a consultant in the list</source>
        <translation>Choisissez un consultant dans la liste</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="127"/>
        <source>Skills: %1</source>
        <translation>Compétences&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="133"/>
        <source>CJM %1, from a salary of %2 (charges %3, yearly costs %4, %5 days: workspace settings)</source>
        <translation>CJM %1, d’après un salaire de %2 (charges %3, frais annuels %4, %5 jours&#x202f;: paramètres de l’espace)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="142"/>
        <source>CJM %1 (typed)</source>
        <translation>CJM %1 (saisi)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="144"/>
        <source>Now: %1</source>
        <translation>En ce moment&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="144"/>
        <source>no mission</source>
        <translation>aucune mission</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="147"/>
        <source>Next: %1</source>
        <translation>Ensuite&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="147"/>
        <source>nothing planned</source>
        <translation>rien de prévu</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="151"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="159"/>
        <source>open-ended</source>
        <translation>sans fin prévue</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="161"/>
        <source>%1, %2 to %3, at %4 a day</source>
        <translation>%1, du %2 au %3, à %4 par jour</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="174"/>
        <source>The leave ends before it starts.</source>
        <translation>Le congé finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="178"/>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="190"/>
        <source>Leave of %1</source>
        <translation>Congé de %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/consultant_panel.py" line="182"/>
        <source>This leave overlaps another one.</source>
        <translation>Ce congé chevauche un autre congé.</translation>
    </message>
</context>
<context>
    <name>ConsultantsTab</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="48"/>
        <source>Search a name or a skill…</source>
        <translation>Rechercher un nom ou une compétence…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="56"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="49"/>
        <source>New consultant…</source>
        <translation>Nouveau consultant…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="86"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="87"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="90"/>
        <source>Available from</source>
        <translation>Disponible le</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="81"/>
        <source>open-ended mission</source>
        <translation>mission sans fin</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="96"/>
        <source>CJM</source>
        <translation>CJM</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="106"/>
        <source>Target rate</source>
        <translation>TJM cible</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="111"/>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="113"/>
        <source>Started</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="115"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="133"/>
        <source>Consultants: %1</source>
        <translation>Consultants&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="165"/>
        <source>Delete %1 along with their missions (%2) and leave periods (%3)?</source>
        <translation>Supprimer %1 avec ses missions (%2) et ses congés (%3)&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/consultants_tab.py" line="171"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="164"/>
        <source>Edit the contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="164"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="170"/>
        <source>Role unknown</source>
        <translation>Rôle inconnu</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="174"/>
        <source>as on their card, such as CIO or Head of purchasing</source>
        <translation>ex.&#x202f;: DSI, Directeur des achats</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="176"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="177"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="178"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="179"/>
        <source>Role in the decision</source>
        <translation>Rôle dans la décision</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="180"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="181"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="182"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="188"/>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="191"/>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="205"/>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="53"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="53"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="53"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="53"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="53"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="72"/>
        <source>Forget this person (GDPR)…</source>
        <translation>Oublier cette personne (RGPD)…</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../esn_desktop/ui/charts/dashboard_charts.py" line="142"/>
        <source>See all %1 consultants…</source>
        <translation>Voir les %1 consultants…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/charts/dashboard_charts.py" line="170"/>
        <location filename="../../esn_desktop/ui/charts/dashboard_charts.py" line="182"/>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/dashboard_tab.py" line="58"/>
        <source>Export a chart…</source>
        <translation>Exporter un graphique…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/dashboard_tab.py" line="59"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/dashboard_tab.py" line="119"/>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/dashboard_tab.py" line="130"/>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/day_edit.py" line="145"/>
        <source>“{typed}” is not a date: type it as 07/12/2026.</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas une date&#x202f;: tapez-la comme 07/12/2026.</translation>
    </message>
</context>
<context>
    <name>DealTable</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="106"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="106"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="106"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/account_tables.py" line="106"/>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
</context>
<context>
    <name>DealToPushModel</name>
    <message>
        <location filename="../../esn_desktop/ui/models/deal_to_push_model.py" line="40"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/deal_to_push_model.py" line="41"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/deal_to_push_model.py" line="42"/>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/deal_to_push_model.py" line="43"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/deal_to_push_model.py" line="44"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/deal_to_push_model.py" line="83"/>
        <source>Suggested: one of the biggest open deals. Tick it to push it this month.</source>
        <translation>Suggérée&#x202f;: une des plus grosses affaires ouvertes. Cochez-la pour la pousser ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/deal_to_push_model.py" line="137"/>
        <source>Tick a deal to push it this month.</source>
        <translation>Cochez une affaire pour la pousser ce mois-ci.</translation>
    </message>
</context>
<context>
    <name>DealsToPush</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/deals_to_push.py" line="22"/>
        <source>Deals to push</source>
        <translation>Affaires à pousser</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <location filename="../../esn_desktop/ui/demo_builder.py" line="33"/>
        <source>Building the demo workspace…</source>
        <translation>Création de l’espace de démonstration…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/demo_builder.py" line="33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/demo_builder.py" line="35"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="29"/>
        <source>There is no workspace at {path}</source>
        <translation>Il n’y a pas d’espace de travail à {path}</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="30"/>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} est un dossier, pas un fichier d’espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="31"/>
        <source>{file} cannot be read: permission denied</source>
        <translation>{file} ne peut pas être lu&#x202f;: accès refusé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="32"/>
        <source>{file} is not an esn-desktop workspace (it is not a SQLite database)</source>
        <translation>{file} n’est pas un espace de travail esn-desktop (ce n’est pas une base SQLite)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="35"/>
        <source>{file} has unfinished changes in {file}-wal and its folder is read-only; copy both files to a folder you can write to, then open the copy</source>
        <translation>{file} a des modifications inachevées dans {file}-wal et son dossier est en lecture seule&#x202f;; copiez les deux fichiers dans un dossier modifiable, puis ouvrez la copie</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="40"/>
        <source>{file} is damaged and cannot be read ({error}); restore one of its backups</source>
        <translation>{file} est endommagé et illisible ({error})&#x202f;; restaurez l’une de ses sauvegardes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="43"/>
        <source>{file} is a SQLite database of another application, not an esn-desktop workspace</source>
        <translation>{file} est une base SQLite d’une autre application, pas un espace de travail esn-desktop</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="46"/>
        <source>{file} was saved by a newer version of esn-desktop (schema {revision}, this version reads up to {head}); update esn-desktop to open it</source>
        <translation>{file} a été enregistré par une version plus récente d’esn-desktop (schéma {revision}, cette version lit jusqu’au schéma {head})&#x202f;; mettez esn-desktop à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="51"/>
        <source>{file} was changed by another program while open here; this change was not saved. Close the workspace and open it again</source>
        <translation>{file} a été modifié par un autre programme pendant qu’il était ouvert ici&#x202f;; cette modification n’a pas été enregistrée. Fermez l’espace de travail et rouvrez-le</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="56"/>
        <source>{file} is read-only; it can be opened for reading only</source>
        <translation>{file} est en lecture seule&#x202f;; il ne peut être ouvert qu’en lecture</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="57"/>
        <source>{path} already exists</source>
        <translation>{path} existe déjà</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="58"/>
        <source>Cannot create {file}: the folder {folder} does not exist</source>
        <translation>Impossible de créer {file}&#x202f;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="59"/>
        <source>Cannot create {file}: the folder {folder} is read-only</source>
        <translation>Impossible de créer {file}&#x202f;: le dossier {folder} est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="62"/>
        <source>{file} could not be completed: its log is still in use</source>
        <translation>{file} n’a pas pu être terminé&#x202f;: son journal est encore utilisé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="63"/>
        <source>Upgrading {file} from schema {revision} failed ({error}); the file is unchanged and a checked copy is at {backup}</source>
        <translation>La mise à jour de {file} depuis le schéma {revision} a échoué ({error})&#x202f;; le fichier est inchangé et une copie vérifiée se trouve à {backup}</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="68"/>
        <source>Cannot connect to {name}: {error}</source>
        <translation>Connexion impossible à {name}&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="69"/>
        <source>{name} refused the password: check the user and the password</source>
        <translation>{name} a refusé le mot de passe&#x202f;: vérifiez l’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="72"/>
        <source>{name} asks for a password: type it above</source>
        <translation>{name} demande un mot de passe&#x202f;: saisissez-le ci-dessus</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="73"/>
        <source>{name} holds no workspace yet: &apos;esn-desktop import&apos; or &apos;esn-desktop demo&apos; makes one from the command line</source>
        <translation>{name} ne contient encore aucun espace de travail&#x202f;: « esn-desktop import » ou « esn-desktop demo » en crée un depuis la ligne de commande</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="78"/>
        <source>{name} holds another application&apos;s tables, not an esn-desktop workspace</source>
        <translation>{name} contient les tables d’une autre application, pas un espace de travail esn-desktop</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="81"/>
        <source>Upgrading {name} from schema {revision} failed ({error}); it is unchanged</source>
        <translation>La mise à jour de {name} depuis le schéma {revision} a échoué ({error})&#x202f;; la base est inchangée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="84"/>
        <source>Cannot connect to {name}: no database server answers there (check the server and the port)</source>
        <translation>Connexion impossible à {name}&#x202f;: aucun serveur de base de données ne répond à cette adresse (vérifiez le serveur et le port)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="88"/>
        <source>Cannot connect to {name}: this server&apos;s name is unknown (check it, or the network)</source>
        <translation>Connexion impossible à {name}&#x202f;: le nom de ce serveur est inconnu (vérifiez-le, ou le réseau)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="91"/>
        <source>Cannot connect to {name}: the server does not accept the encrypted (SSL) connection asked for</source>
        <translation>Connexion impossible à {name}&#x202f;: le serveur n’accepte pas la connexion chiffrée (SSL) demandée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="95"/>
        <source>Cannot connect to {name}: the server did not answer in time (check the network)</source>
        <translation>Connexion impossible à {name}&#x202f;: le serveur n’a pas répondu à temps (vérifiez le réseau)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="98"/>
        <source>The team database {name} does not answer (its server is stopped or out of reach): nothing was saved; try again once it answers</source>
        <translation>La base d’équipe {name} ne répond pas (serveur arrêté ou injoignable)&#x202f;: rien n’a été enregistré&#x202f;; réessayez quand elle répondra</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="103"/>
        <source>The team database {name} does not answer (its server is stopped or out of reach): try again once it answers</source>
        <translation>La base d’équipe {name} ne répond pas (serveur arrêté ou injoignable)&#x202f;: réessayez quand elle répondra</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="108"/>
        <source>The team database {name} stopped answering as the change was saved: it may have been saved. Check it before saving again</source>
        <translation>La base d’équipe {name} a cessé de répondre pendant l’enregistrement&#x202f;: la modification a peut-être été enregistrée. Vérifiez-la avant d’enregistrer à nouveau</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="113"/>
        <source>This needs a director&apos;s login in {name}</source>
        <translation>Il faut un accès de direction à {name}</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="114"/>
        <source>{url} is not a PostgreSQL URL (expected postgresql://USER@SERVER:PORT/DATABASE)</source>
        <translation>{url} n’est pas une adresse PostgreSQL (attendu&#x202f;: postgresql://UTILISATEUR@SERVEUR:PORT/BASE)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="117"/>
        <source>{url} names no database (expected postgresql://USER@SERVER:PORT/DATABASE)</source>
        <translation>{url} ne nomme aucune base (attendu&#x202f;: postgresql://UTILISATEUR@SERVEUR:PORT/BASE)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="167"/>
        <source>Your role (%1) does not allow this change in %2: nothing was saved.</source>
        <translation>Votre rôle (%1) ne permet pas cette modification dans %2&#x202f;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="177"/>
        <source>The account “%1” was changed by %2 %3 since you opened it.</source>
        <translation>Le compte «&#x202f;%1&#x202f;» a été modifié par %2 %3 depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="178"/>
        <source>The deal “%1” was changed by %2 %3 since you opened it.</source>
        <translation>L’affaire «&#x202f;%1&#x202f;» a été modifiée par %2 %3 depuis que vous l’avez ouverte.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="179"/>
        <source>The mission “%1” was changed by %2 %3 since you opened it.</source>
        <translation>La mission «&#x202f;%1&#x202f;» a été modifiée par %2 %3 depuis que vous l’avez ouverte.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="180"/>
        <source>What you changed was changed by %2 %3 meanwhile.</source>
        <translation>Ce que vous modifiiez a été modifié par %2 %3 entre-temps.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="187"/>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="191"/>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="199"/>
        <source>Nothing was saved: reload it to see that change, then make yours again.</source>
        <translation>Rien n’a été enregistré&#x202f;: rechargez pour voir cette modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="207"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="212"/>
        <source>%1 is already open for writing in this window</source>
        <translation>%1 est déjà ouvert en écriture dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="217"/>
        <source>%1 is already open for writing in another copy of esn-desktop; close it there first</source>
        <translation>%1 est déjà ouvert en écriture par une autre copie d’esn-desktop&#x202f;; fermez-le d’abord là-bas</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="223"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="226"/>
        <source>since %1 at %2</source>
        <translation>depuis le %1 à %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/error_text.py" line="231"/>
        <source>%1 is already open for writing by %2 on %3 %4; close it there first</source>
        <translation>%1 est déjà ouvert en écriture par %2 sur %3 %4&#x202f;; fermez-le d’abord là-bas</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../esn_desktop/ui/file_dialogs.py" line="79"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/file_dialogs.py" line="82"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/file_dialogs.py" line="83"/>
        <source>%1 file</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/file_dialogs.py" line="195"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/file_dialogs.py" line="200"/>
        <source>%1 of these files are already in %2. Replace them?</source>
        <translation>%1 de ces fichiers sont déjà dans %2. Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/file_dialogs.py" line="314"/>
        <source>Meeting mode</source>
        <translation>Mode réunion</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="92"/>
        <source>Forget this person (GDPR)</source>
        <translation>Oublier cette personne (RGPD)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="92"/>
        <source>Forget these contacts (GDPR)</source>
        <translation>Oublier ces contacts (RGPD)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="96"/>
        <source>Reading what goes…</source>
        <translation>Lecture de ce qui sera effacé…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="102"/>
        <source>What goes:</source>
        <translation>Ce qui est effacé&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="109"/>
        <source>This is final: nothing can bring this person back, and the Undo history (Ctrl+Z) will be emptied.</source>
        <translation>C’est définitif&#x202f;: rien ne pourra faire revenir cette personne, et l’historique d’annulation (Ctrl+Z) sera vidé.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="114"/>
        <source>This is final: nothing can bring these people back, and the Undo history (Ctrl+Z) will be emptied.</source>
        <translation>C’est définitif&#x202f;: rien ne pourra faire revenir ces personnes, et l’historique d’annulation (Ctrl+Z) sera vidé.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="133"/>
        <source>Forget permanently</source>
        <translation>Oublier définitivement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="202"/>
        <source>&lt;b&gt;%1 contacts&lt;/b&gt; are forgotten:</source>
        <translation>&lt;b&gt;%1 contacts&lt;/b&gt; seront oubliés&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="208"/>
        <source>no email or phone</source>
        <translation>ni e-mail ni téléphone</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="215"/>
        <source>Their contact card is deleted from the account and from every list.</source>
        <translation>Sa fiche est supprimée du compte et de toutes les listes.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="217"/>
        <source>Their contact cards are deleted from their accounts and from every list.</source>
        <translation>Leurs fiches sont supprimées de leurs comptes et de toutes les listes.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="220"/>
        <source>1 activity keeps its date and kind but loses this contact.</source>
        <translation>1 activité garde sa date et son type mais perd ce contact.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="222"/>
        <source>1 activity keeps its date and kind but loses their contact.</source>
        <translation>1 activité garde sa date et son type mais perd son contact.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="223"/>
        <source>%1 activities keep their date and kind but lose this contact.</source>
        <translation>%1 activités gardent leur date et leur type mais perdent ce contact.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="225"/>
        <source>%1 activities keep their date and kind but lose their contact.</source>
        <translation>%1 activités gardent leur date et leur type mais perdent leur contact.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="229"/>
        <source>1 mention in the notes replaced by “[effacé]”.</source>
        <translation>1 mention dans les notes remplacée par «&#x202f;[effacé]&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="230"/>
        <source>%1 mentions in the notes replaced by “[effacé]”.</source>
        <translation>%1 mentions dans les notes remplacées par «&#x202f;[effacé]&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="236"/>
        <source>No backup holds them.</source>
        <translation>Aucune sauvegarde ne contient ces données.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="242"/>
        <source>1 backup still holds them; you can rewrite or delete it next:</source>
        <translation>1 sauvegarde contient encore ces données&#x202f;; vous pourrez ensuite la réécrire ou la supprimer&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="243"/>
        <source>%1 backups still hold them; you can rewrite or delete them next:</source>
        <translation>%1 sauvegardes contiennent encore ces données&#x202f;; vous pourrez ensuite les réécrire ou les supprimer&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="271"/>
        <source>Forgetting, then rewriting the workspace’s file…</source>
        <translation>Effacement, puis réécriture du fichier de l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="282"/>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="310"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="286"/>
        <source>Forgotten (GDPR): %1. The Undo history was emptied.</source>
        <translation>Effacement RGPD fait&#x202f;: %1. L’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="288"/>
        <source>Forgotten (GDPR): %1 contacts. The Undo history was emptied.</source>
        <translation>Effacement RGPD fait&#x202f;: %1 contacts. L’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="295"/>
        <source>Another program still reads the workspace: close it, then forget someone again to empty the file of the old pages.</source>
        <translation>Un autre programme lit encore l’espace de travail&#x202f;: fermez-le, puis relancez un effacement pour vider le fichier de ses anciennes pages.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="322"/>
        <source>These backups still hold them:</source>
        <translation>Ces sauvegardes contiennent encore ces données&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="330"/>
        <source>Rewrite without this person</source>
        <translation>Réécrire sans cette personne</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="330"/>
        <source>Rewrite without them</source>
        <translation>Réécrire sans ces personnes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="332"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="360"/>
        <source>rewriting…</source>
        <translation>réécriture…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="372"/>
        <source>rewritten without them</source>
        <translation>réécrite sans ces données</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="374"/>
        <source>saved by an older version: delete it instead</source>
        <translation>enregistrée par une version plus ancienne&#x202f;: supprimez-la plutôt</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="376"/>
        <source>cannot be rewritten: delete it instead</source>
        <translation>impossible à réécrire&#x202f;: supprimez-la plutôt</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="384"/>
        <source>cannot be deleted: %1</source>
        <translation>impossible à supprimer&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/forget_dialog.py" line="388"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../esn_desktop/ui/idle_lock.py" line="130"/>
        <source>Meeting mode on after 1 minute of inactivity</source>
        <translation>Mode réunion activé après 1 minute d’inactivité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/idle_lock.py" line="131"/>
        <source>Meeting mode on after %1 minutes of inactivity</source>
        <translation>Mode réunion activé après %1 minutes d’inactivité</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="60"/>
        <source>Accounts (companies, maybe one contact each)</source>
        <translation>Comptes (sociétés, éventuellement un contact chacune)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="61"/>
        <source>Contacts (people at a company)</source>
        <translation>Contacts (personnes d’une société)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="62"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="63"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="64"/>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="74"/>
        <source>Company&apos;s name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="82"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="88"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (avec BOM)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="100"/>
        <source>1 salesperson</source>
        <translation>1 commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="100"/>
        <source>%1 salespeople</source>
        <translation>%1 commerciaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="101"/>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="101"/>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="102"/>
        <source>1 account</source>
        <translation>1 compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="102"/>
        <source>%1 accounts</source>
        <translation>%1 comptes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="103"/>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="103"/>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="104"/>
        <source>1 opportunity</source>
        <translation>1 opportunité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="104"/>
        <source>%1 opportunities</source>
        <translation>%1 opportunités</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="105"/>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="105"/>
        <source>%1 activities</source>
        <translation>%1 activités</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="106"/>
        <source>1 consultant</source>
        <translation>1 consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="106"/>
        <source>%1 consultants</source>
        <translation>%1 consultants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="107"/>
        <source>1 leave</source>
        <translation>1 congé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="107"/>
        <source>%1 leaves</source>
        <translation>%1 congés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="108"/>
        <source>1 mission</source>
        <translation>1 mission</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="108"/>
        <source>%1 missions</source>
        <translation>%1 missions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="109"/>
        <source>1 objective</source>
        <translation>1 objectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="109"/>
        <source>%1 objectives</source>
        <translation>%1 objectifs</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="110"/>
        <source>1 action plan</source>
        <translation>1 plan d’action</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="110"/>
        <source>%1 action plans</source>
        <translation>%1 plans d’action</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="116"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="116"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="122"/>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="129"/>
        <source>sheet %1 of the workbook</source>
        <translation>feuille %1 du classeur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="131"/>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="131"/>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="131"/>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="134"/>
        <source>%1 text separated by %2</source>
        <translation>texte %1 séparé par des %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="138"/>
        <source>Read: %1, %2.</source>
        <translation>Lu&#x202f;: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="143"/>
        <source>No CRM recognised: the columns are matched by their headers.</source>
        <translation>Aucun CRM reconnu&#x202f;: les colonnes sont associées d’après leurs en-têtes.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="145"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="148"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="148"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="151"/>
        <source>Recognised: %1.</source>
        <translation>Reconnu&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="166"/>
        <source>%1 fill the same field, %2: a field takes one column; leave the others out.</source>
        <translation>%1 remplissent le même champ, %2&#x202f;: un champ ne prend qu’une colonne&#x202f;; laissez les autres de côté.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="173"/>
        <source>No column fills %1, which each row needs: choose it in the Field column.</source>
        <translation>Aucune colonne ne remplit %1, dont chaque ligne a besoin&#x202f;: choisissez-la dans la colonne Champ.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="183"/>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="191"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="150"/>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="194"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="156"/>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="157"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="158"/>
        <source>opportunities</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="159"/>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="160"/>
        <source>consultants</source>
        <translation>consultants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="199"/>
        <source>Will be created: %1.</source>
        <translation>Seront créés&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="202"/>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="214"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="215"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="216"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="217"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="218"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="225"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#x202f;: %3</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="238"/>
        <source>no salesperson named %1</source>
        <translation>aucun commercial nommé %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="239"/>
        <source>no channel named %1</source>
        <translation>aucun canal nommé %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="240"/>
        <source>no account named %1</source>
        <translation>aucun compte nommé %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="241"/>
        <source>no contact named %1</source>
        <translation>aucun contact nommé %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="245"/>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="248"/>
        <source>a person at no company: no account to put them in</source>
        <translation>une personne sans société&#x202f;: aucun compte où la mettre</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="251"/>
        <source>the salesperson or channel of an account already there, which keeps its own</source>
        <translation>le commercial ou le canal d’un compte déjà présent, qui garde les siens</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="254"/>
        <source>an opportunity the account does not have (the activity kept without it)</source>
        <translation>une opportunité que le compte n’a pas (l’activité gardée sans elle)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="257"/>
        <source>a contact named without a company (the activity kept without them)</source>
        <translation>un contact nommé sans société (l’activité gardée sans lui)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="260"/>
        <source>an opportunity named without a company (the activity kept without it)</source>
        <translation>une opportunité nommée sans société (l’activité gardée sans elle)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="262"/>
        <source>a closing day on an open opportunity (kept open, without it)</source>
        <translation>une date de clôture sur une opportunité ouverte (gardée ouverte, sans elle)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="263"/>
        <source>an empty amount (the opportunity imported at 0 €)</source>
        <translation>un montant vide (l’opportunité importée à 0&#xa0;€)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="264"/>
        <source>a deal the CRM says was deleted</source>
        <translation>une affaire que le CRM dit supprimée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="266"/>
        <source>the footer its CRM writes under a report (title, totals, copyright, author), not data</source>
        <translation>le pied de page que son CRM écrit sous un rapport (titre, totaux, copyright, auteur), pas des données</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="280"/>
        <source>already in the workspace as %1</source>
        <translation>déjà dans l’espace de travail, sous le nom %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="278"/>
        <source>already on row %1</source>
        <translation>déjà à la ligne %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="249"/>
        <source>a contact naming no person (its phone or mailbox is the company’s)</source>
        <translation>un contact qui ne nomme personne (son téléphone ou sa boîte mail sont ceux de la société)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="282"/>
        <source>already in the workspace</source>
        <translation>déjà dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="284"/>
        <source>%1 · %2 %3: %4</source>
        <translation>%1 · %2 %3&#x202f;: %4</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="292"/>
        <source>Columns not imported (no field takes them): %1.</source>
        <translation>Colonnes non importées (aucun champ ne les prend)&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="296"/>
        <source>1 row left out: %2</source>
        <translation>1 ligne laissée de côté&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="296"/>
        <source>%1 rows left out: %2</source>
        <translation>%1 lignes laissées de côté&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="300"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="307"/>
        <source>Imported: %1.</source>
        <translation>Écrit dans l’espace de travail&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="309"/>
        <source>Created: %1.</source>
        <translation>Créés&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="312"/>
        <source>1 row held something already there, not imported again.</source>
        <translation>1 ligne contenait une donnée déjà présente, non réimportée.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="314"/>
        <source>%1 rows held something already there, not imported again.</source>
        <translation>%1 lignes contenaient des données déjà présentes, non réimportées.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="319"/>
        <source>1 refused row was left out.</source>
        <translation>1 ligne refusée a été laissée de côté.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="321"/>
        <source>%1 refused rows were left out.</source>
        <translation>%1 lignes refusées ont été laissées de côté.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_texts.py" line="325"/>
        <source>The workspace&apos;s settings were kept; the document&apos;s were not applied.</source>
        <translation>Les paramètres de l’espace de travail sont conservés&#x202f;; ceux du document n’ont pas été appliqués.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="75"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="100"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="101"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="102"/>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="363"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="103"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="149"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="220"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="305"/>
        <source>Writing into the workspace… Cancel leaves it as it was.</source>
        <translation>Écriture dans l’espace de travail… Annuler le laisse tel qu’il était.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="359"/>
        <source>1 · How the file is read</source>
        <translation>1 · Lecture du fichier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="360"/>
        <source>2 · Before importing</source>
        <translation>2 · Aperçu avant import</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="362"/>
        <source>Before importing</source>
        <translation>Aperçu avant import</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="363"/>
        <source>3 · Import</source>
        <translation>3 · Import</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="311"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#x202f;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="326"/>
        <location filename="../../esn_desktop/ui/dialogs/import_wizard.py" line="332"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="43"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="44"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="45"/>
        <source>Margin rate</source>
        <translation>Taux de marge</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="46"/>
        <source>Average daily rate (TJM)</source>
        <translation>Taux journalier moyen (TJM)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="47"/>
        <source>Average daily cost (CJM)</source>
        <translation>Coût journalier moyen (CJM)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="48"/>
        <source>Utilization</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="49"/>
        <source>Bench days</source>
        <translation>Jours d’intercontrat</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="50"/>
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="51"/>
        <source>Win rate</source>
        <translation>Taux de transformation</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="52"/>
        <source>No-show rate</source>
        <translation>Taux de rendez-vous non honorés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="53"/>
        <source>Top client&apos;s share</source>
        <translation>Part du premier client</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="54"/>
        <source>Team reaching its objectives</source>
        <translation>Équipe à 100&#x202f;% de ses objectifs</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="73"/>
        <source>%1 at %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="103"/>
        <source>no comparison</source>
        <translation>pas de comparaison</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="105"/>
        <source>new this period</source>
        <translation>nouveau sur la période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/kpi_tiles.py" line="107"/>
        <source>%1 vs previous period</source>
        <translation>%1 sur la période précédente</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../esn_desktop/ui/list_export.py" line="22"/>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/list_export.py" line="24"/>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, séparateur point-virgule (*.csv)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/list_export.py" line="73"/>
        <source>Exporting the list…</source>
        <translation>Export de la liste…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/list_export.py" line="74"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/list_export.py" line="79"/>
        <location filename="../../esn_desktop/ui/list_export.py" line="82"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="49"/>
        <source>This workspace is locked</source>
        <translation>Espace de travail verrouillé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="52"/>
        <source>Type its passphrase to show it again.</source>
        <translation>Tapez sa phrase secrète pour l’afficher à nouveau.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="55"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="57"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="59"/>
        <source>Close the workspace</source>
        <translation>Fermer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="94"/>
        <source>Close this form</source>
        <translation>Fermer ce formulaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="122"/>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète incorrecte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="383"/>
        <source>esn-desktop</source>
        <translation>esn-desktop</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="331"/>
        <source>Read-only: this workspace is open for reading; nothing in it can be changed.</source>
        <translation>Lecture seule&#x202f;: cet espace de travail est ouvert en lecture&#x202f;; rien ne peut y être modifié.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="384"/>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/main_window.py" line="406"/>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_mapping_table.py" line="52"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_mapping_table.py" line="52"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_mapping_table.py" line="52"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_mapping_table.py" line="70"/>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_mapping_table.py" line="78"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="87"/>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="87"/>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="96"/>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="103"/>
        <source>Planned, ongoing or ended: the dates say it, today. Only a cancellation is chosen here.</source>
        <translation>Prévue, en cours ou terminée&#x202f;: les dates le disent, à ce jour. Seule l’annulation se choisit ici.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="141"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="154"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="155"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="156"/>
        <source>Daily rate (TJM, €)</source>
        <translation>TJM (€ par jour)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="157"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="158"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="159"/>
        <source>Time ratio (1 = full time)</source>
        <translation>Temps de présence (1 = temps plein)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="160"/>
        <source>Unbilled days at the start</source>
        <translation>Jours non facturés au démarrage</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="161"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="186"/>
        <source>New mission: %1</source>
        <translation>Nouvelle mission&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="188"/>
        <source>Mission for %1</source>
        <translation>Mission pour %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="191"/>
        <source>For the deal won: %1, %2</source>
        <translation>Pour l’affaire gagnée&#x202f;: %1, %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="247"/>
        <source>Type an amount, such as 650 or 650,50.</source>
        <translation>Saisissez un montant, par exemple 650 ou 650,50.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="249"/>
        <source>The daily rate is required.</source>
        <translation>Le TJM est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="253"/>
        <source>Type a fraction, such as 1 or 0,8.</source>
        <translation>Saisissez une fraction, par exemple 1 ou 0,8.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="255"/>
        <source>Pick an account from the list.</source>
        <translation>Choisissez un compte dans la liste.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="257"/>
        <source>Create a consultant first.</source>
        <translation>Créez d’abord un consultant.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="333"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="334"/>
        <source>Back to the form</source>
        <translation>Revenir au formulaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="375"/>
        <source>Over-booked consultant</source>
        <translation>Consultant surchargé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="375"/>
        <source>Mission sold under cost</source>
        <translation>Mission vendue sous le coût</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="376"/>
        <source>Save the mission anyway?</source>
        <translation>Enregistrer la mission quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="384"/>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_dialog.py" line="407"/>
        <source>This mission was deleted meanwhile: nothing was saved.</source>
        <translation>Cette mission a été supprimée entre-temps&#x202f;: rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>MissionFiguresBox</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="24"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="30"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="30"/>
        <source>Whole mission</source>
        <translation>Toute la mission</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="33"/>
        <source>Worked days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="34"/>
        <source>Billed days</source>
        <translation>Jours facturés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="35"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="36"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="37"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/mission_figures.py" line="38"/>
        <source>Margin rate</source>
        <translation>Taux de marge</translation>
    </message>
</context>
<context>
    <name>MissionTexts</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="27"/>
        <source>Mission %1 at %2</source>
        <translation>Mission de %1 chez %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="32"/>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="33"/>
        <source>The daily rate must be positive.</source>
        <translation>Le TJM doit être positif.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="35"/>
        <source>The time ratio must be above 0 and at most 1 (0.8: four days a week).</source>
        <translation>Le temps de présence doit être supérieur à 0 et au plus 1 (0,8&#x202f;: quatre jours par semaine).</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="37"/>
        <source>Cannot be negative.</source>
        <translation>Ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="38"/>
        <source>More than the mission&apos;s %1 working days.</source>
        <translation>Plus que les %1 jours ouvrés de la mission.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="47"/>
        <source>%1 would be booked above full time:</source>
        <translation>La charge de %1 dépasserait un temps plein&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="51"/>
        <source>from %1 on, with no end, at %2</source>
        <translation>à partir du %1, sans fin, à %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="55"/>
        <source>%1 to %2 (%3 working days), at %4</source>
        <translation>du %1 au %2 (%3 jours ouvrés), à %4</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="64"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="66"/>
        <source>from %1, open-ended</source>
        <translation>à partir du %1, sans fin</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="70"/>
        <source>with %1, %2, %3</source>
        <translation>avec %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="77"/>
        <source>and %1 more periods</source>
        <translation>et %1 autres périodes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="88"/>
        <source>Sold under cost: the daily rate is below the consultant&apos;s CJM (%1), a loss of %2 per worked day.</source>
        <translation>Vendue sous le coût&#x202f;: le TJM est inférieur au CJM du consultant (%1), soit une perte de %2 par jour travaillé.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="100"/>
        <source>The daily rate is below the consultant&apos;s daily cost (the figures stay hidden in meeting mode).</source>
        <translation>Le TJM est inférieur au coût journalier du consultant (les montants restent masqués en mode réunion).</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="106"/>
        <source>The daily rate (%1) is below the daily cost of %2 (%3): a loss of %4 per worked day</source>
        <translation>Le TJM (%1) est inférieur au coût journalier de %2 (%3)&#x202f;: une perte de %4 par jour travaillé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="113"/>
        <source>, %1 over the whole mission (%2 worked days).</source>
        <translation>, %1 sur toute la mission (%2 jours travaillés).</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/mission_texts.py" line="116"/>
        <source>, %1 this month (the mission has no end).</source>
        <translation>, %1 ce mois-ci (la mission n’a pas de fin).</translation>
    </message>
</context>
<context>
    <name>MissionsTab</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="44"/>
        <source>Search an account…</source>
        <translation>Rechercher un compte…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="52"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="57"/>
        <source>Any end date</source>
        <translation>Toute date de fin</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="58"/>
        <source>Ending within </source>
        <translation>Se terminant sous </translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="59"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="45"/>
        <source>New mission…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="61"/>
        <source>Any month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="64"/>
        <source>Under cost only</source>
        <translation>Sous le coût seulement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="66"/>
        <source>Only the missions whose daily rate is below the consultant&apos;s CJM</source>
        <translation>Seulement les missions dont le TJM est inférieur au CJM du consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="94"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="95"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="96"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="99"/>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="105"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="109"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="110"/>
        <source>open-ended</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="115"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="122"/>
        <source>Unbilled days</source>
        <translation>Jours non facturés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="129"/>
        <source>Margin a day</source>
        <translation>Marge par jour</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="144"/>
        <source>Sold under cost: %1 a day against a CJM of %2, a loss of %3 per worked day.</source>
        <translation>Vendue sous le coût&#x202f;: %1 par jour pour un CJM de %2, soit une perte de %3 par jour travaillé.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="151"/>
        <source>Running in %1</source>
        <translation>En cours en %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="174"/>
        <source>All consultants</source>
        <translation>Tous les consultants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="193"/>
        <source>Missions: %1</source>
        <translation>Missions&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="212"/>
        <source>Delete the mission of %1 at %2, from %3 at %4 a day?</source>
        <translation>Supprimer la mission de %1 chez %2, depuis le %3 à %4 par jour&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/missions_tab.py" line="220"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="179"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="179"/>
        <source>Work offline</source>
        <translation>Travailler hors ligne</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="183"/>
        <source>Encrypt this workspace</source>
        <translation>Chiffrer cet espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="186"/>
        <source>The file and its backups can only be read with the passphrase. A forgotten passphrase cannot be recovered.</source>
        <translation>Le fichier et ses sauvegardes ne se lisent qu’avec la phrase secrète. Une phrase secrète oubliée ne peut pas être retrouvée.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="198"/>
        <source>Keep the passphrase somewhere safe: if it is lost, nothing can open this workspace or its backups again.</source>
        <translation>Gardez la phrase secrète en lieu sûr&#x202f;: perdue, plus rien ne pourra ouvrir cet espace de travail ni ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="205"/>
        <source>Company name:</source>
        <translation>Nom de l’entreprise&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="207"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="208"/>
        <source>The same again:</source>
        <translation>La même à nouveau&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="239"/>
        <source>The company name is required</source>
        <translation>Le nom de l’entreprise est obligatoire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="244"/>
        <source>The two passphrases differ</source>
        <translation>Les deux phrases secrètes diffèrent</translation>
    </message>
</context>
<context>
    <name>NoShowQueue</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="72"/>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="73"/>
        <source>Open in the mail client</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="74"/>
        <source>Book the chosen slot</source>
        <translation>Réserver le créneau choisi</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="75"/>
        <source>Marked rescheduled (agreed by phone)</source>
        <translation>Reprogrammé (convenu par téléphone)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="76"/>
        <source>Invitation .ics</source>
        <translation>Invitation .ics</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="78"/>
        <source>No missed meeting left to reschedule.</source>
        <translation>Aucun rendez-vous non honoré à reprogrammer.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="94"/>
        <source>Slots offered</source>
        <translation>Créneaux proposés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="138"/>
        <source>All salespeople</source>
        <translation>Tous les commerciaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="215"/>
        <source>Slots held for %1</source>
        <translation>Créneaux retenus pour %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="237"/>
        <source>Meeting at %1 booked</source>
        <translation>Rendez-vous réservé chez %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="246"/>
        <source>Meeting booked on %1 at %2: send the invitation to the contact.</source>
        <translation>Rendez-vous réservé le %1 à %2&#x202f;: envoyez l’invitation au contact.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="257"/>
        <source>No-show at %1 rescheduled</source>
        <translation>Rendez-vous non honoré chez %1 reprogrammé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="274"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="274"/>
        <source>iCalendar invitation (*.ics)</source>
        <translation>Invitation iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/no_show_queue.py" line="297"/>
        <source>Invitation written: %1</source>
        <translation>Invitation écrite&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="47"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="86"/>
        <source>Edit objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="86"/>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="93"/>
        <source>Whole team</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="101"/>
        <source>Other dates</source>
        <translation>Autres dates</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="104"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="106"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="110"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="110"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="110"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="114"/>
        <source>2 to 4 criteria, each once. The weights need not add up to 100%: the score shares them out. Money targets in euros, the others in numbers.</source>
        <translation>De 2 à 4 critères, chacun une fois. Les poids n’ont pas à faire 100&#x202f;%&#x202f;: le score les répartit. Cibles en euros pour le CA et la marge, en nombre pour les autres.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="122"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="123"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="127"/>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="150"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="151"/>
        <source>Next month</source>
        <translation>Le mois prochain</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="152"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="153"/>
        <source>Next quarter</source>
        <translation>Le trimestre prochain</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="154"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="155"/>
        <source>Next year</source>
        <translation>L’an prochain</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="172"/>
        <source>Its margin criterion is hidden in meeting mode, and kept as it is.</source>
        <translation>Son critère de marge est masqué en mode réunion, et conservé tel quel.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="228"/>
        <source>Type a number, such as 120 000 or 12,5.</source>
        <translation>Saisissez un nombre, par exemple 120 000 ou 12,5.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="242"/>
        <source>Type the target of %1.</source>
        <translation>Saisissez la cible de «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="245"/>
        <source>Type the weight of %1, in %.</source>
        <translation>Saisissez le poids de «&#x202f;%1&#x202f;», en&#x202f;%.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="265"/>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="267"/>
        <source>Choose 2 to 4 criteria (%1 chosen).</source>
        <translation>Choisissez de 2 à 4 critères (%1 choisi(s)).</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="269"/>
        <source>%1 is chosen twice: each criterion once.</source>
        <translation>«&#x202f;%1&#x202f;» est choisi deux fois&#x202f;: chaque critère une seule fois.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="273"/>
        <source>The target must be above zero.</source>
        <translation>La cible doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="274"/>
        <source>The weight must be above zero.</source>
        <translation>Le poids doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="280"/>
        <source>%1 already has an objective over these dates: change that one instead.</source>
        <translation>%1 a déjà un objectif sur ces dates&#x202f;: modifiez plutôt celui-là.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="284"/>
        <source>This salesperson is no longer in the workspace.</source>
        <translation>Ce commercial n’est plus dans l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="286"/>
        <source>This objective was deleted meanwhile: close this form.</source>
        <translation>Cet objectif a été supprimé entre-temps&#x202f;: fermez ce formulaire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/objective_dialog.py" line="290"/>
        <source>Objective of %1</source>
        <translation>Objectif de %1</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditing</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="52"/>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="109"/>
        <source>New objective…</source>
        <translation>Nouvel objectif…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="53"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="107"/>
        <source>Edit this objective…</source>
        <translation>Modifier cet objectif…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="108"/>
        <source>Delete this objective…</source>
        <translation>Supprimer cet objectif…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="135"/>
        <source>This objective no longer exists: it was deleted meanwhile.</source>
        <translation>Cet objectif n’existe plus&#x202f;: il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="156"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="161"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="170"/>
        <source>Whole team</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="172"/>
        <source>Delete the objective of %1 over %2?</source>
        <translation>Supprimer l’objectif de %1 sur %2&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="173"/>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objective_editing.py" line="175"/>
        <source>Delete the objective of %1</source>
        <translation>Supprimer l’objectif de %1</translation>
    </message>
</context>
<context>
    <name>ObjectivesTab</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="70"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="71"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="72"/>
        <source>Criteria: actual / target (achievement)</source>
        <translation>Critères&#x202f;: réalisé / cible (atteinte)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="73"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="74"/>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="89"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="94"/>
        <source>Work it out</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="97"/>
        <source>Whole period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="97"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="97"/>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="113"/>
        <source>Objectives over</source>
        <translation>Objectifs sur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="121"/>
        <source>Reverse funnel: from a revenue goal to actions</source>
        <translation>Entonnoir inversé&#x202f;: de l’objectif de CA aux actions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="123"/>
        <source>Revenue goal (€)</source>
        <translation>Objectif de CA (€)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="124"/>
        <source>Over</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="137"/>
        <source>Objectives and reverse funnel</source>
        <translation>Objectifs et entonnoir inversé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="138"/>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="162"/>
        <source>Monthly action plans</source>
        <translation>Plans d’action mensuels</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="177"/>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="183"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="184"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="185"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="186"/>
        <source>Next year</source>
        <translation>L’an prochain</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="204"/>
        <source>%1 %2: hidden in meeting mode</source>
        <translation>%1 %2&#x202f;: masqué en mode réunion</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="217"/>
        <source>%1 %2: %3 / %4 (%5)</source>
        <translation>%1 %2&#x202f;: %3 / %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="225"/>
        <source>Whole team</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="240"/>
        <source>Share of the team reaching 100%: %1 (healthy: 70 to 80%). Achievements are capped at %2.</source>
        <translation>Part de l’équipe à 100&#x202f;%&#x202f;: %1 (sain&#x202f;: 70 à 80&#x202f;%). Atteinte plafonnée à %2.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="253"/>
        <source>Type the revenue goal, such as 500 000.</source>
        <translation>Saisissez l’objectif de CA, par exemple 500 000.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="261"/>
        <source>Deals to win</source>
        <translation>Affaires à gagner</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="262"/>
        <source>Proposals to send</source>
        <translation>Propositions à envoyer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="263"/>
        <source>Meetings to hold</source>
        <translation>Rendez-vous à tenir</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="264"/>
        <source>Qualified leads to find</source>
        <translation>Pistes qualifiées à trouver</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="265"/>
        <source>Calls to make</source>
        <translation>Appels à passer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="277"/>
        <source>%1 every %2 months</source>
        <translation>%1 tous les %2 mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="278"/>
        <source>%1 every %2 weeks</source>
        <translation>%1 toutes les %2 semaines</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="287"/>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="287"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="290"/>
        <source>Average deal %1 (%2)</source>
        <translation>Affaire moyenne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="296"/>
        <source>proposal to win %1 (%2)</source>
        <translation>proposition → gain %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="297"/>
        <source>meeting to proposal %1 (%2)</source>
        <translation>rendez-vous → proposition %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="298"/>
        <source>qualified lead to meeting %1 (%2)</source>
        <translation>piste qualifiée → rendez-vous %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="299"/>
        <source>call to qualified lead %1 (%2)</source>
        <translation>appel → piste qualifiée %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="304"/>
        <source>From this workspace&apos;s last 12 months (%1 closed deals).</source>
        <translation>D’après les 12 derniers mois de cet espace (%1 affaires closes).</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="309"/>
        <source>Not enough history for every rate (under %1 deals): usual assumptions fill in.</source>
        <translation>Historique insuffisant pour certains taux (moins de %1 affaires)&#x202f;: les hypothèses usuelles complètent.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/objectives_tab.py" line="336"/>
        <source>Its dates (%1 – %2)</source>
        <translation>Ses dates (%1 – %2)</translation>
    </message>
</context>
<context>
    <name>OfflineSync</name>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="50"/>
        <source>its account was deleted on the server</source>
        <translation>son compte a été supprimé sur le serveur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="51"/>
        <source>its deal was deleted on the server</source>
        <translation>son affaire a été supprimée sur le serveur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="52"/>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="54"/>
        <source>it was deleted on the server</source>
        <translation>supprimé sur le serveur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="53"/>
        <source>it was changed on the server since the copy</source>
        <translation>modifié sur le serveur depuis la copie</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="55"/>
        <source>it was edited on both sides</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="56"/>
        <source>it names an account or a deal deleted on the server</source>
        <translation>il cite un compte ou une affaire supprimé sur le serveur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="59"/>
        <source>the reminder of a no-show mark kept: kept with it</source>
        <translation>le rappel d’une absence gardée&#x202f;: gardé avec elle</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="60"/>
        <source>the server refused it: your role does not allow it</source>
        <translation>refusé par le serveur&#x202f;: votre rôle ne le permet pas</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="65"/>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="66"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="67"/>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="68"/>
        <source>deals</source>
        <translation>affaires</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="69"/>
        <source>missions</source>
        <translation>missions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="70"/>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="71"/>
        <source>consultants</source>
        <translation>consultants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="72"/>
        <source>leaves</source>
        <translation>congés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="73"/>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="74"/>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="75"/>
        <source>salespeople</source>
        <translation>commerciaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="76"/>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="77"/>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="79"/>
        <source>other data</source>
        <translation>autres données</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="100"/>
        <source>%1’s action plan for %2</source>
        <translation>Plan d’action de %1 pour %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="108"/>
        <source>%1 of %2 with %3</source>
        <translation>%1 du %2 avec %3</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="113"/>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="127"/>
        <source>%1 activity</source>
        <translation>%1 activité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="128"/>
        <source>%1 activities</source>
        <translation>%1 activités</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="132"/>
        <source>%1 activity change</source>
        <translation>%1 changement d’activité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="133"/>
        <source>%1 activity changes</source>
        <translation>%1 changements d’activité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="137"/>
        <source>%1 action plan</source>
        <translation>%1 plan d’action</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="138"/>
        <source>%1 action plans</source>
        <translation>%1 plans d’action</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="151"/>
        <source>Sent to %1: %2.</source>
        <translation>Envoyé à %1&#x202f;: %2.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="155"/>
        <source>Nothing new to send to %1.</source>
        <translation>Rien de nouveau à envoyer à %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="160"/>
        <source>%1 change had been sent by an earlier sync: not sent again.</source>
        <translation>%1 changement avait été envoyé par une synchronisation précédente&#x202f;: pas renvoyé.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="161"/>
        <source>%1 changes had been sent by an earlier sync: not sent again.</source>
        <translation>%1 changements avaient été envoyés par une synchronisation précédente&#x202f;: pas renvoyés.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="176"/>
        <source>%1 change to %2</source>
        <translation>%1 modification (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="177"/>
        <source>%1 changes to %2</source>
        <translation>%1 modifications (%2)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="184"/>
        <source>%1 deletion</source>
        <translation>%1 suppression</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="185"/>
        <source>%1 deletions</source>
        <translation>%1 suppressions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="194"/>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="196"/>
        <source>Synchronised by itself with %1 — sent: %2</source>
        <translation>Synchronisé automatiquement avec %1 — envoyé&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../esn_desktop/ui/operations.py" line="47"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/operations.py" line="57"/>
        <source>Undone: %1</source>
        <translation>Annulé&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/operations.py" line="141"/>
        <source>Done: %1</source>
        <translation>Fait&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="226"/>
        <source>Edit the deal</source>
        <translation>Modifier l’affaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="226"/>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="234"/>
        <source>e.g. Java developers for the claims platform</source>
        <translation>ex.&#x202f;: développeurs Java pour la plateforme sinistres</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="241"/>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="250"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="251"/>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="252"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="253"/>
        <source>Expected signature</source>
        <translation>Signature prévue</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="254"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="255"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="268"/>
        <source>This deal was deleted meanwhile.</source>
        <translation>Cette affaire a été supprimée entre-temps.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="282"/>
        <source>Name the deal.</source>
        <translation>Nommez l’affaire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="287"/>
        <source>Type an amount, such as 60 000.</source>
        <translation>Saisissez un montant, par exemple 60 000.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="289"/>
        <source>The amount is required.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="291"/>
        <source>Must be positive.</source>
        <translation>Doit être positif.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/account_dialogs.py" line="309"/>
        <source>Deal %1</source>
        <translation>Affaire %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="31"/>
        <source>Remember in the system keychain</source>
        <translation>Se souvenir dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="34"/>
        <source>The next opening asks nothing on this computer, for this user</source>
        <translation>La prochaine ouverture ne demandera rien sur cet ordinateur, pour cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="41"/>
        <source>No system keychain is available on this computer: the passphrase is asked at each opening</source>
        <translation>Aucun trousseau du système n’est disponible sur cet ordinateur&#x202f;: la phrase secrète est demandée à chaque ouverture</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="69"/>
        <source>Encrypted workspace</source>
        <translation>Espace de travail chiffré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted. Type its passphrase to open it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est chiffré. Tapez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="93"/>
        <source>Type the passphrase of %1</source>
        <translation>Tapez la phrase secrète de %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="116"/>
        <source>Wrong passphrase for %1</source>
        <translation>Phrase secrète incorrecte pour %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="159"/>
        <source>A passphrase needs at least %1 characters</source>
        <translation>Une phrase secrète compte au moins %1 caractères</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/passphrase_dialog.py" line="163"/>
        <source>A passphrase cannot begin or end with a space</source>
        <translation>Une phrase secrète ne peut ni commencer ni finir par une espace</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/period_picker.py" line="45"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/period_picker.py" line="46"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/period_picker.py" line="47"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/period_picker.py" line="48"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/period_picker.py" line="56"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/period_picker.py" line="84"/>
        <source>Whole firm</source>
        <translation>Toute l’entreprise</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/period_picker.py" line="118"/>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="70"/>
        <source>Search an account…</source>
        <translation>Chercher un compte…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="137"/>
        <source>All salespeople</source>
        <translation>Tous les commerciaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="182"/>
        <source>The %1 biggest of %2; search or pick a salesperson to see the others.</source>
        <translation>Les %1 plus grosses sur %2&#x202f;; cherchez ou choisissez un commercial pour voir les autres.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="190"/>
        <source>Open: %1, weighted %2. Won and lost: the last %3 days.</source>
        <translation>En cours&#x202f;: %1, pondéré %2. Gagnées et perdues&#x202f;: les %3 derniers jours.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="211"/>
        <source>Move to %1</source>
        <translation>Passer en %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="213"/>
        <source>Move %1 to %2</source>
        <translation>Passer %1 en %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="225"/>
        <source>Nothing moved: %1</source>
        <translation>Rien n’a été déplacé&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="254"/>
        <source>Move to</source>
        <translation>Passer en</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/pipeline_board.py" line="261"/>
        <source>Open the account</source>
        <translation>Ouvrir le compte</translation>
    </message>
</context>
<context>
    <name>PlanDocuments</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="74"/>
        <source>Plan PDF…</source>
        <translation>Plan en PDF…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="75"/>
        <source>Every plan of the month…</source>
        <translation>Tous les plans du mois…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="76"/>
        <source>Monthly review PDF…</source>
        <translation>Revue mensuelle en PDF…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="77"/>
        <source>Visit pack…</source>
        <translation>Dossier de visite…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="80"/>
        <source>The monthly review followed by every salesperson&apos;s plan for that month, in one PDF; client-safe in meeting mode</source>
        <translation>La revue mensuelle suivie du plan de chaque commercial pour ce mois, en un seul PDF&#x202f;; version client en mode réunion</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="92"/>
        <source>Monthly review of</source>
        <translation>Revue mensuelle de</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="117"/>
        <source>Save the action plan</source>
        <translation>Enregistrer le plan d’action</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="122"/>
        <source>Writing the plan…</source>
        <translation>Écriture du plan…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="150"/>
        <source>Save every plan</source>
        <translation>Enregistrer tous les plans</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="154"/>
        <source>Folder for the plans</source>
        <translation>Dossier des plans</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="163"/>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="188"/>
        <source>Every plan of the month</source>
        <translation>Tous les plans du mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="170"/>
        <source>Writing every plan…</source>
        <translation>Écriture de tous les plans…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="189"/>
        <source>One PDF per salesperson, or every plan in one file?</source>
        <translation>Un PDF par commercial, ou tous les plans dans un seul fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="192"/>
        <source>One file each</source>
        <translation>Un fichier chacun</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="193"/>
        <source>One combined file</source>
        <translation>Un seul fichier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="207"/>
        <source>Save the monthly review</source>
        <translation>Enregistrer la revue mensuelle</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="212"/>
        <source>Writing the monthly review…</source>
        <translation>Écriture de la revue mensuelle…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="236"/>
        <source>Save the visit pack</source>
        <translation>Enregistrer le dossier de visite</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="241"/>
        <source>Writing the visit pack…</source>
        <translation>Écriture du dossier de visite…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="261"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="269"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_documents.py" line="270"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="52"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="53"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="56"/>
        <source>Pitch, questions for discovery meetings, objections to expect…</source>
        <translation>Pitch, questions des rendez-vous de découverte, objections à prévoir…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="80"/>
        <source>Revenue goal of the month (€)</source>
        <translation>Objectif de CA du mois (€)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="82"/>
        <source>Named target accounts (none: every account of the segments)</source>
        <translation>Comptes cibles nommés (aucun&#x202f;: tous les comptes des segments)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="90"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="125"/>
        <source>From the objectives: %1</source>
        <translation>D’après les objectifs&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="127"/>
        <source>No objective with a revenue criterion covers this month</source>
        <translation>Aucun objectif avec un critère de CA ne couvre ce mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="146"/>
        <source>Pick an account from the list to add it to the targets.</source>
        <translation>Choisissez un compte dans la liste pour l’ajouter aux cibles.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_form.py" line="169"/>
        <source>Type an amount, such as 40 000, or leave it empty.</source>
        <translation>Saisissez un montant, par exemple 40 000, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>PlanProgress</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="27"/>
        <source>This month so far</source>
        <translation>Le mois jusqu’ici</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="35"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="38"/>
        <source>Planned by the rules</source>
        <translation>Prévu par les règles</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="39"/>
        <source>Due by now</source>
        <translation>Dû à date</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="40"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="41"/>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="67"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="69"/>
        <source>Goal %1 · signed %2 · %3 of the working days gone by · %4 no-shows to reschedule</source>
        <translation>Objectif %1 · signé %2 · %3 des jours ouvrés écoulés · %4 rendez-vous non honorés à reprogrammer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="76"/>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="77"/>
        <source>on track</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/plan_progress.py" line="78"/>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="50"/>
        <source>Create nothing: refuse the rows that name an unknown salesperson, channel or account</source>
        <translation>Ne rien créer&#x202f;: refuser les lignes qui nomment un commercial, un canal ou un compte inconnu</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="52"/>
        <source>The first rows, as they will be read:</source>
        <translation>Les premières lignes, telles qu’elles seront lues&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="65"/>
        <source>Import the valid rows and leave the refused ones out</source>
        <translation>Importer les lignes valides et laisser de côté les lignes refusées</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="97"/>
        <source>Refused rows (%1), and why:</source>
        <translation>Lignes refusées (%1), et pourquoi&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="103"/>
        <source>Already there, not imported again (%1):</source>
        <translation>Déjà présent, non réimporté (%1)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="121"/>
        <source>Nothing new to import.</source>
        <translation>Rien de nouveau à importer.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="122"/>
        <source>Will be imported: %1.</source>
        <translation>Seront importés&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="188"/>
        <source>The document was refused (1 problem); nothing was written.</source>
        <translation>Le document est refusé (1 problème)&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="190"/>
        <source>The document was refused (%1 problems); nothing was written.</source>
        <translation>Le document est refusé (%1 problèmes)&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_preview_page.py" line="194"/>
        <source>Problems:</source>
        <translation>Problèmes&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ProspectsTab</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="75"/>
        <source>Search an account (name, without accents)…</source>
        <translation>Rechercher un compte (nom, accents facultatifs)…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="83"/>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="84"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="134"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="135"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="149"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="150"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="151"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="152"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="155"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="161"/>
        <source>Referencing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="162"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="163"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="166"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="174"/>
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="201"/>
        <source>No-shows to reschedule (%1)</source>
        <translation>Rendez-vous non honorés à reprogrammer (%1)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="286"/>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="287"/>
        <source>All salespeople</source>
        <translation>Tous les commerciaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="288"/>
        <source>Any deal stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="289"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="290"/>
        <source>Any referencing</source>
        <translation>Tout référencement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="323"/>
        <source>Accounts: %1</source>
        <translation>Comptes&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/prospects_tab.py" line="347"/>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/rates_dialog.py" line="28"/>
        <source>Daily rate and cost of every consultant</source>
        <translation>Taux et coût journaliers de chaque consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/rates_dialog.py" line="32"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/rates_dialog.py" line="35"/>
        <source>TJM</source>
        <translation>TJM</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/rates_dialog.py" line="42"/>
        <source>CJM</source>
        <translation>CJM</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/rates_dialog.py" line="50"/>
        <source>Margin per day</source>
        <translation>Marge par jour</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/rates_dialog.py" line="58"/>
        <source>Billed days</source>
        <translation>Jours facturés</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_reading_page.py" line="45"/>
        <source>Encoding:</source>
        <translation>Encodage&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_reading_page.py" line="48"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_reading_page.py" line="51"/>
        <source>Check the field each column fills, then Next. A column marked “(not imported)” stays out of the workspace.</source>
        <translation>Vérifiez le champ que remplit chaque colonne, puis Suivant. Une colonne marquée «&#x202f;(non importée)&#x202f;» reste hors de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_reading_page.py" line="64"/>
        <source>The file holds:</source>
        <translation>Le fichier contient&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_reading_page.py" line="97"/>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/import_reading_page.py" line="103"/>
        <source>Choose its encoding above: the file is read again.</source>
        <translation>Choisissez son encodage ci-dessus&#x202f;: le fichier sera relu.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../esn_desktop/ui/recent_menu.py" line="43"/>
        <source>Show every workspace (leaves meeting mode)</source>
        <translation>Afficher tous les espaces de travail (quitte le mode réunion)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/record_dialog.py" line="52"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../esn_desktop/ui/tabs/records_tab.py" line="79"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/records_tab.py" line="80"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/records_tab.py" line="158"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/tabs/records_tab.py" line="165"/>
        <source>Edit &gt; Undo (Ctrl+Z) brings it all back.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
</context>
<context>
    <name>ScheduledBackups</name>
    <message>
        <location filename="../../esn_desktop/ui/scheduled_backups.py" line="88"/>
        <source>Backed up at %1 in %2</source>
        <translation>Sauvegardé à %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/scheduled_backups.py" line="90"/>
        <source>Backed up at %1</source>
        <translation>Sauvegardé à %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/scheduled_backups.py" line="96"/>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../esn_desktop/ui/screen_lock.py" line="169"/>
        <source>Locked — esn-desktop</source>
        <translation>Verrouillé — esn-desktop</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="34"/>
        <source>Workspace settings</source>
        <translation>Paramètres de l’espace</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="45"/>
        <source>0: never. After this many minutes, meeting mode hides every figure.</source>
        <translation>0&#x202f;: jamais. Passé ce délai sans activité, le mode réunion masque tous les chiffres.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="49"/>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="50"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="52"/>
        <source>Employer charges and yearly costs per consultant are hidden in meeting mode.</source>
        <translation>Les charges patronales et les autres frais annuels par consultant sont masqués en mode réunion.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="55"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="58"/>
        <source>Employer charges (% of gross salary)</source>
        <translation>Charges patronales (% du salaire brut)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Other yearly costs per consultant (€)</source>
        <translation>Autres frais annuels par consultant (€)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="62"/>
        <source>Worked days a year</source>
        <translation>Jours travaillés par an</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Objective achievement capped at (%)</source>
        <translation>Atteinte des objectifs plafonnée à (%)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="64"/>
        <source>Lock after inactivity (minutes)</source>
        <translation>Verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Automatic backup every</source>
        <translation>Sauvegarde automatique toutes les</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Type a number, such as 45 or 45,5.</source>
        <translation>Saisissez un nombre, par exemple 45 ou 45,5.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="98"/>
        <source>The company name is required.</source>
        <translation>Le nom de l’entreprise est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="104"/>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Must not be negative.</source>
        <translation>Ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Between 1 and 366 days.</source>
        <translation>Entre 1 et 366 jours.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="110"/>
        <source>At least 100%.</source>
        <translation>Au moins 100&#x202f;%.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="113"/>
        <source>A whole number of minutes from 0 (never) to 240.</source>
        <translation>Un nombre entier de minutes, de 0 (jamais) à 240.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/settings_dialog.py" line="132"/>
        <source>Refused: %1</source>
        <translation>Refusé&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message>
        <location filename="../../esn_desktop/ui/models/stage_model.py" line="58"/>
        <source>Signature %1</source>
        <translation>Signature le %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/stage_model.py" line="60"/>
        <source>(overdue)</source>
        <translation>(en retard)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/stage_model.py" line="65"/>
        <source>1 day in stage</source>
        <translation>1 jour dans l’étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/stage_model.py" line="67"/>
        <source>%1 days in stage</source>
        <translation>%1 jours dans l’étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/models/stage_model.py" line="84"/>
        <source>Weighted: %1</source>
        <translation>Pondéré&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>StaleContactsDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="47"/>
        <source>Stale contacts (GDPR)</source>
        <translation>Contacts inactifs (RGPD)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="52"/>
        <source>3 years</source>
        <translation>3 ans</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="52"/>
        <source>18 months</source>
        <translation>18 mois</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="52"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="52"/>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="58"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="61"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="62"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="65"/>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="90"/>
        <source>No exchange for:</source>
        <translation>Aucun échange depuis&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="107"/>
        <source>Contacts of prospects (no deal won, no mission under way) with no activity naming them or their account since %1.</source>
        <translation>Contacts de prospects (aucune affaire gagnée, aucune mission en cours) sans activité les concernant, eux ou leur compte, depuis le %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="111"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="134"/>
        <source>1 stale contact</source>
        <translation>1 contact inactif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="134"/>
        <source>%1 stale contacts</source>
        <translation>%1 contacts inactifs</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="136"/>
        <source>Forget this contact…</source>
        <translation>Oublier ce contact…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/stale_contacts_dialog.py" line="136"/>
        <source>Forget these %1 contacts…</source>
        <translation>Oublier ces %1 contacts…</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="216"/>
        <source>Synchronise with the team database</source>
        <translation>Synchroniser avec la base d’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="222"/>
        <source>Sent over the team’s version: %1</source>
        <translation>Envoyé à la place de la version de l’équipe&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="225"/>
        <source>Dropped, the team’s version kept: %1</source>
        <translation>Abandonné, la version de l’équipe gardée&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="235"/>
        <source>Not sent back (only activities, no-show marks and action plans go back from an offline copy; the refreshed copy holds the team’s version): %1.</source>
        <translation>Non renvoyé (seuls les activités, les absences et les plans d’action repartent d’une copie hors ligne&#x202f;; la copie actualisée a la version de l’équipe)&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="246"/>
        <source>Kept in the copy, not sent (conflicts): decide each, or later</source>
        <translation>Gardé dans la copie, pas envoyé (conflits)&#x202f;: décidez pour chacun, ou plus tard</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="253"/>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="257"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="258"/>
        <source>Keep the team’s version (drop mine)</source>
        <translation>Garder la version de l’équipe (abandonner la mienne)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="260"/>
        <source>Send mine over the team’s version</source>
        <translation>Envoyer la mienne à la place de celle de l’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="273"/>
        <source>The copy now holds the team’s data of %1 at %2.</source>
        <translation>La copie a maintenant les données de l’équipe du %1 à %2.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/offline_sync.py" line="281"/>
        <source>Apply these choices</source>
        <translation>Appliquer ces choix</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="52"/>
        <source>Connect to a team database</source>
        <translation>Se connecter à une base d’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="55"/>
        <source>Your firm&apos;s shared PostgreSQL database: ask whoever runs it for the server, the database and your user.</source>
        <translation>La base PostgreSQL partagée de votre entreprise&#x202f;: demandez le serveur, la base et votre utilisateur à qui l’administre.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="61"/>
        <source>postgresql://user@server:5432/database</source>
        <translation>postgresql://utilisateur@serveur:5432/base</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="62"/>
        <source>Paste a whole URL: it fills the fields below</source>
        <translation>Collez une adresse complète&#x202f;: elle remplit les champs ci-dessous</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="65"/>
        <source>db.example.com</source>
        <translation>db.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="72"/>
        <source>Encrypted connection (SSL)</source>
        <translation>Connexion chiffrée (SSL)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="74"/>
        <source>Refuses a server that does not encrypt the connection (sslmode=require)</source>
        <translation>Refuse un serveur qui ne chiffre pas la connexion (sslmode=require)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="76"/>
        <source>Remember the password in the system keychain</source>
        <translation>Se souvenir du mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="79"/>
        <source>The next connection asks nothing on this computer, for this user</source>
        <translation>La prochaine connexion ne demande rien sur cet ordinateur, pour cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="82"/>
        <source>No system keychain is available on this computer: the password is asked at each connection</source>
        <translation>Aucun trousseau système sur cet ordinateur&#x202f;: le mot de passe est demandé à chaque connexion</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="90"/>
        <source>URL</source>
        <translation>Adresse complète</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="92"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="93"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="94"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="95"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="96"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="101"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="155"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="156"/>
        <source>the database</source>
        <translation>la base</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="157"/>
        <source>the user</source>
        <translation>l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="162"/>
        <source>Fill in %1.</source>
        <translation>Indiquez %1.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/dialogs/team_connect_dialog.py" line="185"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="32"/>
        <source>Welcome to esn-desktop</source>
        <translation>Bienvenue dans esn-desktop</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="39"/>
        <source>One workspace per company: its prospects, consultants, missions and objectives, kept in a single file on this computer.</source>
        <translation>Un espace de travail par entreprise&#x202f;: ses prospects, consultants, missions et objectifs, dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="44"/>
        <source>Create a workspace…</source>
        <translation>Créer un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="45"/>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="46"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="51"/>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="56"/>
        <source>Recent workspaces are hidden in meeting mode.</source>
        <translation>Les espaces de travail récents sont masqués en mode réunion.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="57"/>
        <source>Show them (leaves meeting mode)</source>
        <translation>Les afficher (quitte le mode réunion)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/welcome_widget.py" line="116"/>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="35"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="36"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="38"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="40"/>
        <source>Connect to a &amp;team database…</source>
        <translation>Se connecter à une &amp;base d’équipe…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="41"/>
        <source>Work o&amp;ffline…</source>
        <translation>Travailler &amp;hors ligne…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="43"/>
        <source>A copy of the team database in a file, to work without the server (esn-desktop sync)</source>
        <translation>Une copie de la base d’équipe dans un fichier, pour travailler sans le serveur (esn-desktop sync)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="48"/>
        <source>&amp;Synchronise with the team database</source>
        <translation>&amp;Synchroniser avec la base d’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="53"/>
        <source>Sends the activities, no-show marks and action plans changed in this offline copy to the team database, then refreshes the copy</source>
        <translation>Envoie à la base d’équipe les activités, absences et plans d’action modifiés dans cette copie hors ligne, puis actualise la copie</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="57"/>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="59"/>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="67"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="69"/>
        <source>&amp;Export the list shown…</source>
        <translation>&amp;Exporter la liste affichée…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="71"/>
        <source>&amp;Visit pack…</source>
        <translation>Dossier de &amp;visite…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="73"/>
        <source>The monthly review and every salesperson&apos;s plan in one PDF, to hand over</source>
        <translation>La revue mensuelle et le plan de chaque commercial en un seul PDF, à remettre au client</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="75"/>
        <source>St&amp;ale contacts (GDPR)…</source>
        <translation>&amp;Contacts inactifs (RGPD)…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="77"/>
        <source>The contacts of prospects with no exchange for years, to forget (GDPR retention)</source>
        <translation>Les contacts de prospects sans échange depuis des années, à oublier (durée de conservation RGPD)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="81"/>
        <source>&amp;Lock now</source>
        <translation>Verro&amp;uiller maintenant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="83"/>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="99"/>
        <source>&amp;Log an activity…</source>
        <translation>&amp;Noter une activité…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="100"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="101"/>
        <source>&amp;Workspace settings…</source>
        <translation>&amp;Paramètres de l’espace…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="102"/>
        <source>Meeting mode</source>
        <translation>Mode réunion</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="107"/>
        <source>Hides every cost, CJM, salary, margin and margin rate, to show the screen to a client</source>
        <translation>Masque coûts, CJM, salaires, marges et taux de marge, pour montrer l’écran à un client</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="111"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="121"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="139"/>
        <source>Hides the workspace until its passphrase is typed again</source>
        <translation>Masque l’espace de travail jusqu’à ce que sa phrase secrète soit saisie à nouveau</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_menus.py" line="141"/>
        <source>Only an encrypted workspace locks; meeting mode hides its costs</source>
        <translation>Seul un espace de travail chiffré se verrouille&#x202f;; le mode réunion en masque les coûts</translation>
    </message>
</context>
<context>
    <name>WindowOpening</name>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="96"/>
        <source>%1-offline</source>
        <translation>%1-hors-ligne</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="104"/>
        <source>Copying %1 to work offline…</source>
        <translation>Copie de %1 pour travailler hors ligne…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="110"/>
        <source>Work offline</source>
        <translation>Travailler hors ligne</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="155"/>
        <source>Sending the offline copy’s work to %1…</source>
        <translation>Envoi du travail de la copie hors ligne à %1…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="161"/>
        <source>Synchronise with the team database</source>
        <translation>Synchroniser avec la base d’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="227"/>
        <source>%1 — not synchronised by itself again: File &gt; Synchronise with the team database</source>
        <translation>%1 — plus de synchronisation automatique&#x202f;: Fichier &gt; Synchroniser avec la base d’équipe</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_opening.py" line="248"/>
        <source>Team database reachable: synchronising by itself…</source>
        <translation>Base d’équipe joignable&#x202f;: synchronisation automatique…</translation>
    </message>
</context>
<context>
    <name>WindowQuestions</name>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="38"/>
        <location filename="../../esn_desktop/ui/window_questions.py" line="51"/>
        <source>Meeting mode</source>
        <translation>Mode réunion</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="40"/>
        <source>The file dialog lists the workspaces&apos; file names, which may name other clients. Leave meeting mode to choose a file?</source>
        <translation>La fenêtre de choix de fichier affiche les noms des fichiers des espaces de travail, qui peuvent nommer d’autres clients. Quitter le mode réunion pour choisir un fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="53"/>
        <source>In meeting mode no dialog shows your folders, whose files may name other clients. Save in this workspace&apos;s own folder, esn-desktop › %1, in your Documents?

To choose another folder, leave meeting mode first.</source>
        <translation>En mode réunion, aucune fenêtre ne montre vos dossiers, dont les fichiers peuvent nommer d’autres clients. Enregistrer dans le dossier propre à cet espace, esn-desktop › %1, dans vos Documents&#x202f;?

Pour choisir un autre dossier, quittez d’abord le mode réunion.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="60"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="77"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="79"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="109"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="110"/>
        <source>This file will not be encrypted: anyone who gets it can read it.</source>
        <translation>Ce fichier ne sera pas chiffré&#x202f;: quiconque l’obtient pourra le lire.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="114"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="124"/>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="132"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="134"/>
        <source>Prospect lists and documents (*.csv *.txt *.tsv *.xlsx *.json)</source>
        <translation>Listes de prospects et documents (*.csv *.txt *.tsv *.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="150"/>
        <source>Workspace in use</source>
        <translation>Espace de travail déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="152"/>
        <source>%1.

Open it for reading only? Lists, dashboard, exports and PDFs work; nothing can be changed.</source>
        <translation>%1.

L’ouvrir en lecture seule&#x202f;? Listes, tableau de bord, exports et PDF fonctionnent&#x202f;; rien ne peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="161"/>
        <source>Risky place for a workspace</source>
        <translation>Emplacement risqué</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="163"/>
        <source>This folder is not safe for a workspace: %1.

Move it to a local folder. Open it anyway?</source>
        <translation>Ce dossier n’est pas sûr pour un espace de travail&#x202f;: %1.

Déplacez-le dans un dossier local. L’ouvrir quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_questions.py" line="171"/>
        <source>esn-desktop</source>
        <translation>esn-desktop</translation>
    </message>
</context>
<context>
    <name>WonDeals</name>
    <message>
        <location filename="../../esn_desktop/ui/won_deal.py" line="49"/>
        <source>Mark %1 as won, for %2?</source>
        <translation>Marquer %1 comme gagnée, pour %2&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/won_deal.py" line="55"/>
        <source>Mark these %1 deals as won, for %2 in all?</source>
        <translation>Marquer ces %1 affaires comme gagnées, pour %2 au total&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/won_deal.py" line="59"/>
        <location filename="../../esn_desktop/ui/won_deal.py" line="71"/>
        <source>Deal won</source>
        <translation>Affaire gagnée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/won_deal.py" line="70"/>
        <source>%1 is won. Create its mission now?</source>
        <translation>%1 est gagnée. Créer sa mission maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>WorkspaceMarks</name>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="73"/>
        <source>Lists, dashboard, exports and PDFs work as usual.</source>
        <translation>Listes, tableau de bord, exports et PDF fonctionnent normalement.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="78"/>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="91"/>
        <source>%1 does not answer: reconnecting…</source>
        <translation>%1 ne répond pas&#x202f;: reconnexion…</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="95"/>
        <source>What is shown may be out of date; changes cannot be saved until the server answers again</source>
        <translation>Ce qui est affiché peut ne plus être à jour&#x202f;; rien ne peut être enregistré avant que le serveur réponde de nouveau</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="101"/>
        <source>MEETING MODE: costs and margins hidden</source>
        <translation>MODE RÉUNION&#x202f;: coûts et marges masqués</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="109"/>
        <source>Team database: %1</source>
        <translation>Base d’équipe&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="112"/>
        <source>Shared with your team on its server; saved there as soon as changed</source>
        <translation>Partagée avec votre équipe sur son serveur&#x202f;; chaque modification y est enregistrée aussitôt</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="120"/>
        <source>Your login&apos;s role in this team database: what it allows is what the window offers</source>
        <translation>Le rôle de votre identifiant dans cette base d’équipe&#x202f;: la fenêtre propose ce qu’il permet</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="154"/>
        <source>Activities, no-show marks and action plans changed here go back to the team database with File &gt; Synchronise with the team database (or esn-desktop sync); other changes are not sent back.</source>
        <translation>Les activités, absences et plans d’action modifiés ici repartent vers la base d’équipe par Fichier &gt; Synchroniser avec la base d’équipe (ou esn-desktop sync)&#x202f;; les autres modifications ne sont pas renvoyées.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="164"/>
        <source>Offline copy of %1 of %2 at %3</source>
        <translation>Copie hors ligne de %1 du %2 à %3</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="189"/>
        <source>1 change to send</source>
        <translation>1 changement à envoyer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="191"/>
        <source>%1 changes to send</source>
        <translation>%1 changements à envoyer</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="195"/>
        <source>1 conflict to decide</source>
        <translation>1 conflit à décider</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="197"/>
        <source>%1 conflicts to decide</source>
        <translation>%1 conflits à décider</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="199"/>
        <source>Team database reachable: %1</source>
        <translation>Base d’équipe joignable&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="200"/>
        <source>Synchronise</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="206"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_marks.py" line="208"/>
        <source>This workspace and its backups are encrypted; exports and PDFs are not.</source>
        <translation>Cet espace de travail et ses sauvegardes sont chiffrés&#x202f;; les exports et les PDF ne le sont pas.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <location filename="../../esn_desktop/ui/workspace_opener.py" line="123"/>
        <source>Read-only: this file cannot be changed (its folder or the file itself is write-protected).</source>
        <translation>Lecture seule&#x202f;: ce fichier ne peut pas être modifié (dossier ou fichier protégé en écriture).</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/workspace_opener.py" line="129"/>
        <source>Read-only: another copy of esn-desktop is changing this file. Close it there, then open it again here to make changes.</source>
        <translation>Lecture seule&#x202f;: une autre copie d’esn-desktop modifie ce fichier. Fermez-le dans cette copie, puis rouvrez-le ici pour le modifier.</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <location filename="../../esn_desktop/ui/window_tabs.py" line="79"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_tabs.py" line="80"/>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_tabs.py" line="81"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_tabs.py" line="82"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/window_tabs.py" line="83"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>WrittenNotice</name>
    <message>
        <location filename="../../esn_desktop/ui/widgets/written_notice.py" line="34"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/written_notice.py" line="35"/>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/written_notice.py" line="39"/>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/written_notice.py" line="55"/>
        <source>PDF written: %1</source>
        <translation>PDF enregistré&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/widgets/written_notice.py" line="59"/>
        <source>%1 PDF written in %2</source>
        <translation>%1 PDF enregistrés dans %2</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="21"/>
        <source>Key account</source>
        <translation>Grand compte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="22"/>
        <source>Mid-cap</source>
        <translation>ETI</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="23"/>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="24"/>
        <source>Micro-business</source>
        <translation>TPE</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="27"/>
        <source>Not referenced</source>
        <translation>Non référencé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="28"/>
        <source>Referencing in progress</source>
        <translation>Référencement en cours</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="29"/>
        <source>Referenced</source>
        <translation>Référencé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="32"/>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="33"/>
        <source>Qualified lead</source>
        <translation>Piste qualifiée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="34"/>
        <source>Discovery meeting</source>
        <translation>Rendez-vous de découverte</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="35"/>
        <source>Proposal sent</source>
        <translation>Proposition envoyée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="36"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="37"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="38"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="43"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="44"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="45"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="46"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="49"/>
        <source>On mission</source>
        <translation>En mission</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="50"/>
        <source>Bench</source>
        <translation>Intercontrat</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="51"/>
        <source>On leave</source>
        <translation>En congé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="52"/>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="57"/>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="58"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="59"/>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="60"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="61"/>
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="64"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="65"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="66"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="67"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="68"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="69"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="72"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="73"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="74"/>
        <source>no-show</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="75"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="80"/>
        <source>Revenue signed</source>
        <translation>CA signé</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="81"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="82"/>
        <source>New clients</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="83"/>
        <source>Qualified leads</source>
        <translation>Pistes qualifiées</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="84"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="85"/>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="86"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="90"/>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="91"/>
        <source>Alsace-Moselle (two more holidays)</source>
        <translation>Alsace-Moselle (deux jours fériés de plus)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="98"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="99"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="100"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="101"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="102"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="103"/>
        <source>Potential (€ a year)</source>
        <translation>Potentiel (€ par an)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="104"/>
        <source>Referencing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="105"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="106"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="107"/>
        <source>Contact&apos;s first name</source>
        <translation>Prénom du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="108"/>
        <source>Contact&apos;s last name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="109"/>
        <source>Contact&apos;s full name</source>
        <translation>Nom complet du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="110"/>
        <source>Contact&apos;s email</source>
        <translation>Email du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="111"/>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="112"/>
        <source>Contact&apos;s role</source>
        <translation>Rôle du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="113"/>
        <source>Contact&apos;s mobile</source>
        <translation>Mobile du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="114"/>
        <source>Contact&apos;s job title</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="115"/>
        <source>Company&apos;s switchboard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="116"/>
        <source>Company&apos;s email</source>
        <translation>Email de la société</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="117"/>
        <source>Is a company (yes/no)</source>
        <translation>Est une société (oui/non)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="118"/>
        <source>Contact&apos;s company</source>
        <translation>Société du contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="119"/>
        <source>Account (company&apos;s name)</source>
        <translation>Compte (raison sociale)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="120"/>
        <source>Customer (when no company is named)</source>
        <translation>Client (quand aucune société n’est nommée)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="121"/>
        <source>Opportunity&apos;s title</source>
        <translation>Intitulé de l’opportunité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="122"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="123"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="124"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="125"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="126"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="127"/>
        <source>Expected closing date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="128"/>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="129"/>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="130"/>
        <source>Activity type</source>
        <translation>Type d’activité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="131"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="132"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="133"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="134"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="135"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="136"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="137"/>
        <source>Daily cost (CJM)</source>
        <translation>Coût journalier (CJM)</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="138"/>
        <source>Annual salary</source>
        <translation>Salaire annuel</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="139"/>
        <source>Target daily rate (TJM)</source>
        <translation>TJM cible</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="140"/>
        <source>Start date</source>
        <translation>Date d’entrée</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="141"/>
        <source>Leaving date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="142"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/labels.py" line="143"/>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
</context>
<context>
    <name>role_rights</name>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="52"/>
        <source>Your role (%1) does not allow logging activities.</source>
        <translation>Votre rôle (%1) ne permet pas d’enregistrer des activités.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="53"/>
        <source>Your role (%1) does not allow changing deals.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les affaires.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="54"/>
        <source>Your role (%1) does not allow changing action plans.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les plans d’action.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="55"/>
        <source>Your role (%1) does not allow changing accounts.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les comptes.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="56"/>
        <source>Your role (%1) does not allow changing contacts.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les contacts.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="57"/>
        <source>Your role (%1) does not allow changing consultants or their leave.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les consultants ni leurs congés.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="60"/>
        <source>Your role (%1) does not allow changing missions.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les missions.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="61"/>
        <source>Your role (%1) does not allow setting objectives.</source>
        <translation>Votre rôle (%1) ne permet pas de fixer des objectifs.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="62"/>
        <source>Your role (%1) does not allow changing the settings.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les paramètres.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="63"/>
        <source>Your role (%1) does not allow importing into the workspace.</source>
        <translation>Votre rôle (%1) ne permet pas d’importer dans l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="66"/>
        <source>Your role (%1) does not allow forgetting a person (GDPR).</source>
        <translation>Votre rôle (%1) ne permet pas d’effacer une personne (RGPD).</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="72"/>
        <source>salesperson</source>
        <translation>commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="73"/>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="74"/>
        <source>director</source>
        <translation>direction</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="78"/>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="79"/>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="80"/>
        <source>Director</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="123"/>
        <source>Read only: your role in this team database allows reading, not changing.</source>
        <translation>Lecture seule&#x202f;: votre rôle dans cette base d’équipe permet de lire, pas de modifier.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="140"/>
        <source>Your role (salesperson) writes in your own name.</source>
        <translation>Votre rôle (commercial) écrit en votre nom.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="148"/>
        <source>Your role (salesperson) changes your own deals only: this one is another&apos;s.</source>
        <translation>Votre rôle (commercial) ne modifie que vos propres affaires&#x202f;: celle-ci est à un autre commercial.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="156"/>
        <source>Your role (salesperson) changes your own activities only: this one is another&apos;s.</source>
        <translation>Votre rôle (commercial) ne modifie que vos propres activités&#x202f;: celle-ci est à un autre commercial.</translation>
    </message>
    <message>
        <location filename="../../esn_desktop/ui/role_rights.py" line="164"/>
        <source>Your role (salesperson) changes your own plan only: this one is another&apos;s.</source>
        <translation>Votre rôle (commercial) ne modifie que votre propre plan&#x202f;: celui-ci est à un autre commercial.</translation>
    </message>
</context>
</TS>
