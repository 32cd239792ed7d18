"""Consensus decisions through the services: proposals, positions, the chair's signature, effects,
verification, tampering, and who may do what when."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import (
    OBJECTION_REASON_REQUIRED,
    DecisionKind,
    DecisionState,
    Outcome,
    Position,
    Proposal,
)
from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.access.signing_keys import WRONG_PASSPHRASE
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.decisions.consensus import (
    LEAD_UNKNOWN,
    NO_CONSENSUS,
    NOT_EFFECTIVE,
    NOT_OPEN,
    DecisionService,
)
from livcr_desktop.services.decisions.verify import Verdict, verify_decision
from livcr_desktop.services.decisions.view import DecisionReader
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.store.models import (
    DecisionPositionRow,
    DecisionRow,
    JournalOperation,
    SigningKeyRow,
)
from tests.helpers.decisions import CLOSE, FOLLOW, all_agree, in_progress, signed
from tests.helpers.factories import add_person
from tests.helpers.meetings import Table


def test_one_objection_blocks_and_a_reworded_proposal_reaches_consensus(table: Table) -> None:
    _meeting, first, _general = in_progress(table)
    decisions = DecisionService(table.ws)
    reader = DecisionReader(table.ws)
    proposal = decisions.propose(first, CLOSE)
    assert reader.for_item(first)[0].outcome is Outcome.AWAITING
    decisions.record_position(proposal, table.chair.member_id, Position.AGREE)
    with pytest.raises(ValidationError) as caught:
        decisions.record_position(proposal, table.school.member_id, Position.OBJECT, " ")
    assert caught.value.message.text == OBJECTION_REASON_REQUIRED
    decisions.record_position(
        proposal, table.school.member_id, Position.OBJECT, "Te vroeg: eerst een gesprek thuis."
    )
    view = reader.for_item(first)[0]
    assert view.outcome is Outcome.BLOCKED and not view.may_sign
    chair = table.sign_in(table.chair)
    with pytest.raises(ConflictError) as caught:
        DecisionService(chair).sign(proposal, table.chair.passphrase)
    assert caught.value.message.text == NO_CONSENSUS

    reworded = decisions.reword(proposal, FOLLOW)
    views = reader.for_item(first)
    assert [(v.state, v.outcome) for v in views] == [
        (DecisionState.REWORDED, Outcome.BLOCKED),
        (DecisionState.OPEN, Outcome.AWAITING),
    ]
    assert views[1].replaces_id == proposal
    objection = next(p for p in views[0].participants if p.name == "Sofie School")
    assert objection.reason == "Te vroeg: eerst een gesprek thuis."
    all_agree(table, reworded)
    result = DecisionService(chair).sign(reworded, table.chair.passphrase)
    final = DecisionReader(chair).for_item(first)[1]
    assert final.state is DecisionState.SIGNED and final.fingerprint == result.fingerprint
    assert final.verification.verdict is Verdict.VALID
    # The effect: the case is on the table.
    assert open_dossier(table.ws, table.case_school).header.status is CaseStatus.ON_TABLE


def test_only_effective_participants_take_a_position(table: Table) -> None:
    _meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    proposal = decisions.propose(first, CLOSE)
    with pytest.raises(ValidationError) as caught:
        decisions.record_position(proposal, table.ws.actor.member_id, Position.AGREE)
    assert caught.value.message.text == NOT_EFFECTIVE
    assert "Tessa Test" in caught.value.render()
    school = table.sign_in(table.school)
    DecisionService(school).record_position(proposal, table.school.member_id, Position.AGREE)
    with pytest.raises(PermissionDenied):
        DecisionService(school).record_position(proposal, table.chair.member_id, Position.AGREE)
    with table.ws.db.read_session() as session:
        kinds = set(session.scalars(select(JournalOperation.kind)))
    assert {"decision.refused", "access.denied"} <= kinds


def test_who_decides_is_fixed_when_the_proposal_is_put(table: Table) -> None:
    # Someone without a position may be un-ticked, but the proposal still waits for them; a
    # late arrival is not among those it was put to. A rewording puts it to the people of now.
    meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    proposal = decisions.propose(first, FOLLOW)
    decisions.record_position(proposal, table.chair.member_id, Position.AGREE)
    live = LiveMeetingService(table.ws)
    live.set_effective(first, table.school.member_id, False)
    assert DecisionReader(table.ws).for_item(first)[0].outcome is Outcome.AWAITING
    live.set_attendance(meeting, table.school.member_id, Attendance.ABSENT)
    assert DecisionReader(table.ws).for_item(first)[0].outcome is Outcome.AWAITING
    reworded = decisions.reword(proposal, FOLLOW)
    view = DecisionReader(table.ws).for_item(first)[1]
    assert [p.name for p in view.participants] == ["Bram Burgemeester"]
    decisions.record_position(reworded, table.chair.member_id, Position.AGREE)
    assert DecisionReader(table.ws).for_item(first)[1].outcome is Outcome.CONSENSUS


def test_who_may_sign(table: Table) -> None:
    _meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    proposal = decisions.propose(first, CLOSE)
    all_agree(table, proposal)
    with pytest.raises(PermissionDenied):
        decisions.sign(proposal, table.livcr.passphrase)  # the coordinator is not a chair
    other_chair = add_person(
        table.livcr, "Hanna Hoofd", "hanna.h", Role.CHAIR, municipality="Testegem"
    )
    with pytest.raises(PermissionDenied):
        # The chair of Testegem may not even see this Proefdorp item.
        DecisionService(table.sign_in(other_chair)).sign(proposal, other_chair.passphrase)
    chair = table.sign_in(table.chair)
    with pytest.raises(ValidationError) as wrong:
        DecisionService(chair).sign(proposal, "Niet-Mijn-Wachtwoord-1")
    assert wrong.value.message.text == WRONG_PASSPHRASE
    assert DecisionReader(chair).awaiting_my_signature()[0].id == proposal
    DecisionService(chair).sign(proposal, table.chair.passphrase)
    assert DecisionReader(chair).awaiting_my_signature() == []
    with pytest.raises(ConflictError) as caught:
        DecisionService(chair).sign(proposal, table.chair.passphrase)
    assert caught.value.message.text == NOT_OPEN
    assert open_dossier(table.ws, table.case_school).header.status is CaseStatus.CLOSED
    dossier = open_dossier(table.ws, table.case_school)
    assert dossier.header.close_reason is CloseReason.REGULAR_SERVICES


def test_a_final_decision_cannot_change_and_a_correction_supersedes_it(table: Table) -> None:
    decision, first, chair = signed(table, FOLLOW)
    decisions = DecisionService(table.ws)
    for attempt in (
        lambda: decisions.record_position(decision, table.chair.member_id, Position.OBJECT, "x"),
        lambda: decisions.reword(decision, CLOSE),
        lambda: decisions.withdraw(decision),
    ):
        with pytest.raises(ConflictError):
            attempt()
    correction = decisions.propose(first, CLOSE, supersedes_id=decision)
    all_agree(table, correction)
    DecisionService(chair).sign(correction, table.chair.passphrase)
    views = DecisionReader(table.ws).for_case(table.case_school)
    old = next(v for v in views if v.id == decision)
    assert old.superseded_by_id == correction
    assert old.verification.verdict is Verdict.VALID
    with pytest.raises(ConflictError):
        decisions.propose(first, FOLLOW, supersedes_id=decision)


def test_tampering_with_a_signed_decision_is_detected(table: Table) -> None:
    decision, _first, _chair = signed(table)

    def verdict() -> Verdict:
        with table.ws.db.read_session() as session:
            row = session.get(DecisionRow, decision)
            assert row is not None
            return verify_decision(session, row).verdict

    assert verdict() is Verdict.VALID and verify_workspace(table.ws).healthy

    def tamper(change) -> None:  # type: ignore[no-untyped-def]
        with table.ws.uow() as uow:
            change(uow.session)

    def restore_after(change) -> None:  # type: ignore[no-untyped-def]
        with table.ws.db.read_session() as session:
            row = session.get(DecisionRow, decision)
            assert row is not None
            saved = {c: getattr(row, c) for c in ("signed_content", "signed_by", "wording")}
            positions = {
                p.id: (p.position, p.reason)
                for p in session.scalars(
                    select(DecisionPositionRow).where(DecisionPositionRow.decision_id == decision)
                )
            }
        tamper(change)
        assert verdict() is Verdict.BROKEN
        assert not verify_workspace(table.ws).healthy

        def put_back(session) -> None:  # type: ignore[no-untyped-def]
            row = session.get(DecisionRow, decision)
            for column, value in saved.items():
                setattr(row, column, value)
            for position_id, (position, reason) in positions.items():
                p = session.get(DecisionPositionRow, position_id)
                p.position, p.reason = position, reason

        tamper(put_back)
        assert verdict() is Verdict.VALID

    def one_byte(session) -> None:  # type: ignore[no-untyped-def]
        row = session.get(DecisionRow, decision)
        row.signed_content = row.signed_content.replace("school", "schoal", 1)

    def swap_position(session) -> None:  # type: ignore[no-untyped-def]
        position = session.scalars(
            select(DecisionPositionRow).where(DecisionPositionRow.decision_id == decision)
        ).first()
        position.position, position.reason = Position.OBJECT.value, "Nooit akkoord geweest"

    def change_signer(session) -> None:  # type: ignore[no-untyped-def]
        row = session.get(DecisionRow, decision)
        content = json.loads(row.signed_content)
        row.signed_by = table.school.member_id
        content["signer"]["member_id"] = table.school.member_id
        row.signed_content = json.dumps(content, sort_keys=True, separators=(",", ":"))

    def reword_in_place(session) -> None:  # type: ignore[no-untyped-def]
        session.get(DecisionRow, decision).wording = "Iets anders dan afgesproken"

    for change in (one_byte, swap_position, change_signer, reword_in_place):
        restore_after(change)
    with table.ws.db.read_session() as session:
        assert verify_decision(session, session.get(DecisionRow, decision)).verdict is (
            Verdict.VALID
        )


def test_the_chair_keeps_signing_after_changing_their_passphrase_and_a_reset_retires_the_key(
    table: Table,
) -> None:
    decision, first, chair = signed(table, FOLLOW)
    AccountService(chair).change_own_passphrase(
        table.chair.passphrase, "Nieuwe-Zin-Voor-Het-Ambt-88", "Nieuwe-Zin-Voor-Het-Ambt-88"
    )
    second = DecisionService(table.ws).propose(first, CLOSE, supersedes_id=decision)
    all_agree(table, second)
    DecisionService(chair).sign(second, "Nieuwe-Zin-Voor-Het-Ambt-88")
    AccountService(table.ws).reset_passphrase(
        table.chair.account_id, "Tijdelijke-Zin-Voor-Het-Ambt-99", "Tijdelijke-Zin-Voor-Het-Ambt-99"
    )
    with table.ws.db.read_session() as session:
        chair_keys = select(SigningKeyRow.id).where(
            SigningKeyRow.member_id == table.chair.member_id
        )
        kinds = list(
            session.scalars(
                select(JournalOperation.kind).where(
                    JournalOperation.entity == "signing_key",
                    JournalOperation.entity_id.in_(chair_keys),
                )
            )
        )
    assert kinds == ["signing_key.created", "signing_key.rewrapped", "signing_key.retired"]
    # Decisions signed with the retired key stay valid.
    assert all(
        v.verification.verdict is Verdict.VALID
        for v in DecisionReader(table.ws).for_case(table.case_school)
    )


def test_the_minutes_record_positions_objections_and_the_fingerprint(table: Table) -> None:
    meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    blocked = decisions.propose(first, CLOSE)
    decisions.record_position(blocked, table.chair.member_id, Position.AGREE)
    decisions.record_position(
        blocked, table.school.member_id, Position.OBJECT, "Eerst een gesprek met de ouders."
    )
    agreed = decisions.reword(blocked, FOLLOW)
    all_agree(table, agreed)
    result = DecisionService(table.sign_in(table.chair)).sign(agreed, table.chair.passphrase)
    lines = MinutesService(table.ws).minutes(meeting).items[0].decisions
    assert [(line.state, line.outcome) for line in lines] == [
        (DecisionState.REWORDED, Outcome.BLOCKED),
        (DecisionState.SIGNED, Outcome.CONSENSUS),
    ]
    assert lines[0].positions[1].reason == "Eerst een gesprek met de ouders."
    assert lines[1].fingerprint == result.fingerprint and lines[1].signer == "Bram Burgemeester"


def test_a_partner_sees_the_decisions_of_their_own_case_only(table: Table) -> None:
    decision, _first, _chair = signed(table, FOLLOW)
    school = table.sign_in(table.school)
    assert [v.id for v in DecisionReader(school).for_case(table.case_school)] == [decision]
    welfare = table.sign_in(table.welfare)
    with pytest.raises(PermissionDenied):
        DecisionReader(welfare).for_case(table.case_school)


def test_nothing_happens_without_a_signature_and_a_trajectory_decision_moves_the_case(
    table: Table,
) -> None:
    _meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    with pytest.raises(ValidationError) as caught:
        decisions.propose(
            first, Proposal(DecisionKind.START_TRAJECTORY, "Traject opstarten", "no-such-org")
        )
    assert caught.value.message.text == LEAD_UNKNOWN
    organisation = table.ws.actor.organisation_id
    proposal = decisions.propose(
        first, Proposal(DecisionKind.START_TRAJECTORY, "Traject met de school", organisation)
    )
    all_agree(table, proposal)
    assert open_dossier(table.ws, table.case_school).header.status is CaseStatus.SIGNALLED
    DecisionService(table.sign_in(table.chair)).sign(proposal, table.chair.passphrase)
    dossier = open_dossier(table.ws, table.case_school)
    assert dossier.header.status is CaseStatus.IN_TRAJECTORY
    steps = [e.details.get("status") for e in dossier.timeline if e.kind == "case.status_changed"]
    assert steps[:2] == ["in_trajectory", "on_table"]
