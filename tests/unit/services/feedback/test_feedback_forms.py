"""Feedback forms through the services: a signed referral opens a draft, the guard stops
confidential text, only a signed consensus decision approves, an approved form never changes,
only the IO hands it over, the register shows it and verify catches tampering."""

from __future__ import annotations

import ast
import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.feedback import NEEDS_LTF, Answer, FormPurpose, FormStatus, ItemSection
from livcr_desktop.domain.secrecy_guard import OVERLAP, SecrecyOverlap
from livcr_desktop.domain.signals import SignalDraft, SignalSource
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.decisions.consensus import NO_CONSENSUS, DecisionService
from livcr_desktop.services.decisions.effects import EffectContext
from livcr_desktop.services.feedback.composing import NOT_A_DRAFT, FeedbackService
from livcr_desktop.services.feedback.content import GuardState
from livcr_desktop.services.feedback.decision_effects import (
    FORM_GUARD_BLOCKED,
    FORM_INCOMPLETE,
    FORM_OF_OTHER_CASE,
    NO_FULL_CONSENSUS,
)
from livcr_desktop.services.feedback.decision_effects import approve as approve_effect
from livcr_desktop.services.feedback.flow_register import FlowRegister
from livcr_desktop.services.feedback.lifecycle import FeedbackLifecycle
from livcr_desktop.services.feedback.transmission import NOT_APPROVED, TransmissionService
from livcr_desktop.services.feedback.verify import FORM_CHANGED
from livcr_desktop.store.models import (
    DecisionRow,
    FeedbackFormRow,
    JournalOperation,
    ReferralRow,
)
from livcr_desktop.store.private_files import PRIVATE_MODE
from tests.helpers.factories import add_person
from tests.helpers.feedback import (
    CONFIDENTIAL_NOTE,
    SCHOOL_NOTE,
    add_io,
    agree_and_sign,
    approve,
    compose,
    confidential_notes,
    referred,
    start_meeting,
)
from tests.helpers.meetings import Table

PACKAGE = Path(__file__).resolve().parents[4] / "livcr_desktop"


def kinds(table: Table) -> list[str]:
    with table.ws.db.read_session() as session:
        return list(session.scalars(select(JournalOperation.kind)))


def test_a_signed_referral_opens_a_draft_filled_from_signed_facts_only(table: Table) -> None:
    confidential_notes(table)
    form_id, _item = referred(table)
    view = FeedbackService(table.ws).form(form_id)
    assert view.summary.purpose is FormPurpose.REFERRAL
    assert view.summary.status is FormStatus.DRAFT and view.may_edit
    assert view.content.consultation_dates == (table.clock.today(),)
    assert [DecisionKind(d.kind) for d in view.content.decisions] == [DecisionKind.REFER_TO_LTF]
    # Nothing of the notes, nor the decision's wording, was copied into the form.
    assert view.items == () and view.content.reason == ""
    assert {"feedback_form.created", "referral.created", "access.feedback_form_opened"} <= set(
        kinds(table)
    )
    with table.ws.db.read_session() as session:
        referral = session.scalars(select(ReferralRow)).one()
        assert referral.form_id == form_id and referral.case_id == table.case_school
    assert view.missing[0] == NEEDS_LTF


def test_the_guard_stops_confidential_text_until_removed_or_confirmed(table: Table) -> None:
    confidential_notes(table)
    form_id, _item = referred(table)
    service = FeedbackService(table.ws)
    leaked = "Filmpjes van haatpredikers bekijkt hij 's nachts, zo vertelde zijn moeder."
    with pytest.raises(SecrecyOverlap) as caught:
        service.save_item(form_id, None, ItemSection.SHARED, leaked)
    assert caught.value.message.text == OVERLAP
    assert caught.value.passages[0].sources[0].kind == "case_note"
    assert service.form(form_id).items == ()  # nothing half-saved
    assert "feedback_form.guard_stopped" in kinds(table)
    # A note the coordinator may not even read is guarded just the same (its text not shown).
    with pytest.raises(SecrecyOverlap):
        service.save_item(
            form_id,
            None,
            ItemSection.SHARED,
            "In de klas zondert hij zich steeds af, zag de leerlingenbegeleiding.",
        )
    # Confirmed on the record: kept, and the confirmation is journaled.
    item = service.save_item(form_id, None, ItemSection.SHARED, leaked, confirm=True)
    view = service.form(form_id)
    assert view.items[0].state is GuardState.CONFIRMED and view.items[0].confirmed_by
    assert "feedback_item.secrecy_confirmed" in kinds(table)
    # A change of the text needs a new confirmation.
    with pytest.raises(SecrecyOverlap):
        service.save_item(form_id, item, ItemSection.SHARED, leaked + " Meer niet.")
    # A clean text needs none.
    service.save_item(form_id, item, ItemSection.SHARED, "De LIVC-R blijft de casus opvolgen.")
    assert service.form(form_id).items[0].state is GuardState.CLEAN


