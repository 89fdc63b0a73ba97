<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Qt's own strings that the qtbase_fr.qm shipped in the PySide6 wheel does not translate: Qt 6.11
renamed them (adding shortcuts) and its French catalogue still has only the old wording.
The space before ":" is the no-break one Qt’s own French strings use beside these.
Loaded after qtbase_fr by esn_desktop/ui/i18n.py; compiled by packaging/update_translations.py.
tests/ui/test_qt_dialogs_french.py lists every English text left in Qt's dialogs.
-->
<TS version="2.1" language="fr_FR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
</TS>
