"""What the journal holds at the op ids and device positions of one landing batch, read before
the batch is applied, so that `apply_rows.receive` need not ask the journal once per operation.

`receive` must know, for each received operation, whether the journal holds it already (skip)
and whether another operation holds its device's sequence number (a fork: not recorded). One
query per operation was a quarter of the statements a round runs. The landing reads the answer
for a whole batch in a few `IN (...)` queries (`look_ahead`); `receive` takes it from here and
tells this lookup what it records. When journal rows are added or removed through the session
in the same transaction (an erased stub, say), the lookup forgets itself and `receive` asks
the journal again, as it does without a lookup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from livcr_desktop.store.apply_sql import RawSql, cached, transaction_cache, uncache
from livcr_desktop.store.models.journal import JournalOperation

_NAME = "journal_lookup.batch"
_WATCHED = "journal_lookup.watched"


@dataclass
class JournalLookup:
    """The journal's answer for the op ids read ahead, kept current by `noted`."""

    asked: set[str] = field(default_factory=set)
    """Op ids whose answer is known (read ahead); any other is asked of the journal."""
    present: set[str] = field(default_factory=set)
    """Of those and what was recorded since, the op ids the journal holds."""
    taken: set[tuple[str, int]] = field(default_factory=set)
    """(device, sequence) positions of the asked op ids that some journal row holds."""

    def answer(self, op_id: str, device_id: str, device_seq: int) -> tuple[bool, bool] | None:
        """(held, position taken) for an op id read ahead; None for one that was not."""
        if op_id not in self.asked:
            return None
        return op_id in self.present, (device_id, device_seq) in self.taken

    def noted(self, op_id: str, device_id: str, device_seq: int) -> None:
        """`receive` recorded this operation in the journal."""
        self.present.add(op_id)
        self.taken.add((device_id, device_seq))


def look_ahead(session: Session, wanted: Iterable[tuple[str, str, int]], present: set[str]) -> None:
    """Read which positions of these (op id, device, sequence) the journal holds; `present` are
    the op ids among them that the caller found in the journal (it reads them for itself)."""
    lookup = JournalLookup()
    by_device: dict[str, list[int]] = {}
    for op_id, device_id, device_seq in wanted:
        lookup.asked.add(op_id)
        by_device.setdefault(device_id, []).append(device_seq)
    lookup.present.update(present & lookup.asked)
    raw = RawSql.of(session)  # flushes what the session holds first
    for device_id, seqs in by_device.items():
        rows = raw.all_in(
            "SELECT device_seq FROM journal_operation WHERE device_id = ? AND device_seq IN"
            " ({marks})",
            seqs,
            before=(device_id,),
            sees_held=False,  # the journal: no held-back update is about it
        )
        lookup.taken.update((device_id, row[0]) for row in rows)
    if not session.info.get(_WATCHED):
        session.info[_WATCHED] = True
        event.listen(session, "before_flush", _before_flush)
    uncache(session, _NAME)
    transaction_cache(session, _NAME, lambda: lookup)


def current(session: Session) -> JournalLookup | None:
    """The lookup read ahead in this transaction, if it still holds."""
    found: JournalLookup | None = cached(session, _NAME)
    return found


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Journal rows about to be added or removed outside `receive`: forget the lookup."""
    if cached(session, _NAME) is None:
        return
    if any(isinstance(obj, JournalOperation) for obj in (*session.new, *session.deleted)):
        uncache(session, _NAME)
