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
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Table, exists, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.concurrent_edits import Change, concurrent, seen_sets
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.store import apply_index, journal_lookup, status_history
from livcr_desktop.store.apply_sql import Clash, RawSql, transaction_cache
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


class ApplyStatus(StrEnum):
    """What became of a received operation."""

    APPLIED = "applied"
    ALREADY_APPLIED = "already_applied"
    """Nothing to do: the operation (or an identical creation) is already in effect here."""
    CONFLICT = "conflict"
    """Applied, but it changed a field that another operation, made without seeing it, set to
    another value; the record holds the deterministic winner until a person resolves it."""
    WAITING = "waiting"
    """It follows operations that have not arrived yet; offer it again when more arrive."""
    VERSION_AHEAD = "version_ahead"
    """It names a table, field or value this version of the app does not know; keep it until
    this laptop is upgraded."""
    UNREPLAYABLE = "unreplayable"
    """It cannot be applied as recorded (a second, different creation; a malformed value; a
    clash with a unique value or a reference); nothing was changed."""


SETTLED = frozenset(
    {
        ApplyStatus.APPLIED,
        ApplyStatus.ALREADY_APPLIED,
        ApplyStatus.CONFLICT,
        ApplyStatus.UNREPLAYABLE,
    }
)
"""The outcomes after which the operation belongs in this laptop's journal."""


@dataclass(frozen=True)
class FieldConflict:
    """One field two operations set to different values without seeing each other (values in
    journal form; None for a deletion's side)."""

    field: str
    op_id: str
    value: Any
    other_op_id: str
    other_value: Any
    winner_op_id: str
    """Whose value the record holds (the later of the two in (hlc, device) order, or the
    deletion)."""


@dataclass(frozen=True)
class ApplyOutcome:
    """The status, the conflicts found, and for a refusal the field it was about."""

    status: ApplyStatus
    conflicts: tuple[FieldConflict, ...] = ()
    field: str | None = None

    @property
    def settled(self) -> bool:
        """Whether the operation is done with (as opposed to kept to offer again)."""
        return self.status in SETTLED


class RecordStatus(StrEnum):
    """What `record_received` did with an operation."""

    RECORDED = "recorded"
    ALREADY_RECORDED = "already_recorded"
    FORK = "fork"
    """Another operation already holds this device's sequence number: the device's chain forked
    (or was rewritten); nothing was recorded."""


_APPLIED = ApplyOutcome(ApplyStatus.APPLIED)
_ALREADY = ApplyOutcome(ApplyStatus.ALREADY_APPLIED)
_WAITING = ApplyOutcome(ApplyStatus.WAITING)


class _Refused(Exception):
    """An operation that stops here, with its outcome."""

    def __init__(self, outcome: ApplyOutcome) -> None:
        super().__init__(outcome.status.value)
        self.outcome = outcome


@dataclass
class UpdateMemo:
    """What a run of `receive` calls remembers about each record's updates, so an update that
    simply follows everything here skips re-reading the record's whole history (which made a
    first sync quadratic in the number of updates per record).

    Per record: how many updates the journal holds and the latest one's order. Only trusted
    while that count still equals the record's version - 1: anything written meanwhile (a local
    edit between two batches) changes the version, and the full merge runs again."""

    records: dict[tuple[str, str], tuple[int, tuple[str, str, int]]] = field(default_factory=dict)


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
    except _Refused as refused:
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
    _require_references(session, raw, table, values, memo)
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
        _require_references(session, raw, table, values, memo)
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
    _require_references(session, raw, table, values, memo)
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
    if _referenced(session, table, op.entity_id):
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
    _forget_references(session)
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
    """Journal values as the columns take them; raises _Refused for a field or value this
    version does not know (VERSION_AHEAD) or that no record may hold (UNREPLAYABLE)."""
    kinds = _KINDS[table.name]
    values: dict[str, Any] = {}
    for name, value in fields.items():
        known = kinds.get(name)
        if known is None:
            status = (
                ApplyStatus.UNREPLAYABLE if name in table.columns else ApplyStatus.VERSION_AHEAD
            )
            raise _Refused(ApplyOutcome(status, field=name))
        kind, choices = known
        try:
            values[name] = comparable(kind, value, choices)
        except MalformedValue as malformed:
            newer_choice = malformed.kind is ValueKind.CHOICE and isinstance(value, str)
            status = ApplyStatus.VERSION_AHEAD if newer_choice else ApplyStatus.UNREPLAYABLE
            raise _Refused(ApplyOutcome(status, field=name)) from None
    return values


def _same_value(table: Table, name: str, first: Any, second: Any) -> bool:
    try:
        one = _column_values(table, {name: first})
        other = _column_values(table, {name: second})
    except _Refused:
        return bool(first == second)
    return one == other


def _require_references(
    session: Session,
    raw: RawSql,
    table: Table,
    values: Mapping[str, Any],
    memo: UpdateMemo | None,
) -> None:
    """Raises _Refused(WAITING) while a record this one points to has not arrived (foreign keys
    are checked at commit, where a missing one would undo the whole transaction).

    In a round (`memo` given) what was found is remembered until the transaction ends or a
    deletion is applied: a note of a case then costs one look at the case per batch, not one
    per note."""
    found_here: set[tuple[str, str, Any]] | None = (
        transaction_cache(session, _REFERENCES, set) if memo is not None else None
    )
    for column, foreign_key in _FOREIGN_KEYS[table.name]:
        value = values.get(column)
        if value is None:
            continue
        target = foreign_key.column
        known = (target.table.name, target.key, value)
        if found_here is not None and known in found_here:
            continue
        sql = f'SELECT 1 FROM "{target.table.name}" WHERE "{target.name}" = ? LIMIT 1'
        # Whether a row exists: no update held back changes that (they never set an id).
        if raw.first(sql, (raw.value_of(target, value),), sees_held=False) is None:
            raise _Refused(ApplyOutcome(ApplyStatus.WAITING, field=column))
        if found_here is not None:
            found_here.add(known)


_REFERENCES = "apply_rows.references"
_FOREIGN_KEYS: dict[str, list[tuple[str, Any]]] = {
    name: [(column.key, key) for column in table.columns for key in column.foreign_keys]
    for name, table in _TABLES.items()
}


def _forget_references(session: Session) -> None:
    """A deletion may have removed a record others point to: look again."""
    found_here = session.info.get(_REFERENCES)
    if isinstance(found_here, set):
        found_here.clear()


def _referenced(session: Session, table: Table, entity_id: str) -> bool:
    """Whether any row points to this one (deleting it would fail at commit)."""
    for other in Base.metadata.tables.values():
        for foreign_key in other.foreign_keys:
            if (
                foreign_key.column.table is table
                and session.execute(
                    select(exists().where(foreign_key.parent == entity_id))
                ).scalar()
            ):
                return True
    return False


def _write(write: Any, *args: Any) -> None:
    """Run one write: a clash with a unique value refuses the operation without undoing the
    caller's transaction (SQLite backs out only the refused statement, see apply_sql)."""
    try:
        write(*args)
    except Clash:
        raise _Refused(ApplyOutcome(ApplyStatus.UNREPLAYABLE)) from None


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
