"""A person's 18th birthday brings their open case up: on the coordinator's home as waiting and
among the proposals for the next operational meeting, until a meeting on or after the birthday
takes it up; nothing earlier."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.home.waiting import read_waiting
from livcr_desktop.services.meetings.agenda import AgendaService, ProposalReason
from tests.helpers.factories import make_case
from tests.helpers.meetings import Table

BIRTHDAY = date(2027, 5, 17)


def _reasons(table: Table, meeting: str, case_id: str) -> list[ProposalReason]:
    return [p.reason for p in AgendaService(table.ws).proposals(meeting) if p.case_id == case_id]


def test_the_eighteenth_birthday_brings_the_case_to_the_table(table: Table) -> None:
    minor = make_case(table.livcr, "Lina", "Minderjarig", birth_year=2009)
    adult = make_case(table.livcr, "Adam", "Volwassen", birth_year=1990)
    for case_id in (minor, adult):
        CaseService(table.ws).screen(case_id, ScreeningOutcome.TO_TABLE, "Naar de tafel.")
    table.clock.set(datetime.combine(date(2027, 5, 10), time(8), tzinfo=UTC))
    discussed = table.plan(days=2)  # 12 May: the table discusses both cases
    for case_id in (minor, adult):
        AgendaService(table.ws).add_case(discussed, case_id)
    before = table.plan(days=6)  # 16 May: the day before the birthday
    assert _reasons(table, before, minor) == []
    assert read_waiting(table.ws).turned_eighteen == ()

    on_the_day = table.plan(days=7)
    assert _reasons(table, on_the_day, minor) == [ProposalReason.TURNED_EIGHTEEN]
    assert _reasons(table, on_the_day, adult) == []
    (proposal,) = [p for p in AgendaService(table.ws).proposals(on_the_day) if p.case_id == minor]
    assert proposal.since == BIRTHDAY

    table.clock.set(datetime.combine(BIRTHDAY, time(8), tzinfo=UTC))
    waiting = read_waiting(table.ws)
    assert [(t.case_id, t.birthday) for t in waiting.turned_eighteen] == [(minor, BIRTHDAY)]
    assert waiting.navigation_counts()["cases"] == 1

    AgendaService(table.ws).add_case(on_the_day, minor)
    assert read_waiting(table.ws).turned_eighteen == ()
    later = table.plan(days=14)
    assert ProposalReason.TURNED_EIGHTEEN not in _reasons(table, later, minor)


def test_the_case_list_marks_a_minor_only_while_under_18(table: Table) -> None:
    from livcr_desktop.services.cases.case_list import CaseFilter, CaseList

    minor = make_case(table.livcr, "Lina", "Minderjarig", birth_year=2009)

    def marked() -> set[str]:
        rows = CaseList(table.ws).page(CaseFilter(), limit=50)
        return {row.id for row in rows if row.subject_minor}

    assert marked() == {minor}
    table.clock.set(datetime.combine(BIRTHDAY, time(8), tzinfo=UTC))
    assert marked() == set()
