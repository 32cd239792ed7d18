"""Reopening a closed case: only the coordinator, only a closed case, always with a reason;
the case comes back among the operational table's proposals until a meeting discusses it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.meetings.agenda import AgendaService, ProposalReason
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.store.models import CaseRow, CaseStatusChangeRow, JournalOperation
from tests.helpers.meetings import Table


def _closed(table: Table, case_id: str) -> None:
    CaseService(table.ws).screen(case_id, ScreeningOutcome.NO_ACTION, "Geen zorg meer.")


def test_the_coordinator_reopens_a_closed_case_with_a_reason(table: Table) -> None:
    _closed(table, table.case_nobody)
    table.clock.advance(timedelta(days=40))
    CaseService(table.ws).reopen(table.case_nobody, "  Nieuwe  feiten gemeld door de school. ")
    with table.ws.db.read_session() as session:
        case = session.get(CaseRow, table.case_nobody)
        assert case is not None
        assert case.status == CaseStatus.REOPENED.value
        assert case.closed_on is None and case.close_reason is None
        steps = session.scalars(
            select(CaseStatusChangeRow)
            .where(CaseStatusChangeRow.case_id == table.case_nobody)
            .order_by(CaseStatusChangeRow.case_version)
        ).all()
        assert [s.status for s in steps] == ["signalled", "closed", "reopened"]
        assert steps[-1].since == table.clock.today()
        moved = session.scalars(
            select(JournalOperation).where(
                JournalOperation.entity_id == table.case_nobody,
                JournalOperation.kind == "case.status_changed",
            )
        ).all()
    assert '"reason":"Nieuwe feiten gemeld door de school."' in moved[-1].payload
    dossier = open_dossier(table.ws, table.case_nobody)
    assert dossier.header.status is CaseStatus.REOPENED


def test_an_open_case_or_no_reason_is_refused_and_nothing_changes(table: Table) -> None:
    cases = CaseService(table.ws)
    with pytest.raises(ConflictError) as raised:
        cases.reopen(table.case_nobody, "Nieuwe feiten.")
    assert "Only a closed case" in raised.value.render(identity_translate)
    _closed(table, table.case_nobody)
    with pytest.raises(ValidationError) as missing:
        cases.reopen(table.case_nobody, "   ")
    assert missing.value.field == "reason"
    with table.ws.db.read_session() as session:
        case = session.get(CaseRow, table.case_nobody)
        assert case is not None and case.status == CaseStatus.CLOSED.value


def test_a_partner_may_not_reopen(table: Table) -> None:
    _closed(table, table.case_school)
    school = table.sign_in(table.school)
    with pytest.raises(PermissionDenied):
        CaseService(school).reopen(table.case_school, "Ik wil het opnieuw bespreken.")


def test_the_reopened_case_is_proposed_until_a_meeting_discusses_it(table: Table) -> None:
    _closed(table, table.case_school)
    table.clock.advance(timedelta(days=30))
    CaseService(table.ws).reopen(table.case_school, "Nieuwe feiten.")
    first = table.plan(days=2)
    proposed = {p.case_id: p for p in AgendaService(table.ws).proposals(first)}
    assert proposed[table.case_school].reason is ProposalReason.REOPENED
    assert proposed[table.case_school].since == table.clock.today()
    AgendaService(table.ws).add_case(first, table.case_school)
    table.clock.advance(timedelta(days=2, hours=5))
    LiveMeetingService(table.ws).start(first)
    table.clock.advance(timedelta(hours=2))
    later = table.plan(days=14)
    assert table.case_school not in {p.case_id for p in AgendaService(table.ws).proposals(later)}
