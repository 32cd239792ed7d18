"""What a feedback form says, read from its rows (a draft) or from its frozen content (approved),
the secrecy guard's verdict on each of its texts, and who may do what with it.

Shared by the services that compose, approve, print and hand over forms, so that every path
reads a form the same way and asks the same questions before it acts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.domain.errors import DomainError, NotFound
from livcr_desktop.domain.feedback import (
    Answer,
    DecisionRef,
    FormContent,
    FormPurpose,
    FormStatus,
    ItemSection,
    content_from_json,
)
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.domain.secrecy_guard import Passage, SecrecyIndex, confirmation_fingerprint
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.cases.access import is_involved
from livcr_desktop.services.feedback.confidential_sources import confidential_texts
from livcr_desktop.services.trajectories import confidential as trajectory_confidential
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    CaseRow,
    DecisionRow,
    FeedbackFormRow,
    FeedbackItemRow,
    LivcrProfileRow,
    MunicipalityRow,
)

FORM_NOT_FOUND = QT_TRANSLATE_NOOP("FeedbackForm", "This feedback form does not exist.")
NO_FORM_ACCESS = QT_TRANSLATE_NOOP(
    "FeedbackForm", "Your role does not allow you to see or change this feedback form."
)

SOURCE_MODULES = (trajectory_confidential,)
"""Parts of the app that register confidential sources beyond the case itself: imported here,
so the guard always compares with them."""


class GuardState(StrEnum):
    """The secrecy guard's verdict on one text of a form."""

    CLEAN = "clean"
    CONFIRMED = "confirmed"
    """Overlaps, and someone confirmed (journaled) that the overlap is not secret."""
    BLOCKED = "blocked"
    """Overlaps confidential text without a valid confirmation: the form cannot be approved."""

    @property
    def label(self) -> Text:
        """The translatable verdict."""
        return _GUARD_LABELS[self]


_GUARD_LABELS = {
    GuardState.CLEAN: QT_TRANSLATE_NOOP("SecrecyGuard", "No overlap with confidential text"),
    GuardState.CONFIRMED: QT_TRANSLATE_NOOP(
        "SecrecyGuard", "Overlap confirmed as not covered by professional secrecy"
    ),
    GuardState.BLOCKED: QT_TRANSLATE_NOOP(
        "SecrecyGuard", "Overlaps confidential text: remove the passage or confirm"
    ),
}


def guard_state(text: str, passages: Sequence[Passage], fingerprint: str | None) -> GuardState:
    """The verdict on a stored text: a confirmation counts only for the text and the overlaps it
    was given for."""
    if not passages:
        return GuardState.CLEAN
    if fingerprint is not None and fingerprint == confirmation_fingerprint(text, passages):
        return GuardState.CONFIRMED
    return GuardState.BLOCKED


def guard_index(session: Session, case_id: str) -> SecrecyIndex:
    """Every confidential text of a case, ready to check texts against."""
    return SecrecyIndex(confidential_texts(session, case_id))


def items_of(session: Session, form_id: str) -> list[FeedbackItemRow]:
    """A form's free texts in their order (reason, shared items, additions to what is kept)."""
    order = {section.value: n for n, section in enumerate(ItemSection)}
    rows = session.scalars(select(FeedbackItemRow).where(FeedbackItemRow.form_id == form_id))
    return sorted(rows, key=lambda r: (order.get(r.section, 9), r.position))


@dataclass(frozen=True)
class ItemVerdict:
    """One stored text of a form with the guard's verdict on it now."""

    row_id: str
    passages: tuple[Passage, ...]
    state: GuardState


def guard_items(session: Session, form: FeedbackFormRow) -> dict[str, ItemVerdict]:
    """The guard's verdict on every text of a form, by item id."""
    index = guard_index(session, form.case_id)
    verdicts = {}
    for row in items_of(session, form.id):
        passages = index.check(row.text)
        verdicts[row.id] = ItemVerdict(
            row.id, passages, guard_state(row.text, passages, row.confirmed_fingerprint)
        )
    return verdicts


