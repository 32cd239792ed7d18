"""An operation from another laptop becomes rows on this one, exactly as the replay would make
them, whatever order the operations arrive in.

Used inside the caller's write transaction (a session from `Database.write_session`), one
operation at a time: `receive` applies it and records it in this laptop's journal; the caller
keeps what is not settled yet (WAITING, VERSION_AHEAD) and offers it again later.

The rule that makes every laptop converge, whatever the arrival order:

- **A record is the replay of its operations in (hlc, device) order.** A field holds the value
  of the last operation in that order that set it (the 'created' first): an update that arrives
  late but is stamped later still wins; one stamped earlier than a change already here is merged
  under it. When operations follow each other (each based on the one before), that order is the
  order they were made in, so this is exactly the pure replay (store/replay.py).
- **A record's version is 1 + the number of updates applied to it.** A count of a set is the
  same in every order; "base + 1" or "max(version, base) + 1" are not (two updates based on
  version 2 would leave one laptop at 3 and another at 4 depending on which came first). On one
  laptop the two agree: an update based on the current version makes it base + 1.
- So an update based on a version **above** this record's has seen updates that are not here
  yet: it WAITs. One based on a version **below** it was made alongside updates already here: it
  is merged field by field, and where one of those updates, made without seeing it
  (domain/concurrent_edits.py), set the same field to another value, that is a CONFLICT to show a
  person (the record holds the winner meanwhile; both values and op ids are returned).
- A deletion removes the record; an update made alongside a deletion is a conflict with it (the
  deletion wins: the record stays gone on every laptop).

The caller must also let this laptop's hybrid logical clock observe every received stamp before
it writes again (`HybridLogicalClock.observe`): a local edit stamped below one it overwrote would
lose the merge on every other laptop.

Rows are written with plain SQL (store/apply_sql.py, prepared once, run on the driver: a first
sync applies a hundred thousand of these): ORM objects of the same rows already loaded in the
session are not refreshed (expire them, or apply in a session of its own).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.concurrent_edits import Change, concurrent, seen_sets
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.store import apply_index, journal_lookup, status_history
from livcr_desktop.store.apply_outcome import (
    ApplyOutcome,
    ApplyStatus,
    FieldConflict,
    RecordStatus,
    Refused,
    UpdateMemo,
)
from livcr_desktop.store.apply_references import (
    forget_references,
    referenced,
    require_references,
)
from livcr_desktop.store.apply_sql import Clash, RawSql
from livcr_desktop.store.column_values import (
    ENUM_COLUMNS,
    MalformedValue,
    ValueKind,
    comparable,
    value_kind,
)
from livcr_desktop.store.journal_writer import stored_columns, to_operation
from livcr_desktop.store.models import Base
from livcr_desktop.store.models.journal import JournalOperation
from livcr_desktop.store.replay import (
    LATER_COLUMNS,
    ChangeKind,
    change_kind,
    journaled_columns,
    journaled_tables,
)
from livcr_desktop.store.search_index import next_search_key

_JOURNAL: Table = Base.metadata.tables[JournalOperation.__tablename__]
_NAME_FIELDS = frozenset({"first_names", "last_name", "group_name"})
_TABLES: dict[str, Table] = journaled_tables()
"""The journaled tables (the metadata does not change while the app runs)."""
_COLUMNS: dict[str, dict[str, Column[Any]]] = {
    name: {column.key: column for column in journaled_columns(table)}
    for name, table in _TABLES.items()
}
_KINDS: dict[str, dict[str, tuple[ValueKind, type[StrEnum] | None]]] = {
    name: {
        key: (value_kind(name, column), ENUM_COLUMNS.get((name, key)))
        for key, column in columns.items()
    }
    for name, columns in _COLUMNS.items()
}
"""Each journaled column's kind of value (and its choices), worked out once."""
_LATER: dict[str, dict[str, Any]] = {
    name: {column: value for (entity, column), value in LATER_COLUMNS.items() if entity == name}
    for name in _TABLES
}
_RECORDED_OR_TAKEN = (
    "SELECT op_id FROM journal_operation WHERE op_id = ? UNION ALL "
    "SELECT op_id FROM journal_operation WHERE device_id = ? AND device_seq = ?"
)


_APPLIED = ApplyOutcome(ApplyStatus.APPLIED)
_ALREADY = ApplyOutcome(ApplyStatus.ALREADY_APPLIED)
_WAITING = ApplyOutcome(ApplyStatus.WAITING)


