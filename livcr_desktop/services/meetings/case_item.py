"""A case item on an agenda, written inside a caller's transaction.

Shared by the agenda builder ("Add a case…") and retention (the review of a case whose person
turned 18), so both invite the same people the same way: the chair, the coordinator and the
case's participants, each of whom must be allowed to see the case. The caller checks its own
preconditions (permission, the case still open, not on the agenda yet) in the same write.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import member_may_view_case
from livcr_desktop.services.meetings.planning import ensure_participant
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseParticipantRow,
    CaseRow,
    ItemInviteeRow,
    MeetingRow,
    Member,
)

INVITEE_MAY_NOT_SEE = QT_TRANSLATE_NOOP(
    "Agenda",
    "{name} may not see case {code}: invite them to the case in its dossier first, "
    "then to this item.",
)
MEMBER_UNKNOWN = QT_TRANSLATE_NOOP(
    "Agenda", "This member is not in the register or no longer active."
)


def item_of_case(session: Session, meeting_id: str, case_id: str) -> AgendaItemRow | None:
    """The case's item on this meeting's agenda, if it is on it."""
    return session.scalars(
        select(AgendaItemRow).where(
            AgendaItemRow.meeting_id == meeting_id, AgendaItemRow.case_id == case_id
        )
    ).first()


def default_invitees(
    session: Session, meeting: MeetingRow, case: CaseRow, coordinator_id: str, today: date
) -> list[str]:
    """The chair, the coordinator and everyone invited to the case in its dossier today, in
    that order, without anyone who may not see the case."""
    invited = session.scalars(
        select(CaseParticipantRow.member_id)
        .where(
            CaseParticipantRow.case_id == case.id,
            CaseParticipantRow.since <= today,
            (CaseParticipantRow.until.is_(None)) | (CaseParticipantRow.until >= today),
        )
        .order_by(CaseParticipantRow.since)
    )
    wanted = [meeting.chair_member_id, coordinator_id, *invited]
    # In a joint LIVC-R the meeting's chair may be the mayor of another member municipality:
    # they see the item by its code as chair, but are not invited to a case they may not see
    # (an explicit list naming them is refused).
    return [
        member_id
        for member_id in dict.fromkeys(wanted)
        if (member := session.get(Member, member_id)) is None
        or member_may_view_case(session, member, case, today)
    ]


def check_invitees(
    session: Session, case: CaseRow, member_ids: Sequence[str], today: date
) -> list[Member]:
    """The members, refused unless each is active and may see the case."""
    members = []
    for member_id in member_ids:
        member = session.get(Member, member_id)
        if member is None or not member.active:
            raise ValidationError(MEMBER_UNKNOWN, field="invitees")
        if not member_may_view_case(session, member, case, today):
            raise ValidationError(
                INVITEE_MAY_NOT_SEE, field="invitees", name=member.full_name, code=case.code
            )
        members.append(member)
    return members


def invite(
    journal: JournalWriter,
    session: Session,
    meeting: MeetingRow,
    item: AgendaItemRow,
    member_id: str,
) -> None:
    """Invite a member to a case item (and so to the meeting), in the case's scope."""
    row = ItemInviteeRow(
        id=new_id(), item_id=item.id, member_id=member_id, effective=False, version=1
    )
    journal.created(row, "meeting.invitee_added", scope_id=item.case_id)
    ensure_participant(journal, session, meeting, member_id)


def next_position(session: Session, meeting_id: str) -> int:
    """The position after the agenda's last item."""
    last = session.scalar(
        select(func.max(AgendaItemRow.position)).where(AgendaItemRow.meeting_id == meeting_id)
    )
    return (last or 0) + 1


def add_case_item(
    uow: UnitOfWork,
    meeting: MeetingRow,
    case: CaseRow,
    invitee_ids: Sequence[str],
    today: date,
) -> AgendaItemRow:
    """The case's item at the end of the agenda, in the case's scope (so its summary and
    decisions are the case's, erased with it), with these invitees (checked here)."""
    session = uow.session
    members = check_invitees(session, case, list(dict.fromkeys(invitee_ids)), today)
    item = AgendaItemRow(
        id=new_id(),
        meeting_id=meeting.id,
        position=next_position(session, meeting.id),
        kind=ItemKind.CASE.value,
        case_id=case.id,
        title="",
        municipality_id=case.municipality_id,
        summary="",
        postponed=False,
        version=1,
    )
    uow.journal.created(item, "meeting.item_added", scope_id=case.id)
    session.flush()
    for member in members:
        invite(uow.journal, session, meeting, item, member.id)
    return item