def test_a_later_note_blocks_a_confirmed_item_again(table: Table) -> None:
    form_id, _item = referred(table)
    compose(table, form_id)
    service = FeedbackService(table.ws)
    assert service.form(form_id).blocked == 0
    from livcr_desktop.domain.persons import NoteVisibility
    from livcr_desktop.services.cases.involvement import InvolvementService

    InvolvementService(table.ws).add_note(
        table.case_school,
        "Afgesproken: een volgende bespreking is gepland binnen drie maanden bij het CAW.",
        NoteVisibility.TABLE,
    )
    view = service.form(form_id)
    assert view.blocked == 1
    with pytest.raises(ConflictError) as caught:
        FeedbackLifecycle(table.ws).propose_approval(form_id, identity_translate)
    assert caught.value.message.text == FORM_GUARD_BLOCKED


def test_approval_only_through_a_signed_consensus_decision(table: Table) -> None:
    form_id, _item = referred(table)
    decisions = DecisionService(table.ws)
    # An incomplete form cannot even be put to the table.
    with pytest.raises(ValidationError) as caught:
        FeedbackLifecycle(table.ws).propose_approval(form_id, identity_translate)
    assert caught.value.message.text == FORM_INCOMPLETE
    compose(table, form_id)
    decision = FeedbackLifecycle(table.ws).propose_approval(form_id, identity_translate)
    decisions.record_position(decision, table.chair.member_id, Position.AGREE)
    chair = table.sign_in(table.chair)
    with pytest.raises(ConflictError) as refused:  # the school has not agreed yet
        DecisionService(chair).sign(decision, table.chair.passphrase)
    assert refused.value.message.text == NO_CONSENSUS
    assert FeedbackService(table.ws).form(form_id).summary.status is FormStatus.DRAFT
    decisions.record_position(decision, table.school.member_id, Position.OBJECT, "Te vroeg.")
    with pytest.raises(ConflictError):
        DecisionService(chair).sign(decision, table.chair.passphrase)
    decisions.record_position(decision, table.school.member_id, Position.AGREE)
    DecisionService(chair).sign(decision, table.chair.passphrase)
    view = FeedbackService(table.ws).form(form_id)
    assert view.summary.status is FormStatus.SIGNED and not view.may_edit
    assert view.content_hash == view.content.content_hash()
    approval = view.content.approval
    assert approval is not None and approval.decision_id == decision
    assert {p[0] for p in approval.participants} == {"Bram Burgemeester", "Sofie School"}
    assert approval.signer_name == "Bram Burgemeester"
    # A second approval of the same form is refused when it is proposed.
    with pytest.raises(ConflictError):
        FeedbackLifecycle(table.ws).propose_approval(form_id, identity_translate)
    assert verify_workspace(table.ws).healthy


def test_an_approval_of_another_case_s_form_is_refused(table: Table) -> None:
    form_id, _item = referred(table)
    compose(table, form_id)
    other = start_meeting(table, table.case_welfare, partner=table.welfare)
    with pytest.raises(ValidationError) as caught:
        DecisionService(table.ws).propose(
            other,
            Proposal(DecisionKind.APPROVE_FEEDBACK_FORM, "Goedkeuring", feedback_form_id=form_id),
        )
    assert caught.value.message.text == FORM_OF_OTHER_CASE


def test_the_effect_checks_the_consensus_from_the_signed_content_itself(table: Table) -> None:
    """Even called around the decision service, the approval effect refuses a decision whose
    signed content lacks the agreement of an effective participant."""
    form_id, _item = referred(table)
    compose(table, form_id)
    decision = FeedbackLifecycle(table.ws).propose_approval(form_id, identity_translate)
    agree_and_sign(table, decision)
    with table.ws.uow() as uow:
        row = uow.session.get(DecisionRow, decision)
        form = uow.session.get(FeedbackFormRow, form_id)
        form.status = FormStatus.DRAFT.value  # as if it were still a draft
        signed = json.loads(row.signed_content)
        signed["positions"] = signed["positions"][:1]  # one participant's agreement missing
        row.signed_content = json.dumps(signed)
        context = EffectContext(uow, row, None, {}, table.clock.today(), table.clock.now(), "")
        with pytest.raises(ConflictError) as caught:
            approve_effect(context)
        uow.session.rollback()
    assert caught.value.message.text == NO_FULL_CONSENSUS


