"""Minutes: drafted from the meeting record, approved by the chair (or the next meeting), then
frozen; after that a correction is a recorded amendment beside them, never an edit.

The frozen form is canonical JSON with its SHA-256 kept beside it, so `livcr verify` can show
that approved minutes were not changed in the database afterwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.meeting_record import approving_minutes
from livcr_desktop.domain.meetings import Attendance, ItemKind, MeetingStatus, TableKind
from livcr_desktop.domain.minutes import (
    ActionLine,
    Amendment,
    Approval,
    AttendanceLine,
    MinutesDocument,
    MinutesItem,
    minutes_from_content,
)
from livcr_desktop.domain.minutes_erasure import erased_item_ids, sealed_hash
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.decisions.view import decision_lines
from livcr_desktop.services.meetings.access import (
    actor_viewer,
    invitee_viewer,
    load_meeting,
    member_ids_of,
    require_not_frozen,
    visible_items,
)
from livcr_desktop.services.meetings.minutes_people import guests_by_item, stances_by_item
from livcr_desktop.services.meetings.minutes_seal_set import (
    approval_notes,
    awaits_sealing,
    content_to_approve,
    write_seal_set,
)
from livcr_desktop.services.meetings.minutes_sealed import (
    case_items_intact,
    freeze_sealed,
    held_snapshot,
)
from livcr_desktop.services.meetings.record_check import meeting_record
from livcr_desktop.services.meetings.view import member_names, reviews_at_eighteen
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseRow,
    ItemInviteeRow,
    JournalOperation,
    LivcrProfileRow,
    MeetingParticipantRow,
    MeetingRow,
    Member,
    MinutesAmendmentRow,
    MunicipalityRow,
)

NOT_HELD = QT_TRANSLATE_NOOP(
    "Minutes", "Minutes can be approved only after the meeting has been held and closed."
)
NOT_THE_CHAIR = QT_TRANSLATE_NOOP(
    "Minutes",
    "Only {chair}, who chaired this meeting, can approve its minutes (or a later meeting).",
)
ALREADY_APPROVED = QT_TRANSLATE_NOOP("Minutes", "These minutes are already approved.")
NOT_APPROVED = QT_TRANSLATE_NOOP(
    "Minutes", "The minutes are not approved yet: change the draft itself instead."
)
LATER_MEETING = QT_TRANSLATE_NOOP(
    "Minutes",
    "Minutes are approved by a later meeting of the same table that has started or been held.",
)
AMENDMENT_REQUIRED = QT_TRANSLATE_NOOP("Minutes", "Write the correction.")
NOT_AN_ITEM_OF_THE_MEETING = QT_TRANSLATE_NOOP(
    "Minutes",
    "The correction must be about an item on the agenda of this meeting, or about the "
    "minutes as a whole.",
)
REMARKS_TOO_LONG = QT_TRANSLATE_NOOP("Minutes", "The remarks may be at most {maximum} characters.")
MAX_REMARKS = 20_000


def compose_minutes(session: Session, meeting: MeetingRow) -> MinutesDocument:
    """The full minutes of a meeting from its record (or from the frozen form once approved)."""
    amendments = _amendments(session, meeting.id)
    if meeting.minutes_snapshot is not None:
        document = minutes_from_content(held_snapshot(session, meeting))
        approver = session.get(Member, meeting.minutes_approved_by or "")
        via = session.get(MeetingRow, meeting.minutes_approved_via or "")
        assert meeting.minutes_approved_at is not None and meeting.minutes_hash is not None
        approval = Approval(
            approved_at=meeting.minutes_approved_at,
            approved_by=approver.full_name if approver else "",
            via_meeting_on=local_date(via.starts_at) if via else None,
            content_hash=meeting.minutes_hash,
        )
        return replace(document, approval=approval, amendments=amendments)
    names = member_names(session)
    towns = {m.id: m.name for m in session.scalars(select(MunicipalityRow))}
    profile = session.scalars(select(LivcrProfileRow)).first()
    items = list(
        session.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.meeting_id == meeting.id)
            .order_by(AgendaItemRow.position)
        )
    )
    ids = [i.id for i in items]
    invitees = member_ids_of(session, ids)
    effective: dict[str, list[str]] = {}
    for row in session.scalars(
        select(ItemInviteeRow).where(ItemInviteeRow.item_id.in_(ids), ItemInviteeRow.effective)
    ):
        effective.setdefault(row.item_id, []).append(names.get(row.member_id, ("", ""))[0])
    actions: dict[str, list[ActionLine]] = {}
    for action in session.scalars(
        select(ActionPointRow)
        .where(ActionPointRow.item_id.in_(ids))
        .order_by(ActionPointRow.due_on, ActionPointRow.created_at)
    ):
        actions.setdefault(action.item_id, []).append(
            ActionLine(
                names.get(action.owner_member_id, ("", ""))[0], action.description, action.due_on
            )
        )
    guests, stances = guests_by_item(session, ids), stances_by_item(session, ids, names)
    reviews = reviews_at_eighteen(session, ids)
    codes = {
        c.id: c.code
        for c in session.scalars(
            select(CaseRow).where(CaseRow.id.in_([i.case_id for i in items if i.case_id]))
        )
    }
    minutes_items = tuple(
        MinutesItem(
            item_id=item.id,
            position=number,
            kind=ItemKind(item.kind),
            heading=codes.get(item.case_id or "", "") or item.title,
            municipality=towns.get(item.municipality_id or "", ""),
            summary=item.summary,
            postponed=item.postponed,
            invitee_ids=tuple(invitees.get(item.id, [])),
            effective_participants=tuple(sorted(effective.get(item.id, []), key=str.casefold)),
            action_points=tuple(actions.get(item.id, [])),
            decisions=decision_lines(session, item.id),
            guests=guests.get(item.id, ()),
            stances=stances.get(item.id, ()),
            turned_eighteen_on=reviews.get(item.id),
        )
        for number, item in enumerate(items, start=1)
    )
    attendance = tuple(
        sorted(
            (
                AttendanceLine(
                    member_id=p.member_id,
                    name=names.get(p.member_id, ("", ""))[0],
                    organisation=names.get(p.member_id, ("", ""))[1],
                    attendance=Attendance(p.attendance),
                    secrecy_acknowledged_at=p.secrecy_acknowledged_at,
                    left_at=p.left_at,
                )
                for p in session.scalars(
                    select(MeetingParticipantRow).where(
                        MeetingParticipantRow.meeting_id == meeting.id
                    )
                )
            ),
            key=lambda a: (a.member_id != meeting.chair_member_id, a.name.casefold()),
        )
    )
    return MinutesDocument(
        meeting_id=meeting.id,
        livcr_name=profile.name if profile else "",
        table=TableKind(meeting.table_kind),
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        chair=names.get(meeting.chair_member_id, ("", ""))[0],
        chair_member_id=meeting.chair_member_id,
        attendance=attendance,
        remarks=meeting.minutes_remarks,
        items=minutes_items,
        amendments=amendments,
    )


def _amendments(session: Session, meeting_id: str) -> tuple[Amendment, ...]:
    names = member_names(session)
    return tuple(
        Amendment(names.get(a.author_member_id, ("", ""))[0], a.written_at, a.text, a.item_id)
        for a in session.scalars(
            select(MinutesAmendmentRow)
            .where(MinutesAmendmentRow.meeting_id == meeting_id)
            .order_by(MinutesAmendmentRow.written_at)
        )
    )


def minutes_intact(session: Session, meeting: MeetingRow) -> bool:
    """Whether approved minutes still match the hash taken when they were approved."""
    if meeting.minutes_snapshot is None:
        return meeting.minutes_hash is None
    try:
        document = minutes_from_content(json.loads(meeting.minutes_snapshot))
    except (ValueError, KeyError, TypeError):
        return False
    return document.content_hash() == meeting.minutes_hash and case_items_intact(session, meeting)


@dataclass(frozen=True)
class MinutesToApprove:
    """Draft minutes of a held meeting that wait for the signed-in chair's approval."""

    meeting_id: str
    starts_at: datetime
    table: TableKind
    place: str


