"""The agenda of a meeting: what the app proposes, the items the coordinator adds and orders, and
who is invited to each case item.

An invitee of a case item must be someone who may see that case (invited to it in the dossier,
the chair of its municipality, or the coordinator); the agenda never becomes a way round the
case's need-to-know. Every change reads the meeting and checks permission and status inside
the transaction that changes the agenda, so a change that no longer fits a meeting started, held
or cancelled on another laptop a moment earlier is refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.erasure_topic import NOT_BY_HAND
from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import ItemKind, MeetingStatus, TableKind, check_item
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList, CaseListRow
from livcr_desktop.services.meetings.access import (
    ITEM_NOT_FOUND,
    load_meeting,
    require_open,
)
from livcr_desktop.services.meetings.case_item import (
    add_case_item,
    check_invitees,
    default_invitees,
    invite,
    item_of_case,
    next_position,
)
from livcr_desktop.services.meetings.proposals import AgendaProposals, Proposal, ProposalReason
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseNoteRow,
    CaseRow,
    ItemInviteeRow,
    MeetingRow,
)

ALREADY_ON_AGENDA = QT_TRANSLATE_NOOP("Agenda", "Case {code} is already on this agenda.")
CASE_CLOSED = QT_TRANSLATE_NOOP(
    "Agenda", "Case {code} is closed. Reopen it in the dossier before putting it on an agenda."
)
NOT_REMOVABLE = QT_TRANSLATE_NOOP(
    "Agenda",
    "This item already has notes or action points; mark it as postponed instead of removing it.",
)
REMOVE_BEFORE_START = QT_TRANSLATE_NOOP(
    "Agenda", "Items can be taken off the agenda only before the meeting starts."
)
ORDER_MISMATCH = QT_TRANSLATE_NOOP(
    "Agenda", "The agenda changed in the meantime; it has been reloaded. Please try again."
)
CASE_ITEM_ONLY = QT_TRANSLATE_NOOP(
    "Agenda", "Only case items have their own invitees; topics are for all participants."
)

__all__ = ["MAX_CASE_CHOICES", "AgendaService", "Proposal", "ProposalReason"]
"""What callers use: the service, and the proposals it reads (kept in `proposals`)."""

MAX_CASE_CHOICES = 50
"""How many cases "Add a case…" lists at once (more typing narrows them down)."""
OPEN_STATUSES = frozenset(s for s in CaseStatus if s is not CaseStatus.CLOSED)
"""The statuses of a case that can go on an agenda."""


class AgendaService(AgendaProposals):
    """Building the agenda of a meeting that has not been held yet (the proposals it starts
    from are read by `AgendaProposals`)."""

    def _editable(self, session: Session, meeting_id: str) -> MeetingRow:
        """The meeting, if the person may change its agenda (journaled if not) and it is not
        over; read with the session of the write that changes the agenda."""
        meeting = load_meeting(self._ws, session, meeting_id, Action.EDIT)
        require_open(meeting)
        return meeting

    def _item(self, session: Session, item_id: str) -> tuple[MeetingRow, AgendaItemRow]:
        """An item with its meeting, checked like `_editable`."""
        item = session.get(AgendaItemRow, item_id)
        if item is None:
            raise NotFound(ITEM_NOT_FOUND)
        return self._editable(session, item.meeting_id), item

    def cases_to_add(
        self, meeting_id: str, search: str, limit: int = MAX_CASE_CHOICES
    ) -> list[CaseListRow]:
        """Cases the person may see that could go on this agenda (not closed, not on it yet),
        found like in the case list: by the start of their code or words of their names.
        Any of them can be added directly, not only those the app proposes."""
        with self._ws.db.read_session() as session:
            meeting = load_meeting(self._ws, session, meeting_id, Action.EDIT)
            require_open(meeting)
            check_item(TableKind(meeting.table_kind), ItemKind.CASE, "")
            on_agenda = set(
                session.scalars(
                    select(AgendaItemRow.case_id).where(
                        AgendaItemRow.meeting_id == meeting_id,
                        AgendaItemRow.case_id.is_not(None),
                    )
                )
            )
        wanted = CaseFilter(statuses=OPEN_STATUSES, search=search)
        rows = CaseList(self._ws).page(wanted, limit=limit + len(on_agenda))
        return [row for row in rows if row.id not in on_agenda][:limit]

    # -- items -----------------------------------------------------------------------------

    def add_case(
        self, meeting_id: str, case_id: str, invitee_ids: Sequence[str] | None = None
    ) -> str:
        """Put a case on the agenda. Without a list, the invitees are the chair, the
        coordinator and everyone invited to the case in its dossier."""
        today = self._ws.today()
        with self._ws.uow() as uow:
            session = uow.session
            meeting = self._editable(session, meeting_id)
            check_item(TableKind(meeting.table_kind), ItemKind.CASE, "")
            # Only a case the coordinator may see (refusal journaled), read in this write.
            case = load_case(self._ws, session, case_id, Resource.CASE, Action.VIEW)
            if case.status == CaseStatus.CLOSED.value:
                raise ConflictError(CASE_CLOSED, code=case.code)
            if item_of_case(session, meeting_id, case_id) is not None:
                raise ConflictError(ALREADY_ON_AGENDA, code=case.code)
            actor = self._ws.actor.member_id
            wanted = (
                default_invitees(session, meeting, case, actor, today)
                if invitee_ids is None
                else list(invitee_ids)
            )
            return add_case_item(uow, meeting, case, wanted, today).id

    def add_topic(self, meeting_id: str, kind: ItemKind, title: str) -> str:
        """Put a topic on the agenda (never a named person on the strategic table)."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting = self._editable(session, meeting_id)
            if kind is ItemKind.ERASURE:
                raise ValidationError(NOT_BY_HAND, field="kind")
            cleaned = check_item(TableKind(meeting.table_kind), kind, title)
            item = AgendaItemRow(
                id=new_id(),
                meeting_id=meeting_id,
                position=next_position(session, meeting_id),
                kind=kind.value,
                case_id=None,
                title=cleaned,
                municipality_id=None,
                summary="",
                postponed=False,
                version=1,
            )
            uow.journal.created(item, "meeting.item_added")
            return item.id

    def rename_topic(self, item_id: str, title: str) -> None:
        """Change the title of a topic."""
        with self._ws.uow() as uow:
            meeting, item = self._item(uow.session, item_id)
            cleaned = check_item(TableKind(meeting.table_kind), ItemKind(item.kind), title)
            if item.kind == ItemKind.CASE.value:
                raise ValidationError(CASE_ITEM_ONLY, field="title")
            if item.kind == ItemKind.ERASURE.value:
                raise ValidationError(NOT_BY_HAND, field="title")
            uow.journal.updated(item, "meeting.item_changed", {"title": cleaned})

    def remove(self, item_id: str) -> None:
        """Take an item off the agenda before the meeting (never once it holds a record)."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting, item = self._item(session, item_id)
            if meeting.status != MeetingStatus.PLANNED.value:
                raise ConflictError(REMOVE_BEFORE_START)
            records = session.scalar(
                select(func.count())
                .select_from(ActionPointRow)
                .where(ActionPointRow.item_id == item_id)
            ) or session.scalar(
                select(func.count())
                .select_from(CaseNoteRow)
                .where(CaseNoteRow.agenda_item_id == item_id)
            )
            if records:
                raise ConflictError(NOT_REMOVABLE)
            for invitee in session.scalars(
                select(ItemInviteeRow).where(ItemInviteeRow.item_id == item_id)
            ):
                uow.journal.deleted(invitee, "meeting.invitee_removed", scope_id=item.case_id)
            uow.journal.deleted(item, "meeting.item_removed", scope_id=item.case_id)
            session.flush()
            self._renumber(uow, session, meeting.id, None)

    def reorder(self, meeting_id: str, ordered_item_ids: Sequence[str]) -> None:
        """Put the items in this order (the result of a drag and drop)."""
        with self._ws.uow() as uow:
            session = uow.session
            self._editable(session, meeting_id)
            self._renumber(uow, session, meeting_id, list(ordered_item_ids))

    def move(self, item_id: str, new_index: int) -> None:
        """Move one item to a position (0-based) in the agenda."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting, _item = self._item(session, item_id)
            order = list(
                session.scalars(
                    select(AgendaItemRow.id)
                    .where(AgendaItemRow.meeting_id == meeting.id)
                    .order_by(AgendaItemRow.position)
                )
            )
            order.remove(item_id)
            order.insert(max(0, min(new_index, len(order))), item_id)
            self._renumber(uow, session, meeting.id, order)

    def set_invitees(self, item_id: str, member_ids: Sequence[str]) -> None:
        """Choose who is invited to one case item (everyone must be allowed to see the case)."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting, item = self._item(session, item_id)
            if item.case_id is None:
                raise ValidationError(CASE_ITEM_ONLY, field="invitees")
            case = session.get(CaseRow, item.case_id)
            assert case is not None
            wanted = list(dict.fromkeys(member_ids))
            members = check_invitees(session, case, wanted, self._ws.today())
            current = {
                row.member_id: row
                for row in session.scalars(
                    select(ItemInviteeRow).where(ItemInviteeRow.item_id == item_id)
                )
            }
            for member_id, row in current.items():
                if member_id not in wanted:
                    uow.journal.deleted(row, "meeting.invitee_removed", scope_id=case.id)
            for member in members:
                if member.id not in current:
                    invite(uow.journal, session, meeting, item, member.id)

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _renumber(
        uow: UnitOfWork, session: Session, meeting_id: str, order: list[str] | None
    ) -> None:
        items = list(
            session.scalars(
                select(AgendaItemRow)
                .where(AgendaItemRow.meeting_id == meeting_id)
                .order_by(AgendaItemRow.position)
            )
        )
        by_id = {i.id: i for i in items}
        if order is None:
            order = [i.id for i in items]
        elif sorted(order) != sorted(by_id):
            raise ConflictError(ORDER_MISMATCH)
        for index, item_id in enumerate(order, start=1):
            item = by_id[item_id]
            if item.position != index:
                uow.journal.updated(
                    item, "meeting.item_moved", {"position": index}, scope_id=item.case_id
                )
