"""The minutes of a meeting as a document: what was decided and agreed, by whom, and who was there.

The app drafts the minutes from the meeting record; once the chair (or the next meeting) approves
them they are frozen as canonical JSON with a hash, so what was approved can always be shown
exactly and any later change is visible. A partner's extract is the same document cut down to
that partner's items, with the attendance of those items only.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.decisions import DecisionKind, DecisionState, Outcome, Position
from livcr_desktop.domain.meetings import Attendance, ItemKind, TableKind
from livcr_desktop.domain.minutes_erasure import ErasedItem, sealed_hash
from livcr_desktop.domain.minutes_people import (
    GuestLine,
    StanceLine,
    guests_from_content,
    people_content,
    stances_from_content,
)
from livcr_desktop.domain.minutes_sealing import SEALED_FORMAT, SEALED_KEY, is_sealed
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

LEFT_AT = QT_TRANSLATE_NOOP("Minutes", "{attendance}, left at {time}")
"""The attendance of someone who left the meeting before its end, in the minutes and their PDF."""

MINUTES_FORMAT = SEALED_FORMAT
"""Version of the frozen form; a reader refuses a form it does not know rather than guess.
Format 1 hashed the whole content; format 2 hashes each item's digest, so an erased case's item
can leave approved minutes and their hash still checks (minutes_erasure.py); format 3 hashes as
2 and keeps only the digest of each case item, whose content travels in its case's scope
(minutes_sealing.py)."""

KNOWN_FORMATS = (1, 2, 3)


@dataclass(frozen=True)
class AttendanceLine:
    """One participant of the meeting."""

    member_id: str
    name: str
    organisation: str
    attendance: Attendance
    secrecy_acknowledged_at: datetime | None
    left_at: datetime | None = None
    """When they left before the end (proposals put after that were not put to them)."""


@dataclass(frozen=True)
class ActionLine:
    """An action point agreed on an item."""

    owner: str
    description: str
    due_on: date


@dataclass(frozen=True)
class PositionLine:
    """What one effective participant said to a proposal (None: nothing recorded)."""

    name: str
    position: Position | None
    reason: str


@dataclass(frozen=True)
class DecisionLine:
    """A proposal or decision on an item, as the minutes record it."""

    kind: DecisionKind
    wording: str
    state: DecisionState
    outcome: Outcome
    positions: tuple[PositionLine, ...]
    signer: str = ""
    signed_at: datetime | None = None
    fingerprint: str = ""

    def to_json(self) -> dict[str, Any]:
        """The canonical JSON form."""
        return {
            "kind": self.kind.value,
            "wording": self.wording,
            "state": self.state.value,
            "outcome": self.outcome.value,
            "positions": [
                {
                    "name": p.name,
                    "position": p.position.value if p.position else None,
                    "reason": p.reason,
                }
                for p in self.positions
            ],
            "signer": self.signer,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> DecisionLine:
        """The line back from its canonical JSON form."""
        return cls(
            kind=DecisionKind(value["kind"]),
            wording=value["wording"],
            state=DecisionState(value["state"]),
            outcome=Outcome(value["outcome"]),
            positions=tuple(
                PositionLine(
                    p["name"], Position(p["position"]) if p["position"] else None, p["reason"]
                )
                for p in value["positions"]
            ),
            signer=value["signer"],
            signed_at=datetime.fromisoformat(value["signed_at"]) if value["signed_at"] else None,
            fingerprint=value["fingerprint"],
        )


@dataclass(frozen=True)
class MinutesItem:
    """One agenda item as the minutes record it. Case items are headed by their code only."""

    item_id: str
    position: int
    kind: ItemKind
    heading: str
    municipality: str
    summary: str
    postponed: bool
    invitee_ids: tuple[str, ...]
    effective_participants: tuple[str, ...]
    action_points: tuple[ActionLine, ...]
    decisions: tuple[DecisionLine, ...] = ()
    guests: tuple[GuestLine, ...] = ()
    stances: tuple[StanceLine, ...] = ()
    """Partners who refused to take part, or were represented by a supervisor."""
    erased: ErasedItem | None = None
    """Set when the item's case was erased: only its place, kind and heading are left."""
    sealed: str | None = None
    """The digest of a case item whose case this laptop does not hold (its content travels in
    the case's scope): only its place, kind and heading are here."""
    turned_eighteen_on: date | None = None
    """The day the person concerned turned 18, when retention put the case on the agenda for
    its review at 18: the minutes say why the case was discussed, as the agenda did."""


