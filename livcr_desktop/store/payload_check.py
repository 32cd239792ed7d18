"""Whether a received operation holds values its record can take, checked against the models
before anything reads or writes it.

An operation that opens and is signed by a real member's key can still come from a buggy or
tampered laptop: a text where a number goes, a list in a text field, a date "2026-13-45", a
column this laptop keeps for itself, ten megabytes in a name. Applying it raised a TypeError,
ValueError or IntegrityError somewhere in the checker or in `apply_rows`, and that failed the
round of every laptop that pulled it, at every round. Here each value is checked against its
column (kind, choices, length, NOT NULL), and a creation against every column it must fill, so
such an operation is refused with one reason instead (the landing quarantines it as
`malformed`).

Only what no version of the app at this schema writes is refused: the landing asks only once it
knows the sender's schema is not newer (a newer one is held as `version_ahead`), so an unknown
column or choice is malformed here, not a later version's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, String, Table

from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.journal import Operation
from livcr_desktop.store.column_values import (
    ENUM_COLUMNS,
    MalformedValue,
    ValueKind,
    comparable,
    value_kind,
)
from livcr_desktop.store.models.base import LOCAL_ONLY
from livcr_desktop.store.replay import (
    LATER_COLUMNS,
    ChangeKind,
    change_kind,
    journaled_tables,
)

MAX_TEXT = 1_000_000
"""Characters in a text column without a declared length: far above any note or minutes a
person writes, far below what would fill the memory of every laptop that pulls it."""
MAX_ID = 100
"""Characters in a record's id (the app's ids are 36-character UUIDs)."""
_INT_RANGE = range(-(2**63), 2**63)
"""What SQLite stores as an integer (a larger one raises OverflowError in the driver)."""


@dataclass(frozen=True)
class _Rule:
    """What one column takes."""

    kind: ValueKind
    choices: type[StrEnum] | None
    length: int
    nullable: bool
    required: bool
    """A creation must give it (NOT NULL, no default, not added by a later migration)."""


def _rule(table: Table, column: Column[Any]) -> _Rule:
    length = column.type.length if isinstance(column.type, String) else None
    has_default = column.default is not None or column.server_default is not None
    return _Rule(
        kind=value_kind(table.name, column),
        choices=ENUM_COLUMNS.get((table.name, column.key)),
        length=length or MAX_TEXT,
        nullable=bool(column.nullable),
        required=not column.nullable
        and not has_default
        and (table.name, column.key) not in LATER_COLUMNS,
    )


_RULES: dict[str, dict[str, _Rule]] = {
    name: {
        column.key: _rule(table, column)
        for column in table.columns
        if column.key != "id" and not column.info.get(LOCAL_ONLY)
    }
    for name, table in journaled_tables().items()
}
"""Each journaled table's columns an operation may set, worked out once."""
_REQUIRED: dict[str, frozenset[str]] = {
    name: frozenset(key for key, rule in rules.items() if rule.required)
    for name, rules in _RULES.items()
}
"""The columns a creation of each table must give."""
_LOCAL: dict[str, frozenset[str]] = {
    name: frozenset(c.key for c in table.columns if c.info.get(LOCAL_ONLY))
    for name, table in journaled_tables().items()
}


def payload_problem(op: Operation) -> str | None:
    """None when `op` can be checked and applied as it is; otherwise what is wrong with it (a
    short English phrase for the log of a developer, never shown and never personal data)."""
    try:
        HlcStamp.decode(op.hlc)
    except ValueError:
        return "clock stamp"
    if not isinstance(op.entity_id, str) or not 0 < len(op.entity_id) <= MAX_ID:
        return "record id"
    if not isinstance(op.payload, dict):
        return "payload"
    kind = change_kind(op)
    if kind is None:
        return None  # an access: nothing of it is written but the journal row
    rules = _RULES.get(op.entity)
    if rules is None:
        return None  # a table this laptop does not journal: apply_rows holds or refuses it
    if kind is ChangeKind.DELETED:
        return None
    fields: Mapping[str, Any] = op.payload["fields"]
    if kind is ChangeKind.CREATED and fields.get("id", op.entity_id) != op.entity_id:
        return "id"
    problem = _fields_problem(op.entity, rules, fields, created=kind is ChangeKind.CREATED)
    if problem is not None:
        return problem
    if kind is ChangeKind.CREATED:
        missing = _REQUIRED[op.entity].difference(fields)
        if missing:
            return f"missing {op.entity}.{min(missing)}"
    return None


def _fields_problem(
    entity: str, rules: Mapping[str, _Rule], fields: Mapping[str, Any], *, created: bool
) -> str | None:
    for name, value in fields.items():
        if name == "id" and created:
            continue
        rule = rules.get(name)
        if rule is None:
            local = name in _LOCAL.get(entity, ())
            return f"{'local' if local else 'unknown'} column {entity}.{name}"[:200]
        if rule.kind is ValueKind.TEXT and type(value) is str and len(value) <= rule.length:
            continue  # most of what arrives: checked without building anything
        problem = _value_problem(rule, value)
        if problem is not None:
            return f"{problem} {entity}.{name}"
    return None


def _value_problem(rule: _Rule, value: Any) -> str | None:
    if value is None:
        return None if rule.nullable else "empty"
    try:
        comparable(rule.kind, value, rule.choices)
    except MalformedValue:
        return f"not a {rule.kind.value} in"
    if rule.kind is ValueKind.NUMBER and value not in _INT_RANGE:
        return "number out of range in"
    if isinstance(value, str) and len(value) > rule.length:
        return "too long for"
    return None
