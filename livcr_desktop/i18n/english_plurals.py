"""The English interface's plural forms: "1 case erased", "2 cases erased".

English is the source language and has no catalogue, so Qt would show a %n text's source as it
is ("1 case(s) erased"). This translator answers only texts asked for with a count and writes
the English form the number needs; every other text falls through to the source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator


class EnglishPlurals(QTranslator):
    """Installed once, below every catalogue: a language's catalogue answers first, so this
    writes only English texts (and a text a catalogue lacks, in English, as before)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del context, disambiguation
        if n < 0 or "(s)" not in source:
            return None  # a null string: Qt asks the next translator, then shows the source
        from livcr_desktop.domain.text import english_numerus  # not before the first frame

        return english_numerus(source, n)

    def isEmpty(self) -> bool:
        return False


_installed: list[EnglishPlurals] = []


def install_english_plurals() -> None:
    """Install the English plural forms once per process (before any catalogue, so it is
    asked last); installing again would send every window a language change for nothing."""
    app = QCoreApplication.instance()
    if _installed or app is None:
        return
    translator = EnglishPlurals(app)
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
