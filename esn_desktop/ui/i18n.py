"""The interface language: French by default, English on request, Qt's own dialogs included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from esn_desktop.formatting import Formatter
from esn_desktop.resources import resources_dir

LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
DEFAULT_LANGUAGE = "fr"
SETTING = "interface/language"


def chosen_language() -> str:
    value = QSettings().value(SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install_language(app: QCoreApplication, language: str) -> Formatter:
    """Installs the translators and the locale of `language`; returns the matching formatter."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    locale = LANGUAGES[language]
    QLocale.setDefault(QLocale(locale))
    if language != "en":  # the source strings are English
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / f"esn_desktop_{language}.qm")):
            app.installTranslator(ours)
        qt = QTranslator(app)
        # Qt's own dialogs (buttons, file pickers) in the same language.
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
        # Qt 6.11 renamed some of its dialogs' strings ("&Look in:") and its French catalogue
        # still has the old ones; ours fills them in. Installed last, it is searched first.
        supplement = QTranslator(app)
        if supplement.load(str(resources_dir() / "translations" / f"qtbase_supplement_{language}.qm")):
            app.installTranslator(supplement)
    return Formatter(locale)
