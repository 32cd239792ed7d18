"""A case item of the minutes that retention put on the agenda for its review at 18 says why in
its heading, in the reader's language, as the agenda line does."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.minutes import MinutesItem
from livcr_desktop.gui.meetings.minutes_items import MinutesItemCard
from livcr_desktop.gui.shell.language import LanguageManager
from tests.unit.reports.test_minutes_review_at_18 import REASON


def _item(turned_eighteen_on: date | None) -> MinutesItem:
    return MinutesItem(
        item_id="i1",
        position=2,
        kind=ItemKind.CASE,
        heading="TER-2027-003",
        municipality="Proefdorp",
        summary="Opvolging bevestigd.",
        postponed=False,
        invitee_ids=(),
        effective_participants=("Sofie School",),
        action_points=(),
        turned_eighteen_on=turned_eighteen_on,
    )


def test_the_heading_says_the_case_came_for_its_review_at_18(
    qtbot: QtBot, languages: LanguageManager
) -> None:
    review = MinutesItemCard(_item(date(2027, 5, 17)), editable=False)
    by_hand = MinutesItemCard(_item(None), editable=False)
    for card in (review, by_hand):
        qtbot.addWidget(card)
        card.show()
    assert review.heading.text().endswith(f"Proefdorp  –  {REASON[Language.EN]}")
    assert REASON[Language.EN] not in by_hand.heading.text()
    for language in (Language.NL, Language.FR, Language.DE):  # English comes back afterwards
        languages.set_language(language)
        review.retranslate_ui()
        assert review.heading.text().endswith(REASON[language]), review.heading.text()
