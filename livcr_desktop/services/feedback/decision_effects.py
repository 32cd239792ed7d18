"""What signed decisions do to feedback forms, in the same transaction as the signature.

- A signed **referral to the LTF** records the referral and opens a draft form (purpose:
  referral) for the coordinator to compose.
- On a case the **LTF passed to the LIVC-R** (a signal from the LTF, or the LTF asking the
  LIVC-R for the primary follow-up), the table owes the LTF an answer about what it decided. So a
  signed decision to follow the case up, to stop, to start or evaluate a trajectory, or to close
  the case opens a draft "report back" form, or adds the decision to the report-back draft that
  is still open for the case: the LTF gets one form about the latest state, not one per decision.
  A draft the table decides not to send is withdrawn, never deleted.
- A signed **approval of a feedback form** freezes the form it names: canonical content with its
  hash, the signer, and the effective participants, every one of whom agreed. This is the only
  place in the app where a form becomes approved; the consensus is checked again here from the
  signed content itself, so no path around the decision service can approve a form.

Drafts are pre-filled only with what signed decisions and the meeting plan say (the kind of
decision, the day, the kind of service that leads a trajectory) and with the LTF's name and
reference from an earlier form of the case; never with a note, a summary or a decision's
wording, which may repeat what was said in confidence.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, object_session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.feedback import (
    Answer,
    FormPurpose,
    FormStatus,
)
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.decisions.effects import Choice, EffectContext
from livcr_desktop.services.decisions.unanimous import unanimous_approval
from livcr_desktop.services.feedback.content import GuardState, guard_items, live_content
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import (
    CaseRow,
    DecisionRow,
    FeedbackFormRow,
    LivcrProfileRow,
    MeetingRow,
    OrganisationRow,
    ReferralRow,
    SignalRow,
)

BRUSSELS = ZoneInfo("Europe/Brussels")

FORM_UNKNOWN = QT_TRANSLATE_NOOP("FeedbackForm", "Choose an existing feedback form of this case.")
FORM_OF_OTHER_CASE = QT_TRANSLATE_NOOP(
    "FeedbackForm", "This feedback form belongs to another case; approve it on that case's item."
)
FORM_NOT_DRAFT = QT_TRANSLATE_NOOP(
    "FeedbackForm",
    "This feedback form is “{status}”: only a draft can be approved. A change means a new "
    "version and a new consensus.",
)
FORM_INCOMPLETE = QT_TRANSLATE_NOOP(
    "FeedbackForm", "The feedback form is not ready for approval: {missing}"
)
FORM_GUARD_BLOCKED = QT_TRANSLATE_NOOP(
    "FeedbackForm",
    "Confidential information is repeated in %n text(s) of the feedback form. Remove the "
    "passages or confirm they are not covered by professional secrecy before the table "
    "approves the form.",
    None,
    1,
)
NO_FULL_CONSENSUS = QT_TRANSLATE_NOOP(
    "FeedbackForm",
    "A feedback form is approved only with the agreement of every effective participant.",
)

FORM_CHOICE = QT_TRANSLATE_NOOP("FeedbackForm", "Form no. {number} ({purpose})")


def local_day(session: Session, meeting_id: str) -> list[str]:
    """The meeting's day in Belgium, as the consultation date of a new form."""
    meeting = session.get(MeetingRow, meeting_id)
    if meeting is None:
        return []
    return [meeting.starts_at.astimezone(BRUSSELS).date().isoformat()]


def answers_for(session: Session, kind: DecisionKind, parameters: dict[str, Any]) -> dict[str, Any]:
    """The structured answers a signed decision gives the LTF."""
    if kind is DecisionKind.FOLLOW_UP:
        return {"followed_up": Answer.YES.value}
    if kind in (DecisionKind.STOP_FOLLOW_UP, DecisionKind.CLOSE_CASE):
        return {"followed_up": Answer.NO.value}
    if kind is DecisionKind.START_TRAJECTORY:
        lead = session.get(OrganisationRow, str(parameters.get("lead_organisation_id") or ""))
        return {
            "followed_up": Answer.YES.value,
            "trajectory": Answer.YES.value,
            "service_kind": lead.kind if lead else None,
        }
    return {}


