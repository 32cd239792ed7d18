"""What comes due under the house rules, on a real data folder: the right cases on the right
day and nothing earlier, only for the coordinator and the DPO, and the erasure proposed to the
operational table's agenda without a name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import ConflictError, PermissionDenied
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.retention import RetentionRule, years_later
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.retention.due import RetentionService
from livcr_desktop.store.models import AgendaItemRow, JournalOperation
from tests.helpers.decisions import CLOSE
from tests.helpers.factories import add_person, make_case
from tests.helpers.meetings import SUBJECT_NAMES, Table
from tests.helpers.trajectories import decide


def _closed_cases(table: Table) -> tuple[date, date, str]:
    """The welfare case closed at screening (never on the table), the school's case closed by a
    signed decision, and a case about a girl born in 2010. Returns both closure days and the
    minor's case."""
    minor = make_case(table.livcr, "Lina", "Minderjarig", birth_year=2010)
    CaseService(table.ws).screen(table.case_welfare, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    screened_on = table.clock.today()
    decide(table, CLOSE)
    return screened_on, table.clock.today(), minor


def _listed(table: Table, day: date) -> set[tuple[str, RetentionRule, date]]:
    return {(d.case_id, d.rule, d.due_on) for d in RetentionService(table.ws).due(day).cases}


def test_the_right_cases_come_due_on_the_right_day(table: Table) -> None:
    screened_on, closed_on, minor = _closed_cases(table)
    not_past = (table.case_welfare, RetentionRule.NOT_PAST_SCREENING, years_later(screened_on, 1))
    after = (table.case_school, RetentionRule.AFTER_CLOSURE, years_later(closed_on, 5))
    review = (minor, RetentionRule.EIGHTEENTH_BIRTHDAY, date(2028, 5, 17))
    assert _listed(table, closed_on) == set()
    assert _listed(table, not_past[2] - timedelta(days=1)) == set()
    assert _listed(table, not_past[2]) == {not_past}
    assert _listed(table, review[2] - timedelta(days=1)) == {not_past}
    assert _listed(table, review[2]) == {not_past, review}
    assert _listed(table, after[2] - timedelta(days=1)) == {not_past, review}
    assert _listed(table, after[2]) == {not_past, review, after}
    listed = RetentionService(table.ws).due(after[2])
    assert listed.rules_version is None  # the defaults: nothing adopted yet


def test_only_the_coordinator_and_the_dpo_list_and_a_refusal_is_journaled(table: Table) -> None:
    _closed_cases(table)
    dpo = add_person(table.livcr, "Dora Databescherming", "dora.d", Role.DATA_PROTECTION_OFFICER)
    later = table.clock.today() + timedelta(days=3 * 365)
    assert len(RetentionService(table.sign_in(dpo)).due(later).cases) == 2
    for person in (table.school, table.chair):
        service = RetentionService(table.sign_in(person))
        assert not service.may_list()
        with pytest.raises(PermissionDenied):
            service.due(later)
    with table.ws.db.read_session() as session:
        kinds = [
            (op.kind, op.entity)
            for op in session.scalars(
                select(JournalOperation).where(
                    JournalOperation.kind.in_(["access.denied", "access.retention_list_opened"])
                )
            )
        ]
    assert kinds.count(("access.denied", "retention_list")) == 2
    assert kinds.count(("access.retention_list_opened", "retention_list")) == 1
    with pytest.raises(PermissionDenied):
        RetentionService(table.sign_in(dpo)).propose_erasure(
            table.case_welfare, RetentionRule.NOT_PAST_SCREENING
        )


def test_an_erasure_is_proposed_to_the_next_operational_meeting_without_a_name(
    table: Table,
) -> None:
    _closed_cases(table)
    code = table.code(2)
    table.clock.advance(timedelta(days=400))
    service = RetentionService(table.ws)
    with pytest.raises(ConflictError):  # no meeting planned: nothing written
        service.propose_erasure(table.case_welfare, RetentionRule.NOT_PAST_SCREENING)
    with pytest.raises(ConflictError):  # the school's case has not reached its term
        service.propose_erasure(table.case_school, RetentionRule.AFTER_CLOSURE)
    meeting = table.plan(days=3)
    item_id = service.propose_erasure(table.case_welfare, RetentionRule.NOT_PAST_SCREENING)
    with table.ws.db.read_session() as session:
        item = session.get(AgendaItemRow, item_id)
        assert item is not None
        assert item.meeting_id == meeting
        assert code in item.title
        assert not any(name in item.title for name in SUBJECT_NAMES)
        # The rule inside the sentence, in lower case (the list's column has the capital).
        assert "house rules: shorter term reached (never reached the table) on " in item.title
    (due,) = service.due().cases
    assert due.proposed_for == table.clock.today() + timedelta(days=3)
    with pytest.raises(ConflictError):
        service.propose_erasure(table.case_welfare, RetentionRule.NOT_PAST_SCREENING)
