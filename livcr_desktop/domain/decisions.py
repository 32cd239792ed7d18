"""Decisions of the tables: what can be decided, the consensus rule, and the signed form.

The LIVC-R decides only by consensus of the effective participants of an item: every effective
participant present for that item agrees, and one objection blocks. No majority exists anywhere.
The people a proposal is put to are fixed when it is put, so no later tick changes who decides.
An outcome with consensus is signed by the chair of the case's municipality; the signature covers
a canonical serialisation of the decision, its proposal, the positions and the participants, so
the decision can later be shown to be exactly what was agreed, by whom, and unaltered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from livcr_desktop.domain.canonical import canonical_bytes, canonical_hash
from livcr_desktop.domain.cases import TRANSITIONS, CaseStatus, CloseReason
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

SIGNED_FORMAT = "livcr-decision/1"
"""Identifies the canonical form that signatures cover; a new form gets a new name."""


class DecisionKind(StrEnum):
    """What a table decides."""

    FOLLOW_UP = "follow_up"
    STOP_FOLLOW_UP = "stop_follow_up"
    START_TRAJECTORY = "start_trajectory"
    EVALUATE_TRAJECTORY = "evaluate_trajectory"
    REFER_TO_LTF = "refer_to_ltf"
    APPROVE_FEEDBACK_FORM = "approve_feedback_form"
    CLOSE_CASE = "close_case"
    HAND_OVER = "hand_over"
    FREE_TEXT = "free_text"
    STRATEGIC = "strategic"

    @property
    def label(self) -> Text:
        """The translatable name of the kind."""
        return _KIND_LABELS[self]

    @property
    def on_case(self) -> bool:
        """Whether the kind is decided on a case item (all but the strategic table's)."""
        return self is not DecisionKind.STRATEGIC

    @property
    def target_status(self) -> CaseStatus | None:
        """The case status a signed decision of this kind moves the case to."""
        return _TARGET_STATUS.get(self)


_KIND_LABELS = {
    DecisionKind.FOLLOW_UP: QT_TRANSLATE_NOOP("DecisionKind", "Follow the case up in the LIVC-R"),
    DecisionKind.STOP_FOLLOW_UP: QT_TRANSLATE_NOOP(
        "DecisionKind", "Stop following the case up in the LIVC-R"
    ),
    DecisionKind.START_TRAJECTORY: QT_TRANSLATE_NOOP(
        "DecisionKind", "Start a personalised guidance trajectory"
    ),
    DecisionKind.EVALUATE_TRAJECTORY: QT_TRANSLATE_NOOP(
        "DecisionKind", "Evaluation of the guidance trajectory"
    ),
    DecisionKind.REFER_TO_LTF: QT_TRANSLATE_NOOP("DecisionKind", "Refer the case to the LTF"),
    DecisionKind.APPROVE_FEEDBACK_FORM: QT_TRANSLATE_NOOP(
        "DecisionKind", "Approve the feedback form to the LTF"
    ),
    DecisionKind.CLOSE_CASE: QT_TRANSLATE_NOOP("DecisionKind", "Close the case"),
    DecisionKind.HAND_OVER: QT_TRANSLATE_NOOP(
        "DecisionKind", "Hand the case over to another LIVC-R"
    ),
    DecisionKind.FREE_TEXT: QT_TRANSLATE_NOOP("DecisionKind", "Other decision"),
    DecisionKind.STRATEGIC: QT_TRANSLATE_NOOP("DecisionKind", "Decision of the strategic table"),
}

PARAMETERS: dict[DecisionKind, tuple[str, ...]] = {
    DecisionKind.FOLLOW_UP: ("next_follow_up",),
    DecisionKind.STOP_FOLLOW_UP: ("close_reason",),
    DecisionKind.START_TRAJECTORY: ("lead_organisation_id",),
    DecisionKind.EVALUATE_TRAJECTORY: ("evaluation_id",),
    DecisionKind.REFER_TO_LTF: (),
    DecisionKind.APPROVE_FEEDBACK_FORM: ("feedback_form_id",),
    DecisionKind.CLOSE_CASE: ("close_reason",),
    DecisionKind.HAND_OVER: ("handover_id", "close_reason"),
    DecisionKind.FREE_TEXT: (),
    DecisionKind.STRATEGIC: ("report_year",),
}
"""The parameters each kind carries (names of `Proposal` fields); a proposal keeps only its
kind's, so the signed content never holds a stray value from another kind."""

_TARGET_STATUS = {
    DecisionKind.FOLLOW_UP: CaseStatus.ON_TABLE,
    DecisionKind.STOP_FOLLOW_UP: CaseStatus.CLOSED,
    DecisionKind.START_TRAJECTORY: CaseStatus.IN_TRAJECTORY,
    DecisionKind.REFER_TO_LTF: CaseStatus.REFERRED_TO_LTF,
    DecisionKind.CLOSE_CASE: CaseStatus.CLOSED,
    DecisionKind.HAND_OVER: CaseStatus.CLOSED,
}


class Position(StrEnum):
    """What an effective participant says to a proposal."""

    AGREE = "agree"
    OBJECT = "object"

    @property
    def label(self) -> Text:
        """The translatable name of the position."""
        return _POSITION_LABELS[self]


_POSITION_LABELS = {
    Position.AGREE: QT_TRANSLATE_NOOP("Position", "Agrees"),
    Position.OBJECT: QT_TRANSLATE_NOOP("Position", "Objects"),
}


class Outcome(StrEnum):
    """Where a proposal stands under the consensus rule."""

    NO_PARTICIPANTS = "no_participants"
    AWAITING = "awaiting"
    BLOCKED = "blocked"
    CONSENSUS = "consensus"

    @property
    def label(self) -> Text:
        """The translatable name of the outcome."""
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.NO_PARTICIPANTS: QT_TRANSLATE_NOOP(
        "Outcome", "No effective participants recorded for this item"
    ),
    Outcome.AWAITING: QT_TRANSLATE_NOOP("Outcome", "Waiting for positions"),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("Outcome", "No consensus (objection)"),
    Outcome.CONSENSUS: QT_TRANSLATE_NOOP("Outcome", "Consensus"),
}