def approval_writers() -> set[str]:
    """Every module that writes the approved status or the frozen content of a form."""
    frozen = ("frozen_content", "content_hash", "approved_decision_id")
    found = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            pairs: list[tuple[str, ast.expr]] = []
            if isinstance(node, ast.Dict):
                pairs = [
                    (k.value, v)
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and isinstance(k.value, str)
                ]
            elif isinstance(node, ast.Call) and ast.unparse(node.func) == "FeedbackFormRow":
                pairs = [(k.arg, k.value) for k in node.keywords if k.arg]
            elif isinstance(node, ast.Assign):
                pairs = [(t.attr, node.value) for t in node.targets if isinstance(t, ast.Attribute)]
            for key, value in pairs:
                if key in frozen or (key == "status" and "FormStatus.SIGNED" in ast.unparse(value)):
                    found.add(str(path.relative_to(PACKAGE)))
    return found


def test_no_service_path_sets_a_form_approved_but_the_signed_decision_s_effect() -> None:
    """The only writes of the approved status and of the frozen content are in the effect of a
    signed APPROVE_FEEDBACK_FORM decision (which checks the consensus itself); the erasure of a
    case after its retention term blanks the frozen content, and nothing else writes it."""
    assert approval_writers() == {
        "services/feedback/decision_effects.py",
        "services/retention/erasure_rows.py",
    }


def test_an_approved_form_never_changes_and_a_new_version_is_approved_again(
    table: Table,
) -> None:
    form_id, _item = referred(table)
    compose(table, form_id)
    approve(table, form_id)
    service = FeedbackService(table.ws)
    before = kinds(table).count("feedback_form.refused")
    for attempt in (
        lambda: service.save_item(form_id, None, ItemSection.SHARED, "Nog iets."),
        lambda: service.save_header(form_id, service.form(form_id).content and _header()),
        lambda: FeedbackLifecycle(table.ws).withdraw(form_id),
    ):
        with pytest.raises(ConflictError) as caught:
            attempt()
        assert caught.value.message.text == NOT_A_DRAFT
    assert kinds(table).count("feedback_form.refused") == before + 3
    second = FeedbackLifecycle(table.ws).new_version(form_id)
    with pytest.raises(ConflictError):
        FeedbackLifecycle(table.ws).new_version(form_id)  # one draft at a time
    view = service.form(second)
    assert view.summary.number == 2 and view.content.replaces_id == form_id
    assert len(view.items) == 4 and all(i.confirmed_by == "" for i in view.items)
    service.save_item(second, None, ItemSection.SHARED, "De school blijft betrokken.")
    approve(table, second)
    assert service.form(form_id).summary.status is FormStatus.REPLACED
    assert service.form(second).summary.status is FormStatus.SIGNED
    with pytest.raises(ConflictError):  # the replaced one cannot be handed over
        TransmissionService(table.sign_in(add_io(table))).transmit(
            form_id, table.clock.today(), "LTF Fictief"
        )


def _header():  # type: ignore[no-untyped-def]
    from tests.helpers.feedback import header

    return header()


def test_only_the_information_officer_hands_over_and_records_the_answer(table: Table) -> None:
    form_id, _item = referred(table)
    compose(table, form_id)
    transmission = TransmissionService(table.ws)
    with pytest.raises(PermissionDenied):  # the coordinator, before approval too
        transmission.transmit(form_id, table.clock.today(), "LTF Fictief")
    io = TransmissionService(table.sign_in(add_io(table)))
    with pytest.raises(ConflictError) as caught:  # a draft is never handed over
        io.transmit(form_id, table.clock.today(), "LTF Fictief")
    assert caught.value.message.text == NOT_APPROVED
    assert io.queue() == []
    approve(table, form_id)
    assert [e.form_id for e in io.queue()] == [form_id]
    with pytest.raises(PermissionDenied):
        transmission.transmit(form_id, table.clock.today(), "LTF Fictief")
    with pytest.raises(ValidationError):
        io.transmit(form_id, table.clock.today() + timedelta(days=1), "LTF Fictief")
    with pytest.raises(ValidationError):
        io.transmit(form_id, table.clock.today(), "  ")
    with pytest.raises(ConflictError):
        io.acknowledge(form_id, table.clock.today(), "Ontvangen.")
    io.transmit(form_id, table.clock.today(), "LTF  Fictief Arrondissement")
    with pytest.raises(ConflictError):
        io.transmit(form_id, table.clock.today(), "LTF Fictief")
    with pytest.raises(PermissionDenied):
        transmission.acknowledge(form_id, table.clock.today(), "Ontvangen.")
    io.acknowledge(form_id, table.clock.today(), "Goed ontvangen; de LTF volgt mee op.")
    view = FeedbackService(table.ws).form(form_id)
    assert view.summary.status is FormStatus.ACKNOWLEDGED
    assert view.transmitted_to == "LTF Fictief Arrondissement"
    assert view.transmitted_by == "Ivo Informatie"
    assert view.ltf_answer.startswith("Goed ontvangen")
    assert {"access.denied", "feedback_form.transmitted", "feedback_form.acknowledged"} <= set(
        kinds(table)
    )


