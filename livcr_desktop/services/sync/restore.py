"""Giving a case back to a laptop that had it withdrawn and is invited to it again.

The withdrawal (withdrawal.py) deleted the case's rows and erased the payloads of its journal
operations, but kept each operation's place, hash and signed digest, so the chains still check.
When the member is invited again the hub serves the case's envelopes once more; their op ids are
in the journal already, so the usual "already here" test would skip them and the case would stay
empty. An operation whose local payload is erased is therefore landed again: its envelope's
operation must hash to exactly the hash the journal kept (so it is the very operation that was
checked, signed and applied before, whoever made it, this laptop included), its rows are applied
again and its payload put back in place. The journal row keeps its place (`seq`), so the order
this laptop saw things in does not change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import ERASED_PAYLOAD, Operation, is_erased
from livcr_desktop.store.apply_outcome import ApplyOutcome, ApplyStatus, UpdateMemo
from livcr_desktop.store.apply_rows import apply_to_tables
from livcr_desktop.store.models import Base, JournalOperation

_JOURNAL: Table = Base.metadata.tables[JournalOperation.__tablename__]
_ERASED_PREFIX = '{"' + ERASED_PAYLOAD + '":'
"""How an erased payload's stored text starts (withdrawal._erased writes it compactly)."""

_IN_CHUNK = 500


def erased_among(session: Session, op_ids: Iterable[str]) -> set[str]:
    """Those of `op_ids` whose journal row is here with its payload erased."""
    ids = list(op_ids)
    erased: set[str] = set()
    for start in range(0, len(ids), _IN_CHUNK):
        rows = session.execute(
            select(JournalOperation.op_id, JournalOperation.payload).where(
                JournalOperation.op_id.in_(ids[start : start + _IN_CHUNK]),
                JournalOperation.payload.startswith(_ERASED_PREFIX, autoescape=True),
            )
        )
        erased.update(op_id for op_id, payload in rows if is_erased(json.loads(payload)))
    return erased


def erased_of_device(session: Session, device_id: str, first_seq: int, last_seq: int) -> set[str]:
    """The op ids of one device's operations from `first_seq` to `last_seq` whose payload is
    erased here: one query over the journal's (device, sequence) index, where `erased_among`
    names thousands of op ids (a laptop's own operations pulled back after its push)."""
    rows = session.execute(
        select(JournalOperation.op_id, JournalOperation.payload).where(
            JournalOperation.device_id == device_id,
            JournalOperation.device_seq.between(first_seq, last_seq),
            JournalOperation.payload.startswith(_ERASED_PREFIX, autoescape=True),
        )
    )
    return {op_id for op_id, payload in rows if is_erased(json.loads(payload))}


def restore(session: Session, op: Operation, memo: UpdateMemo | None) -> ApplyOutcome | None:
    """Apply again an operation whose journal payload was erased, and put its payload back once
    it settled (applied, already there, or a conflict). None when `op` is not the operation the
    journal kept (another hash): nothing is changed then, and the caller quarantines it.

    The erased row is taken out while its rows are applied, so the record's history that the
    merge reads (apply_rows) holds it once, as the operation it is; it goes back in the same
    place, restored when settled, erased as before when it must wait."""
    stored = session.execute(select(_JOURNAL).where(_JOURNAL.c.op_id == op.op_id)).mappings().one()
    if op.hash != stored["hash"] or op.compute_hash() != stored["hash"]:
        return None
    columns = dict(stored)
    session.execute(delete(_JOURNAL).where(_JOURNAL.c.seq == stored["seq"]))
    outcome = apply_to_tables(session, op, memo)
    if memo is not None and outcome.status is not ApplyStatus.APPLIED:
        memo.records.pop((op.entity, op.entity_id), None)  # as apply_rows.receive does
    if outcome.settled:
        columns["payload"] = op.payload_bytes().decode("utf-8")
    session.execute(insert(_JOURNAL).values(columns))
    return outcome
