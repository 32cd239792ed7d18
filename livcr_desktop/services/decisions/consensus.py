"""Proposals put to the table, the positions of the effective participants, and the chair's
signature that makes a decision final.

Every refusal of a rule (signing without consensus, a second signature, a position by someone who
is not an effective participant, a change to a final decision) is journaled as well as explained:
a supervisory body must be able to see the attempts, not only the results. Every check runs inside
the transaction that writes (with the write lock held), so what was checked is what is acted on:
a position, a rewording or a signature refused there leaves nothing but the journaled refusal.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.decisions import (
    DecisionState,
    Position,
    Proposal,
    check_position,
    parties_of_proposal,
)
from livcr_desktop.domain.erasure_topic import FIXED_WORDING, erasure_wording
from livcr_desktop.domain.errors import ConflictError, DomainError, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import ItemKind, MeetingStatus, TableKind
from livcr_desktop.domain.organisations import LEAD_NOT_POLICE, OrganisationKind
from livcr_desktop.domain.permissions import Action
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, identity_translate
from livcr_desktop.services.decisions import kinds
from livcr_desktop.services.decisions.decision_base import (
    DECISION_NOT_FOUND,
    NOT_OPEN,
    outcome_of,
    positions_of,
)
from livcr_desktop.services.decisions.parties import (
    effective_members,
    encode_ids,
    left_members,
    put_to_of,
)
from livcr_desktop.services.decisions.signature import (
    NO_CONSENSUS,
    NOT_THE_CHAIR,
    NOT_THE_MEETING_CHAIR,
    DecisionSigning,
    SignResult,
    holds_signature,
    member_is_chair_of,
    signer_for,
    signer_may_sign,
)
from livcr_desktop.services.meetings.access import load_item, require_not_frozen
from livcr_desktop.services.retention.house_rules_binding import bind_parameters
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    DecisionPositionRow,
    DecisionRow,
    MeetingRow,
    Member,
    OrganisationRow,
)

MEETING_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Decisions", "A proposal is put to the table during its meeting (or right after it)."
)
ITEM_POSTPONED = QT_TRANSLATE_NOOP(
    "Decisions", "This item is postponed; nothing is decided on it at this meeting."
)
NOT_EFFECTIVE = QT_TRANSLATE_NOOP(
    "Decisions",
    "{name} is not an effective participant of this item, so their position does not count "
    "and cannot be recorded.",
)
NOT_PUT_TO = QT_TRANSLATE_NOOP(
    "Decisions",
    "This proposal was put to the effective participants of the moment it was put, and {name} "
    "was not among them. Reword the proposal to put it to everyone taking part now.",
)
LEFT_THE_MEETING = QT_TRANSLATE_NOOP(
    "Decisions",
    "{name} has left the meeting, so their position can no longer be recorded. Withdraw the "
    "proposal or reword it: a new wording is put to those still taking part.",
)
NOBODY_TO_PUT_TO = QT_TRANSLATE_NOOP(
    "Decisions",
    "Nobody in the room is ticked as an effective participant of this item. Tick who takes "
    "part in the discussion first: the proposal is put to exactly those people.",
)
NOT_YOUR_POSITION = QT_TRANSLATE_NOOP(
    "Decisions", "Only the participant, or whoever runs the meeting, records a position."
)
LEAD_UNKNOWN = QT_TRANSLATE_NOOP(
    "Decisions", "The lead organisation is not in the register or no longer active."
)
SUPERSEDE_SIGNED_ONLY = QT_TRANSLATE_NOOP(
    "Decisions", "Only a signed decision on the same case can be corrected by a new decision."
)
ALREADY_SUPERSEDED = QT_TRANSLATE_NOOP(
    "Decisions", "This decision has already been corrected by a later decision."
)


__all__ = [
    "ALREADY_SUPERSEDED",
    "DECISION_NOT_FOUND",
    "ITEM_POSTPONED",
    "LEAD_UNKNOWN",
    "LEFT_THE_MEETING",
    "MEETING_NOT_RUNNING",
    "NOBODY_TO_PUT_TO",
    "NOT_EFFECTIVE",
    "NOT_OPEN",
    "NOT_PUT_TO",
    "NOT_THE_CHAIR",
    "NOT_THE_MEETING_CHAIR",
    "NOT_YOUR_POSITION",
    "NO_CONSENSUS",
    "SUPERSEDE_SIGNED_ONLY",
    "DecisionService",
    "SignResult",
    "holds_signature",
    "member_is_chair_of",
    "outcome_of",
    "positions_of",
    "signer_for",
    "signer_may_sign",
]
"""What callers use; the signature and the shared checks live in `signature` and `decision_base`."""


class DecisionService(DecisionSigning):
    """Proposing, positions, rewording, withdrawing, signing and correcting decisions (the
    signature itself is in `DecisionSigning`, what every change starts from in `DecisionBase`)."""

    # -- proposals -------------------------------------------------------------------------

    def propose(
        self,
        item_id: str,
        proposal: Proposal,
        *,
        supersedes_id: str | None = None,
        translate: Translate = identity_translate,
    ) -> str:
        """Put a proposal to the effective participants of an item (`translate`: the language
        of the fixed wording on a proposed erasure, as the form showed it)."""
        with self._ws.uow() as uow:
            return self._propose(uow, item_id, proposal, supersedes_id, translate)

    def _propose(
        self,
        uow: UnitOfWork,
        item_id: str,
        proposal: Proposal,
        supersedes_id: str | None,
        translate: Translate = identity_translate,
    ) -> str:
        """A new open proposal, checked and written inside the caller's unit of work."""
        session = uow.session
        meeting, item = load_item(self._ws, session, item_id, Action.VIEW)
        self._require_create(item.municipality_id, "agenda_item", item_id)
        self._check_meeting(meeting, item)
        strategic = meeting.table_kind == TableKind.STRATEGIC.value
        cleaned = proposal.validated(on_case=item.kind == ItemKind.CASE.value, strategic=strategic)
        # An erasure's wording travels LIVC-R-wide and outlives the case: only the fixed one.
        fixed = erasure_wording(item.title, translate)
        if item.kind == ItemKind.ERASURE.value and cleaned.wording != fixed:
            raise ValidationError(FIXED_WORDING, field="wording")
        if cleaned.lead_organisation_id is not None:
            organisation = session.get(OrganisationRow, cleaned.lead_organisation_id)
            if organisation is None or not organisation.active:
                raise ValidationError(LEAD_UNKNOWN, field="lead")
            if not OrganisationKind(organisation.kind).may_lead_trajectory:
                raise ValidationError(LEAD_NOT_POLICE, field="lead")
        case = session.get(CaseRow, item.case_id) if item.case_id else None
        if supersedes_id is not None:
            self._check_supersedable(session, supersedes_id, item.case_id)
        parties = parties_of_proposal(
            effective_members(session, item_id), frozenset(left_members(session, meeting.id))
        )
        if not parties.put_to:
            raise ValidationError(NOBODY_TO_PUT_TO, field="participants")
        parameters = bind_parameters(session, item, strategic, cleaned.parameters())
        row = DecisionRow(
            id=new_id(),
            item_id=item_id,
            meeting_id=meeting.id,
            case_id=item.case_id,
            municipality_id=item.municipality_id,
            kind=cleaned.kind.value,
            wording=cleaned.wording,
            parameters=canonical_bytes(parameters).decode(),
            state=DecisionState.OPEN.value,
            proposed_by=self._ws.actor.member_id,
            proposed_at=self._ws.clock.now(),
            replaces_id=None,
            supersedes_id=supersedes_id,
            put_to=encode_ids(parties.put_to),
            left_before=encode_ids(parties.left_before),
            version=1,
        )
        kinds.check(row, case)
        uow.journal.created(row, "decision.proposed", scope_id=item.case_id)
        return row.id

    def reword(
        self, decision_id: str, proposal: Proposal, translate: Translate = identity_translate
    ) -> str:
        """Replace a proposal by a new wording (the old one, with its positions, is kept)."""
        with self._ws.uow() as uow:
            old_row = self._load(uow.session, decision_id)
            if old_row.state != DecisionState.OPEN.value:
                self._refuse(old_row, "reword", ConflictError(NOT_OPEN, state=self._state(old_row)))
            new_id_ = self._propose(
                uow, old_row.item_id, proposal, old_row.supersedes_id, translate
            )
            new_row = uow.session.get(DecisionRow, new_id_)
            assert new_row is not None
            uow.journal.updated(
                old_row,
                "decision.reworded",
                {"state": DecisionState.REWORDED.value},
                scope_id=old_row.case_id,
            )
            uow.journal.updated(
                new_row,
                "decision.rewording_linked",
                {"replaces_id": decision_id},
                scope_id=new_row.case_id,
            )
        return new_id_

    def withdraw(self, decision_id: str) -> None:
        """Take a proposal back (it stays on record as withdrawn)."""
        with self._ws.uow() as uow:
            current = self._load(uow.session, decision_id)
            self._require_create(current.municipality_id, "decision", decision_id)
            if current.state != DecisionState.OPEN.value:
                self._refuse(
                    current, "withdraw", ConflictError(NOT_OPEN, state=self._state(current))
                )
            uow.journal.updated(
                current,
                "decision.withdrawn",
                {"state": DecisionState.WITHDRAWN.value},
                scope_id=current.case_id,
            )

    # -- positions -------------------------------------------------------------------------

    def record_position(
        self, decision_id: str, member_id: str, position: Position, reason: str = ""
    ) -> None:
        """Record what an effective participant says (their own, or noted by the meeting)."""
        cleaned = check_position(position, reason)
        with self._ws.uow() as uow:
            session = uow.session
            row = self._load(session, decision_id)
            if member_id != self._ws.actor.member_id:
                self._require_create(
                    row.municipality_id, "decision", decision_id, NOT_YOUR_POSITION
                )
            if row.state != DecisionState.OPEN.value:
                self._refuse(row, "position", ConflictError(NOT_OPEN, state=self._state(row)))
            refusal = self._not_a_party(session, row, member_id)
            if refusal is not None:
                self._refuse(row, "position", refusal)
            meeting = session.get(MeetingRow, row.meeting_id)
            assert meeting is not None
            require_not_frozen(meeting)
            existing = positions_of(session, decision_id).get(member_id)
            now = self._ws.clock.now()
            if existing is None:
                position_row = DecisionPositionRow(
                    id=new_id(),
                    decision_id=decision_id,
                    member_id=member_id,
                    position=position.value,
                    reason=cleaned,
                    recorded_at=now,
                    recorded_by=self._ws.actor.member_id,
                    version=1,
                )
                uow.journal.created(
                    position_row, "decision.position_recorded", scope_id=row.case_id
                )
            elif (existing.position, existing.reason) != (position.value, cleaned):
                uow.journal.updated(
                    existing,
                    "decision.position_changed",
                    {
                        "position": position.value,
                        "reason": cleaned,
                        "recorded_at": now,
                        "recorded_by": self._ws.actor.member_id,
                    },
                    scope_id=row.case_id,
                )

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _not_a_party(session: Session, row: DecisionRow, member_id: str) -> DomainError | None:
        """Why a member's position on this proposal cannot be recorded (None: it can): they
        must be an effective participant now, among those it was put to, and still there."""
        member = session.get(Member, member_id)
        name = member.full_name if member else ""
        if member_id not in effective_members(session, row.item_id):
            return ValidationError(NOT_EFFECTIVE, field="member", name=name)
        if member_id not in put_to_of(session, row):
            return ValidationError(NOT_PUT_TO, field="member", name=name)
        if member_id in left_members(session, row.meeting_id):
            return ConflictError(LEFT_THE_MEETING, name=name)
        return None

    @staticmethod
    def _check_meeting(meeting: MeetingRow, item: AgendaItemRow) -> None:
        if meeting.status not in (MeetingStatus.IN_PROGRESS.value, MeetingStatus.HELD.value):
            raise ConflictError(MEETING_NOT_RUNNING)
        require_not_frozen(meeting)
        if item.postponed:
            raise ConflictError(ITEM_POSTPONED)

    def _check_supersedable(self, session: Session, decision_id: str, case_id: str | None) -> None:
        old = session.get(DecisionRow, decision_id)
        if old is None or old.state != DecisionState.SIGNED.value or old.case_id != case_id:
            raise ValidationError(SUPERSEDE_SIGNED_ONLY, field="supersedes")
        later = session.scalars(
            select(DecisionRow).where(
                DecisionRow.supersedes_id == decision_id,
                DecisionRow.state == DecisionState.SIGNED.value,
            )
        ).first()
        if later is not None:
            raise ConflictError(ALREADY_SUPERSEDED)