class DecisionState(StrEnum):
    """The life of a proposal."""

    OPEN = "open"
    """Put to the participants; positions are being recorded."""
    REWORDED = "reworded"
    """Replaced by a new wording; kept as it was."""
    WITHDRAWN = "withdrawn"
    SIGNED = "signed"
    """Final and immutable."""

    @property
    def label(self) -> Text:
        """The translatable name of the state."""
        return _STATE_LABELS[self]


_STATE_LABELS = {
    DecisionState.OPEN: QT_TRANSLATE_NOOP("DecisionState", "Proposed"),
    DecisionState.REWORDED: QT_TRANSLATE_NOOP("DecisionState", "Reworded"),
    DecisionState.WITHDRAWN: QT_TRANSLATE_NOOP("DecisionState", "Withdrawn"),
    DecisionState.SIGNED: QT_TRANSLATE_NOOP("DecisionState", "Signed"),
}


def consensus_outcome(
    put_to: frozenset[str] | set[str], positions: Mapping[str, Position]
) -> Outcome:
    """The outcome of a proposal: consensus only when every person it was put to agrees.

    `put_to` is fixed when the proposal is put (see `parties_of_proposal`), never the item's
    ticks of the moment: un-ticking someone who objected must not turn the objection into
    consensus. Positions of anyone else do not count either way.
    """
    if not put_to:
        return Outcome.NO_PARTICIPANTS
    counted = {member: positions[member] for member in put_to if member in positions}
    if any(position is Position.OBJECT for position in counted.values()):
        return Outcome.BLOCKED
    if len(counted) < len(put_to):
        return Outcome.AWAITING
    return Outcome.CONSENSUS