def test_the_register_lists_what_flowed_for_coordinator_chair_and_dpo_only(
    table: Table, tmp_path: Path
) -> None:
    from livcr_desktop.domain.organisations import OrganisationKind, Role

    form_id, _item = referred(table)
    compose(table, form_id)
    approve(table, form_id)
    io_person = add_io(table)
    TransmissionService(table.sign_in(io_person)).transmit(
        form_id, table.clock.today(), "LTF Fictief"
    )
    dpo = add_person(
        table.livcr,
        "Dora Databescherming",
        "dora.dpo",
        Role.DATA_PROTECTION_OFFICER,
        organisation="Gemeente Proefdorp",
        kind=OrganisationKind.MUNICIPALITY,
    )
    for workspace in (table.ws, table.sign_in(table.chair), table.sign_in(dpo)):
        entries = FlowRegister(workspace).entries()
        assert len(entries) == 1
        entry = entries[0]
        assert entry.status is FormStatus.TRANSMITTED and entry.transmitted_by == "Ivo Informatie"
        assert entry.approved_by == ("Bram Burgemeester", "Sofie School")
        assert any("begeleidingstraject" in text for text in entry.items)
        assert entry.answers["followed_up"] == Answer.YES.value
    for outsider in (table.sign_in(table.school), table.sign_in(io_person)):
        with pytest.raises(PermissionDenied):
            FlowRegister(outsider).entries()
    target = tmp_path / "register.csv"
    assert FlowRegister(table.sign_in(dpo)).export_csv(target, identity_translate) == 1
    assert stat.S_IMODE(target.stat().st_mode) == PRIVATE_MODE
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Case;Form;Approved on")
    assert "LTF Fictief" in text
    assert {"access.flow_register_opened", "export.flow_register_csv"} <= set(kinds(table))


def test_tampering_with_an_approved_form_is_found_by_verify(table: Table) -> None:
    form_id, _item = referred(table)
    compose(table, form_id)
    approve(table, form_id)
    assert verify_workspace(table.ws).healthy
    with table.ws.uow() as uow:
        form = uow.session.get(FeedbackFormRow, form_id)
        form.frozen_content = form.frozen_content.replace("drie maanden", "zes maanden")
    report = verify_workspace(table.ws)
    assert not report.healthy
    assert report.record_problems[0].text == FORM_CHANGED


def passed_on_by_the_ltf(table: Table) -> str:
    """A case the LTF passed to the LIVC-R through the IO, the school invited; its id."""
    from livcr_desktop.services.cases.involvement import InvolvementService
    from tests.helpers.factories import municipality_id

    io = table.sign_in(add_io(table))
    case_id = CaseService(io).register_signal(
        SignalDraft(
            received_on=table.clock.today(),
            source=SignalSource.LTF,
            municipality_id=municipality_id(table.livcr, "Proefdorp"),
            description="De LTF vraagt de LIVC-R de primaire opvolging.",
            ltf_shared_info="C-prioriteit, opvolging door de LIVC-R gevraagd.",
        ),
        _person(),
    )
    InvolvementService(table.ws).invite(case_id, table.school.member_id)
    return case_id


