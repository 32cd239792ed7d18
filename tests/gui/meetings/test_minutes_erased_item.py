"""An item of approved minutes whose case was erased shows, in the minutes window, only its
place and code and the line that says when and under which rule its content was erased."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.minutes import MinutesItem
from livcr_desktop.domain.minutes_erasure import ErasedItem
from livcr_desktop.gui.meetings.minutes_items import MinutesItemCard
from livcr_desktop.gui.shell.language import LanguageManager


def test_an_erased_item_shows_the_erasure_not_a_summary(
    qtbot: QtBot, languages: LanguageManager
) -> None:
    item = MinutesItem(
        item_id="i1",
        position=1,
        kind=ItemKind.CASE,
        heading="TER-2026-001",
        municipality="",
        summary="",
        postponed=False,
        invitee_ids=(),
        effective_participants=(),
        action_points=(),
        erased=ErasedItem("0" * 64, "after_closure", date(2031, 12, 14)),
    )
    card = MinutesItemCard(item, editable=False)
    qtbot.addWidget(card)
    card.show()
    assert not card.summary.isVisible()
    assert "TER-2026-001" in card.heading.text()
    assert "erased on" in card.facts.text() and "Term after closure" in card.facts.text()


def test_a_case_item_not_on_this_laptop_shows_a_line_in_each_language(
    qtbot: QtBot, languages: LanguageManager
) -> None:
    """A case item whose case this laptop does not hold (sealed in the minutes, its text kept
    in the case's scope) shows its place and code and a line, in the reader's language."""
    from livcr_desktop.domain.languages import Language

    item = MinutesItem(
        item_id="i2",
        position=3,
        kind=ItemKind.CASE,
        heading="TER-2026-002",
        municipality="",
        summary="",
        postponed=False,
        invitee_ids=(),
        effective_participants=(),
        action_points=(),
        sealed="0" * 64,
    )
    card = MinutesItemCard(item, editable=False)
    qtbot.addWidget(card)
    card.show()
    assert not card.summary.isVisible()
    assert "TER-2026-002" in card.heading.text()
    expected = {
        Language.EN: "not on this laptop",
        Language.NL: "niet op deze laptop",
        Language.FR: "pas sur cet ordinateur portable",
        Language.DE: "nicht auf diesem Laptop",
    }
    for language, words in expected.items():  # the fixture puts English back afterwards
        languages.set_language(language)
        card.retranslate_ui()
        assert words in card.facts.text(), (language, card.facts.text())
