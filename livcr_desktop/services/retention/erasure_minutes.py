"""Taking erased cases out of approved minutes (part of erasure_rows.erase_cases).

Approved minutes are frozen: their snapshot and the `minutes.approved` operation that carried it
hold a case item's heading, summary, action points and decisions. The erasure puts a stub in
place of each item of an erased case (domain/minutes_erasure.py: the item's digest, the rule and
the day of the register entry), so the minutes' hash still checks, and erases the payload of the
approval operation (its signed digest stays). Every laptop does the same from the same register
entry, so their snapshots stay identical.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes, canonical_hash
from livcr_desktop.domain.minutes_erasure import erase_items, sealed_hash
from livcr_desktop.services.sync.withdrawal import _erased as erased_payload
from livcr_desktop.store.models import (
    AgendaItemRow,
    Base,
    CaseErasureRow,
    JournalOperation,
    MeetingRow,
)

APPROVED_KIND = "minutes.approved"


def erase_from_minutes(session: Session, cases: Sequence[str]) -> int:
    """Stub the items of these cases in every approved minutes; how many minutes changed."""
    why = {
        case_id: (rule, erased_on)
        for case_id, rule, erased_on in session.execute(
            select(CaseErasureRow.case_id, CaseErasureRow.rule, CaseErasureRow.erased_on).where(
                CaseErasureRow.case_id.in_(cases)
            )
        )
    }
    by_meeting: dict[str, dict[str, tuple[str, date]]] = {}
    for item_id, meeting_id, case_id in session.execute(
        select(AgendaItemRow.id, AgendaItemRow.meeting_id, AgendaItemRow.case_id)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .where(AgendaItemRow.case_id.in_(cases), MeetingRow.minutes_approved_at.is_not(None))
    ):
        # Every caller writes the register entry first; the fallback only keeps a damaged
        # register from leaving the content where it is.
        by_meeting.setdefault(meeting_id, {})[item_id] = why.get(case_id or "", ("", date.today()))
    changed = 0
    for meeting_id, erasures in by_meeting.items():
        meeting = session.get(MeetingRow, meeting_id)
        if meeting is not None and meeting.minutes_snapshot is not None:
            changed += _stub_snapshot(session, meeting, erasures)
        _erase_approval_payloads(session, meeting_id)
    return changed


def _stub_snapshot(
    session: Session, meeting: MeetingRow, erasures: dict[str, tuple[str, date]]
) -> int:
    assert meeting.minutes_snapshot is not None
    content = json.loads(meeting.minutes_snapshot)
    stubbed = erase_items(content, erasures)
    if stubbed is None:
        return 0
    values: dict[str, str] = {"minutes_snapshot": canonical_bytes(stubbed).decode("utf-8")}
    # Format-1 minutes were hashed over everything: sealed anew only when they were intact,
    # so a change made before the erasure still shows in `livcr verify`.
    if content.get("format") == 1 and canonical_hash(content) == meeting.minutes_hash:
        values["minutes_hash"] = sealed_hash(stubbed)
    session.execute(update(MeetingRow).where(MeetingRow.id == meeting.id).values(**values))
    return 1


def _erase_approval_payloads(session: Session, meeting_id: str) -> None:
    journal = Base.metadata.tables[JournalOperation.__tablename__]
    for seq, payload in session.execute(
        select(journal.c.seq, journal.c.payload).where(
            journal.c.entity == "meeting",
            journal.c.entity_id == meeting_id,
            journal.c.kind == APPROVED_KIND,
        )
    ):
        erased = erased_payload(payload)
        if erased != payload:
            session.execute(update(journal).where(journal.c.seq == seq).values(payload=erased))
