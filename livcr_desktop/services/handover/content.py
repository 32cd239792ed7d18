"""What a hand-over says, read from its row and the case (a draft) or from its frozen content
(decided), and the secrecy guard's verdict on each of its free texts.

Shared by composing, the decision's effects, sending and the register, so every path reads a
hand-over the same way. The identity comes from the case's person, that a trajectory ran and the
kind of service that led it from the trajectory; nothing else of the dossier is ever read here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import DomainError, NotFound
from livcr_desktop.domain.handover import (
    Contact,
    HandoverContent,
    HandoverStatus,
    Identity,
    Receiver,
    content_from_json,
)
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.domain.persons import SubjectKind
from livcr_desktop.domain.retention import is_minor
from livcr_desktop.domain.secrecy_guard import Passage
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.feedback.content import GuardState, guard_index, guard_state
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    CaseRow,
    HandoverRow,
    LivcrProfileRow,
    OrganisationRow,
    OtherLivcrRow,
    PersonRow,
    TrajectoryRow,
)

HANDOVER_NOT_FOUND = QT_TRANSLATE_NOOP("Handover", "This hand-over does not exist.")


@dataclass(frozen=True)
class TextVerdict:
    """One free text with the guard's verdict on it now."""

    text: str
    passages: tuple[Passage, ...]
    state: GuardState


def stored_texts(row: HandoverRow) -> list[dict[str, Any]]:
    value = json.loads(row.texts or "[]")
    assert isinstance(value, list)
    return value


def verdicts(session: Session, row: HandoverRow) -> list[TextVerdict]:
    """The guard's verdict on every free text (a confirmation counts only for its text and the
    overlaps it was given for, exactly as on a feedback form)."""
    index = guard_index(session, row.case_id)
    found = []
    for item in stored_texts(row):
        passages = index.check(item["text"])
        found.append(
            TextVerdict(
                item["text"],
                passages,
                guard_state(item["text"], passages, item.get("confirmed_fingerprint")),
            )
        )
    return found


def receiver_of(row: OtherLivcrRow) -> Receiver:
    return Receiver(row.id, row.name, Language(row.language), row.municipality, row.fingerprint)


def live_content(session: Session, row: HandoverRow, today: Any) -> HandoverContent:
    """A draft's content as it would be decided now."""
    case = session.get(CaseRow, row.case_id)
    receiver = session.get(OtherLivcrRow, row.receiving_livcr_id)
    assert case is not None and receiver is not None
    person = session.get(PersonRow, case.person_id) if case.person_id else None
    identity = (
        Identity(
            SubjectKind(person.kind),
            person.first_names,
            person.last_name,
            person.birth_date,
            person.group_name,
        )
        if person is not None
        else Identity(SubjectKind.PERSON)
    )
    trajectory = session.scalars(
        select(TrajectoryRow)
        .where(TrajectoryRow.case_id == case.id)
        .order_by(TrajectoryRow.started_on.desc())
    ).first()
    lead = session.get(OrganisationRow, trajectory.lead_organisation_id) if trajectory else None
    profile = session.scalars(select(LivcrProfileRow)).first()
    return HandoverContent(
        sender_name=profile.name if profile else "",
        case_code=case.code,
        receiver=receiver_of(receiver),
        identity=identity,
        trajectory_ran=trajectory is not None,
        service_kind=OrganisationKind(lead.kind) if lead else None,
        contact=Contact(
            row.contact_name, row.contact_organisation, row.contact_phone, row.contact_email
        ),
        texts=tuple(item["text"] for item in stored_texts(row)),
        minor=is_minor(identity.birth_date, today),
    )


def content_of(session: Session, row: HandoverRow, today: Any) -> HandoverContent:
    """The frozen content once decided, else the live one."""
    if row.decided_content:
        return content_from_json(json.loads(row.decided_content))
    return live_content(session, row, today)


def facts_of(row: HandoverRow) -> RecordFacts:
    return RecordFacts(municipality_id=row.municipality_id)


def load_handover(
    workspace: Workspace, session: Session, handover_id: str, action: Action = Action.VIEW
) -> HandoverRow:
    """The hand-over, after checking (and journaling a refusal) that the actor may do this."""
    row = session.get(HandoverRow, handover_id)
    if row is None:
        raise NotFound(HANDOVER_NOT_FOUND)
    workspace.require(
        Resource.HANDOVER, action, facts_of(row), entity="handover", entity_id=handover_id
    )
    return row


def refuse(workspace: Workspace, row: HandoverRow, attempt: str, error: DomainError) -> NoReturn:
    """Journal a refused attempt on a hand-over and raise the error."""
    workspace.refuse_with(
        Refusal("handover", row.id, "handover.refused", {"attempt": attempt}, row.case_id), error
    )


def status_of(row: HandoverRow) -> HandoverStatus:
    return HandoverStatus(row.status)
