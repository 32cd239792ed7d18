"""A domain message with a count, shown in the interface language: the installed catalogue
picks the plural form ("1 gemarkeerde passage", "2 gemarkeerde passages")."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.secrecy_guard import OVERLAP
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.shell.language import LanguageManager

CASES = [
    (Language.EN, "(1 highlighted passage)", "(3 highlighted passages)"),
    (Language.NL, "(1 gemarkeerde passage)", "(3 gemarkeerde passages)"),
    (Language.FR, "(1 passage surligné)", "(3 passages surlignés)"),
    (Language.DE, "(1 markierte Passage)", "(3 markierte Passagen)"),
]


@pytest.mark.parametrize(("language", "one", "three"), CASES)
def test_the_interface_shows_the_form_for_the_number(
    languages: LanguageManager, language: Language, one: str, three: str
) -> None:
    languages.set_language(language)
    assert one in show_text(OVERLAP, count=1)
    assert three in show_text(OVERLAP, count=3)