def receive(session: Session, op: Operation, memo: UpdateMemo | None = None) -> ApplyOutcome:
    """Apply a received operation and, once settled, record it in this laptop's journal."""
    raw = RawSql.of(session)
    # One look at the journal serves both steps: applying writes only the tables. A landing
    # batch read it ahead for all its operations (store/journal_lookup.py).
    lookup = journal_lookup.current(session)
    found = _journal_holds(raw, op, lookup)
    outcome = _apply(session, raw, op, memo, recorded=found is RecordStatus.ALREADY_RECORDED)
    if memo is not None and outcome.status is not ApplyStatus.APPLIED:
        # Whatever else happened to the record (a conflict, a refusal recorded in the journal),
        # the next update of it takes the full merge.
        memo.records.pop((op.entity, op.entity_id), None)
    if outcome.settled and found is RecordStatus.RECORDED:
        _record(raw, op)
        if lookup is not None:
            lookup.noted(op.op_id, op.device_id, op.device_seq)
    return outcome


def apply_to_tables(
    session: Session, op: Operation, memo: UpdateMemo | None = None
) -> ApplyOutcome:
    """Turn one received operation into rows (see the module's docstring for the rule)."""
    raw = RawSql.of(session)
    return _apply(session, raw, op, memo, recorded=None)


def _apply(
    session: Session, raw: RawSql, op: Operation, memo: UpdateMemo | None, *, recorded: bool | None
) -> ApplyOutcome:
    kind = change_kind(op)
    if kind is None:
        return _APPLIED
    if _recorded(raw, op.op_id) if recorded is None else recorded:
        return _ALREADY
    table = _TABLES.get(op.entity)
    if table is None:
        if op.entity in Base.metadata.tables:
            return ApplyOutcome(ApplyStatus.UNREPLAYABLE)
        return ApplyOutcome(ApplyStatus.VERSION_AHEAD)
    try:
        if kind is ChangeKind.CREATED:
            outcome = _create(session, raw, table, op, memo)
        elif kind is ChangeKind.UPDATED:
            outcome = _update(session, raw, table, op, memo)
        else:
            return _delete(session, raw, table, op)
    except Refused as refused:
        return refused.outcome
    if outcome.status in (ApplyStatus.APPLIED, ApplyStatus.CONFLICT):
        status_history.record_step(session, op)
    return outcome


def record_received(session: Session, op: Operation) -> RecordStatus:
    """Put a received operation into this laptop's journal (once: idempotent by op id), so that
    verify's chain check and the dossier timeline see it."""
    raw = RawSql.of(session)
    found = _journal_holds(raw, op)
    if found is RecordStatus.RECORDED:
        _record(raw, op)
    return found


def _journal_holds(
    raw: RawSql, op: Operation, lookup: journal_lookup.JournalLookup | None = None
) -> RecordStatus:
    """ALREADY_RECORDED when the journal holds `op`, FORK when another operation holds its
    device's sequence number, RECORDED (what recording it would do) otherwise."""
    known = None if lookup is None else lookup.answer(op.op_id, op.device_id, op.device_seq)
    if known is not None:
        held, taken = known
        if held:
            return RecordStatus.ALREADY_RECORDED
        return RecordStatus.FORK if taken else RecordStatus.RECORDED
    rows = raw.all(_RECORDED_OR_TAKEN, (op.op_id, op.device_id, op.device_seq), sees_held=False)
    if any(row[0] == op.op_id for row in rows):
        return RecordStatus.ALREADY_RECORDED
    return RecordStatus.FORK if rows else RecordStatus.RECORDED


def _record(raw: RawSql, op: Operation) -> None:
    raw.insert_journal(_JOURNAL, stored_columns(op))  # held to the end of the batch


# -- the three kinds of change ------------------------------------------------------------------


