"""Plural forms of domain texts: "1 passage", "2 passages" in every language, never "(s)".

The catalogues are the compiled .qm files the app ships; the English text has no catalogue and
chooses its form from the source itself."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.erasure import GOES
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.secrecy_guard import OVERLAP
from livcr_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Text,
    english_numerus,
    identity_translate,
)
from livcr_desktop.reports.base import DocumentText

EXPECTED = {
    Language.EN: ("(1 highlighted passage)", "(2 highlighted passages)"),
    Language.NL: ("(1 gemarkeerde passage)", "(2 gemarkeerde passages)"),
    Language.FR: ("(1 passage surligné)", "(2 passages surlignés)"),
    Language.DE: ("(1 markierte Passage)", "(2 markierte Passagen)"),
}


@pytest.mark.parametrize("language", list(EXPECTED))
def test_one_and_two_passages_read_right(language: Language) -> None:
    translate = DocumentText(language)
    one, two = EXPECTED[language]
    assert one in Message(OVERLAP, {"count": 1}).render(translate)
    assert two in Message(OVERLAP, {"count": 2}).render(translate)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        (Language.NL, "van 1 casus (C-1)", "van 2 casussen (C-1, C-2)"),
        (Language.FR, "de 1 cas (C-1)", "de 2 cas (C-1, C-2)"),
        (Language.DE, "von 1 Fall (C-1)", "von 2 Fällen (C-1, C-2)"),
        (Language.EN, "of 1 case (C-1)", "of 2 cases (C-1, C-2)"),
    ],
)
def test_erased_cases_named_in_the_number_they_are(language: Language, one: str, two: str) -> None:
    translate = DocumentText(language)
    assert one in GOES.render(translate, count=1, codes="C-1")
    assert two in GOES.render(translate, count=2, codes="C-1, C-2")


def test_no_translation_left_with_a_plural_in_brackets() -> None:
    for language in (Language.NL, Language.FR, Language.DE):
        for count in (1, 2):
            text = Message(OVERLAP, {"count": count}).render(DocumentText(language))
            assert "(s)" not in text and "(n)" not in text and "(en)" not in text


def test_a_plural_text_is_marked_by_its_fourth_argument() -> None:
    assert QT_TRANSLATE_NOOP("Ctx", "%n page(s)", None, 1) == Text("Ctx", "%n page(s)", "count")
    assert QT_TRANSLATE_NOOP("Ctx", "{n} pages").count is None


def test_english_without_a_catalogue_chooses_its_form() -> None:
    text = QT_TRANSLATE_NOOP("Ctx", "%n page(s) of {name}", None, 1)
    assert text.render(identity_translate, count=1, name="A") == "1 page of A"
    assert text.render(identity_translate, count=0, name="A") == "0 pages of A"
    assert english_numerus("%n case(s)", 3) == "%n cases"


def test_a_translate_without_plural_forms_falls_back_to_english() -> None:
    def plain(context: str, source: str) -> str:
        return source

    text = QT_TRANSLATE_NOOP("Ctx", "%n text(s)", None, 1)
    assert text.render(plain, count=1) == "1 text"


def test_the_command_line_counts_in_the_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's bundle report: two counts, each in its own plural form."""
    from livcr_desktop import console
    from livcr_desktop.i18n.catalog import catalog

    german = catalog(Language.DE)
    monkeypatch.setattr(console, "_translate", german.translate)
    monkeypatch.setattr(console, "_numerus", german.numerus)
    laptops = QT_TRANSLATE_NOOP("Cli", "%n laptop(s)", None, 1)
    report = QT_TRANSLATE_NOOP(
        "Cli", "Bundle for {member} ({laptops}) written to {file}: %n operation(s).", None, 1
    )
    text = report.render(
        console.translate,
        member="sara",
        laptops=laptops.render(console.translate, count=1),
        file="b.livcr",
        count=2,
    )
    assert text == "Paket für sara (1 Laptop) nach b.livcr geschrieben: 2 Vorgänge."
