"""Carrying out a decided erasure on a real data folder: every precondition checked in the
transaction that erases, the case's content gone from tables, search index and journal
payloads, the figures unchanged, the register written without a name, and `verify` green."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from livcr_desktop.domain.errors import ConflictError, PermissionDenied
from livcr_desktop.domain.figures import Period
from livcr_desktop.domain.house_rules import DEFAULT_RULES, RetentionTerms
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.audit.verify import verify_session, verify_workspace
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.services.backup.restore import restore_signed_in
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.figures.compute import compute_figures
from livcr_desktop.services.retention.erasure import ERASED_KIND, ErasureService
from livcr_desktop.services.retention.erasure_sync import obey_erasures
from livcr_desktop.services.retention.house_rules import HouseRulesService
from livcr_desktop.store.models import CaseErasureRow, CaseRow, JournalOperation
from tests.helpers.factories import add_person
from tests.helpers.meetings import Table
from tests.helpers.retention import decide_erasure, strategic_decision

CANARY = "Kanarie-7f3e"
"""Written into the welfare case's note; must be found nowhere after the erasure."""


def _welfare_due(table: Table) -> None:
    """The welfare case gets a canary note, is closed at screening, and a year later it is
    due under the default house rules (one year for a case that never reached the table)."""
    InvolvementService(table.ws).add_note(
        table.case_welfare, f"Gesprek met moeder, {CANARY}.", NoteVisibility.TABLE
    )
    CaseService(table.ws).screen(table.case_welfare, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    table.clock.advance(timedelta(days=400))


def _scan(table: Table, needle: str) -> list[str]:
    """Every table and column whose text holds `needle` (raw SQL over the open database)."""
    found = []
    with table.ws.db.read_session() as session:
        names = [
            row[0]
            for row in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        ]
        for name in names:
            columns = [row[1] for row in session.execute(text(f'PRAGMA table_info("{name}")'))]
            for column in columns:
                hits = session.execute(
                    text(f'SELECT count(*) FROM "{name}" WHERE CAST("{column}" AS TEXT) LIKE :n'),
                    {"n": f"%{needle}%"},
                ).scalar()
                if hits:
                    found.append(f"{name}.{column}")
    return found


def test_a_decided_erasure_takes_the_content_and_keeps_the_figures(table: Table) -> None:
    code = table.code(2)
    _welfare_due(table)
    decision = decide_erasure(table, table.case_welfare, RetentionRule.NOT_PAST_SCREENING)
    period = Period(date(2000, 1, 1), table.clock.today())
    before = compute_figures(table.ws, period)
    assert _scan(table, CANARY) and _scan(table, "Verzonnen")
    service = ErasureService(table.ws)
    (ready,) = [e for e in service.erasable() if e.case_id == table.case_welfare]
    assert ready.decided and ready.decision_id == decision
    seen: list[tuple[int, int]] = []
    service.erase([table.case_welfare], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 1)]
    assert _scan(table, CANARY) == []
    assert _scan(table, "Verzonnen") == []  # the person's last name
    assert compute_figures(table.ws, period) == before
    (entry,) = service.register()
    assert entry.case_code == code
    assert entry.rule == RetentionRule.NOT_PAST_SCREENING.value
    assert entry.decision_id == decision
    with table.ws.db.read_session() as session:
        (op,) = session.scalars(
            select(JournalOperation).where(JournalOperation.kind == ERASED_KIND)
        ).all()
        assert op.scope_id is None  # LIVC-R-wide: every laptop receives it
        assert "Verzonnen" not in op.payload and "Mira" not in op.payload
    report = verify_workspace(table.ws)
    assert report.healthy, report
    assert all(e.case_id != table.case_welfare for e in service.erasable())


def test_every_precondition_is_checked_in_the_erasing_transaction(table: Table) -> None:
    _welfare_due(table)
    service = ErasureService(table.ws)
    with pytest.raises(ConflictError):  # due, but not decided by the table
        service.erase([table.case_welfare])
    with pytest.raises(ConflictError):  # not due at all
        service.erase([table.case_school])
    decide_erasure(table, table.case_welfare, RetentionRule.NOT_PAST_SCREENING)
    with pytest.raises(ConflictError):  # all or nothing: the school's case is not due
        service.erase([table.case_welfare, table.case_school])
    assert _scan(table, CANARY)
    for person in (table.school, table.chair):
        with pytest.raises(PermissionDenied):
            ErasureService(table.sign_in(person)).erase([table.case_welfare])
    service.erase([table.case_welfare])
    with pytest.raises(ConflictError):  # erased already
        service.erase([table.case_welfare])
    with table.ws.db.read_session() as session:
        assert len(session.scalars(select(CaseErasureRow)).all()) == 1


def test_a_restored_backup_never_brings_an_erased_case_back(table: Table, tmp_path: Path) -> None:
    code = table.code(2)
    _welfare_due(table)
    backup = make_backup(table.ws, tmp_path / "before.livcrbackup").file
    decide_erasure(table, table.case_welfare, RetentionRule.NOT_PAST_SCREENING)
    ErasureService(table.ws).erase([table.case_welfare])
    assert _scan(table, CANARY) == []

    result = restore_signed_in(table.ws, backup)
    table.livcr.workspace = result.workspace
    result.workspace.db.clock = table.clock
    assert _scan(table, CANARY) == []
    assert _scan(table, "Verzonnen") == []
    assert [e.case_code for e in ErasureService(table.ws).register()] == [code]
    with table.ws.db.read_session() as session:
        report = verify_session(session)
    assert report.healthy, report


