"""A restored backup never brings an erased case back.

The erasure register travels with the current data folder, not with old backups. Before a restore
swaps the folder's database, the register's operations (`retention.case_erased`, signed, ids and
case codes only) are read from the database being replaced, with what their devices wrote between
the backup's end and them, the signatures over all of it and the signing keys created meanwhile
(which those signatures need). Once the restored copy is in place and its schema current, and
before the restore is finished (services/backup/restore.py: any failure puts the old files back, so
it applies whole or not at all), they are landed in the restored copy: the register's operations
like operations received from another laptop (so the register entries exist), the others as
operations whose payload is erased (each keeps its place, hash and signed digest, so the device's
chain has no gap and every signature still checks; their records are not in the restored tables, as
the backup says). Then every case the register names is erased there by the same function as
everywhere else (erasure_rows.erase_cases). A restored laptop that syncs later receives the same
operations again: the register's are here already, the others are landed again from the hub
(sync/restore.py) unless they belong to an erased case.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, insert, inspect, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.services.retention.erasure import ERASED_KIND
from livcr_desktop.services.retention.erasure_rows import Erased, erase_cases
from livcr_desktop.services.sync.withdrawal import _erased as erased_payload
from livcr_desktop.store.apply_rows import receive
from livcr_desktop.store.engine import DataKey, make_engine
from livcr_desktop.store.errors import DatabaseUnreadable
from livcr_desktop.store.journal_writer import stored_columns, to_operation
from livcr_desktop.store.models import (
    Base,
    CaseErasureRow,
    CaseRow,
    JournalOperation,
    JournalSignature,
)

log = logging.getLogger(__name__)

_LANDED_WHOLE = frozenset({"signing_key"})
"""Carried with their payloads and rows: the public keys the carried signatures are checked
with (a chair's first signature since the backup created the chair's key)."""

_SIGNATURE_COLUMNS = ("device_id", "first_seq", "last_seq", "key_id", "signature", "checkpoint")


@dataclass(frozen=True)
class CarriedErasures:
    """What the restored copy needs of the folder being replaced: the register's operations,
    the operations their devices wrote before them since the backup, and the signatures."""

    operations: tuple[Operation, ...] = ()
    signatures: tuple[dict[str, Any], ...] = ()

    @property
    def erasures(self) -> int:
        """How many register entries travel."""
        return sum(op.kind == ERASED_KIND for op in self.operations)


def _heads(db_path: Path, key: bytes) -> dict[str, int]:
    """Each device's last sequence number in a database's journal."""
    with _ReadSession(db_path, key) as session:
        return {
            device: int(seq)
            for device, seq in session.execute(
                select(JournalOperation.device_id, JournalOperation.device_seq).order_by(
                    JournalOperation.device_seq
                )
            )
        }


class _ReadSession:
    """A short read session over an encrypted database file (its key wiped afterwards)."""

    def __init__(self, db_path: Path, key: bytes) -> None:
        self._key = DataKey(key)
        self._engine = make_engine(db_path, self._key, pool_size=1)
        self._session = Session(self._engine)

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *_exc: object) -> None:
        self._session.close()
        self._engine.dispose()
        self._key.wipe()


def read_register(live_db: Path, restored_db: Path, key: bytes) -> CarriedErasures:
    """What must travel from `live_db` (the database being replaced) to `restored_db` (the
    backup's copy, checked and not yet in place); nothing when there is no register."""
    if not live_db.exists():
        return CarriedErasures()
    try:
        return _read(live_db, restored_db, key)
    except (DatabaseUnreadable, DBAPIError):
        # A damaged database is what restores are for: its register cannot be read, and the
        # erasures come back with the next sync instead (docs/user-guide.md).
        log.warning("the register of erasures could not be read from the replaced database")
        return CarriedErasures()


def _read(live_db: Path, restored_db: Path, key: bytes) -> CarriedErasures:
    heads = _heads(restored_db, key)
    with _ReadSession(live_db, key) as session:
        if not inspect(session.connection()).has_table(CaseErasureRow.__tablename__):
            return CarriedErasures()
        last: dict[str, int] = {}
        for device, seq in session.execute(
            select(JournalOperation.device_id, JournalOperation.device_seq).where(
                JournalOperation.kind == ERASED_KIND
            )
        ):
            last[device] = max(last.get(device, 0), int(seq))
        if not last:
            return CarriedErasures()
        ranges = [
            and_(
                JournalOperation.device_id == device,
                JournalOperation.device_seq > heads.get(device, 0),
                JournalOperation.device_seq <= up_to,
            )
            for device, up_to in last.items()
        ]
        operations = tuple(
            to_operation(row)
            for row in session.scalars(
                select(JournalOperation)
                .where(or_(*ranges))
                .order_by(JournalOperation.device_id, JournalOperation.device_seq)
            )
        )
        signatures = tuple(
            {column: getattr(sig, column) for column in _SIGNATURE_COLUMNS}
            for sig in session.scalars(
                select(JournalSignature).where(
                    or_(
                        *(
                            and_(
                                JournalSignature.device_id == device,
                                JournalSignature.last_seq > heads.get(device, 0),
                                JournalSignature.first_seq <= up_to,
                            )
                            for device, up_to in last.items()
                        )
                    )
                )
            )
        )
    return CarriedErasures(operations, signatures)


def reapply(session: Session, carried: CarriedErasures) -> Erased:
    """Land what travels in the restored copy and erase every case the register names that the
    copy holds; in the caller's transaction."""
    journal: Table = Base.metadata.tables[JournalOperation.__tablename__]
    for op in carried.operations:
        if op.kind == ERASED_KIND or op.entity in _LANDED_WHOLE:
            receive(session, op)
            continue
        present = session.scalar(
            select(JournalOperation.seq).where(JournalOperation.op_id == op.op_id)
        )
        if present is None:
            columns = stored_columns(op)
            columns["payload"] = erased_payload(columns["payload"])
            session.execute(insert(journal).values(columns))
    for signature in carried.signatures:
        present = session.scalar(
            select(JournalSignature.id).where(
                JournalSignature.device_id == signature["device_id"],
                JournalSignature.first_seq == signature["first_seq"],
            )
        )
        if present is None:
            session.add(JournalSignature(**signature))
    session.flush()
    cases = [
        case_id
        for case_id in session.scalars(
            select(CaseErasureRow.case_id).order_by(CaseErasureRow.case_id)
        )
        if session.get(CaseRow, case_id) is not None
    ]
    return erase_cases(session, cases)