def ltf_passed_case(session: Session, case: CaseRow) -> bool:
    """Whether the LTF passed this case to the LIVC-R (and so expects to hear back)."""
    if case.ltf_primary_follow_up:
        return True
    return bool(
        session.scalar(
            select(
                exists().where(
                    SignalRow.case_id == case.id, SignalRow.source == SignalSource.LTF.value
                )
            )
        )
    )


def next_number(session: Session, case_id: str) -> int:
    """The number of a case's next form (1, 2, 3 ...)."""
    numbers = session.scalars(
        select(FeedbackFormRow.version_number).where(FeedbackFormRow.case_id == case_id)
    ).all()
    return max(numbers, default=0) + 1


def latest_form(session: Session, case_id: str) -> FeedbackFormRow | None:
    """The case's most recent form (for the LTF's name, reference and language)."""
    return session.scalars(
        select(FeedbackFormRow)
        .where(FeedbackFormRow.case_id == case_id)
        .order_by(FeedbackFormRow.created_at.desc())
    ).first()


def default_language(session: Session, previous: FeedbackFormRow | None) -> str:
    """The language of the case's last form, else the LIVC-R's working language."""
    if previous is not None:
        return previous.language
    profile = session.scalars(select(LivcrProfileRow)).first()
    language = Language(profile.working_language) if profile else Language.NL
    return (language if language in DOCUMENT_LANGUAGES else Language.NL).value


def new_draft(
    journal: JournalWriter,
    session: Session,
    context: EffectContext,
    purpose: FormPurpose,
) -> FeedbackFormRow:
    """A draft form for the decision's case, pre-filled from signed facts only."""
    case = context.case
    assert case is not None
    previous = latest_form(session, case.id)
    row = FeedbackFormRow(
        id=new_id(),
        case_id=case.id,
        municipality_id=case.municipality_id,
        purpose=purpose.value,
        status=FormStatus.DRAFT.value,
        version_number=next_number(session, case.id),
        language=default_language(session, previous),
        ltf_name=previous.ltf_name if previous else "",
        ltf_reference=previous.ltf_reference if previous else "",
        consultation_dates=json.dumps(local_day(session, context.decision.meeting_id)),
        followed_up=Answer.UNSET.value,
        trajectory=Answer.UNSET.value,
        service_kind=None,
        decision_ids=json.dumps([context.decision.id]),
        created_from_decision_id=context.decision.id,
        created_at=context.now,
        replaces_id=None,
        updated_at=context.now,
        version=1,
    )
    for key, value in answers_for(session, context.kind, context.parameters).items():
        setattr(row, key, value)
    journal.created(row, "feedback_form.created", scope_id=case.id)
    return row


def refer(context: EffectContext) -> None:
    """A signed referral: the referral itself and a draft form that tells the LTF why."""
    case = context.case
    if case is None:
        return
    session = context.uow.session
    form = new_draft(context.uow.journal, session, context, FormPurpose.REFERRAL)
    referral = ReferralRow(
        id=new_id(),
        case_id=case.id,
        decision_id=context.decision.id,
        referred_on=context.today,
        form_id=form.id,
        version=1,
    )
    context.uow.journal.created(referral, "referral.created", scope_id=case.id)