def test_under_house_rules_that_say_so_the_coordinator_erases_with_the_dpos_confirmation(
    table: Table,
) -> None:
    rules = HouseRulesService(table.ws)
    rules.save_draft(replace(DEFAULT_RULES, retention=RetentionTerms(erasure_by_table=False)))
    rules.adopt(strategic_decision(table))
    _welfare_due(table)
    dpo = add_person(table.livcr, "Dora Databescherming", "dora.d", Role.DATA_PROTECTION_OFFICER)
    coordinator = ErasureService(table.ws)
    with pytest.raises(ConflictError):  # not confirmed by the DPO yet
        coordinator.erase([table.case_welfare])
    with pytest.raises(PermissionDenied):  # the coordinator does not confirm for the DPO
        coordinator.confirm(table.case_welfare)
    as_dpo = ErasureService(table.sign_in(dpo))
    with pytest.raises(PermissionDenied):  # the DPO does not carry erasures out
        as_dpo.erase([table.case_welfare])
    as_dpo.confirm(table.case_welfare)
    with pytest.raises(ConflictError):
        as_dpo.confirm(table.case_welfare)
    (ready,) = [e for e in coordinator.erasable() if e.case_id == table.case_welfare]
    assert ready.decided and ready.confirmation_id is not None
    coordinator.erase([table.case_welfare])
    assert _scan(table, CANARY) == []
    (entry,) = as_dpo.register()
    assert entry.decided_by == "coordinator_dpo"


def test_what_lands_later_on_an_erased_case_is_erased_again(table: Table) -> None:
    """obey_erasures (run after every sync and bundle import) carries an erasure out once, and
    again whenever content of the case reappears here (an operation made elsewhere before the
    erasure was heard of)."""
    _welfare_due(table)
    decide_erasure(table, table.case_welfare, RetentionRule.NOT_PAST_SCREENING)
    ErasureService(table.ws).erase([table.case_welfare])
    assert obey_erasures(table.ws.db) == []
    with table.ws.db.write_session() as session, session.begin():
        person = session.scalar(select(CaseRow.person_id).where(CaseRow.id == table.case_welfare))
        session.execute(
            text("UPDATE person SET last_name = :n WHERE id = :p"), {"n": CANARY, "p": person}
        )
    assert _scan(table, CANARY)
    assert obey_erasures(table.ws.db) == [table.case_welfare]
    assert _scan(table, CANARY) == []


def test_the_register_entry_names_the_granted_erasure_request(table: Table) -> None:
    from livcr_desktop.domain.subject_requests import (
        Outcome,
        RequestDecision,
        RequestDraft,
        Requester,
        RequestKind,
    )
    from livcr_desktop.services.subject_requests.register import SubjectRequestService

    rules = HouseRulesService(table.ws)
    rules.save_draft(replace(DEFAULT_RULES, retention=RetentionTerms(erasure_by_table=False)))
    rules.adopt(strategic_decision(table))
    requests = SubjectRequestService(table.ws)
    today = table.clock.today()
    request = requests.register(
        RequestDraft(table.case_school, RequestKind.ERASURE, today, Requester.PERSON)
    )
    requests.decide(request, RequestDecision(Outcome.GRANTED, today))
    dpo = add_person(table.livcr, "Dora Databescherming", "dora.d", Role.DATA_PROTECTION_OFFICER)
    ErasureService(table.sign_in(dpo)).confirm(table.case_school)
    ErasureService(table.ws).erase([table.case_school])
    with table.ws.db.read_session() as session:
        (row,) = session.scalars(select(CaseErasureRow)).all()
        assert (row.rule, row.request_id) == ("erasure_request", request)


def test_a_granted_erasure_request_goes_to_the_table_under_the_table_route(table: Table) -> None:
    """No retention term needed: the table decides the erasure a request register granted, and
    the register entry names the request and the decision."""
    from livcr_desktop.domain.subject_requests import (
        Outcome,
        RequestDecision,
        RequestDraft,
        Requester,
        RequestKind,
    )
    from livcr_desktop.services.retention.due import RetentionService
    from livcr_desktop.services.subject_requests.register import SubjectRequestService

    retention = RetentionService(table.ws)
    with pytest.raises(ConflictError):  # no granted request yet
        retention.propose_requested_erasure(table.case_school)
    requests = SubjectRequestService(table.ws)
    today = table.clock.today()
    request = requests.register(
        RequestDraft(table.case_school, RequestKind.ERASURE, today, Requester.PERSON)
    )
    requests.decide(request, RequestDecision(Outcome.GRANTED, today))
    with pytest.raises(PermissionDenied):
        RetentionService(table.sign_in(table.school)).propose_requested_erasure(table.case_school)
    service = ErasureService(table.ws)
    with pytest.raises(ConflictError):  # granted, not decided by the table yet
        service.erase([table.case_school])
    decision = decide_erasure(table, table.case_school, None)
    with pytest.raises(ConflictError):  # proposed already
        retention.propose_requested_erasure(table.case_school)
    service.erase([table.case_school])
    with table.ws.db.read_session() as session:
        (row,) = session.scalars(select(CaseErasureRow)).all()
        assert (row.rule, row.request_id, row.decision_id, row.decided_by) == (
            "erasure_request",
            request,
            decision,
            "table",
        )
    assert verify_workspace(table.ws).healthy
