"""Freezing approved minutes so that no case item's text travels under the LIVC-R-wide key.

The approval (`minutes.approved`, on the meeting: LIVC-R-wide) carries the minutes' hash and a
snapshot in which each case item is only a seal (domain/minutes_sealing.py); each case item's
frozen text is written on its agenda item by `minutes.item_frozen` in the case's scope, in the
same transaction. Reading approved minutes puts back the items whose case this laptop holds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.irreversible import joined
from livcr_desktop.domain.minutes_erasure import erase_items, sealed_hash
from livcr_desktop.domain.minutes_sealing import (
    is_sealed,
    matches_seal,
    mismatched,
    seal_case_items,
    unseal,
)
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.meetings.minutes_seal_set import ITEM_SEALED_KIND
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import AgendaItemRow, CaseErasureRow, JournalOperation, MeetingRow

ITEM_FROZEN_KIND = "minutes.item_frozen"


def frozen_texts(session: Session, meeting_id: str) -> dict[str, str | None]:
    """The frozen text of each case item of a meeting that this laptop holds, by item id."""
    return {
        str(item_id): text
        for item_id, text in session.execute(
            select(AgendaItemRow.id, AgendaItemRow.frozen_minutes).where(
                AgendaItemRow.meeting_id == meeting_id, AgendaItemRow.case_id.is_not(None)
            )
        )
    }


def sealed_texts(
    session: Session, meeting_id: str, content: Mapping[str, Any]
) -> dict[str, str | None]:
    """The frozen text of each held case item that its seal in `content` stands for.

    An item's column holds the last text written to it: when the coordinator's laptop sealed
    the draft anew while the chair approved the earlier seal set on their own laptop (offline),
    the approved text is an earlier write. It is taken from the journal (hash-chained, signed)
    only when the column holds a text the journal wrote too: a change made in the database
    outside the app stays a mismatch for `livcr verify`."""
    texts = frozen_texts(session, meeting_id)
    wrong = set(mismatched(content, texts))
    if not wrong:
        return texts
    journal = JournalOperation.__table__
    written: dict[str, list[str]] = {}
    for entity_id, payload in session.execute(
        select(journal.c.entity_id, journal.c.payload).where(
            journal.c.entity_id.in_(list(wrong)),
            journal.c.kind.in_((ITEM_FROZEN_KIND, ITEM_SEALED_KIND)),
        )
    ):
        text = (json.loads(payload).get("fields") or {}).get("frozen_minutes")
        if isinstance(text, str):
            written.setdefault(str(entity_id), []).append(text)
    for item in content["items"]:
        item_id = item["item_id"]
        if item_id not in wrong or texts.get(item_id) not in written.get(item_id, []):
            continue
        texts[item_id] = next(
            (t for t in written[item_id] if matches_seal(item, t)), texts[item_id]
        )
    return texts


def held_snapshot(session: Session, meeting: MeetingRow) -> dict[str, Any]:
    """The approved snapshot with the case items this laptop holds put back in place, and
    those of an erased case it never held shown as erased (the register names the case's code,
    the item's heading), so the line says what happened rather than where the text is."""
    assert meeting.minutes_snapshot is not None
    snapshot = json.loads(meeting.minutes_snapshot)
    content = unseal(snapshot, sealed_texts(session, meeting.id, snapshot))
    headings = {i["heading"]: i["item_id"] for i in content["items"] if is_sealed(i)}
    if not headings:
        return content
    erased = {
        headings[code]: (rule, erased_on)
        for code, rule, erased_on in session.execute(
            select(CaseErasureRow.case_code, CaseErasureRow.rule, CaseErasureRow.erased_on).where(
                CaseErasureRow.case_code.in_(list(headings))
            )
        )
    }
    return erase_items(content, erased) or content


def case_items_intact(session: Session, meeting: MeetingRow) -> bool:
    """Whether every held case item's frozen text still matches its seal in the snapshot."""
    assert meeting.minutes_snapshot is not None
    content = json.loads(meeting.minutes_snapshot)
    return not mismatched(content, sealed_texts(session, meeting.id, content))


def freeze_sealed(
    journal: JournalWriter, session: Session, content: Mapping[str, Any], digest: str
) -> str:
    """Write each case item's frozen text in its case's scope; the snapshot for the meeting
    (case items sealed), which hashes to `digest` as the full content did."""
    sealed, held = seal_case_items(content)
    assert sealed_hash(sealed) == digest, "sealing must not change the minutes' hash"
    for item_id, item_content in held.items():
        item = session.get(AgendaItemRow, item_id)
        assert item is not None and item.case_id is not None
        journal.updated(
            item,
            ITEM_FROZEN_KIND,
            {"frozen_minutes": canonical_bytes(item_content).decode("utf-8")},
            scope_id=item.case_id,
        )
    return canonical_bytes(sealed).decode("utf-8")


SEALS_NOT_CHECKED = QT_TRANSLATE_NOOP(
    "Verify",
    "Approved minutes of the meeting of {day}: the items about {items} are about cases that are "
    "not on this laptop, so their seals are checked on the laptops that hold those cases.",
)


def note_seals_not_held(session: Session) -> list[Message]:
    """For `livcr verify`: per approved meeting, the sealed case items whose text this laptop
    does not hold, so that a clean report never suggests it checked them (not a break)."""
    notes = []
    for meeting in session.scalars(
        select(MeetingRow)
        .where(MeetingRow.minutes_snapshot.is_not(None))
        .order_by(MeetingRow.starts_at)
    ):
        unread = [i["heading"] for i in held_snapshot(session, meeting)["items"] if is_sealed(i)]
        if unread:
            notes.append(
                Message(
                    SEALS_NOT_CHECKED,
                    {"day": local_date(meeting.starts_at), "items": joined(unread)},
                )
            )
    return notes
