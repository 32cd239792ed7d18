"""Who may see which case: the need-to-know rules turned into record facts and SQL filters.

A partner sees a case from the day they are invited until the day they are removed; a chair
sees the cases of the municipalities they chair for; the coordinator sees all. Lists, counts,
searches and dossiers all go through the same filter, so no path shows more than another.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource, Scope, allows, scopes
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.workspace import Workspace, member_actor
from livcr_desktop.store.models import CaseNoteRow, CaseParticipantRow, CaseRow, Member

CASE_NOT_FOUND = QT_TRANSLATE_NOOP("Cases", "This case does not exist.")
NO_CASE_ACCESS = QT_TRANSLATE_NOOP(
    "Cases", "You are not invited to this case, so you cannot see or change it."
)


def active_participation(member_id: str, day: date) -> ColumnElement[bool]:
    """The participations of a member that are in force on a day."""
    return and_(
        CaseParticipantRow.member_id == member_id,
        CaseParticipantRow.since <= day,
        or_(CaseParticipantRow.until.is_(None), CaseParticipantRow.until >= day),
    )


def is_involved(session: Session, case_id: str, member_id: str, day: date) -> bool:
    """Whether the member is invited to the case on that day."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    CaseParticipantRow.case_id == case_id, active_participation(member_id, day)
                )
            )
        )
    )


def case_facts(session: Session, case: CaseRow, actor: Actor, day: date) -> RecordFacts:
    """What the policy needs to know about one case and one person."""
    return RecordFacts(
        municipality_id=case.municipality_id,
        involved=is_involved(session, case.id, actor.member_id, day),
    )


def visible_cases(
    actor: Actor, day: date, resource: Resource = Resource.CASE
) -> ColumnElement[bool]:
    """A WHERE clause on case_file that keeps exactly the cases the actor may view."""
    granted = scopes(actor.roles_on(day), resource, Action.VIEW)
    if Scope.ALL in granted:
        return true()
    parts: list[ColumnElement[bool]] = []
    if Scope.OWN_MUNICIPALITY in granted:
        mine = actor.chair_municipalities(day)
        if mine:
            parts.append(CaseRow.municipality_id.in_(sorted(mine)))
    if Scope.INVOLVED in granted:
        parts.append(
            exists().where(
                CaseParticipantRow.case_id == CaseRow.id,
                active_participation(actor.member_id, day),
            )
        )
    return or_(*parts) if parts else false()


def visible_notes(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on case_note: table notes, and notes of the actor's own organisation."""
    return or_(
        CaseNoteRow.visibility == NoteVisibility.TABLE.value,
        CaseNoteRow.author_organisation_id == actor.organisation_id,
    )


def load_case(
    workspace: Workspace, session: Session, case_id: str, resource: Resource, action: Action
) -> CaseRow:
    """The case, after checking (and journaling a refusal) that the actor may do this to it."""
    case = session.get(CaseRow, case_id)
    if case is None:
        raise NotFound(CASE_NOT_FOUND)
    facts = case_facts(session, case, workspace.actor, workspace.today())
    workspace.require(
        resource, action, facts, entity="case_file", entity_id=case_id, message=NO_CASE_ACCESS
    )
    return case


def member_may_view_case(session: Session, member: Member, case: CaseRow, day: date) -> bool:
    """Whether another member (with or without an account) may see this case on that day."""
    actor = member_actor(session, member)
    facts = RecordFacts(
        municipality_id=case.municipality_id,
        involved=is_involved(session, case.id, member.id, day),
    )
    return allows(actor, day, Resource.CASE, Action.VIEW, facts)
