"""The one write path: every change appends a hash-chained operation in the same transaction,
and the transaction's operations are signed by their author when it commits.

Services call `created`, `updated` or `access` right after changing a row; the operation and the
change commit or roll back together, so the journal and the tables can never disagree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.hlc import HybridLogicalClock
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import GENESIS_HASH, Operation
from livcr_desktop.domain.journal_signing import SignatureRecord, range_digest
from livcr_desktop.store.models.base import LOCAL_ONLY, Base, to_json_value
from livcr_desktop.store.models.journal import JournalOperation, JournalSignature
from livcr_desktop.store.signing import Signer
from livcr_desktop.store.stored_payload import StoredPayload


def row_fields(row: Base, *, exclude: tuple[str, ...] = ("version",)) -> dict[str, Any]:
    """Every column of a row in journal form (the payload of a 'created' operation), but for
    the values that belong to this database alone (`LOCAL_ONLY`)."""
    return {
        column.key: to_json_value(getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in exclude and not column.info.get(LOCAL_ONLY)
    }


def _apply_scalar_defaults(row: Any) -> None:
    """Fill in the column defaults a flush would set, so the journal records the row exactly as
    it will be stored without flushing once per operation."""
    for column in row.__table__.columns:
        default = column.default
        if getattr(row, column.key) is None and default is not None and default.is_scalar:
            setattr(row, column.key, default.arg)


def stored_columns(op: Operation) -> dict[str, Any]:
    """The columns of `op`'s journal row (the inverse of `to_operation`): written here and by
    the sync for operations received from other laptops."""
    return {
        "op_id": op.op_id,
        "device_id": op.device_id,
        "device_seq": op.device_seq,
        "actor_id": op.actor_id,
        "hlc": op.hlc,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "kind": op.kind,
        "payload": op.payload_bytes().decode("utf-8"),
        "base_version": op.base_version,
        "prev_hash": op.prev_hash,
        "hash": op.hash,
        "scope_id": op.scope_id,
    }


def to_operation(stored: Any) -> Operation:
    """The domain view of a stored journal row (an ORM object or a plain result row)."""
    return Operation(
        op_id=stored.op_id,
        device_id=stored.device_id,
        device_seq=stored.device_seq,
        actor_id=stored.actor_id,
        hlc=stored.hlc,
        entity=stored.entity,
        entity_id=stored.entity_id,
        kind=stored.kind,
        payload=json.loads(stored.payload),
        base_version=stored.base_version,
        prev_hash=stored.prev_hash,
        hash=stored.hash,
        scope_id=stored.scope_id,
    )


STORED_ORDER = (
    "op_id",
    "device_id",
    "device_seq",
    "actor_id",
    "hlc",
    "entity",
    "entity_id",
    "kind",
    "payload",
    "base_version",
    "prev_hash",
    "hash",
    "scope_id",
)
"""The journal's columns in the order of `Operation`'s fields (for `operation_of_values`)."""


def operation_of_values(values: Sequence[Any]) -> Operation:
    """The operation of a journal row read as plain values in `STORED_ORDER`, its payload's
    canonical bytes kept from the stored text (which is them: `stored_columns`), the payload
    itself parsed only if something reads it (`StoredPayload`). Reading a row's columns by
    name cost a third of turning it into an operation; a push turns tens of thousands of rows
    into operations; `Operation.assembled` skips the frozen dataclass's thirteen
    `object.__setattr__` calls (a third of what is left)."""
    text = values[8]
    attributes = dict(zip(STORED_ORDER, values, strict=True))
    attributes["payload"] = StoredPayload(text)
    op = Operation.assembled(**attributes)
    op.keep_stored_payload(text)
    return op


if tuple(field.name for field in fields(Operation)) != STORED_ORDER:
    raise ImportError("STORED_ORDER must name Operation's fields in their order")


class JournalWriter:
    """Appends operations for one actor on one device, inside the caller's transaction."""

    def __init__(
        self, session: Session, *, device_id: str, hlc: HybridLogicalClock, actor_id: str | None
    ) -> None:
        self._session = session
        self._device_id = device_id
        self._hlc = hlc
        self.actor_id = actor_id
        self._head: tuple[int, str] | None = None
        """This device's last (device_seq, hash), read once per transaction: the write lock
        (BEGIN IMMEDIATE) keeps any other writer out until the transaction ends."""
        self._appended: list[Operation] = []
        self._reads: set[str] = set()

    @property
    def session(self) -> Session:
        """The transaction this writer appends in."""
        return self._session

    def appended(self) -> tuple[Operation, ...]:
        """The operations appended in this transaction, in order (to announce after commit)."""
        return tuple(self._appended)

    def reads(self) -> frozenset[str]:
        """The op ids among them that only record an access, not a change to a record."""
        return frozenset(self._reads)

    def append(
        self,
        *,
        entity: str,
        entity_id: str,
        kind: str,
        payload: Mapping[str, Any],
        base_version: int | None = None,
        scope_id: str | None = None,
    ) -> Operation:
        """Append one operation after the device's last one and return it."""
        if self._head is None:
            last = self._session.execute(
                select(JournalOperation.device_seq, JournalOperation.hash)
                .where(JournalOperation.device_id == self._device_id)
                .order_by(JournalOperation.device_seq.desc())
                .limit(1)
            ).first()
            self._head = (last.device_seq, last.hash) if last else (0, GENESIS_HASH)
            # Never number below what a signature already covers: when operations at the end
            # were deleted outside the app, the new ones start after the signed range (the gap
            # stays visible to verify) instead of colliding with the old signature's numbers.
            # The device's latest signature by its start, read through the (device, first_seq)
            # index: one lookup per transaction, not a scan of every signature of the device.
            signed_up_to = self._session.scalar(
                select(JournalSignature.last_seq)
                .where(JournalSignature.device_id == self._device_id)
                .order_by(JournalSignature.first_seq.desc())
                .limit(1)
            )
            if signed_up_to is not None and signed_up_to > self._head[0]:
                self._head = (signed_up_to, self._head[1])
        previous_seq, previous_hash = self._head
        op = Operation(
            op_id=new_id(),
            device_id=self._device_id,
            device_seq=previous_seq + 1,
            actor_id=self.actor_id,
            hlc=self._hlc.tick().encode(),
            entity=entity,
            entity_id=entity_id,
            kind=kind,
            payload=dict(payload),
            base_version=base_version,
            prev_hash=previous_hash,
            scope_id=scope_id,
        )
        op = replace(op, hash=op.compute_hash())
        self._head = (op.device_seq, op.hash)
        self._appended.append(op)
        self._session.add(JournalOperation(**stored_columns(op)))
        return op

    def seal(self, signer: Signer) -> None:
        """Sign this transaction's operations (the last thing before the commit): without the
        signer's private key nobody can change or remove them unnoticed."""
        if not self._appended:
            return
        device_id, first_seq, last_seq, digest = range_digest(self._appended)
        self._session.add(
            JournalSignature(
                device_id=device_id,
                first_seq=first_seq,
                last_seq=last_seq,
                key_id=signer.key_id,
                signature=signer.sign(digest),
                checkpoint=False,
            )
        )

    # Rows are typed Any below: every journaled table mixes `Versioned` (id, version) into `Base`
    # (__tablename__, __table__), and Python's type system has no way to say "both".
    def created(
        self, row: Any, kind: str, *, scope_id: str | None = None, **extra: Any
    ) -> Operation:
        """Add a new row and journal all its fields."""
        _apply_scalar_defaults(row)
        self._session.add(row)
        payload: dict[str, Any] = {"fields": row_fields(row)}
        payload.update({k: to_json_value(v) for k, v in extra.items()})
        return self.append(
            entity=row.__tablename__,
            entity_id=str(row.id),
            kind=kind,
            payload=payload,
            scope_id=scope_id,
        )

    def updated(
        self,
        row: Any,
        kind: str,
        changes: Mapping[str, Any],
        *,
        scope_id: str | None = None,
        **extra: Any,
    ) -> Operation:
        """Apply `changes` to a row, bump its version and journal what changed."""
        base_version = int(row.version)
        for key, value in changes.items():
            setattr(row, key, value)
        row.version = base_version + 1
        payload: dict[str, Any] = {"fields": {k: to_json_value(v) for k, v in changes.items()}}
        payload.update({k: to_json_value(v) for k, v in extra.items()})
        return self.append(
            entity=row.__tablename__,
            entity_id=str(row.id),
            kind=kind,
            payload=payload,
            base_version=base_version,
            scope_id=scope_id,
        )

    def deleted(self, row: Any, kind: str, *, scope_id: str | None = None) -> Operation:
        """Delete a row and journal it (only for records that were never final: an agenda item
        taken off before the meeting, an invitation withdrawn). History-bearing records are
        ended or corrected instead, never deleted."""
        base_version = int(row.version)
        self._session.delete(row)
        return self.append(
            entity=row.__tablename__,
            entity_id=str(row.id),
            kind=kind,
            payload={"deleted": True},
            base_version=base_version,
            scope_id=scope_id,
        )

    def access(
        self, entity: str, entity_id: str, kind: str, *, scope_id: str | None = None, **details: Any
    ) -> Operation:
        """Journal a read of a sensitive record or an export (who looked at what, when)."""
        op = self.append(
            entity=entity,
            entity_id=entity_id,
            kind=kind,
            payload={k: to_json_value(v) for k, v in details.items()},
            scope_id=scope_id,
        )
        self._reads.add(op.op_id)
        return op


def iter_operations(session: Session, batch: int = 2000) -> Iterator[Operation]:
    """Every operation in (device, device_seq) order, read straight from the table in batches.

    Plain rows, not ORM objects: a check must see what is stored now, never a cached copy.
    """
    table = JournalOperation.__table__
    stmt = select(table).order_by(table.c.device_id, table.c.device_seq)
    for row in session.execute(stmt.execution_options(yield_per=batch)):
        yield to_operation(row)


def iter_signatures(session: Session) -> Iterator[SignatureRecord]:
    """Every stored signature of the journal, as the checker reads them."""
    table = JournalSignature.__table__
    for row in session.execute(select(table)):
        yield SignatureRecord(
            device_id=row.device_id,
            first_seq=row.first_seq,
            last_seq=row.last_seq,
            key_id=row.key_id,
            signature=row.signature,
            checkpoint=bool(row.checkpoint),
        )