class MinutesService:
    """Reading, editing, approving and amending minutes."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def awaiting_my_approval(self) -> list[MinutesToApprove]:
        """The draft minutes only the signed-in person can approve (they chaired the meeting
        and hold the right to approve), oldest first: the chair's "To sign" and home list
        them beside the decisions, since both wait for the same person."""
        if not self._ws.may(Resource.MINUTES, Action.APPROVE):
            return []
        with self._ws.db.read_session() as session:
            rows = session.scalars(
                select(MeetingRow)
                .where(
                    MeetingRow.chair_member_id == self._ws.actor.member_id,
                    MeetingRow.status == MeetingStatus.HELD.value,
                    MeetingRow.minutes_approved_at.is_(None),
                )
                .order_by(MeetingRow.starts_at)
            )
            return [
                MinutesToApprove(m.id, m.starts_at, TableKind(m.table_kind), m.place) for m in rows
            ]

    def minutes(self, meeting_id: str) -> MinutesDocument:
        """The minutes as the signed-in person may read them: the full minutes for the
        coordinator and the chair, only their own items for a partner (journaled)."""
        self._ws.require_some(Resource.MINUTES, Action.VIEW)
        with self._ws.db.read_session() as session:
            meeting = load_meeting(self._ws, session, meeting_id, Action.VIEW)
            document = compose_minutes(session, meeting)
            viewer = actor_viewer(self._ws, meeting)
            if not viewer.sees_every_item and meeting.chair_member_id != viewer.member_id:
                visible = {i.id for i in visible_items(session, meeting, viewer)}
                document = document.limited_to(visible)
        with self._ws.uow() as uow:
            uow.journal.access("meeting", meeting_id, "access.minutes_opened")
        return document

    def extract(self, meeting_id: str, member_id: str) -> MinutesDocument:
        """The extract for one partner: only the items they were invited to."""
        self._ws.require(Resource.MINUTES, Action.EXPORT, entity="meeting", entity_id=meeting_id)
        with self._ws.db.read_session() as session:
            meeting = load_meeting(self._ws, session, meeting_id, Action.VIEW)
            member = session.get(Member, member_id)
            name = member.full_name if member else ""
            visible = {i.id for i in visible_items(session, meeting, invitee_viewer(member_id))}
            return compose_minutes(session, meeting).limited_to(visible, extract_for=name)

    def set_remarks(self, meeting_id: str, remarks: str) -> None:
        """The coordinator's general text of the draft (opening, announcements, next date)."""
        remarks = remarks.strip()
        if len(remarks) > MAX_REMARKS:
            raise ValidationError(REMARKS_TOO_LONG, field="remarks", maximum=MAX_REMARKS)
        with self._ws.uow() as uow:
            meeting = load_meeting(self._ws, uow.session, meeting_id, Action.VIEW)
            self._ws.require(Resource.MINUTES, Action.EDIT, entity="meeting", entity_id=meeting_id)
            require_not_frozen(meeting)
            if meeting.minutes_remarks != remarks:
                uow.journal.updated(
                    meeting, "minutes.remarks_written", {"minutes_remarks": remarks}
                )
                reseal_draft(self._ws, uow, meeting)

    def seal_for_approval(self, meeting_id: str) -> bool:
        """Seal the held draft anew if it changed since it was last sealed (on the laptop that
        holds every case, for whoever may edit the minutes): a chair approving on their own
        laptop signs that seal set. Whether anything was written."""
        with self._ws.uow() as uow:
            meeting = load_meeting(self._ws, uow.session, meeting_id, Action.VIEW)
            return reseal_draft(self._ws, uow, meeting)

    def approval_check(self, meeting_id: str) -> FinalStep:
        """What approving the minutes freezes and what their record still lacks (shown before
        the chair confirms)."""
        with self._ws.db.read_session() as session:
            meeting = load_meeting(self._ws, session, meeting_id, Action.VIEW)
            step = approving_minutes(meeting_record(self._ws, session, meeting))
            blocking, sealed = approval_notes(
                session, meeting, compose_minutes(session, meeting).content()
            )
            return replace(step, fixes=step.fixes + sealed, blocking=step.blocking + blocking)

    def approve(self, meeting_id: str) -> str:
        """The chair of the meeting approves the minutes; returns the hash of the frozen form."""
        with self._ws.uow() as uow:
            self._ws.require(
                Resource.MINUTES, Action.APPROVE, entity="meeting", entity_id=meeting_id
            )
            meeting = uow.session.get(MeetingRow, meeting_id)
            assert meeting is not None
            if meeting.chair_member_id != self._ws.actor.member_id:
                chair = uow.session.get(Member, meeting.chair_member_id)
                raise ConflictError(NOT_THE_CHAIR, chair=chair.full_name if chair else "")
            return self._freeze(uow, meeting, via=None)

    def approve_at_meeting(self, meeting_id: str, approving_meeting_id: str) -> str:
        """Record that a later meeting of the table approved these minutes."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.MINUTES, Action.EDIT, entity="meeting", entity_id=meeting_id)
            meeting = uow.session.get(MeetingRow, meeting_id)
            later = uow.session.get(MeetingRow, approving_meeting_id)
            assert meeting is not None
            if (
                later is None
                or later.table_kind != meeting.table_kind
                or later.starts_at <= meeting.starts_at
                or later.status not in (MeetingStatus.IN_PROGRESS.value, MeetingStatus.HELD.value)
            ):
                raise ValidationError(LATER_MEETING, field="meeting")
            return self._freeze(uow, meeting, via=later.id)

    def amend(self, meeting_id: str, text: str, item_id: str | None = None) -> str:
        """Record a correction beside approved minutes.

        With `item_id` the correction is about that agenda item and reaches only the extracts
        that hold it; without, it is about the minutes as a whole and every reader gets it.
        The item must be one of this meeting's: a correction filed under another meeting's
        item would reach the wrong people, or no one."""
        text = text.strip()
        if not text:
            raise ValidationError(AMENDMENT_REQUIRED, field="text")
        with self._ws.uow() as uow:
            self._ws.require(Resource.MINUTES, Action.EDIT, entity="meeting", entity_id=meeting_id)
            meeting = uow.session.get(MeetingRow, meeting_id)
            assert meeting is not None
            if meeting.minutes_approved_at is None:
                raise ConflictError(NOT_APPROVED)
            case_id: str | None = None
            if item_id is not None:
                item = uow.session.get(AgendaItemRow, item_id)
                if item is None or item.meeting_id != meeting_id:
                    raise ValidationError(NOT_AN_ITEM_OF_THE_MEETING, field="item")
                case_id = item.case_id
            row = MinutesAmendmentRow(
                id=new_id(),
                meeting_id=meeting_id,
                author_member_id=self._ws.actor.member_id,
                text=text,
                written_at=self._ws.clock.now(),
                item_id=item_id,
                version=1,
            )
            # The payload holds every field, item_id included; scoped to the item's case like
            # the other records of a case item, so the case's history shows it too.
            uow.journal.created(row, "minutes.amended", scope_id=case_id)
            return row.id

    def _freeze(self, uow: UnitOfWork, meeting: MeetingRow, via: str | None) -> str:
        if meeting.minutes_approved_at is not None:
            raise ConflictError(ALREADY_APPROVED)
        if meeting.status != MeetingStatus.HELD.value:
            raise ConflictError(NOT_HELD)
        here = compose_minutes(uow.session, meeting).content()
        # The whole minutes: as composed here, or the seal set when cases are not on this laptop.
        content = content_to_approve(uow.session, meeting, here)
        digest = sealed_hash(content)
        # Each case item's text in its case's scope; the approval itself only seals them.
        snapshot = freeze_sealed(uow.journal, uow.session, content, digest)
        uow.journal.updated(
            meeting,
            "minutes.approved",
            {
                "minutes_approved_at": self._ws.clock.now(),
                "minutes_approved_by": self._ws.actor.member_id,
                "minutes_approved_via": via,
                "minutes_hash": digest,
                "minutes_snapshot": snapshot,
            },
        )
        return digest


def reseal_draft(workspace: Workspace, uow: UnitOfWork, meeting: MeetingRow) -> bool:
    """Write the held draft's seal set when this laptop can seal it and it changed."""
    if not awaits_sealing(uow.session, meeting) or not workspace.may(Resource.MINUTES, Action.EDIT):
        return False
    content = compose_minutes(uow.session, meeting).content()
    return write_seal_set(uow.journal, uow.session, meeting, content)


