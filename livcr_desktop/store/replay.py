"""The replay: the journal's operations become rows, here and in one way only.

`apply_operation` is a pure function from a projection and one operation to the next projection,
applied exactly as the journal writer recorded the change (store/journal_writer.py): a 'created'
operation carries every field of the new row, an 'updated' one the changed fields and the version
it was based on, a 'deleted' one only that the row is gone; every other operation records an
access and changes nothing. `replay` feeds it a whole journal in its one order: each device's
operations by sequence, the devices interleaved by their hybrid logical clock stamps.

Today `livcr verify` replays the journal into a fresh projection and compares it with the tables
(`compare_with_tables`), so a row or a field changed behind the app's back is named. The sync
issue will apply operations from other laptops through the same function: it is meant to become
the way operations turn into rows, not a second reading of them that can drift from the first.

Not everything in the database is a journaled record; what is left out is declared here, not
left out by accident: `NOT_JOURNALED_TABLES`, and every column marked `LOCAL_ONLY`.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Table, text
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.store.column_values import (
    ENUM_COLUMNS,
    MalformedValue,
    ValueKind,
    comparable,
    value_kind,
)
from livcr_desktop.store.models import SEARCH_TABLES, Base
from livcr_desktop.store.models.base import LOCAL_ONLY

NOT_JOURNALED_TABLES: Mapping[str, str] = {
    "journal_operation": "the journal itself",
    "alembic_version": "the schema's version, written by migrations",
    "journal_signature": "the signatures over the journal, checked by their own verification",
    "device_key": "this device's key, made at first use and deliberately not journaled",
    "livcr_handover_key": "this LIVC-R's own hand-over key, kept on the coordinator's laptop "
    "that made it and deliberately not journaled",
    "handover_note": "the transfer note a received hand-over carried, a document kept beside "
    "its journaled record (whose operation names its SHA-256)",
    "case_status_change": "the cases' status history, derived from their journaled moves "
    "(store/status_history.py)",
    "released_figure": "the figures already shown on this laptop (counts of tables, no "
    "person), a register that keeps later periods' suppression consistent",
    "sync_": "this device's position in the sync (hub link, scope keys, held operations, "
    "conflicts to show), not a record of the LIVC-R",
    **dict.fromkeys(SEARCH_TABLES, "the case search index, rebuilt from the cases and notes"),
}
"""Tables that hold no journaled record, and why (FTS5's shadow tables start with these names)."""

LATER_COLUMNS: Mapping[tuple[str, str], Any] = {
    ("account", "must_change_passphrase"): False,
    ("livcr_profile", "case_code_scheme"): "TER-{year}-{number:03d}",
    ("livcr_profile", "small_count_threshold"): 5,
    ("livcr_profile", "meeting_interval_months"): 3,
    ("case_note", "agenda_item_id"): None,
    ("minutes_amendment", "item_id"): None,
    ("decision", "put_to"): None,
    ("decision", "left_before"): None,
    ("meeting_participant", "left_at"): None,
    ("subject_request", "case_code"): "",
    ("meeting", "minutes_seal_set"): None,
    ("agenda_item", "frozen_minutes"): None,
}
"""Columns a migration added after rows were already journaled, with the value the migration
gave those rows: a 'created' operation older than the column does not name it.
tests/unit/store/test_later_columns.py reads every migration's `add_column` and fails when one on
a journaled table is missing here (the hand-over key's 0029 columns are not journaled)."""

Fields = dict[str, Any]


class ChangeKind(StrEnum):
    """What an operation does to a row."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


class Discrepancy(StrEnum):
    """How the tables and the replayed journal disagree."""

    FIELD_CHANGED = "field_changed"
    ROW_ADDED = "row_added"
    """A row no operation created (or one created, deleted, and put back)."""
    ROW_DELETED = "row_deleted"
    MALFORMED = "malformed"
    """A stored value that is not of its column's kind."""
    UNREPLAYABLE = "unreplayable"
    """An operation that does not follow from the ones before it (an update of a row that
    never existed, a second creation, a field no table has)."""


@dataclass(frozen=True)
class Difference:
    """One disagreement, naming the record (and field) but never holding its content."""

    discrepancy: Discrepancy
    entity: str
    entity_id: str
    field: str | None = None
    value_kind: ValueKind | None = None
    op_id: str | None = None


@dataclass
class Projection:
    """The journaled tables as the journal says they are: entity -> id -> field -> value (in
    the journal's JSON form), with each row's version."""

    rows: dict[str, dict[str, Fields]] = field(default_factory=dict)
    problems: list[Difference] = field(default_factory=list)
    """Operations that could not be applied as recorded."""
    operations: int = 0
    created: dict[tuple[str, str], Fields] = field(default_factory=dict)
    """Each record's first creation as written (to know a second, identical one: two laptops
    that wrote the same fixed record, such as the default life domains)."""

    def row(self, entity: str, entity_id: str) -> Fields | None:
        """A row's fields, or None when the journal has no such row."""
        return self.rows.get(entity, {}).get(entity_id)


def journaled_tables() -> dict[str, Table]:
    """Every table whose rows the journal records, by name."""
    return {
        name: table
        for name, table in Base.metadata.tables.items()
        if not any(name.startswith(prefix) for prefix in NOT_JOURNALED_TABLES)
    }


def journaled_columns(table: Table) -> list[Column[Any]]:
    """The columns of a record (all but the id and the values local to this database)."""
    return [c for c in table.columns if c.key != "id" and not c.info.get(LOCAL_ONLY)]


def change_kind(op: Operation) -> ChangeKind | None:
    """What `op` does to a row; None for an access, which changes nothing."""
    payload = op.payload
    if isinstance(payload.get("fields"), dict):
        return ChangeKind.CREATED if op.base_version is None else ChangeKind.UPDATED
    if payload.get("deleted") is True and op.base_version is not None and len(payload) == 1:
        return ChangeKind.DELETED
    return None


def apply_operation(projection: Projection, op: Operation) -> Projection:
    """Apply one operation to the projection (in place, and returned for chaining)."""
    projection.operations += 1
    kind = change_kind(op)
    if kind is None:
        return projection
    rows = projection.rows.setdefault(op.entity, {})
    existing = rows.get(op.entity_id)

    def unreplayable(field_name: str | None = None) -> Projection:
        projection.problems.append(
            Difference(
                Discrepancy.UNREPLAYABLE, op.entity, op.entity_id, field_name, op_id=op.op_id
            )
        )
        return projection

    if kind is ChangeKind.CREATED:
        if existing is not None:
            first = projection.created.get((op.entity, op.entity_id))
            if first is not None and first == op.payload["fields"]:
                return projection  # the same record written twice: it is already here
            return unreplayable()
        projection.created[(op.entity, op.entity_id)] = op.payload["fields"]
        fields: Fields = {
            column: value
            for (entity, column), value in LATER_COLUMNS.items()
            if entity == op.entity
        }
        fields.update(op.payload["fields"])
        if fields.pop("id", op.entity_id) != op.entity_id:
            return unreplayable("id")
        fields["version"] = 1
        rows[op.entity_id] = fields
        return projection
    if existing is None or existing["version"] != op.base_version:
        return unreplayable()
    if kind is ChangeKind.DELETED:
        del rows[op.entity_id]
        return projection
    existing.update(op.payload["fields"])
    existing["version"] = (op.base_version or 0) + 1
    return projection


def replay_order(operations: Iterable[Operation]) -> Iterator[Operation]:
    """The operations in the one order they are applied: each device's by sequence, the
    devices merged by hybrid logical clock stamp (ties broken by device id)."""
    per_device: dict[str, list[Operation]] = {}
    for op in operations:
        per_device.setdefault(op.device_id, []).append(op)
    streams = [
        sorted(ops, key=lambda op: op.device_seq) for _device, ops in sorted(per_device.items())
    ]
    return heapq.merge(*streams, key=lambda op: (op.hlc, op.device_id, op.device_seq))


def replay(operations: Iterable[Operation]) -> Projection:
    """A fresh projection of every journaled record from the operations alone."""
    projection = Projection()
    for op in replay_order(operations):
        apply_operation(projection, op)
    return projection


def compare_with_tables(session: Session, projection: Projection) -> list[Difference]:
    """Every row and field where the tables differ from the replayed journal.

    The tables are read raw (plain SQL, no ORM types), so a value no model could load is
    reported as malformed instead of stopping the check."""
    differences = list(projection.problems)
    tables = journaled_tables()
    for name, table in tables.items():
        columns = journaled_columns(table)
        kinds = {c.key: value_kind(name, c) for c in columns}
        choices = {c.key: ENUM_COLUMNS.get((name, c.key)) for c in columns}
        expected_rows = projection.rows.get(name, {})
        seen: set[str] = set()
        names = ", ".join(f'"{c.key}"' for c in columns)
        for stored in session.execute(text(f'SELECT "id", {names} FROM "{name}"')):
            entity_id = str(stored[0])
            seen.add(entity_id)
            expected = expected_rows.get(entity_id)
            if expected is None:
                differences.append(Difference(Discrepancy.ROW_ADDED, name, entity_id))
                continue
            differences.extend(
                Difference(Discrepancy.UNREPLAYABLE, name, entity_id, key)
                for key in expected
                if key not in kinds
            )
            for column, value in zip(columns, stored[1:], strict=True):
                kind = kinds[column.key]
                try:
                    stored_value = comparable(kind, value, choices[column.key])
                except MalformedValue:
                    differences.append(
                        Difference(Discrepancy.MALFORMED, name, entity_id, column.key, kind)
                    )
                    continue
                if column.key not in expected:
                    differences.append(
                        Difference(Discrepancy.FIELD_CHANGED, name, entity_id, column.key)
                    )
                    continue
                try:
                    journal_value = comparable(kind, expected[column.key])
                except MalformedValue:
                    journal_value = expected[column.key]
                if stored_value != journal_value:
                    differences.append(
                        Difference(Discrepancy.FIELD_CHANGED, name, entity_id, column.key)
                    )
        differences.extend(
            Difference(Discrepancy.ROW_DELETED, name, entity_id)
            for entity_id in expected_rows
            if entity_id not in seen
        )
    differences.extend(
        Difference(Discrepancy.UNREPLAYABLE, entity, entity_id)
        for entity, rows in projection.rows.items()
        if entity not in tables and rows
        for entity_id in rows
    )
    return differences
