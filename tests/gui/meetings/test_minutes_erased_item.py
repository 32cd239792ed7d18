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