def decision_refs(session: Session, decision_ids: Sequence[str]) -> tuple[DecisionRef, ...]:
    """The signed decisions a form reports on, oldest first."""
    if not decision_ids:
        return ()
    rows = session.scalars(
        select(DecisionRow).where(
            DecisionRow.id.in_(list(decision_ids)),
            DecisionRow.state == DecisionState.SIGNED.value,
        )
    )
    refs = [
        DecisionRef(row.id, row.kind, row.signed_at.date() if row.signed_at else date.min)
        for row in rows
    ]
    return tuple(sorted(refs, key=lambda r: (r.signed_on, r.decision_id)))


def json_list(value: str) -> list[str]:
    """A JSON list of strings stored in a text column."""
    loaded = json.loads(value or "[]")
    assert isinstance(loaded, list)
    return [str(v) for v in loaded]


def live_content(session: Session, form: FeedbackFormRow) -> FormContent:
    """What a draft says now, read from its rows."""
    case = session.get(CaseRow, form.case_id)
    town = session.get(MunicipalityRow, form.municipality_id)
    profile = session.scalars(select(LivcrProfileRow)).first()
    assert case is not None
    texts: dict[str, list[str]] = {section.value: [] for section in ItemSection}
    for row in items_of(session, form.id):
        texts[row.section].append(row.text)
    return FormContent(
        form_id=form.id,
        version_number=form.version_number,
        purpose=FormPurpose(form.purpose),
        language=Language(form.language),
        livcr_name=profile.name if profile else "",
        municipality=town.name if town else "",
        case_code=case.code,
        ggb_category=case.ggb_category,
        ltf_name=form.ltf_name,
        ltf_reference=form.ltf_reference,
        consultation_dates=tuple(date.fromisoformat(d) for d in json_list(form.consultation_dates)),
        followed_up=Answer(form.followed_up),
        trajectory=Answer(form.trajectory),
        service_kind=OrganisationKind(form.service_kind) if form.service_kind else None,
        reason="\n".join(texts[ItemSection.REASON.value]),
        shared=tuple(texts[ItemSection.SHARED.value]),
        withheld_extra=tuple(texts[ItemSection.NOT_FLOWING.value]),
        decisions=decision_refs(session, json_list(form.decision_ids)),
        replaces_id=form.replaces_id,
    )


def content_of(session: Session, form: FeedbackFormRow) -> FormContent:
    """What a form says: the frozen content once approved, the rows while it is a draft."""
    if form.frozen_content is not None:
        return content_from_json(json.loads(form.frozen_content))
    return live_content(session, form)


def form_facts(workspace: Workspace, session: Session, form: FeedbackFormRow) -> RecordFacts:
    """What the policy needs to know about a form and the signed-in person."""
    return RecordFacts(
        municipality_id=form.municipality_id,
        involved=is_involved(session, form.case_id, workspace.actor.member_id, workspace.today()),
    )


def load_form(
    workspace: Workspace, session: Session, form_id: str, action: Action = Action.VIEW
) -> FeedbackFormRow:
    """The form, after checking (and journaling a refusal) that the person may do this to it."""
    form = session.get(FeedbackFormRow, form_id)
    if form is None:
        raise NotFound(FORM_NOT_FOUND)
    workspace.require(
        Resource.FEEDBACK_FORM,
        action,
        form_facts(workspace, session, form),
        entity="feedback_form",
        entity_id=form_id,
        message=NO_FORM_ACCESS,
    )
    return form


def refuse(
    workspace: Workspace, form: FeedbackFormRow, attempt: str, error: DomainError
) -> NoReturn:
    """Journal a refused attempt on a form (what was tried, never the text), then explain;
    inside a unit of work, nothing else of it is kept."""
    workspace.refuse_with(
        Refusal(
            "feedback_form",
            form.id,
            "feedback_form.refused",
            {"attempt": attempt, "reason": error.code},
            scope_id=form.case_id,
        ),
        error,
    )


def status_of(form: FeedbackFormRow) -> FormStatus:
    """The form's status."""
    return FormStatus(form.status)
