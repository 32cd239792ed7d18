"""The languages LIVC-R Desktop speaks: Dutch, French and German, with English as source."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A user-interface or document language (ISO 639-1 code)."""

    NL = "nl"
    FR = "fr"
    DE = "de"
    EN = "en"

    @property
    def endonym(self) -> str:
        """The language's own name, shown untranslated so everyone finds their own language."""
        return _ENDONYMS[self]

    @property
    def locale(self) -> str:
        """The Belgian locale for dates and numbers (English falls back to en_BE)."""
        return f"{self.value}_BE"


_ENDONYMS = {
    Language.NL: "Nederlands",
    Language.FR: "Français",
    Language.DE: "Deutsch",
    Language.EN: "English",
}

TRANSLATED_LANGUAGES = (Language.NL, Language.FR, Language.DE)
"""The languages with a full catalogue; English is the source text itself."""

DOCUMENT_LANGUAGES = TRANSLATED_LANGUAGES
"""Languages in which official documents (feedback forms, minutes) may be produced."""


def parse_language(value: str) -> Language:
    """A Language from a code such as 'nl', 'fr_BE' or 'DE'; ValueError otherwise."""
    return Language(value.strip().lower().replace("-", "_").split("_", 1)[0])
