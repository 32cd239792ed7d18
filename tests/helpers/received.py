"""Simulated laptops for the tests of applying received operations: a fresh, empty SQLCipher
database per laptop, delivery with retries, and what two laptops must agree on."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.journal import GENESIS_HASH, Operation
from livcr_desktop.store.apply_outcome import ApplyOutcome, ApplyStatus, FieldConflict, UpdateMemo
from livcr_desktop.store.apply_rows import receive
from livcr_desktop.store.engine import IMMEDIATE, DataKey, create_database_file, make_engine
from livcr_desktop.store.migrate import prepare_schema
from livcr_desktop.store.replay import (
    ChangeKind,
    Projection,
    change_kind,
    journaled_columns,
    journaled_tables,
    replay_order,
)


@dataclass
class Laptop:
    """One simulated laptop: its database and what applying told it."""

    engine: Engine
    sessions: sessionmaker[Session]
    outcomes: dict[str, ApplyOutcome] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[FieldConflict]:
        """Every conflict reported while applying, in the order found."""
        return [c for outcome in self.outcomes.values() for c in outcome.conflicts]

    def close(self) -> None:
        self.engine.dispose()


def fresh_laptop(folder: Path) -> Laptop:
    """An empty database at today's schema, opened as the app opens one for writing."""
    folder.mkdir(parents=True, exist_ok=True)
    key = DataKey(secrets.token_bytes(32))
    path = folder / "livcr.db"
    create_database_file(path, key)
    engine = make_engine(path, key, pool_size=1)
    prepare_schema(engine)
    return Laptop(engine, sessionmaker(bind=engine.execution_options(**{IMMEDIATE: True})))


@contextmanager
def writing(laptop: Laptop) -> Iterator[Session]:
    """One write transaction on a laptop."""
    with laptop.sessions() as session, session.begin():
        yield session


def deliver(
    laptop: Laptop,
    operations: Iterable[Operation],
    *,
    batch: int = 25,
    memo: UpdateMemo | None = None,
) -> list[Operation]:
    """Receive operations in the given order, offering the unsettled ones again after every
    operation that settled (as sync will); commits every `batch` operations. Returns what is
    still not settled at the end. With `memo`, updates that follow everything take sync's fast
    path (the memo lives across the batches, as in a sync round)."""
    waiting: list[Operation] = []
    pending = list(operations)
    for start in range(0, len(pending), batch):
        with writing(laptop) as session:
            for op in pending[start : start + batch]:
                waiting.append(op)
                progress = True
                while progress:
                    progress = False
                    for held in list(waiting):
                        outcome = receive(session, held, memo)
                        if outcome.settled:
                            laptop.outcomes[held.op_id] = outcome
                            waiting.remove(held)
                            progress = True
    return waiting


def table_rows(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every journaled table's records (id, version and journaled columns), sorted: what two
    laptops holding the same operations must hold alike (local values such as search keys
    may differ)."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for name, table in journaled_tables().items():
        names = ", ".join(['"id"', '"version"', *(f'"{c.key}"' for c in journaled_columns(table))])
        rows[name] = sorted(
            tuple(row) for row in session.execute(text(f'SELECT {names} FROM "{name}"'))
        )
    return rows


def search_contents(session: Session) -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Per case id: the names it is found by, and the note lines of its table and own documents
    (sorted: the order of notes inside a document is local)."""
    contents = {}
    for case_id, key in session.execute(text("SELECT id, search_key FROM case_file")):
        names = session.execute(
            text("SELECT names FROM case_search WHERE rowid = :k"), {"k": key}
        ).scalar()
        table_notes = session.execute(
            text("SELECT body FROM table_note_search WHERE rowid = :k"), {"k": key}
        ).scalar()
        own = session.execute(
            text(
                "SELECT d.organisation_id || ':' || s.body FROM own_note_search_doc d "
                "JOIN own_note_search s ON s.rowid = d.id WHERE d.case_key = :k"
            ),
            {"k": key},
        ).scalars()
        contents[case_id] = (
            " ".join((names or "").split()),
            tuple(sorted((table_notes or "").splitlines())),
            tuple(sorted(line for doc in own for line in doc.splitlines())),
        )
    return contents


def merged_replay(operations: Iterable[Operation]) -> Projection:
    """The model of what applying must give: the replay in its one order, where an update
    based on an older version than the record's is merged (its fields set, the version counted
    up) instead of refused, and an update of a deleted record is dropped."""
    projection = Projection()
    for op in replay_order(operations):
        kind = change_kind(op)
        if kind is None:
            continue
        rows = projection.rows.setdefault(op.entity, {})
        if kind is ChangeKind.CREATED:
            fields = dict(op.payload["fields"])
            fields.pop("id", None)
            rows[op.entity_id] = {**fields, "version": 1}
        elif op.entity_id in rows:
            if kind is ChangeKind.DELETED:
                del rows[op.entity_id]
            else:
                rows[op.entity_id].update(op.payload["fields"])
                rows[op.entity_id]["version"] += 1
    return projection


class Device:
    """A simulated laptop's journal writer: hash-chained operations with given stamps."""

    def __init__(self, device_id: str, after: Sequence[Operation] = ()) -> None:
        self.device_id = device_id
        own = [op for op in after if op.device_id == device_id]
        last = max(own, key=lambda op: op.device_seq) if own else None
        self.seq = last.device_seq if last else 0
        self.prev_hash = last.hash if last else GENESIS_HASH

    def op(
        self,
        stamp: int,
        entity: str,
        entity_id: str,
        payload: dict[str, Any],
        base_version: int | None = None,
        *,
        scope_id: str | None = None,
    ) -> Operation:
        """The device's next operation, stamped at `stamp` ms (the counter always 0)."""
        self.seq += 1
        made = Operation(
            op_id=f"{self.device_id}-{self.seq:04d}",
            device_id=self.device_id,
            device_seq=self.seq,
            actor_id=None,
            hlc=HlcStamp(stamp, 0).encode(),
            entity=entity,
            entity_id=entity_id,
            kind="test.change",
            payload=payload,
            base_version=base_version,
            prev_hash=self.prev_hash,
            scope_id=scope_id,
        )
        made = replace(made, hash=made.compute_hash())
        self.prev_hash = made.hash
        return made


def statuses(laptop: Laptop) -> set[ApplyStatus]:
    """The distinct outcomes a laptop saw."""
    return {outcome.status for outcome in laptop.outcomes.values()}
