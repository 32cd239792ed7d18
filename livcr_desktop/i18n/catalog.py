"""Translation catalogues read from the compiled .qm files.

The interface installs one catalogue (plus Qt's own, for standard buttons) into the application;
a PDF report asks for the catalogue of its document language and translates through it directly,
so a French feedback form can be printed from a Dutch interface.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QLibraryInfo, QTranslator

from livcr_desktop.domain.languages import Language
from livcr_desktop.resources import register_resources

_lock = threading.Lock()
_catalogues: dict[Language, Catalog] = {}


class Catalog:
    """The translations of one language; English returns the source text."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.translator: QTranslator | None = None
        if language is not Language.EN:
            register_resources()
            translator = QTranslator()
            if not translator.load(f":/translations/livcr_{language.value}.qm"):
                raise FileNotFoundError(f"no catalogue for {language.value}")
            self.translator = translator

    def translate(self, context: str, source: str) -> str:
        """The translation of `source`, or the source when the catalogue has none."""
        if self.translator is None:
            return source
        return self.translator.translate(context, source) or source

    def numerus(self, context: str, source: str, count: int) -> str:
        """The plural form of a %n text that fits `count` ("" when the catalogue lacks it)."""
        if self.translator is None:
            return ""
        return self.translator.translate(context, source, None, count) or ""


def catalog(language: Language) -> Catalog:
    """The shared catalogue of a language (loaded once per process)."""
    with _lock:
        found = _catalogues.get(language)
        if found is None:
            found = _catalogues[language] = Catalog(language)
        return found


def qt_base_translator(language: Language) -> QTranslator | None:
    """Qt's own translations (standard buttons, wizard navigation) for a language."""
    if language is Language.EN:
        return None
    translator = QTranslator()
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language.value}", directory):
        return translator
    return None
