"""The SQL that applying received operations runs, prepared once and executed on the driver.

A first sync applies tens of thousands of operations, each a handful of small statements by
primary key. Built as SQLAlchemy Core statements, each cost ten times the work SQLite does for
it (a new statement object, its cache key, parameter coercion, a result wrapper); that was
nine tenths of a round's time. Here the text of each statement is built once per table and set
of columns, with the columns' own bind processors (so a date or a choice is stored exactly as
SQLAlchemy would store it), and run on the session's DBAPI connection, inside the session's
transaction.

No savepoint around a write: SQLite backs out a statement that breaks a constraint and keeps
the transaction (ON CONFLICT ABORT, the default every table here uses), which is all the
savepoint did; the driver's IntegrityError is raised as `Clash`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import Column, Table, event
from sqlalchemy.orm import Session

from livcr_desktop.store.apply_pending import UNKNOWN, HeldInserts, RecordWrites

T = TypeVar("T")

Processor = Callable[[Any], Any] | None


class Clash(Exception):
    """A write refused by a unique value or a NOT NULL column; nothing of it was stored."""


_IN_CHUNK = 500
"""Values per `IN (...)` query (SQLite's limit on bound variables is far above)."""

_PREPARED: dict[tuple[str, str, tuple[str, ...]], tuple[str, tuple[Processor, ...]]] = {}


class RawSql:
    """The session's connection to the database file, for the statements of one operation.

    Made once per received operation (`of`); pending ORM changes are flushed first, as a query
    through the session would have (SQLAlchemy's autoflush), so what the statements read
    includes what the caller added.

    Within a begun transaction it remembers each record's version and holds back updates of a
    record to write them as one (`apply_pending`): they are written before any statement that
    might see them, through SQLAlchemy or here, and before the commit. The journal's rows of
    received operations are held too (`insert_journal`) and written in one `executemany`
    before anything reads the journal (a raw statement naming it, any statement through
    SQLAlchemy), before the commit and in `write_now`."""

    def __init__(self, session: Session, *, in_transaction: bool = False) -> None:
        connection = session.connection()
        self._dialect = connection.dialect
        self._driver: Any = connection.connection.driver_connection
        self._integrity_error: type[Exception] = self._dialect.loaded_dbapi.IntegrityError
        self._records: RecordWrites | None = None
        self._journal = HeldInserts()
        self._connection = connection
        if in_transaction:
            self._records = RecordWrites(self._update_now)
            event.listen(connection, "before_cursor_execute", self._before_sqlalchemy)
            before_commit(session, _SETTLE, self._settle_at_commit)

    @classmethod
    def of(cls, session: Session) -> RawSql:
        """The session's raw connection, looked up once per transaction."""
        # Pending ORM changes first. `new`, `dirty` and `deleted` each built a set for every
        # applied operation; the flags `Session._is_clean` reads (before any flush) say the same.
        if session.identity_map.check_modified() or session._new or session._deleted:
            session.flush()
        if not session.in_transaction():
            return cls(session)  # begins it; the cache below is only for a begun transaction
        return transaction_cache(session, _RAW, partial(cls, session, in_transaction=True))

    def first(
        self, sql: str, params: Sequence[Any] = (), *, sees_held: bool = True
    ) -> tuple[Any, ...] | None:
        """The first row of a query, or None. `sees_held=False`: the query cannot see what an
        update held back would change (it reads the journal, or whether a row exists)."""
        if sees_held:
            self._settle()
        self._journal_before(sql)
        row: tuple[Any, ...] | None = self._driver.execute(sql, params).fetchone()
        return row

    def all(
        self, sql: str, params: Sequence[Any] = (), *, sees_held: bool = True
    ) -> list[tuple[Any, ...]]:
        """Every row of a query (`sees_held` as for `first`)."""
        if sees_held:
            self._settle()
        self._journal_before(sql)
        rows: list[tuple[Any, ...]] = self._driver.execute(sql, params).fetchall()
        return rows

    def all_in(
        self,
        sql: str,
        values: Sequence[Any],
        *,
        before: Sequence[Any] = (),
        sees_held: bool = True,
    ) -> list[tuple[Any, ...]]:
        """Every row of `sql` for all of `values`, where `{marks}` in `sql` stands for the list
        of an `IN (...)`: a few hundred values per statement (a landing batch asks about
        thousands at once). `before`: the parameters ahead of the list; `sees_held` as for
        `first`."""
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(values), _IN_CHUNK):
            chunk = values[start : start + _IN_CHUNK]
            marked = sql.replace("{marks}", ", ".join("?" * len(chunk)))
            rows.extend(self.all(marked, (*before, *chunk), sees_held=sees_held))
        return rows

    def write(self, sql: str, params: Sequence[Any] = ()) -> None:
        """One write; `Clash` when a constraint refuses it (the statement left no trace). The
        versions known are forgotten: it may have changed any."""
        self._settle()
        self._journal_before(sql)
        if self._records is not None:
            self._records.forget_versions()
        self._execute_write(sql, params)

    def _execute_write(self, sql: str, params: Sequence[Any]) -> None:
        try:
            self._driver.execute(sql, params)
        except self._integrity_error as exc:
            raise Clash(str(exc)) from None

    def value_of(self, column: Column[Any], value: Any) -> Any:
        """`value` as the column stores it (its type's bind processor)."""
        processor = _processor(self._dialect, column)
        return value if processor is None or value is None else processor(value)

    def version(self, table: Table, row_id: str) -> int | None:
        """A journaled record's version, None when there is no such record."""
        records = self._records
        if records is not None:
            known = records.version(table, row_id)
            if known is not UNKNOWN:
                return known  # type: ignore[return-value]
        # Held-back updates of other records do not change this one's version.
        found = self._driver.execute(
            f'SELECT version FROM "{table.name}" WHERE id = ?', (row_id,)
        ).fetchone()
        version = None if found is None or found[0] is None else int(found[0])
        if records is not None:
            records.know(table, row_id, version)
        return version

    def read_versions(self, table: Table, row_ids: Iterable[str]) -> None:
        """Read ahead the versions of these records (None for one not here) in a few `IN (...)`
        queries, for `version` to answer from memory: a batch's creations each asked whether
        their record exists, one statement per operation. What this transaction knows already
        is kept (it may be newer than the table: an update held back). Outside a begun
        transaction nothing is remembered, so nothing is read."""
        records = self._records
        if records is None:
            return
        if records:
            records.settle()  # a version the table holds must be the transaction's own
        wanted = list(dict.fromkeys(i for i in row_ids if not records.knows(table, i)))
        sql = f'SELECT id, version FROM "{table.name}" WHERE id IN ({{marks}})'
        found = dict(self.all_in(sql, wanted, sees_held=False))  # settled just above
        for row_id in wanted:
            version = found.get(row_id)
            records.know(table, row_id, None if version is None else int(version))

    def facts(self, name: str) -> dict[Any, Any]:
        """A memory for what a reader learnt of the rows under `name`, dropped whenever the
        versions known are (a deletion, a write through SQLAlchemy, a rolled-back savepoint,
        the end of the transaction); outside a begun transaction a new, empty one each time."""
        return {} if self._records is None else self._records.facts(name)

    def insert(self, table: Table, values: Mapping[str, Any], *, record: bool = True) -> None:
        """An INSERT of `values`, the other columns taking their defaults as SQLAlchemy's
        insert would give them (every default of a journaled table is a plain value).
        `record=False`: a row no held-back update is about (the journal's)."""
        sql, params = self._insert_params(table, values)
        # No need to write held-back updates first: a new row cannot see them (they set no
        # unique, checked or key column; foreign keys are only checked for a row's existence).
        self._execute_write(sql, params)
        if record and self._records is not None:
            row_id, version = values.get("id"), values.get("version")
            if isinstance(row_id, str) and isinstance(version, int):
                self._records.know(table, row_id, version)
            else:
                self._records.forget_versions()

    def insert_journal(self, table: Table, values: Mapping[str, Any]) -> None:
        """A journal row, held to the end of the batch (see the class) in a begun transaction,
        written now outside one. A row refused then raises `Clash` for the whole run; the
        landing's slow path writes each operation's row inside its own savepoint."""
        if self._records is None:
            self.insert(table, values, record=False)
            return
        self._journal.add(*self._insert_params(table, values))

    def _insert_params(self, table: Table, values: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """The INSERT of `values` and its parameters: the values given, then the defaults,
        each as its column stores it. A round inserts one journal row per operation: the
        defaults and which columns have a bind processor at all are worked out once per
        table and set of columns (`_InsertPlan`)."""
        names = tuple(values)
        plan = _INSERT_PLANS.get((table.name, names))
        if plan is None:
            sql, processors = self._prepared("insert", table, names)
            plan = _INSERT_PLANS[(table.name, names)] = _InsertPlan.of(
                sql, processors, names, _defaults(table, names)
            )
        params = [values[name] for name in names]
        for index, processor in plan.processed:
            value = params[index]
            if value is not None:
                params[index] = processor(value)
        params.extend(plan.defaults)
        return plan.sql, params

    def _journal_before(self, sql: str) -> None:
        """Write the held journal rows before a raw statement that names the journal."""
        if self._journal and "journal_operation" in sql:
            self._write_journal()

    def _write_journal(self) -> None:
        for sql, rows in self._journal.take():
            try:
                self._driver.executemany(sql, rows)
            except self._integrity_error as exc:
                raise Clash(str(exc)) from None

    def update(self, table: Table, values: Mapping[str, Any], row_id: str) -> None:
        """An UPDATE of one record by id, held back when nothing can refuse it."""
        records = self._records
        if records is not None and records.hold(table, values, row_id):
            return
        self._settle()
        self._update_now(table, values, row_id)
        if records is not None:
            version = values.get("version")
            if isinstance(version, int):
                records.know(table, row_id, version)
            else:
                records.forget_versions()

    def delete(self, table: Table, row_id: str) -> None:
        self._settle()
        self._journal_before(table.name)
        self._execute_write(f'DELETE FROM "{table.name}" WHERE id = ?', (row_id,))
        if self._records is not None:
            self._records.forget_versions()  # a cascade may have removed others

    def _update_now(self, table: Table, values: Mapping[str, Any], row_id: str) -> None:
        names = tuple(values)
        sql, processors = self._prepared("update", table, names)
        self._execute_write(sql, [*_bound(processors, [values[name] for name in names]), row_id])

    def discard(self) -> None:
        """Drop the updates held back and stop watching the connection (what they were about
        was rolled back); the next `of` makes a fresh one."""
        self._journal.take()
        if self._records is not None:
            self._records = None
            event.remove(self._connection, "before_cursor_execute", self._before_sqlalchemy)

    def _settle(self) -> None:
        if self._records:
            self._records.settle()

    def _settle_at_commit(self, _session: Session) -> None:
        self._settle()
        if self._journal:
            self._write_journal()

    def _before_sqlalchemy(self, *args: Any) -> None:
        """Any statement through SQLAlchemy (a query, the ORM's flush) sees the held-back
        updates; one that writes may change any version."""
        records = self._records
        if records is None:
            return
        if records:
            records.settle()
        if self._journal:
            self._write_journal()
        statement: str = args[2]
        if statement.lstrip()[:6].upper() != "SELECT":
            records.forget_versions()

    def _prepared(
        self, kind: str, table: Table, names: tuple[str, ...]
    ) -> tuple[str, tuple[Processor, ...]]:
        key = (kind, table.name, names)
        found = _PREPARED.get(key)
        if found is None:
            quoted = [f'"{table.c[name].name}"' for name in names]
            columns = list(names)
            if kind == "insert":
                columns += [name for name, _value in _defaults(table, names)]
                quoted = [f'"{table.c[name].name}"' for name in columns]
                marks = ", ".join("?" for _ in columns)
                sql = f'INSERT INTO "{table.name}" ({", ".join(quoted)}) VALUES ({marks})'
            else:
                sets = ", ".join(f"{name} = ?" for name in quoted)
                sql = f'UPDATE "{table.name}" SET {sets} WHERE id = ?'
            processors = tuple(_processor(self._dialect, table.c[name]) for name in columns)
            found = _PREPARED[key] = (sql, processors)
        return found


@dataclass(frozen=True)
class _InsertPlan:
    """An INSERT prepared for one table and set of given columns."""

    sql: str
    processed: tuple[tuple[int, Callable[[Any], Any]], ...]
    """(position, bind processor) of the given columns that have one."""
    defaults: tuple[Any, ...]
    """The other columns' defaults, as their columns store them."""

    @classmethod
    def of(
        cls,
        sql: str,
        processors: Sequence[Processor],
        names: tuple[str, ...],
        defaults: tuple[tuple[str, Any], ...],
    ) -> _InsertPlan:
        given = len(names)
        processed = tuple(
            (index, processor)
            for index, processor in enumerate(processors[:given])
            if processor is not None
        )
        stored = _bound(processors[given:], [value for _name, value in defaults])
        return cls(sql, processed, tuple(stored))


_INSERT_PLANS: dict[tuple[str, tuple[str, ...]], _InsertPlan] = {}

_DEFAULTS: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, Any], ...]] = {}