@dataclass(frozen=True)
class ProposalParties:
    """Whom a proposal is put to, and which effective participants had left the room by then."""

    put_to: frozenset[str]
    left_before: frozenset[str]


def parties_of_proposal(
    effective: frozenset[str] | set[str], left: frozenset[str] | set[str]
) -> ProposalParties:
    """The parties of a proposal put now: the item's effective participants still in the room.

    Someone who took part in the discussion and then left stays an effective participant of the
    item (the minutes say they took part), but a proposal put after they left is not put to
    them, and it says so.
    """
    return ProposalParties(frozenset(effective) - left, frozenset(effective) & left)


def legacy_put_to(
    effective: frozenset[str] | set[str], positioned: frozenset[str] | set[str]
) -> frozenset[str]:
    """For a proposal put before its parties were stored: the item's effective participants
    now and everyone who took a position on it, so no recorded objection can be dropped."""
    return frozenset(effective) | frozenset(positioned)


# -- validation ---------------------------------------------------------------------------------

WORDING_REQUIRED = QT_TRANSLATE_NOOP("Decisions", "Write the proposal as it is put to the table.")
WORDING_TOO_LONG = QT_TRANSLATE_NOOP("Decisions", "A proposal may be at most {maximum} characters.")
LEAD_REQUIRED = QT_TRANSLATE_NOOP(
    "Decisions", "Choose the partner organisation that leads the trajectory."
)
CLOSE_REASON_REQUIRED = QT_TRANSLATE_NOOP("Decisions", "Choose why the case is closed.")
OBJECTION_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Decisions", "An objection needs its reason: the table must know what blocks consensus."
)
STRATEGIC_ONLY = QT_TRANSLATE_NOOP(
    "Decisions", "The strategic table takes strategic decisions only, never on a case."
)
CASE_ONLY = QT_TRANSLATE_NOOP(
    "Decisions", "This kind of decision is taken on a case item of the operational table."
)
MAX_WORDING = 4000


FREE_TEXT_ONLY = QT_TRANSLATE_NOOP(
    "Decisions", "On a topic of the operational table only an other (free-text) decision is taken."
)
FORM_REQUIRED = QT_TRANSLATE_NOOP("Decisions", "Choose the feedback form to approve.")
HANDOVER_REQUIRED = QT_TRANSLATE_NOOP("Decisions", "Choose the hand-over the table decides on.")


