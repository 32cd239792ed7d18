"""Sealing held draft minutes for approval, and what a chair approves on their own laptop.

The laptop that holds every case (the coordinator's, or a laptop without a hub) writes the seal
set (`minutes.sealed`, on the meeting: LIVC-R-wide, hashes and case codes only) and each case
item's text (`minutes.item_sealed`, on the agenda item's `frozen_minutes`: in the case's scope)
once the meeting is held and whenever the draft changed. A member's own laptop holds only its
owner's cases, so a chair approving there signs the seal set: refused when there is none or it
is stale (domain/minutes_seal_set.py). So minutes approved anywhere are the whole minutes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.irreversible import joined
from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.domain.minutes_seal_set import (
    NOT_SEALED,
    SEAL_STALE,
    SEALED_ELSEWHERE,
    approved_content,
    check_seal_set,
)
from livcr_desktop.domain.minutes_sealing import seal_case_items
from livcr_desktop.domain.slot_rule import FolderReach
from livcr_desktop.domain.text import Message
from livcr_desktop.services.access.slot_rule import folder_reach
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import AgendaItemRow, MeetingRow

SEALED_KIND = "minutes.sealed"
ITEM_SEALED_KIND = "minutes.item_sealed"


def holds_every_case(session: Session) -> bool:
    """Whether this laptop composes the whole minutes (it holds every case of the LIVC-R)."""
    return folder_reach(session) is FolderReach.EVERYTHING


def awaits_sealing(session: Session, meeting: MeetingRow) -> bool:
    """A held meeting whose draft waits for approval, on the laptop that can seal it."""
    return (
        meeting.status == MeetingStatus.HELD.value
        and meeting.minutes_approved_at is None
        and holds_every_case(session)
    )


def write_seal_set(
    journal: JournalWriter, session: Session, meeting: MeetingRow, content: Mapping[str, Any]
) -> bool:
    """Seal the whole draft `content` (MinutesDocument.content) when it differs from the seal
    set written before: each case item's text in its case's scope first, then the set."""
    sealed, held = seal_case_items(content)
    text = canonical_bytes(sealed).decode("utf-8")
    if meeting.minutes_seal_set == text:
        return False
    for item_id, item_content in held.items():
        item = session.get(AgendaItemRow, item_id)
        assert item is not None and item.case_id is not None
        value = canonical_bytes(item_content).decode("utf-8")
        if item.frozen_minutes != value:
            journal.updated(
                item, ITEM_SEALED_KIND, {"frozen_minutes": value}, scope_id=item.case_id
            )
    journal.updated(meeting, SEALED_KIND, {"minutes_seal_set": text})
    return True


def _seal_set(meeting: MeetingRow) -> dict[str, Any] | None:
    if meeting.minutes_seal_set is None:
        return None
    value = json.loads(meeting.minutes_seal_set)
    return value if isinstance(value, dict) else None


def content_to_approve(
    session: Session, meeting: MeetingRow, here: Mapping[str, Any]
) -> dict[str, Any]:
    """The content an approval on this laptop freezes: the draft as composed here when this
    laptop holds every case, else the seal set with this laptop's items in full. Refused when
    the set is missing or stale, so no approval is ever silently partial."""
    if holds_every_case(session):
        return dict(here)
    seal_set = _seal_set(meeting)
    if seal_set is None:
        raise ConflictError(NOT_SEALED)
    if check_seal_set(seal_set, here).stale:
        raise ConflictError(SEAL_STALE)
    return approved_content(seal_set, here)


def approval_notes(
    session: Session, meeting: MeetingRow, here: Mapping[str, Any]
) -> tuple[tuple[Message, ...], tuple[Message, ...]]:
    """What the chair reads before approving on this laptop: (what blocks the approval, what it
    approves as sealed without holding it)."""
    if holds_every_case(session):
        return (), ()
    seal_set = _seal_set(meeting)
    if seal_set is None:
        return (Message(NOT_SEALED),), ()
    check = check_seal_set(seal_set, here)
    if check.stale:
        return (Message(SEAL_STALE),), ()
    if not check.elsewhere:
        return (), ()
    return (), (Message(SEALED_ELSEWHERE, {"items": joined(list(check.elsewhere))}),)
