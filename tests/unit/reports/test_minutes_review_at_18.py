"""The minutes say why a case came on the agenda for its review at 18, as the agenda line does:
the minutes' item keeps the day the person turned 18 (in its frozen content only when set, so
minutes frozen before keep their hash), and the PDF's item line gives the reason in the
language it is printed in, never the person's name."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.minutes import minutes_from_content
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.retention.due import RetentionService
from tests.helpers.factories import make_case
from tests.helpers.meetings import Table
from tests.unit.reports.test_meeting_documents import pdf_text, write_minutes

BIRTHDAY = date(2027, 5, 17)
REASON = {
    Language.EN: "Turned 18: close the case or confirm the follow-up",
    Language.NL: "18 geworden: de casus afsluiten of de opvolging bevestigen",
    Language.FR: "A eu 18 ans : clôturer le cas ou confirmer le suivi",
    Language.DE: "18 geworden: den Fall abschließen oder die Nachverfolgung bestätigen",
}


def _meeting_with_a_review(table: Table) -> str:
    """A meeting with the welfare case added by hand and Lina's case put there by retention
    for her review at 18."""
    minor = make_case(table.livcr, "Lina", "Minderjarig", birth_year=2009)
    CaseService(table.ws).screen(minor, ScreeningOutcome.TO_TABLE, "Naar de tafel.")
    CaseService(table.ws).screen(table.case_welfare, ScreeningOutcome.TO_TABLE, "Bespreken.")
    table.clock.set(datetime.combine(BIRTHDAY, time(8), tzinfo=UTC))
    meeting = table.plan(days=3)
    AgendaService(table.ws).add_case(meeting, table.case_welfare)
    RetentionService(table.ws).propose_erasure(minor, RetentionRule.EIGHTEENTH_BIRTHDAY)
    return meeting


def test_the_minutes_item_keeps_the_review_and_its_frozen_form_only_when_set(
    table: Table,
) -> None:
    document = MinutesService(table.ws).minutes(_meeting_with_a_review(table))
    by_hand, review = document.items
    assert by_hand.turned_eighteen_on is None
    assert review.turned_eighteen_on == BIRTHDAY
    content = document.content()
    assert "turned_eighteen_on" not in content["items"][0]
    assert content["items"][1]["turned_eighteen_on"] == BIRTHDAY.isoformat()
    assert minutes_from_content(content) == document
    # Minutes without a review keep exactly the content (and hash) they had before.
    plain = replace(document, items=(by_hand,))
    assert set(plain.content()["items"][0]) == set(content["items"][0])


@pytest.mark.parametrize("language", list(REASON))
def test_the_pdf_says_why_the_case_is_on_the_agenda(
    table: Table, tmp_path: Path, language: Language
) -> None:
    document = MinutesService(table.ws).minutes(_meeting_with_a_review(table))
    text = pdf_text(write_minutes(document, tmp_path, language))
    assert text.count(REASON[language]) == 1, text
    by_hand, review = (item.heading for item in document.items)
    # on the item of the review (the second), not on the one added by hand
    assert text.index(f"1. {by_hand}") < text.index(f"2. {review}") < text.index(REASON[language])
    assert "Lina" not in text and "Minderjarig" not in text