def report_back(context: EffectContext) -> None:
    """A signed decision on a case the LTF passed on: the report-back draft gets it."""
    case = context.case
    session = context.uow.session
    if case is None or not ltf_passed_case(session, case):
        return
    draft = session.scalars(
        select(FeedbackFormRow).where(
            FeedbackFormRow.case_id == case.id,
            FeedbackFormRow.purpose == FormPurpose.REPORT_BACK.value,
            FeedbackFormRow.status == FormStatus.DRAFT.value,
        )
    ).first()
    if draft is None:
        new_draft(context.uow.journal, session, context, FormPurpose.REPORT_BACK)
        return
    decisions = json.loads(draft.decision_ids)
    dates = sorted(
        set(json.loads(draft.consultation_dates))
        | set(local_day(session, context.decision.meeting_id))
    )
    changes: dict[str, Any] = {
        "decision_ids": json.dumps([*decisions, context.decision.id]),
        "consultation_dates": json.dumps(dates),
        "updated_at": context.now,
    }
    changes.update(answers_for(session, context.kind, context.parameters))
    context.uow.journal.updated(draft, "feedback_form.decision_added", changes, scope_id=case.id)


def check_approvable(
    session: Session, decision: DecisionRow, form: FeedbackFormRow | None
) -> FeedbackFormRow:
    """The form an approval names, if it can be approved now; else the reason why not."""
    if form is None:
        raise ValidationError(FORM_UNKNOWN, field="feedback_form")
    if form.case_id != decision.case_id:
        raise ValidationError(FORM_OF_OTHER_CASE, field="feedback_form")
    if form.status != FormStatus.DRAFT.value:
        raise ConflictError(FORM_NOT_DRAFT, status=FormStatus(form.status).label)
    missing = live_content(session, form).missing_for_approval()
    if missing:
        raise ValidationError(FORM_INCOMPLETE, field="feedback_form", missing=missing)
    blocked = [v for v in guard_items(session, form).values() if v.state is GuardState.BLOCKED]
    if blocked:
        raise ConflictError(FORM_GUARD_BLOCKED, count=len(blocked))
    return form


def _form_named(session: Session, decision: DecisionRow) -> FeedbackFormRow | None:
    form_id = json.loads(decision.parameters).get("feedback_form_id")
    return session.get(FeedbackFormRow, form_id) if form_id else None


def check_approval(decision: DecisionRow, case: CaseRow | None) -> None:
    """Asked when an approval is proposed and when it is signed: is the form ready?"""
    session = object_session(case) if case is not None else None
    if session is None:
        raise ValidationError(FORM_UNKNOWN, field="feedback_form")
    check_approvable(session, decision, _form_named(session, decision))


def approve(context: EffectContext) -> None:
    """A signed approval: freeze the form, after checking the consensus from what was signed."""
    session = context.uow.session
    decision = context.decision
    form = check_approvable(session, decision, _form_named(session, decision))
    approval = unanimous_approval(decision, DecisionKind.APPROVE_FEEDBACK_FORM, NO_FULL_CONSENSUS)
    content = replace(live_content(session, form), approval=approval)
    context.uow.journal.updated(
        form,
        "feedback_form.approved",
        {
            "status": FormStatus.SIGNED.value,
            "approved_decision_id": decision.id,
            "approved_at": context.now,
            "frozen_content": canonical_bytes(content.to_json()).decode("utf-8"),
            "content_hash": content.content_hash(),
            "updated_at": context.now,
        },
        scope_id=form.case_id,
    )
    older = session.get(FeedbackFormRow, form.replaces_id) if form.replaces_id else None
    if older is not None and older.status == FormStatus.SIGNED.value:
        context.uow.journal.updated(
            older,
            "feedback_form.replaced",
            {"status": FormStatus.REPLACED.value, "updated_at": context.now},
            scope_id=older.case_id,
        )


def draft_forms(session: Session, case_id: str) -> list[Choice]:
    """The case's draft forms, which an approval can name (whether each is ready is checked
    when the approval is put)."""
    drafts = session.scalars(
        select(FeedbackFormRow)
        .where(
            FeedbackFormRow.case_id == case_id,
            FeedbackFormRow.status == FormStatus.DRAFT.value,
        )
        .order_by(FeedbackFormRow.version_number)
    )
    return [
        Choice(
            form.id,
            Message(
                FORM_CHOICE,
                {"number": form.version_number, "purpose": FormPurpose(form.purpose).label},
            ),
        )
        for form in drafts
    ]