def _defaults(table: Table, names: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    """(column, default) of the columns an insert of `names` leaves out and that have one."""
    key = (table.name, names)
    found = _DEFAULTS.get(key)
    if found is None:
        missing = []
        for column in table.columns:
            default = column.default
            if column.key in names or default is None:
                continue
            if not default.is_scalar:
                raise NotImplementedError(f"{table.name}.{column.key}: a computed default")
            missing.append((column.key, default.arg))  # type: ignore[attr-defined]
        found = _DEFAULTS[key] = tuple(missing)
    return found


_PROCESSORS: dict[tuple[str, str], Processor] = {}


def _processor(dialect: Any, column: Column[Any]) -> Processor:
    key = (column.table.name, column.key)
    if key not in _PROCESSORS:
        # The dialect's own type (SQLite's DATETIME writes microseconds), as SQLAlchemy binds.
        _PROCESSORS[key] = column.type.dialect_impl(dialect).bind_processor(dialect)
    return _PROCESSORS[key]


def _bound(processors: Sequence[Processor], values: Sequence[Any]) -> list[Any]:
    return [
        value if processor is None or value is None else processor(value)
        for processor, value in zip(processors, values, strict=True)
    ]


_CACHES = "apply_sql.caches"
_SETTLE = "apply_sql.settle"
_RAW = "apply_sql.raw"
_BEFORE_COMMIT = "apply_sql.before_commit"


def transaction_cache(session: Session, name: str, factory: Callable[[], T]) -> T:
    """An object kept in the session for the rest of its transaction (made by `factory` at the
    first call), dropped when the transaction commits or rolls back: what one batch of received
    operations learnt may be stale in the next transaction."""
    caches = session.info.get(_CACHES)
    if caches is None:
        caches = session.info[_CACHES] = {}
        event.listen(session, "before_commit", _before_commit)
        event.listen(session, "after_commit", _forget)
        event.listen(session, "after_rollback", _forget)
    found: T | None = caches.get(name)
    if found is None:
        found = caches[name] = factory()
    return found


def cached(session: Session, name: str) -> Any:
    """What `transaction_cache` keeps under `name` in this transaction, or None."""
    return session.info.get(_CACHES, {}).get(name)


def uncache(session: Session, name: str) -> None:
    """Drop what `transaction_cache` keeps under `name` (it went stale)."""
    session.info.get(_CACHES, {}).pop(name, None)


def before_commit(session: Session, name: str, action: Callable[[Session], None]) -> None:
    """Run `action` once just before this transaction commits (it may still write)."""
    actions: dict[str, Callable[[Session], None]] = transaction_cache(session, _BEFORE_COMMIT, dict)
    actions[name] = action


def run_before_commit(session: Session, name: str) -> None:
    """Run a pending `before_commit` action now (something is about to read what it writes)."""
    actions = session.info.get(_CACHES, {}).get(_BEFORE_COMMIT)
    if actions and name in actions:
        actions.pop(name)(session)


def write_now(session: Session) -> None:
    """Write now what waits for the commit (held-back updates and journal rows, queued index
    work), so that what one received operation wrote is inside its own savepoint (the
    landing's slow path)."""
    actions = session.info.get(_CACHES, {}).get(_BEFORE_COMMIT) or {}
    for name in list(actions):
        if name == _SETTLE:
            actions[name](session)  # registered once per transaction: kept
        else:
            run_before_commit(session, name)


def forget_rolled_back(session: Session) -> None:
    """A savepoint of this transaction was rolled back: what it remembered (held-back updates,
    versions, ids found, queued index work) may be about rows that are gone; forget it all, as
    at the start of a transaction."""
    raw = cached(session, _RAW)
    if isinstance(raw, RawSql):
        raw.discard()
    _forget(session)


def _before_commit(session: Session) -> None:
    actions = session.info.get(_CACHES, {}).get(_BEFORE_COMMIT)
    while actions:
        _name, action = actions.popitem()
        action(session)


def _forget(session: Session) -> None:
    session.info.get(_CACHES, {}).clear()
