"""The review at 18 on the agenda says why the case is there: the agenda line in the builder
and in live mode carries the reason the proposal gave, in the interface language; the heading
of the invitees' panel names the item without it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.retention.due import RetentionService
from tests.gui.meeting_world import World, meetings_area, open_window
from tests.helpers.factories import make_case

REASON = {
    Language.NL: "18 geworden: de casus afsluiten of de opvolging bevestigen",
    Language.FR: "A eu 18 ans : clôturer le cas ou confirmer le suivi",
    Language.DE: "18 geworden: den Fall abschließen oder die Nachverfolgung bestätigen",
}


def test_the_agenda_line_says_the_case_is_there_for_its_review_at_18(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    minor = make_case(world.livcr, "Lina", "Minderjarig", birth_year=2009)
    CaseService(world.ws).screen(minor, ScreeningOutcome.TO_TABLE, "Naar de tafel.")
    CaseService(world.ws).screen(world.case_welfare, ScreeningOutcome.TO_TABLE, "Bespreken.")
    world.clock.set(datetime.combine(date(2027, 5, 17), time(8), tzinfo=UTC))
    meeting = world.plan(days=3)
    AgendaService(world.ws).add_case(meeting, world.case_welfare)
    RetentionService(world.ws).propose_erasure(minor, RetentionRule.EIGHTEENTH_BIRTHDAY)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    builder = area.page.agenda
    qtbot.waitUntil(lambda: builder.model.rowCount() == 2, timeout=5000)
    reason = "Turned 18: close the case or confirm the follow-up"
    by_hand, review = (builder.model.index(row, 0).data() for row in range(2))
    assert reason not in by_hand
    assert review.endswith(f"Lina Minderjarig  –  {reason}")
    # The invitees' heading names the item; the reason is the agenda's.
    builder.view.setCurrentIndex(builder.model.index(1, 0))
    qtbot.waitUntil(lambda: "2. TER-" in builder.people.heading.text(), timeout=5000)
    assert reason not in builder.people.heading.text()
    line = builder.model.index(1, 0)
    for language, translated in REASON.items():
        languages.set_language(language)
        qtbot.waitUntil(lambda t=translated: line.data().endswith(t), timeout=5000)  # type: ignore[misc]
