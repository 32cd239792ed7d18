"""The register of data-subject requests through the services, on a real data folder: due
dates and extensions, decisions with their legal ground, the DPO's read-only view, partners
refused, and every step in the journal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import PermissionDenied, ValidationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.subject_requests import (
    ALREADY_EXTENDED,
    DECIDE_FIRST,
    EXPLAIN_GROUND,
    GROUND_NEEDED,
    NAME_THE_REQUESTER,
    AnswerRecord,
    InformedRecord,
    InformedWhom,
    LegalGround,
    Outcome,
    RequestDecision,
    RequestDraft,
    Requester,
    RequestKind,
    due_on,
)
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.subject_requests.register import SubjectRequestService
from livcr_desktop.store.models import JournalOperation, SubjectRequestRow
from tests.helpers.factories import add_person


def _register(table, kind: RequestKind = RequestKind.ACCESS, **changes) -> str:  # type: ignore[no-untyped-def]
    draft = RequestDraft(
        table.case_school, kind, table.clock.today(), Requester.PERSON, note="Brief per post"
    )
    for key, value in changes.items():
        draft = RequestDraft(**{**draft.__dict__, key: value})
    return SubjectRequestService(table.ws).register(draft)


def test_due_dates_follow_the_calendar_months() -> None:
    assert due_on(date(2026, 1, 31), extended=False) == date(2026, 2, 28)
    assert due_on(date(2026, 1, 31), extended=True) == date(2026, 4, 30)
    assert due_on(date(2026, 3, 15), extended=False) == date(2026, 4, 15)


def test_a_request_runs_from_receipt_to_answer(table) -> None:  # type: ignore[no-untyped-def]
    service = SubjectRequestService(table.ws)
    request_id = _register(table)
    [entry] = service.entries()
    assert entry.case_code == table.code(1)
    assert entry.outcome is Outcome.PENDING
    assert entry.due_on == due_on(table.clock.today(), extended=False)
    assert not entry.overdue

    table.clock.advance(timedelta(days=20))
    service.extend(request_id, "Veel partners betrokken, gegevens verspreid")
    assert service.entry(request_id).due_on == due_on(entry.received_on, extended=True)
    with pytest.raises(ValidationError) as again:
        service.extend(request_id, "nog eens")
    assert again.value.message.text == ALREADY_EXTENDED

    with pytest.raises(ValidationError) as early:
        service.record_answer(request_id, AnswerRecord(table.clock.today(), "Kopie verstuurd"))
    assert early.value.message.text == DECIDE_FIRST

    today = table.clock.today()
    service.decide(
        request_id,
        RequestDecision(
            Outcome.RESTRICTED, today, LegalGround.ART23_PREVENTION, "Lopend onderzoek"
        ),
    )
    service.record_informed(request_id, InformedRecord(InformedWhom.BOTH, today))
    service.record_answer(request_id, AnswerRecord(today, "Beperkte kopie verstuurd"))
    entry = service.entry(request_id)
    assert entry.outcome is Outcome.RESTRICTED
    assert entry.ground is LegalGround.ART23_PREVENTION
    assert entry.informed_whom is InformedWhom.BOTH
    assert entry.answer_sent_on == today
    assert not entry.overdue

    with table.ws.db.read_session() as session:
        kinds = list(
            session.scalars(
                select(JournalOperation.kind)
                .where(JournalOperation.entity == "subject_request")
                .order_by(JournalOperation.device_seq)
            )
        )
        scopes = set(
            session.scalars(
                select(JournalOperation.scope_id).where(
                    JournalOperation.entity == "subject_request"
                )
            )
        )
    assert kinds == [
        "subject_request.registered",
        "subject_request.extended",
        "subject_request.decided",
        "subject_request.informed",
        "subject_request.answered",
    ]
    assert scopes == {table.case_school}
    assert verify_workspace(table.ws).healthy


def test_an_unanswered_request_becomes_overdue_after_a_month(table) -> None:  # type: ignore[no-untyped-def]
    service = SubjectRequestService(table.ws)
    _register(table)
    table.clock.advance(timedelta(days=32))
    [entry] = service.entries()
    assert entry.overdue
    with pytest.raises(ValidationError):
        service.extend(entry.id, "te laat")  # an extension must come within the first month


def test_bad_input_is_refused_and_nothing_is_kept(table) -> None:  # type: ignore[no-untyped-def]
    service = SubjectRequestService(table.ws)
    with pytest.raises(ValidationError) as unnamed:
        _register(table, requester=Requester.LAWYER)
    assert unnamed.value.message.text == NAME_THE_REQUESTER
    with pytest.raises(ValidationError):
        _register(table, received_on=table.clock.today() + timedelta(days=1))
    request_id = _register(table)
    today = table.clock.today()
    with pytest.raises(ValidationError) as no_ground:
        service.decide(request_id, RequestDecision(Outcome.REFUSED, today))
    assert no_ground.value.message.text == GROUND_NEEDED
    with pytest.raises(ValidationError) as unexplained:
        service.decide(request_id, RequestDecision(Outcome.REFUSED, today, LegalGround.OTHER))
    assert unexplained.value.message.text == EXPLAIN_GROUND
    assert service.entry(request_id).outcome is Outcome.PENDING
    with table.ws.db.read_session() as session:
        assert len(session.scalars(select(SubjectRequestRow)).all()) == 1


def test_the_dpo_reads_the_register_without_case_content(table) -> None:  # type: ignore[no-untyped-def]
    request_id = _register(table)
    today = table.clock.today()
    SubjectRequestService(table.ws).decide(request_id, RequestDecision(Outcome.GRANTED, today))
    SubjectRequestService(table.ws).record_answer(
        request_id, AnswerRecord(today, "Volledige kopie verstuurd")
    )
    dpo = add_person(table.livcr, "Dirk Toezicht", "dirk.t", Role.DATA_PROTECTION_OFFICER)
    dpo_ws = table.sign_in(dpo)
    [entry] = SubjectRequestService(dpo_ws).entries()
    assert entry.case_code == table.code(1)
    assert entry.note == ""
    assert entry.answer_summary == ""
    assert entry.outcome is Outcome.GRANTED
    with pytest.raises(PermissionDenied):
        SubjectRequestService(dpo_ws).extend(request_id, "mag niet")
    with pytest.raises(PermissionDenied):
        SubjectRequestService(dpo_ws).register(
            RequestDraft(table.case_school, RequestKind.ERASURE, today, Requester.PERSON)
        )
    with table.ws.db.read_session() as session:
        refused = session.scalars(
            select(JournalOperation.kind).where(
                JournalOperation.actor_id == dpo.account_id,
                JournalOperation.kind == "access.denied",
            )
        ).all()
        opened = session.scalars(
            select(JournalOperation.kind).where(
                JournalOperation.actor_id == dpo.account_id,
                JournalOperation.kind == "access.subject_requests_opened",
            )
        ).all()
    assert len(refused) == 2
    assert len(opened) == 1


def test_a_partner_and_a_chair_may_not_see_the_register(table) -> None:  # type: ignore[no-untyped-def]
    _register(table)
    for person in (table.school, table.chair):
        with pytest.raises(PermissionDenied):
            SubjectRequestService(table.sign_in(person)).entries()
