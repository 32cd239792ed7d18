"""The versions of the records one landing batch is about, read before the batch is applied.

`apply_rows` asks each record's version before it writes: a creation whether its record exists
already, an update or a deletion which version it meets. Remembered for the transaction
(`apply_pending.RecordWrites`), the updates of a record cost one read per batch, but each of a
round's creations is a record of its own (2,500 of the benchmark's 10,000 operations): one
statement each. The landing reads them all ahead here, a few `IN (...)` queries per table.

What is read ahead is the transaction's own memory of versions, so it stays right as the
batch goes on: a record created or updated here is known at its new version, and anything
that may have removed or changed rows behind it (a deletion and its cascade, any write
through SQLAlchemy, such as an erasure) makes it read each version again, one at a time. A
rolled-back savepoint (the landing's slow path) drops it with everything else the
transaction remembered (`apply_sql.forget_rolled_back`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.store.apply_sql import RawSql
from livcr_desktop.store.payload_check import MAX_ID
from livcr_desktop.store.replay import journaled_tables

_TABLES = journaled_tables()


def look_ahead(session: Session, ops: Iterable[Operation]) -> None:
    """Read the versions of the records these operations are about (those of a journaled
    table; an access's record is read too, which costs less than telling it apart)."""
    by_table: dict[str, list[str]] = {}
    for op in ops:
        if op.entity in _TABLES and _bindable(op.entity_id):
            by_table.setdefault(op.entity, []).append(op.entity_id)
    if not by_table:
        return
    raw = RawSql.of(session)
    for name, row_ids in by_table.items():
        raw.read_versions(_TABLES[name], row_ids)


def _bindable(entity_id: str) -> bool:
    """Whether the driver can bind this id. The batch is read ahead before any operation is
    checked: an id that cannot be bound (a lone surrogate, a forged envelope) must not make
    the look-ahead raise, which would fail the round outside any operation's savepoint; its
    version is then asked when the operation is applied, which quarantines it."""
    if len(entity_id) > MAX_ID:
        return False
    try:
        entity_id.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
