"""The app's language: Qt translators, the locale for dates and numbers, the core's words.

``apply_language(settings)`` installs every ``resources/locale/*_<lang>.qm`` plus Qt's
own ``qtbase_<lang>.qm`` (the words on Qt's standard buttons and dialogs), sets the
default QLocale from the language and the country (dates and numbers), tells the
core (``caregiver_app.i18n``) and sets the layout direction. Switching removes the
translators of the language before. Installing or removing a translator sends every
widget a ``QEvent.LanguageChange``: the main window rebuilds its pages on it.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from caregiver_app import i18n as core_i18n
from caregiver_app.settings import Settings
from ui.session import Session

log = logging.getLogger(__name__)

LOCALE_PACKAGE = "resources.locale"

_installed: list[QTranslator] = []
_applied: tuple[str, str] | None = None


def system_language() -> str:
    """The computer's language if Kindred speaks it, else English (for a first run)."""
    code = QLocale.system().name().split("_")[0]
    return code if code in core_i18n.LANGUAGES else core_i18n.ENGLISH


def locale_for(language: str, country: str) -> QLocale:
    """The locale for dates and numbers: the language as written in the country."""
    if country:
        chosen = QLocale(f"{language}_{country}")
        if chosen.language() == QLocale(language).language():
            return chosen
    return QLocale(language)


def apply_language(settings: Settings) -> str:
    """Use the language (and country) of ``settings`` everywhere; returns the language."""
    global _applied
    language = core_i18n.set_language(settings.language)
    if _applied == (language, settings.country):
        return language
    locale = locale_for(language, settings.country)
    # The locale is set before the translators go in: the LanguageChange they send makes
    # pages rebuild, and the rebuilt pages must already write dates the new way.
    QLocale.setDefault(locale)
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    if _applied is None or _applied[0] != language:
        _swap_translators(language)
    _applied = (language, settings.country)
    return language


def _swap_translators(language: str) -> None:
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == core_i18n.ENGLISH:
        return  # English is the source text: nothing to install
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("a translation file could not be loaded: %s", path.name)


def translation_files(language: str) -> list[Path]:
    """Qt's own catalogue (when Qt ships one for the language) and the app's, per area."""
    found: list[Path] = []
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (qt_file := qt_folder / f"qtbase_{language}.qm").is_file():
        found.append(qt_file)
    found += sorted(locale_folder().glob(f"*_{language}.qm"))
    return found


def locale_folder() -> Path:
    return Path(str(resources.files(LOCALE_PACKAGE)))


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def follow_language(session: Session) -> None:
    """Use the session's language now, and again whenever Settings change it."""
    apply_language(session.settings)
    session.settings_changed.connect(apply_language)
