"""What a landing transaction knows of the records it writes: each record's version, and the
updates of a record not written yet, merged into one.

A round applies long runs of updates to few records (the benchmark's 7,500 updates of 20
cases per 10,000 operations): each read the record's version and wrote its own `UPDATE`. Here
a record's version is remembered from its first read or write to the end of the transaction,
and its updates are merged and written once, just before anything else could read them: any
other statement through SQLAlchemy, any raw statement that may read or write the records
(`apply_sql.RawSql`), the commit. Each operation still gets its own journal row, its own
conflict check and its own memo entry (`apply_rows`); only the writes are merged.

Only updates that cannot be refused are held back: no primary key, unique, checked or
foreign-key column, no empty value in a column that needs one. A refusal must name its
operation (`Clash` makes it UNREPLAYABLE), which a merged write written later could not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import CheckConstraint, Table, UniqueConstraint

_UNKNOWN = object()

_DEFERRABLE: dict[tuple[str, tuple[str, ...]], bool] = {}


def deferrable(table: Table, names: tuple[str, ...]) -> bool:
    """Whether an update of these columns can be written later without being refused."""
    key = (table.name, names)
    found = _DEFERRABLE.get(key)
    if found is None:
        found = _DEFERRABLE[key] = all(_free(table, name) for name in names)
    return found


def _free(table: Table, name: str) -> bool:
    column = table.c[name]
    if column.primary_key or column.unique or column.foreign_keys:
        return False
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint) and name in constraint.columns:
            return False
        if isinstance(constraint, CheckConstraint) and column.name in str(constraint.sqltext):
            return False
    return not any(index.unique and name in index.columns for index in table.indexes)


class RecordWrites:
    """The versions known and the updates held back in one transaction."""

    def __init__(self, write: Callable[[Table, Mapping[str, Any], str], None]) -> None:
        self._write = write
        self._versions: dict[tuple[str, str], int | None] = {}
        self._pending: dict[tuple[str, str], tuple[Table, dict[str, Any]]] = {}
        self._facts: dict[str, dict[Any, Any]] = {}

    def __bool__(self) -> bool:
        """Whether updates are held back."""
        return bool(self._pending)

    def version(self, table: Table, row_id: str) -> object:
        """The record's version as this transaction left it, or `UNKNOWN`."""
        return self._versions.get((table.name, row_id), _UNKNOWN)

    def know(self, table: Table, row_id: str, version: int | None) -> None:
        """The record's version now (None: there is no such record)."""
        self._versions[(table.name, row_id)] = version

    def knows(self, table: Table, row_id: str) -> bool:
        """Whether the record's version is known (read, read ahead or written here)."""
        return (table.name, row_id) in self._versions

    def facts(self, name: str) -> dict[Any, Any]:
        """What a reader remembers of the rows under `name` (a case's search key, say): kept as
        long as the versions are, dropped with them whenever something else wrote."""
        found = self._facts.get(name)
        if found is None:
            found = self._facts[name] = {}
        return found

    def hold(self, table: Table, values: Mapping[str, Any], row_id: str) -> bool:
        """Hold back this update (merged with the record's held one); False when it must be
        written now (a column it sets could refuse it)."""
        names = tuple(values)
        if not deferrable(table, names) or any(
            value is None and not table.c[name].nullable for name, value in values.items()
        ):
            return False
        key = (table.name, row_id)
        held = self._pending.get(key)
        if held is None:
            self._pending[key] = (table, dict(values))
        else:
            held[1].update(values)
        version = values.get("version", _UNKNOWN)
        if version is _UNKNOWN:
            self._versions.pop(key, None)
        else:
            self._versions[key] = version
        return True

    def settle(self) -> None:
        """Write every held update, one statement per record."""
        pending, self._pending = self._pending, {}
        for (_name, row_id), (table, values) in pending.items():
            self._write(table, values, row_id)

    def forget_versions(self) -> None:
        """Something else wrote: read each version, and every fact remembered, again."""
        self._versions.clear()
        self._facts.clear()


class HeldInserts:
    """Inserts of rows nothing in the transaction reads until they are written (the journal's
    rows of a landing batch), kept in order and written as one `executemany` per run of the
    same statement: one statement per received operation was a tenth of a landing's
    statements."""

    def __init__(self) -> None:
        self._runs: list[tuple[str, list[list[Any]]]] = []

    def __bool__(self) -> bool:
        return bool(self._runs)

    def add(self, sql: str, params: list[Any]) -> None:
        if self._runs and self._runs[-1][0] == sql:
            self._runs[-1][1].append(params)
        else:
            self._runs.append((sql, [params]))

    def take(self) -> list[tuple[str, list[list[Any]]]]:
        """The held inserts, in the order they were added, grouped in runs; none held after."""
        runs, self._runs = self._runs, []
        return runs


UNKNOWN = _UNKNOWN
"""What `RecordWrites.version` answers for a record it has not seen."""
