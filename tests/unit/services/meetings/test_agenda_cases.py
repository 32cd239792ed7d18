"""A case screened onto the operational table waits for an agenda, and any case the coordinator
may see can be put on an agenda directly, found by its code or its person's name."""

from __future__ import annotations

from datetime import timedelta

import pytest

from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.meetings.agenda import (
    ALREADY_ON_AGENDA,
    AgendaService,
    ProposalReason,
)
from livcr_desktop.services.meetings.live import LiveMeetingService
from tests.helpers.factories import make_case
from tests.helpers.meetings import Table


def screen_onto_table(table: Table, case_id: str) -> None:
    CaseService(table.ws).screen(case_id, ScreeningOutcome.TO_TABLE, "Zorgwekkend, bespreken.")


def reasons(table: Table, meeting: str) -> dict[str, ProposalReason]:
    return {p.case_id: p.reason for p in AgendaService(table.ws).proposals(meeting)}


def test_a_case_screened_onto_the_table_is_proposed_first_for_the_next_meeting(
    table: Table,
) -> None:
    meeting = table.plan(days=7)
    screen_onto_table(table, table.case_welfare)  # no follow-up date set
    proposals = AgendaService(table.ws).proposals(meeting)
    assert proposals[0].case_id == table.case_welfare
    assert proposals[0].reason is ProposalReason.SCREENED_TO_TABLE
    assert proposals[0].since == table.clock.today()


def test_without_a_planned_meeting_it_waits_for_the_next_agenda_made(table: Table) -> None:
    screen_onto_table(table, table.case_welfare)
    table.clock.advance(timedelta(days=3))
    meeting = table.plan(days=10)  # planned only later
    assert reasons(table, meeting)[table.case_welfare] is ProposalReason.SCREENED_TO_TABLE


def test_once_discussed_it_is_no_longer_proposed_for_having_been_screened(table: Table) -> None:
    screen_onto_table(table, table.case_school)
    first = table.plan(days=1)
    AgendaService(table.ws).add_case(first, table.case_school)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(first)
    table.clock.advance(timedelta(hours=2))
    later = table.plan(days=14)
    assert table.case_school not in reasons(table, later)


def test_any_visible_open_case_can_be_found_by_code_or_name_and_added(table: Table) -> None:
    meeting = table.plan(days=7)
    agenda = AgendaService(table.ws)
    # Not proposed (no signal to screen, nothing due): it can still be added directly.
    CaseService(table.ws).screen(table.case_nobody, ScreeningOutcome.TO_TABLE, "Bespreken.")
    other = make_case(table.livcr, "Lotte", "Verzinsel")
    CaseService(table.ws).screen(other, ScreeningOutcome.NO_ACTION, "Geen zorg.")  # closed
    found = agenda.cases_to_add(meeting, "Denkbeeld")
    assert [row.id for row in found] == [table.case_nobody]
    assert [row.id for row in agenda.cases_to_add(meeting, table.code(2))] == [table.case_welfare]
    assert agenda.cases_to_add(meeting, "Verzinsel") == []  # closed cases are not offered
    item = agenda.add_case(meeting, table.case_nobody)
    assert item
    assert agenda.cases_to_add(meeting, "Denkbeeld") == []  # already on the agenda
    with pytest.raises(ConflictError) as caught:
        agenda.add_case(meeting, table.case_nobody)
    assert caught.value.message.text == ALREADY_ON_AGENDA