def _create(
    session: Session, raw: RawSql, table: Table, op: Operation, memo: UpdateMemo | None
) -> ApplyOutcome:
    fields: dict[str, Any] = dict(_LATER[table.name])
    fields.update(op.payload["fields"])
    if fields.pop("id", op.entity_id) != op.entity_id:
        return ApplyOutcome(ApplyStatus.UNREPLAYABLE, field="id")
    values = _column_values(table, fields)
    if _version(raw, table, op.entity_id) is not None:
        first = next(_changes_of(session, table.name, op.entity_id, ChangeKind.CREATED), None)
        if first is not None and _column_values(table, _created_fields(table, first)) == values:
            return _ALREADY
        return ApplyOutcome(ApplyStatus.UNREPLAYABLE)
    require_references(session, raw, table, values, memo)
    row = {**values, "id": op.entity_id, "version": 1}
    if table.name == "case_file":
        row["search_key"] = next_search_key(session)
    _write(raw.insert, table, row)
    if table.name == "case_file":
        apply_index.reindex_names(session, op.entity_id)
    elif table.name == "case_note":
        key = apply_index.case_key(session, values["case_id"])
        if key is not None:
            visibility = NoteVisibility(values["visibility"])
            apply_index.note_added(
                session, key, visibility, values["author_organisation_id"], values["body"]
            )
    return _APPLIED


def _update(
    session: Session, raw: RawSql, table: Table, op: Operation, memo: UpdateMemo | None = None
) -> ApplyOutcome:
    fields: Mapping[str, Any] = op.payload["fields"]
    values = _column_values(table, fields)
    base = op.base_version or 0
    version = _version(raw, table, op.entity_id)
    this = _change(op)
    known = None if memo is None else memo.records.get((table.name, op.entity_id))
    if (
        version is not None
        and known is not None
        and base == version
        and known[0] == version - 1
        and this.order > known[1]
    ):
        # It was based on this very version and is stamped after every update here: it saw
        # all of them (concurrent_edits.seen_sets gives it exactly these version - 1), so none
        # is concurrent with it and it wins every field it sets; the full merge below would
        # find the same.
        require_references(session, raw, table, values, memo)
        _write(raw.update, table, {**values, "version": version + 1}, op.entity_id)
        _reindex_after_update(session, table.name, op.entity_id, values)
        assert memo is not None
        memo.records[(table.name, op.entity_id)] = (known[0] + 1, this.order)
        return _APPLIED
    history = list(_changes_of(session, table.name, op.entity_id, None))
    if version is None:
        deletion = next((h for h in history if change_kind(h) is ChangeKind.DELETED), None)
        if deletion is None:
            return _WAITING
        conflicts = tuple(
            FieldConflict(name, op.op_id, value, deletion.op_id, None, deletion.op_id)
            for name, value in fields.items()
        )
        return ApplyOutcome(ApplyStatus.CONFLICT, conflicts)
    if base > version:
        return _WAITING
    require_references(session, raw, table, values, memo)
    changes = [_change(h) for h in history if change_kind(h) is ChangeKind.UPDATED] + [this]
    seen = seen_sets(changes)
    wins: dict[str, Any] = {}
    conflicts_found: list[FieldConflict] = []
    for name, value in fields.items():
        writers = [c for c in changes if name in c.fields]
        winner = max(writers, key=lambda c: c.order)
        if winner is this:
            wins[name] = values[name]
        conflicts_found.extend(
            FieldConflict(name, op.op_id, value, other.op_id, other.fields[name], winner.op_id)
            for other in writers
            if concurrent(this.op_id, other.op_id, seen)
            and not _same_value(table, name, value, other.fields[name])
        )
    _write(raw.update, table, {**wins, "version": version + 1}, op.entity_id)
    _reindex_after_update(session, table.name, op.entity_id, wins)
    if memo is not None:
        memo.records[(table.name, op.entity_id)] = (
            len(changes),
            max(change.order for change in changes),
        )
    if conflicts_found:
        return ApplyOutcome(ApplyStatus.CONFLICT, tuple(conflicts_found))
    return _APPLIED


def _delete(session: Session, raw: RawSql, table: Table, op: Operation) -> ApplyOutcome:
    version = _version(raw, table, op.entity_id)
    history = list(_changes_of(session, table.name, op.entity_id, None))
    if version is None:
        created = any(change_kind(h) is ChangeKind.CREATED for h in history)
        return _ALREADY if created else _WAITING
    if (op.base_version or 0) > version:
        return _WAITING
    if referenced(session, table, op.entity_id):
        return ApplyOutcome(ApplyStatus.UNREPLAYABLE)
    this = _change(op)
    changes = [_change(h) for h in history if change_kind(h) is ChangeKind.UPDATED] + [this]
    seen = seen_sets(changes)
    conflicts = tuple(
        FieldConflict(name, op.op_id, None, other.op_id, value, op.op_id)
        for other in changes
        if concurrent(this.op_id, other.op_id, seen)
        for name, value in other.fields.items()
    )
    case_id = None
    if table.name == "case_note":
        case_id = session.execute(
            select(table.c.case_id).where(table.c.id == op.entity_id)
        ).scalar()
    elif table.name == "case_file":
        key = apply_index.case_key(session, op.entity_id)
        if key is not None:
            apply_index.forget_case(session, key)
    _write(raw.delete, table, op.entity_id)
    forget_references(session)
    if case_id is not None:
        apply_index.reindex_notes(session, case_id)
    return ApplyOutcome(ApplyStatus.CONFLICT, conflicts) if conflicts else _APPLIED