@dataclass(frozen=True)
class Amendment:
    """A correction recorded after approval.

    `item_id` names the agenda item it corrects, so that an extract carries it only with that
    item: a correction about one partner's case must not reach a partner invited to another.
    None is a correction of the minutes as a whole (attendance, remarks), which every reader of
    the minutes or of an extract gets."""

    author: str
    written_at: datetime
    text: str
    item_id: str | None = None


@dataclass(frozen=True)
class Approval:
    """Who approved the minutes, and when (or which later meeting did)."""

    approved_at: datetime
    approved_by: str
    via_meeting_on: date | None
    content_hash: str


@dataclass(frozen=True)
class MinutesDocument:
    """The minutes (or an extract of them)."""

    meeting_id: str
    livcr_name: str
    table: TableKind
    starts_at: datetime
    ends_at: datetime
    place: str
    chair: str
    chair_member_id: str
    attendance: tuple[AttendanceLine, ...]
    remarks: str
    items: tuple[MinutesItem, ...]
    approval: Approval | None = None
    amendments: tuple[Amendment, ...] = ()
    extract_for: str = ""
    """The name of the partner this extract is for ('' for the full minutes)."""
    format: int = MINUTES_FORMAT
    """The frozen form these minutes were approved in (decides how their hash is taken)."""

    @property
    def is_extract(self) -> bool:
        return bool(self.extract_for)

    def limited_to(self, item_ids: Collection[str], *, extract_for: str = "") -> MinutesDocument:
        """The same minutes with only these items, only the attendance of the people invited
        to them (and the chair), and only the amendments about the minutes as a whole or about
        a kept item: nothing tells a partner who else came for what, or what was corrected
        about someone else's case."""
        # Numbered 1..n for the reader, as their agenda was: gaps would show that other
        # items exist.
        kept = [i for i in self.items if i.item_id in item_ids]
        items = tuple(replace(item, position=n) for n, item in enumerate(kept, start=1))
        people = {m for i in items for m in i.invitee_ids} | {self.chair_member_id}
        attendance = tuple(a for a in self.attendance if a.member_id in people)
        kept_ids = {i.item_id for i in items}
        amendments = tuple(a for a in self.amendments if a.item_id is None or a.item_id in kept_ids)
        return replace(
            self,
            items=items,
            attendance=attendance,
            amendments=amendments,
            extract_for=extract_for,
        )

    def item_of(self, amendment: Amendment) -> MinutesItem | None:
        """The item of this document an amendment is about (numbered as this document numbers
        it, so an extract says "item 1" for its own first item); None for a general one."""
        if amendment.item_id is None:
            return None
        return next((i for i in self.items if i.item_id == amendment.item_id), None)

    def content(self) -> dict[str, Any]:
        """The canonical form of what is approved (approval and amendments are not part of it)."""
        return {
            "format": self.format,
            "meeting_id": self.meeting_id,
            "livcr_name": self.livcr_name,
            "table": self.table.value,
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "place": self.place,
            "chair": self.chair,
            "chair_member_id": self.chair_member_id,
            "remarks": self.remarks,
            "attendance": [
                {
                    "member_id": a.member_id,
                    "name": a.name,
                    "organisation": a.organisation,
                    "attendance": a.attendance.value,
                    "secrecy_acknowledged_at": (
                        a.secrecy_acknowledged_at.isoformat() if a.secrecy_acknowledged_at else None
                    ),
                    # only when someone left: minutes frozen before this field keep their hash
                    **({"left_at": a.left_at.isoformat()} if a.left_at else {}),
                }
                for a in self.attendance
            ],
            "items": [
                (
                    _erased_content(i)
                    if i.erased is not None
                    else _sealed_content(i)
                    if i.sealed is not None
                    else {
                        "item_id": i.item_id,
                        "position": i.position,
                        "kind": i.kind.value,
                        "heading": i.heading,
                        "municipality": i.municipality,
                        "summary": i.summary,
                        "postponed": i.postponed,
                        "invitee_ids": list(i.invitee_ids),
                        "effective_participants": list(i.effective_participants),
                        "action_points": [
                            {
                                "owner": p.owner,
                                "description": p.description,
                                "due_on": p.due_on.isoformat(),
                            }
                            for p in i.action_points
                        ],
                        "decisions": [d.to_json() for d in i.decisions],
                        **people_content(i.guests, i.stances),
                        # only for a review at 18: minutes frozen before keep their hash
                        **_review_content(i.turned_eighteen_on),
                    }
                )
                for i in self.items
            ],
        }

    def content_hash(self) -> str:
        """SHA-256 of the canonical content (format 2: over each item's digest)."""
        if self.format == 1:
            return canonical_hash(self.content())
        return sealed_hash(self.content())


