"""The interface language: French by default, English on request, Qt's own dialogs included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

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
    # Qt's own widgets (date edits, spin boxes, the file dialogs) write numbers and dates in the
    # default locale; a window made earlier keeps the one it was made with, and hands it to every
    # widget later put in it: each is given the new one.
    QLocale.setDefault(QLocale(locale))
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            window.setLocale(QLocale())
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


def interface_number(count: int) -> str:
    """A count in the interface's language (`10 039` in French), for a text made where no
    formatter is at hand; the formatter of the language installed (QLocale's default)."""
    return Formatter(QLocale().name()).number(count, decimals=0)