@dataclass(frozen=True)
class Proposal:
    """A proposal as the coordinator words it."""

    kind: DecisionKind
    wording: str
    lead_organisation_id: str | None = None
    close_reason: CloseReason | None = None
    next_follow_up: date | None = None
    feedback_form_id: str | None = None
    evaluation_id: str | None = None
    report_year: int | None = None
    """A strategic decision that approves the yearly report of this year (and freezes it)."""
    handover_id: str | None = None
    """A hand-over to another LIVC-R: the composed hand-over the table decides on."""

    def validated(self, *, on_case: bool, strategic: bool) -> Proposal:
        """The cleaned proposal for an item (a case item, a topic of the operational table, or
        an item of the strategic table), or ValidationError naming the field."""
        if strategic and self.kind is not DecisionKind.STRATEGIC:
            raise ValidationError(STRATEGIC_ONLY, field="kind")
        if not strategic and self.kind is DecisionKind.STRATEGIC:
            raise ValidationError(CASE_ONLY, field="kind")
        if not strategic and not on_case and self.kind is not DecisionKind.FREE_TEXT:
            raise ValidationError(FREE_TEXT_ONLY, field="kind")
        wording = self.wording.strip()
        if not wording:
            raise ValidationError(WORDING_REQUIRED, field="wording")
        if len(wording) > MAX_WORDING:
            raise ValidationError(WORDING_TOO_LONG, field="wording", maximum=MAX_WORDING)
        if self.kind is DecisionKind.START_TRAJECTORY and not self.lead_organisation_id:
            raise ValidationError(LEAD_REQUIRED, field="lead")
        kept = PARAMETERS[self.kind]
        close_reason = self.close_reason
        if self.kind is DecisionKind.HAND_OVER:
            # Only a hand-over closes a case with this reason, and a hand-over always does.
            if not self.handover_id:
                raise ValidationError(HANDOVER_REQUIRED, field="handover")
            close_reason = CloseReason.HANDED_OVER
        elif close_reason is CloseReason.HANDED_OVER:
            raise ValidationError(HANDOVER_REQUIRED, field="kind")
        if "close_reason" in kept and close_reason is None:
            raise ValidationError(CLOSE_REASON_REQUIRED, field="close_reason")
        if self.kind is DecisionKind.APPROVE_FEEDBACK_FORM and not self.feedback_form_id:
            raise ValidationError(FORM_REQUIRED, field="feedback_form")
        return Proposal(
            self.kind,
            wording,
            self.lead_organisation_id if "lead_organisation_id" in kept else None,
            close_reason if "close_reason" in kept else None,
            self.next_follow_up if "next_follow_up" in kept else None,
            self.feedback_form_id if "feedback_form_id" in kept else None,
            self.evaluation_id if "evaluation_id" in kept else None,
            self.report_year if "report_year" in kept else None,
            self.handover_id if "handover_id" in kept else None,
        )

    def parameters(self) -> dict[str, Any]:
        """The kind-specific parameters as canonical JSON values (the report's year only when
        the decision approves a yearly report, so every other decision reads as before)."""
        values: dict[str, Any] = {
            "lead_organisation_id": self.lead_organisation_id,
            "close_reason": self.close_reason.value if self.close_reason else None,
            "next_follow_up": self.next_follow_up.isoformat() if self.next_follow_up else None,
            "feedback_form_id": self.feedback_form_id,
            "evaluation_id": self.evaluation_id,
        }
        if self.report_year is not None:
            values["report_year"] = self.report_year
        if self.handover_id is not None:
            values["handover_id"] = self.handover_id
        return values


def check_position(position: Position, reason: str) -> str:
    """The cleaned reason; an objection without a reason is refused."""
    cleaned = reason.strip()
    if position is Position.OBJECT and not cleaned:
        raise ValidationError(OBJECTION_REASON_REQUIRED, field="reason")
    return cleaned


# -- the signed form -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyRecord:
    """A person named in a signed decision."""

    member_id: str
    name: str
    organisation: str


@dataclass(frozen=True)
class PositionRecord:
    """One position as signed."""

    member_id: str
    position: Position
    reason: str
    recorded_at: datetime


@dataclass(frozen=True)
class SignedContent:
    """Everything a chair's signature covers."""

    decision_id: str
    livcr_name: str
    case_id: str | None
    case_code: str
    municipality_id: str | None
    meeting_id: str
    meeting_starts_at: datetime
    item_id: str
    kind: DecisionKind
    wording: str
    parameters: Mapping[str, Any]
    proposed_by: str
    proposed_at: datetime
    replaces_id: str | None
    supersedes_id: str | None
    participants: tuple[PartyRecord, ...]
    positions: tuple[PositionRecord, ...]
    signer: PartyRecord
    signer_key_id: str
    signed_at: datetime

    def to_json(self) -> dict[str, Any]:
        """The canonical JSON value (sorted participants and positions)."""
        return {
            "format": SIGNED_FORMAT,
            "decision_id": self.decision_id,
            "livcr_name": self.livcr_name,
            "case_id": self.case_id,
            "case_code": self.case_code,
            "municipality_id": self.municipality_id,
            "meeting_id": self.meeting_id,
            "meeting_starts_at": _moment(self.meeting_starts_at),
            "item_id": self.item_id,
            "kind": self.kind.value,
            "wording": self.wording,
            "parameters": dict(self.parameters),
            "proposed_by": self.proposed_by,
            "proposed_at": _moment(self.proposed_at),
            "replaces_id": self.replaces_id,
            "supersedes_id": self.supersedes_id,
            "participants": [
                _party(p) for p in sorted(self.participants, key=lambda p: p.member_id)
            ],
            "positions": [
                {
                    "member_id": p.member_id,
                    "position": p.position.value,
                    "reason": p.reason,
                    "recorded_at": _moment(p.recorded_at),
                }
                for p in sorted(self.positions, key=lambda p: p.member_id)
            ],
            "signer": _party(self.signer),
            "signer_key_id": self.signer_key_id,
            "signed_at": _moment(self.signed_at),
        }

    def to_bytes(self) -> bytes:
        """The exact bytes the signature covers."""
        return canonical_bytes(self.to_json())