def _review_content(turned_eighteen_on: date | None) -> dict[str, Any]:
    return {"turned_eighteen_on": turned_eighteen_on.isoformat()} if turned_eighteen_on else {}


def _review_from_content(item: Mapping[str, Any]) -> date | None:
    day = item.get("turned_eighteen_on")
    return date.fromisoformat(day) if day else None


def _erased_content(item: MinutesItem) -> dict[str, Any]:
    assert item.erased is not None
    return {
        "item_id": item.item_id,
        "position": item.position,
        "kind": item.kind.value,
        "heading": item.heading,
        "erased": item.erased.to_json(),
    }


def _sealed_content(item: MinutesItem) -> dict[str, Any]:
    return {
        "item_id": item.item_id,
        "position": item.position,
        "kind": item.kind.value,
        "heading": item.heading,
        SEALED_KEY: item.sealed,
    }


def _sealed_item(i: Mapping[str, Any]) -> MinutesItem:
    return MinutesItem(
        item_id=i["item_id"],
        position=i["position"],
        kind=ItemKind(i["kind"]),
        heading=i["heading"],
        municipality="",
        summary="",
        postponed=False,
        invitee_ids=(),
        effective_participants=(),
        action_points=(),
        sealed=str(i[SEALED_KEY]),
    )


def _erased_item(i: Mapping[str, Any]) -> MinutesItem:
    return MinutesItem(
        item_id=i["item_id"],
        position=i["position"],
        kind=ItemKind(i["kind"]),
        heading=i["heading"],
        municipality="",
        summary="",
        postponed=False,
        invitee_ids=(),
        effective_participants=(),
        action_points=(),
        erased=ErasedItem.from_json(i["erased"]),
    )


class UnknownMinutesFormat(ValueError):
    """Frozen minutes written by a newer version of the app."""


def minutes_from_content(content: Mapping[str, Any]) -> MinutesDocument:
    """The document back from its frozen canonical form."""
    if content.get("format") not in KNOWN_FORMATS:
        raise UnknownMinutesFormat(str(content.get("format")))
    return MinutesDocument(
        format=int(content["format"]),
        meeting_id=content["meeting_id"],
        livcr_name=content["livcr_name"],
        table=TableKind(content["table"]),
        starts_at=datetime.fromisoformat(content["starts_at"]),
        ends_at=datetime.fromisoformat(content["ends_at"]),
        place=content["place"],
        chair=content["chair"],
        chair_member_id=content["chair_member_id"],
        remarks=content["remarks"],
        attendance=tuple(
            AttendanceLine(
                member_id=a["member_id"],
                name=a["name"],
                organisation=a["organisation"],
                attendance=Attendance(a["attendance"]),
                secrecy_acknowledged_at=(
                    datetime.fromisoformat(a["secrecy_acknowledged_at"])
                    if a["secrecy_acknowledged_at"]
                    else None
                ),
                left_at=datetime.fromisoformat(a["left_at"]) if a.get("left_at") else None,
            )
            for a in content["attendance"]
        ),
        items=tuple(
            _erased_item(i)
            if "erased" in i
            else _sealed_item(i)
            if is_sealed(i)
            else MinutesItem(
                item_id=i["item_id"],
                position=i["position"],
                kind=ItemKind(i["kind"]),
                heading=i["heading"],
                municipality=i["municipality"],
                summary=i["summary"],
                postponed=i["postponed"],
                invitee_ids=tuple(i["invitee_ids"]),
                effective_participants=tuple(i["effective_participants"]),
                action_points=tuple(
                    ActionLine(p["owner"], p["description"], date.fromisoformat(p["due_on"]))
                    for p in i["action_points"]
                ),
                decisions=tuple(DecisionLine.from_json(d) for d in i["decisions"]),
                guests=guests_from_content(i),
                stances=stances_from_content(i),
                turned_eighteen_on=_review_from_content(i),
            )
            for i in content["items"]
        ),
    )
