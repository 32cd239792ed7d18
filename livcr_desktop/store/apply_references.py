"""Whether the records a received operation points to are here (store/apply_rows.py): one
that points to a record not arrived yet waits, and a record others point to is not deleted
(foreign keys are checked at commit, where either would undo the whole transaction)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, exists, select
from sqlalchemy.orm import Session

from livcr_desktop.store.apply_outcome import ApplyOutcome, ApplyStatus, Refused, UpdateMemo
from livcr_desktop.store.apply_sql import RawSql, transaction_cache
from livcr_desktop.store.models import Base
from livcr_desktop.store.replay import journaled_tables

_TABLES: dict[str, Table] = journaled_tables()


def require_references(
    session: Session,
    raw: RawSql,
    table: Table,
    values: Mapping[str, Any],
    memo: UpdateMemo | None,
) -> None:
    """Raises Refused(WAITING) while a record this one points to has not arrived (foreign keys
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
            raise Refused(ApplyOutcome(ApplyStatus.WAITING, field=column))
        if found_here is not None:
            found_here.add(known)


_REFERENCES = "apply_rows.references"
_FOREIGN_KEYS: dict[str, list[tuple[str, Any]]] = {
    name: [(column.key, key) for column in table.columns for key in column.foreign_keys]
    for name, table in _TABLES.items()
}


def forget_references(session: Session) -> None:
    """A deletion may have removed a record others point to: look again."""
    found_here = session.info.get(_REFERENCES)
    if isinstance(found_here, set):
        found_here.clear()


def referenced(session: Session, table: Table, entity_id: str) -> bool:
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
