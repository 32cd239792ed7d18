"""Proposals put to the table, the positions of the effective participants, and the chair's
signature that makes a decision final.

Every refusal of a rule (signing without consensus, a second signature, a position by someone who
is not an effective participant, a change to a final decision) is journaled as well as explained:
a supervisory body must be able to see the attempts, not only the results. Every check runs inside
the transaction that writes (with the write lock held), so what was checked is what is acted on:
a position, a rewording or a signature refused there leaves nothing but the journaled refusal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.decisions import (
    DecisionKind,
    DecisionState,
    Outcome,
    PartyRecord,
    Position,
    PositionRecord,
    Proposal,
    SignedContent,
    check_position,
    consensus_outcome,
    fingerprint,
    parties_of_proposal,
)
from livcr_desktop.domain.errors import ConflictError, DomainError, NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import ItemKind, MeetingStatus, TableKind
from livcr_desktop.domain.organisations import LEAD_NOT_POLICE, OrganisationKind, Role
from livcr_desktop.domain.permissions import DENIED, Action, RecordFacts, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.access.key_file import key_file_problem
from livcr_desktop.services.access.signing_keys import WRONG_PASSPHRASE, open_or_create_key
from livcr_desktop.services.decisions import kinds
from livcr_desktop.services.decisions.effects import EffectContext, decision_parameters
from livcr_desktop.services.decisions.kinds import SignedBy, signer_of
from livcr_desktop.services.decisions.parties import (
    effective_members,
    encode_ids,
    left_members,
    put_to_of,
)
from livcr_desktop.services.meetings.access import load_item, require_not_frozen
from livcr_desktop.services.retention.house_rules_binding import bind_parameters
from livcr_desktop.services.unit_of_work import Refusal, UnitOfWork
from livcr_desktop.services.workspace import Workspace, member_actor
from livcr_desktop.store import signing
from livcr_desktop.store.errors import HeaderDamaged, SlotLocked
from livcr_desktop.store.header_unlock import unlock
from livcr_desktop.store.keyslots import normalise_passphrase
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    DecisionPositionRow,
    DecisionRow,
    LivcrProfileRow,
    MeetingRow,
    Member,
    MunicipalityRow,
    OrganisationRow,
)

DECISION_NOT_FOUND = QT_TRANSLATE_NOOP("Decisions", "This decision does not exist.")
MEETING_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Decisions", "A proposal is put to the table during its meeting (or right after it)."
)
ITEM_POSTPONED = QT_TRANSLATE_NOOP(
    "Decisions", "This item is postponed; nothing is decided on it at this meeting."
)
NOT_OPEN = QT_TRANSLATE_NOOP(
    "Decisions",
    "This proposal is “{state}”: it can no longer change. A correction is a new decision.",
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
NO_CONSENSUS = QT_TRANSLATE_NOOP(
    "Decisions", "There is no consensus on this proposal ({outcome}); it cannot be signed."
)
NOT_THE_CHAIR = QT_TRANSLATE_NOOP(
    "Decisions",
    "Only the chair of {municipality} (the mayor or their representative) signs decisions on "
    "this case, and you do not hold that role today.",
)
NOT_THE_MEETING_CHAIR = QT_TRANSLATE_NOOP(
    "Decisions", "Decisions of the strategic table are signed by the chair of the meeting."
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


@dataclass(frozen=True)
class SignResult:
    """What the chair sees after signing."""

    decision_id: str
    fingerprint: str


def positions_of(session: Session, decision_id: str) -> dict[str, DecisionPositionRow]:
    """The recorded positions of a proposal, by member."""
    return {
        row.member_id: row
        for row in session.scalars(
            select(DecisionPositionRow).where(DecisionPositionRow.decision_id == decision_id)
        )
    }


def outcome_of(session: Session, decision: DecisionRow) -> Outcome:
    """The consensus outcome of a proposal over the people it was put to (never over the
    item's ticks of the moment)."""
    positions = {m: Position(r.position) for m, r in positions_of(session, decision.id).items()}
    return consensus_outcome(put_to_of(session, decision), positions)


class DecisionService:
    """Proposing, positions, rewording, withdrawing, signing and correcting decisions."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def today(self) -> date:
        """Today for the signed-in person (forms propose dates from it)."""
        return self._ws.today()

    # -- proposals -------------------------------------------------------------------------

    def propose(self, item_id: str, proposal: Proposal, *, supersedes_id: str | None = None) -> str:
        """Put a proposal to the effective participants of an item."""
        with self._ws.uow() as uow:
            return self._propose(uow, item_id, proposal, supersedes_id)

    def _propose(
        self, uow: UnitOfWork, item_id: str, proposal: Proposal, supersedes_id: str | None
    ) -> str:
        """A new open proposal, checked and written inside the caller's unit of work."""
        session = uow.session
        meeting, item = load_item(self._ws, session, item_id, Action.VIEW)
        self._require_create(item.municipality_id, "agenda_item", item_id)
        self._check_meeting(meeting, item)
        strategic = meeting.table_kind == TableKind.STRATEGIC.value
        cleaned = proposal.validated(on_case=item.kind == ItemKind.CASE.value, strategic=strategic)
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

    def reword(self, decision_id: str, proposal: Proposal) -> str:
        """Replace a proposal by a new wording (the old one, with its positions, is kept)."""
        with self._ws.uow() as uow:
            old_row = self._load(uow.session, decision_id)
            if old_row.state != DecisionState.OPEN.value:
                self._refuse(old_row, "reword", ConflictError(NOT_OPEN, state=self._state(old_row)))
            new_id_ = self._propose(uow, old_row.item_id, proposal, old_row.supersedes_id)
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

    # -- signing ---------------------------------------------------------------------------

    def sign(self, decision_id: str, passphrase: str) -> SignResult:
        """The chair signs an outcome with consensus; the decision takes effect at once."""
        self._check_passphrase(passphrase)
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            session = uow.session
            row = self._load(session, decision_id)
            self._check_signer(session, row)
            if row.state != DecisionState.OPEN.value:
                self._refuse(row, "sign", ConflictError(NOT_OPEN, state=self._state(row)))
            outcome = outcome_of(session, row)
            if outcome is not Outcome.CONSENSUS:
                self._refuse(row, "sign", ConflictError(NO_CONSENSUS, outcome=outcome.label))
            case = session.get(CaseRow, row.case_id) if row.case_id else None
            kinds.check(row, case)
            key, private = open_or_create_key(uow, self._ws.actor.member_id, passphrase, now)
            content = self._content(session, row, key.id, now)
            data = content.to_bytes()
            signature = signing.sign(private, data)
            uow.journal.updated(
                row,
                "decision.signed",
                {
                    "state": DecisionState.SIGNED.value,
                    "signed_content": data.decode("utf-8"),
                    "signature": signature,
                    "signing_key_id": key.id,
                    "signed_by": self._ws.actor.member_id,
                    "signed_at": now,
                },
                scope_id=row.case_id,
            )
            kinds.apply(
                EffectContext(
                    uow=uow,
                    decision=row,
                    case=case,
                    parameters=decision_parameters(row),
                    today=self._ws.today(),
                    now=now,
                    signer_member_id=self._ws.actor.member_id,
                )
            )
        return SignResult(decision_id, fingerprint(bytes.fromhex(signature)))

    # -- helpers ---------------------------------------------------------------------------

    def _require_create(
        self, municipality_id: str | None, entity: str, entity_id: str, message: Text = DENIED
    ) -> None:
        """Whoever runs the table for this municipality: proposes and notes positions."""
        self._ws.require(
            Resource.DECISION,
            Action.CREATE,
            RecordFacts(municipality_id=municipality_id),
            entity=entity,
            entity_id=entity_id,
            message=message,
        )

    def _load(self, session: Session, decision_id: str) -> DecisionRow:
        row = session.get(DecisionRow, decision_id)
        if row is None:
            raise NotFound(DECISION_NOT_FOUND)
        load_item(self._ws, session, row.item_id, Action.VIEW)
        return row

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
    def _state(row: DecisionRow) -> object:
        return DecisionState(row.state).label

    def _refuse(self, row: DecisionRow, attempt: str, error: DomainError) -> NoReturn:
        """Journal a refused attempt on a decision, then raise the explanation; inside a unit
        of work, nothing else of it is kept."""
        self._ws.refuse_with(
            Refusal(
                "decision",
                row.id,
                "decision.refused",
                {"attempt": attempt, "reason": error.code},
                scope_id=row.case_id,
            ),
            error,
        )

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

    def _check_passphrase(self, passphrase: str) -> None:
        """The signer proves it is them at the moment of signing, with their own passphrase."""
        account_id = self._ws.actor.account_id
        try:  # both copies tried, as at sign-in: damage is never called a wrong passphrase
            unlock(
                self._ws.folder.header,
                lambda copy: copy.slot_for_account(account_id),
                normalise_passphrase(passphrase),
            )
        except HeaderDamaged as exc:
            raise key_file_problem(exc) from exc
        except SlotLocked:
            self._ws.refuse_with(
                Refusal("account", account_id, "decision.signing_passphrase_wrong"),
                ValidationError(WRONG_PASSPHRASE, field="passphrase"),
            )

    def _check_signer(self, session: Session, row: DecisionRow) -> None:
        """The signer the table of kinds names: the chair of the case's municipality on this
        day, or for a topic and the strategic table the chair of the meeting (who must still
        hold a chair role)."""
        if signer_may_sign(self._ws, session, row):
            return
        if signer_for(row) is SignedBy.CASE_CHAIR:
            town = session.get(MunicipalityRow, row.municipality_id or "")
            self._ws.refuse(
                Resource.DECISION,
                Action.SIGN,
                entity="decision",
                entity_id=row.id,
                message=NOT_THE_CHAIR,
                params={"municipality": town.name if town else ""},
            )
        self._ws.refuse(
            Resource.DECISION,
            Action.SIGN,
            entity="decision",
            entity_id=row.id,
            message=NOT_THE_MEETING_CHAIR,
        )

    def _content(
        self, session: Session, row: DecisionRow, key_id: str, now: datetime
    ) -> SignedContent:
        effective = put_to_of(session, row)
        wanted = effective | {self._ws.actor.member_id}
        members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(wanted)))}

        def party(member_id: str) -> PartyRecord:
            member = members[member_id]
            return PartyRecord(member_id, member.full_name, member.organisation.name)

        positions = positions_of(session, row.id)
        meeting = session.get(MeetingRow, row.meeting_id)
        case = session.get(CaseRow, row.case_id) if row.case_id else None
        profile = session.scalars(select(LivcrProfileRow)).first()
        assert meeting is not None
        return SignedContent(
            decision_id=row.id,
            livcr_name=profile.name if profile else "",
            case_id=row.case_id,
            case_code=case.code if case else "",
            municipality_id=row.municipality_id,
            meeting_id=row.meeting_id,
            meeting_starts_at=meeting.starts_at,
            item_id=row.item_id,
            kind=DecisionKind(row.kind),
            wording=row.wording,
            parameters=json.loads(row.parameters),
            proposed_by=row.proposed_by,
            proposed_at=row.proposed_at,
            replaces_id=row.replaces_id,
            supersedes_id=row.supersedes_id,
            participants=tuple(party(m) for m in sorted(effective)),
            positions=tuple(
                PositionRecord(m, Position(p.position), p.reason, p.recorded_at)
                for m, p in sorted(positions.items())
                if m in effective
            ),
            signer=party(self._ws.actor.member_id),
            signer_key_id=key_id,
            signed_at=now,
        )


