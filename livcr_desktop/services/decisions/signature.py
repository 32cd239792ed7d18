"""The chair's signature that makes a decision final, and who that signer is.

Signing checks the passphrase, the signer, the state and the consensus inside the one write that
signs, and applies the decision's effects in that same write: a decision is never signed without
taking effect, nor takes effect unsigned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.decisions import (
    DecisionKind,
    DecisionState,
    Outcome,
    PartyRecord,
    Position,
    PositionRecord,
    SignedContent,
    fingerprint,
)
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.access.key_file import key_file_problem
from livcr_desktop.services.access.signing_keys import WRONG_PASSPHRASE, open_or_create_key
from livcr_desktop.services.decisions import kinds
from livcr_desktop.services.decisions.decision_base import (
    NOT_OPEN,
    DecisionBase,
    outcome_of,
    positions_of,
)
from livcr_desktop.services.decisions.effects import EffectContext, decision_parameters
from livcr_desktop.services.decisions.kinds import SignedBy, signer_of
from livcr_desktop.services.decisions.parties import put_to_of
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace, member_actor
from livcr_desktop.store import signing
from livcr_desktop.store.errors import HeaderDamaged, SlotLocked
from livcr_desktop.store.header_unlock import unlock
from livcr_desktop.store.keyslots import normalise_passphrase
from livcr_desktop.store.models import (
    CaseRow,
    DecisionRow,
    LivcrProfileRow,
    MeetingRow,
    Member,
    MunicipalityRow,
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


@dataclass(frozen=True)
class SignResult:
    """What the chair sees after signing."""

    decision_id: str
    fingerprint: str


class DecisionSigning(DecisionBase):
    """The chair's signature on a proposal with consensus."""

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