def _moment(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("signed moments must be timezone-aware")
    return value.isoformat(timespec="microseconds")


def _party(party: PartyRecord) -> dict[str, str]:
    return {"member_id": party.member_id, "name": party.name, "organisation": party.organisation}


def content_from_json(value: Mapping[str, Any]) -> SignedContent:
    """A signed content back from its canonical JSON (ValueError when it is not that form)."""
    if value.get("format") != SIGNED_FORMAT:
        raise ValueError(f"unknown decision format {value.get('format')!r}")

    def party(data: Mapping[str, str]) -> PartyRecord:
        return PartyRecord(data["member_id"], data["name"], data["organisation"])

    return SignedContent(
        decision_id=value["decision_id"],
        livcr_name=value["livcr_name"],
        case_id=value["case_id"],
        case_code=value["case_code"],
        municipality_id=value["municipality_id"],
        meeting_id=value["meeting_id"],
        meeting_starts_at=datetime.fromisoformat(value["meeting_starts_at"]),
        item_id=value["item_id"],
        kind=DecisionKind(value["kind"]),
        wording=value["wording"],
        parameters=dict(value["parameters"]),
        proposed_by=value["proposed_by"],
        proposed_at=datetime.fromisoformat(value["proposed_at"]),
        replaces_id=value["replaces_id"],
        supersedes_id=value["supersedes_id"],
        participants=tuple(party(p) for p in value["participants"]),
        positions=tuple(
            PositionRecord(
                p["member_id"],
                Position(p["position"]),
                p["reason"],
                datetime.fromisoformat(p["recorded_at"]),
            )
            for p in value["positions"]
        ),
        signer=party(value["signer"]),
        signer_key_id=value["signer_key_id"],
        signed_at=datetime.fromisoformat(value["signed_at"]),
    )


def fingerprint(signature: bytes) -> str:
    """A short, readable fingerprint of a signature for minutes and screens (e.g. '3F2A 9C01')."""
    digest = canonical_hash(signature.hex()).upper()
    return f"{digest[:4]} {digest[4:8]} {digest[8:12]}"


def status_path(current: CaseStatus, wanted: CaseStatus) -> list[CaseStatus] | None:
    """The shortest sequence of allowed moves from `current` to `wanted` ([] when already
    there, None when the status machine has no way)."""
    if current is wanted:
        return []
    frontier: list[list[CaseStatus]] = [[current]]
    seen = {current}
    while frontier:
        path = frontier.pop(0)
        for following in sorted(TRANSITIONS[path[-1]], key=lambda s: s.value):
            if following in seen:
                continue
            if following is wanted:
                return [*path[1:], following]
            seen.add(following)
            frontier.append([*path, following])
    return None


def names_of(parties: Sequence[PartyRecord]) -> tuple[str, ...]:
    """The names of parties, sorted as people read them."""
    return tuple(sorted((p.name for p in parties), key=str.casefold))