def signer_for(row: DecisionRow) -> SignedBy:
    """Who signs this decision, as the table of kinds says."""
    return signer_of(DecisionKind(row.kind), on_case=row.case_id is not None)


def holds_signature(
    actor: Actor,
    signer: SignedBy,
    municipality_id: str | None,
    meeting: MeetingRow | None,
    today: date,
) -> bool:
    """Whether a person is, today, the signer a decision on this item needs."""
    if signer is SignedBy.CASE_CHAIR:
        return municipality_id in actor.chair_municipalities(today)
    return bool(
        meeting and meeting.chair_member_id == actor.member_id and actor.has_role(Role.CHAIR, today)
    )


def signer_may_sign(workspace: Workspace, session: Session, row: DecisionRow) -> bool:
    """Whether the signed-in person is who signs this decision today (to offer the button)."""
    return holds_signature(
        workspace.actor,
        signer_for(row),
        row.municipality_id,
        session.get(MeetingRow, row.meeting_id),
        workspace.today(),
    )


def member_is_chair_of(
    session: Session, member_id: str, municipality_id: str | None, day: date
) -> bool:
    """Whether a member held the chair role for a municipality on a day (for verification)."""
    member = session.get(Member, member_id)
    if member is None:
        return False
    actor = member_actor(session, member)
    if municipality_id is None:
        return actor.has_role(Role.CHAIR, day)
    return municipality_id in actor.chair_municipalities(day)