def test_a_case_the_ltf_passed_on_gets_one_report_back_draft(table: Table) -> None:
    case_id = passed_on_by_the_ltf(table)
    item = start_meeting(table, case_id)
    decisions = DecisionService(table.ws)
    follow = decisions.propose(item, Proposal(DecisionKind.FOLLOW_UP, "Opvolging in de LIVC-R."))
    agree_and_sign(table, follow)
    trajectory = decisions.propose(
        item,
        Proposal(
            DecisionKind.START_TRAJECTORY,
            "Traject met de school.",
            lead_organisation_id=_school_org(table),
        ),
    )
    agree_and_sign(table, trajectory)
    forms = FeedbackService(table.ws).forms_for_case(case_id)
    assert len(forms) == 1 and forms[0].purpose is FormPurpose.REPORT_BACK
    content = FeedbackService(table.ws).form(forms[0].id).content
    assert content.followed_up is Answer.YES and content.trajectory is Answer.YES
    assert content.service_kind is not None and content.service_kind.value == "school"
    assert len(content.decisions) == 2
    # A case that did not come from the LTF gets no report-back draft.
    other = start_meeting(table)
    agree_and_sign(table, decisions.propose(other, Proposal(DecisionKind.FOLLOW_UP, "Opvolging.")))
    assert FeedbackService(table.ws).forms_for_case(table.case_school) == []


def _person():  # type: ignore[no-untyped-def]
    from datetime import date

    from livcr_desktop.domain.persons import PersonDetails, SubjectKind

    return PersonDetails(SubjectKind.PERSON, "Lina", "Gefingeerd", birth_date=date(2007, 3, 2))


def _school_org(table: Table) -> str:
    from livcr_desktop.services.access.members import MemberService

    return next(
        o.id for o in MemberService(table.ws).organisations() if o.name == "Fictieve School"
    )


def test_a_partner_reads_forms_of_their_case_and_withdrawn_drafts_stay(table: Table) -> None:
    form_id, _item = referred(table)
    school = FeedbackService(table.sign_in(table.school))
    assert [f.id for f in school.forms_for_case(table.case_school)] == [form_id]
    view = school.form(form_id)
    assert not view.may_edit and not view.may_transmit
    with pytest.raises(PermissionDenied):
        school.save_item(form_id, None, ItemSection.SHARED, "Iets.")
    welfare = FeedbackService(table.sign_in(table.welfare))
    with pytest.raises(PermissionDenied):
        welfare.form(form_id)
    FeedbackLifecycle(table.ws).withdraw(form_id)
    assert FeedbackService(table.ws).form(form_id).summary.status is FormStatus.WITHDRAWN
    assert CONFIDENTIAL_NOTE and SCHOOL_NOTE


def test_a_corrected_referral_withdraws_its_draft_and_the_correction_opens_its_own(
    table: Table,
) -> None:
    form_id, item = referred(table)
    decisions = DecisionService(table.ws)
    with table.ws.db.read_session() as session:
        referral = session.scalars(select(ReferralRow)).one().decision_id
    # The table corrects the referral: wrongly worded, referred again with the right words.
    correction = decisions.propose(
        item,
        Proposal(DecisionKind.REFER_TO_LTF, "De casus wordt doorverwezen naar de LTF (juist)."),
        supersedes_id=referral,
    )
    agree_and_sign(table, correction)
    forms = {f.id: f for f in FeedbackService(table.ws).forms_for_case(table.case_school)}
    assert forms[form_id].status is FormStatus.WITHDRAWN
    (new_form,) = [f for f in forms.values() if f.id != form_id]
    assert new_form.status is FormStatus.DRAFT
    view = FeedbackService(table.ws).form(new_form.id)
    assert [d.decision_id for d in view.content.decisions] == [correction]
    assert "feedback_form.withdrawn" in kinds(table)


def test_a_corrected_decision_leaves_the_report_back_draft_and_the_correction_joins_it(
    table: Table,
) -> None:
    passed = passed_on_by_the_ltf(table)
    item = start_meeting(table, passed)
    decisions = DecisionService(table.ws)
    follow = decisions.propose(item, Proposal(DecisionKind.FOLLOW_UP, "Opvolging door de LIVC-R."))
    agree_and_sign(table, follow)
    (draft,) = FeedbackService(table.ws).forms_for_case(passed)
    correction = decisions.propose(
        item,
        Proposal(DecisionKind.FOLLOW_UP, "Opvolging door de LIVC-R, met de school."),
        supersedes_id=follow,
    )
    agree_and_sign(table, correction)
    (still,) = FeedbackService(table.ws).forms_for_case(passed)
    assert still.id == draft.id and still.status is FormStatus.DRAFT
    view = FeedbackService(table.ws).form(draft.id)
    assert [d.decision_id for d in view.content.decisions] == [correction]
    assert "feedback_form.decision_removed" in kinds(table)
