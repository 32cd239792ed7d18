"""Switching the interface language at run time.

Installing a translator makes Qt send a LanguageChange event to every widget; each of our widgets
answers it by re-setting its texts (`retranslate_ui`), so open windows follow at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from livcr_desktop.domain.languages import Language, parse_language
from livcr_desktop.i18n.catalog import catalog, qt_base_translator
from livcr_desktop.i18n.english_plurals import install_english_plurals


def system_language() -> Language:
    """The operating system's language if we speak it, else English."""
    try:
        language = parse_language(QLocale.system().name())
    except ValueError:
        return Language.EN
    return language


def current_language() -> Language:
    """The interface language in use (kept by Qt as the default locale, set below)."""
    try:
        return parse_language(QLocale().name())
    except ValueError:
        return Language.EN


class LanguageManager(QObject):
    """Holds the installed translators and announces language changes."""

    language_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = Language.EN
        self._installed: list[QTranslator] = []
        install_english_plurals()

    def set_language(self, language: Language) -> None:
        """Install the catalogues of `language` (and Qt's own) in place of the current ones."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        if language is not Language.EN:
            own = catalog(language).translator
            if own is not None:
                self._installed.append(own)
            base = qt_base_translator(language)
            if base is not None:
                self._installed.append(base)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(language.locale))
        changed = language is not self.language
        self.language = language
        if changed or app is None:
            self.language_changed.emit(language)