MINUTES_CHANGED = QT_TRANSLATE_NOOP(
    "Minutes",
    "The approved minutes of the meeting of {day} no longer match what was approved.",
)


def _has_erased_items(meeting: MeetingRow) -> bool:
    assert meeting.minutes_snapshot is not None
    return bool(erased_item_ids(json.loads(meeting.minutes_snapshot)))


def check_frozen_minutes(session: Session) -> list[Message]:
    """For `livcr verify`: every approved minutes still hashes to the value approved, and that
    value is the one written in the (hash-chained) journal when they were approved."""
    approved_hashes: dict[str, str | None] = {}
    table = JournalOperation.__table__
    for entity_id, payload in session.execute(
        select(table.c.entity_id, table.c.payload)
        .where(table.c.kind == "minutes.approved")
        .order_by(table.c.hlc)
    ):
        fields = json.loads(payload).get("fields")
        # None: the approval's payload was erased with a case it discussed (its signed digest
        # stays); the minutes' own hash, taken over each item's digest, still checks.
        approved_hashes[entity_id] = fields["minutes_hash"] if fields else None
    problems = []
    for meeting in session.scalars(
        select(MeetingRow).where(MeetingRow.minutes_approved_at.is_not(None))
    ):
        approved = approved_hashes.get(meeting.id, "")
        intact = minutes_intact(session, meeting) and (
            approved == meeting.minutes_hash or (approved is None and _has_erased_items(meeting))
        )
        if not intact:
            problems.append(Message(MINUTES_CHANGED, {"day": local_date(meeting.starts_at)}))
    return problems