# -- helpers ------------------------------------------------------------------------------------


def _recorded(raw: RawSql, op_id: str) -> bool:
    sql = "SELECT 1 FROM journal_operation WHERE op_id = ?"
    return raw.first(sql, (op_id,), sees_held=False) is not None


def _version(raw: RawSql, table: Table, entity_id: str) -> int | None:
    """Remembered for the rest of the transaction (`apply_pending`): a round's updates of one
    record read it once."""
    return raw.version(table, entity_id)


def _changes_of(
    session: Session, entity: str, entity_id: str, kind: ChangeKind | None
) -> Iterator[Operation]:
    """The journal's operations on one record (through the (entity, entity_id) index), only
    those of `kind` when given."""
    rows = session.execute(
        select(_JOURNAL)
        .where(_JOURNAL.c.entity == entity, _JOURNAL.c.entity_id == entity_id)
        .order_by(_JOURNAL.c.hlc, _JOURNAL.c.device_id, _JOURNAL.c.device_seq)
    )
    for row in rows:
        op = to_operation(row)
        if change_kind(op) is not None and (kind is None or change_kind(op) is kind):
            yield op


def _change(op: Operation) -> Change:
    fields = op.payload.get("fields")
    return Change(
        op_id=op.op_id,
        device_id=op.device_id,
        device_seq=op.device_seq,
        hlc=op.hlc,
        base_version=op.base_version or 0,
        fields=fields if isinstance(fields, dict) else {},
    )


def _created_fields(table: Table, op: Operation) -> dict[str, Any]:
    fields: dict[str, Any] = dict(_LATER[table.name])
    fields.update(op.payload["fields"])
    fields.pop("id", None)
    return fields


def _column_values(table: Table, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Journal values as the columns take them; raises Refused for a field or value this
    version does not know (VERSION_AHEAD) or that no record may hold (UNREPLAYABLE)."""
    kinds = _KINDS[table.name]
    values: dict[str, Any] = {}
    for name, value in fields.items():
        known = kinds.get(name)
        if known is None:
            status = (
                ApplyStatus.UNREPLAYABLE if name in table.columns else ApplyStatus.VERSION_AHEAD
            )
            raise Refused(ApplyOutcome(status, field=name))
        kind, choices = known
        try:
            values[name] = comparable(kind, value, choices)
        except MalformedValue as malformed:
            newer_choice = malformed.kind is ValueKind.CHOICE and isinstance(value, str)
            status = ApplyStatus.VERSION_AHEAD if newer_choice else ApplyStatus.UNREPLAYABLE
            raise Refused(ApplyOutcome(status, field=name)) from None
    return values


def _same_value(table: Table, name: str, first: Any, second: Any) -> bool:
    try:
        one = _column_values(table, {name: first})
        other = _column_values(table, {name: second})
    except Refused:
        return bool(first == second)
    return one == other


def _write(write: Any, *args: Any) -> None:
    """Run one write: a clash with a unique value refuses the operation without undoing the
    caller's transaction (SQLite backs out only the refused statement, see apply_sql)."""
    try:
        write(*args)
    except Clash:
        raise Refused(ApplyOutcome(ApplyStatus.UNREPLAYABLE)) from None


def _reindex_after_update(
    session: Session, entity: str, entity_id: str, wins: Mapping[str, Any]
) -> None:
    if not wins:
        return
    if entity == "person" and _NAME_FIELDS & wins.keys():
        apply_index.reindex_person(session, entity_id)
    elif entity == "case_file" and "person_id" in wins:
        apply_index.reindex_names(session, entity_id)
    elif entity == "case_note":
        case_id = session.execute(
            select(Base.metadata.tables["case_note"].c.case_id).where(
                Base.metadata.tables["case_note"].c.id == entity_id
            )
        ).scalar()
        if case_id is not None:
            apply_index.reindex_notes(session, case_id)
