"""For `livcr verify`: do the tables hold what the journal says, row by row and field by field?

The journal is replayed into a fresh projection (store/replay.py) and compared with the tables.
Each difference becomes a sentence an investigator can act on, naming the record the way people
call it (a case by its code, a member or account by username, a meeting by its day), never by
its content: a changed name is reported as changed, not quoted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from livcr_desktop.domain.audit import ENTITY_LABELS
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text
from livcr_desktop.services.audit.field_labels import field_label
from livcr_desktop.store.column_values import MalformedValue, ValueKind, comparable
from livcr_desktop.store.erasures import records_with_erased_operations
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.replay import (
    Difference,
    Discrepancy,
    Projection,
    compare_with_tables,
    journaled_tables,
    replay,
)

FIELD_CHANGED = QT_TRANSLATE_NOOP("TableCheck", "{record}: {field} was changed outside the app.")
ROW_ADDED = QT_TRANSLATE_NOOP(
    "TableCheck", "{record}: this row was added outside the app (no operation created it)."
)
ROLE_ADDED = QT_TRANSLATE_NOOP(
    "TableCheck",
    "{record}: the role “{role}” was added outside the app (no operation granted it).",
)
ROW_DELETED = QT_TRANSLATE_NOOP("TableCheck", "{record}: this row was deleted outside the app.")
MALFORMED = QT_TRANSLATE_NOOP("TableCheck", "{record}: {field} holds a value that is not {kind}.")
UNREPLAYABLE = QT_TRANSLATE_NOOP(
    "TableCheck",
    "{record}: an operation of the journal does not follow from the ones before it.",
)
MORE_DIFFERENCES = QT_TRANSLATE_NOOP(
    "TableCheck", "… and {count} more differences between the tables and the journal."
)
RECORD = QT_TRANSLATE_NOOP("TableCheck", "{type} {name}")
RECORD_OF_CASE = QT_TRANSLATE_NOOP("TableCheck", "{type} {name} of case {code}")
ROLE_OF_MEMBER = QT_TRANSLATE_NOOP("TableCheck", "Role of member {name}")

VALUE_KINDS: Mapping[ValueKind, Text] = {
    ValueKind.TEXT: QT_TRANSLATE_NOOP("TableCheck", "text"),
    ValueKind.NUMBER: QT_TRANSLATE_NOOP("TableCheck", "a whole number"),
    ValueKind.YES_NO: QT_TRANSLATE_NOOP("TableCheck", "yes or no"),
    ValueKind.DATE: QT_TRANSLATE_NOOP("TableCheck", "a date"),
    ValueKind.MOMENT: QT_TRANSLATE_NOOP("TableCheck", "a date and time"),
    ValueKind.CHOICE: QT_TRANSLATE_NOOP("TableCheck", "one of the values the app knows"),
}

SHOWN_AT_MOST = 50
"""Differences named one by one; a table rewritten wholesale is reported with a count after."""

_NAMED_BY = {
    "case_file": "code",
    "account": "username",
    "municipality": "name",
    "organisation": "name",
}
"""Records that people call by one of their own fields (none of them a person's name)."""


def check_tables_against_journal(session: Session) -> list[Message]:
    """One message per row or field where the tables differ from the replayed journal."""
    projection = replay(iter_operations(session))
    # A record whose operations' payloads were erased (an erased or withdrawn case) cannot be
    # rebuilt from the journal; its operations' chain and signatures are still checked.
    erased = records_with_erased_operations(session)
    differences = [
        d for d in compare_with_tables(session, projection) if (d.entity, d.entity_id) not in erased
    ]
    names = _RecordNames(session, projection)
    messages = [_describe(difference, names) for difference in differences[:SHOWN_AT_MOST]]
    if len(differences) > SHOWN_AT_MOST:
        messages.append(Message(MORE_DIFFERENCES, {"count": len(differences) - SHOWN_AT_MOST}))
    return messages


def _describe(difference: Difference, names: _RecordNames) -> Message:
    record = names.record(difference.entity, difference.entity_id)
    match difference.discrepancy:
        case Discrepancy.FIELD_CHANGED:
            field = field_label(difference.entity, difference.field or "")
            return Message(FIELD_CHANGED, {"record": record, "field": field})
        case Discrepancy.ROW_ADDED if difference.entity == "role_assignment":
            role = names.field(difference.entity, difference.entity_id, "role")
            label = Role(role).label if role in Role._value2member_map_ else str(role)
            return Message(ROLE_ADDED, {"record": record, "role": label})
        case Discrepancy.ROW_ADDED:
            return Message(ROW_ADDED, {"record": record})
        case Discrepancy.ROW_DELETED:
            return Message(ROW_DELETED, {"record": record})
        case Discrepancy.MALFORMED:
            kind = VALUE_KINDS[difference.value_kind or ValueKind.TEXT]
            field = field_label(difference.entity, difference.field or "")
            return Message(MALFORMED, {"record": record, "field": field, "kind": kind})
        case _:
            return Message(UNREPLAYABLE, {"record": record})


class _RecordNames:
    """How people call a record: from the journal's view of it, or (for a row the journal never
    had) from the table as it is now. Values are read raw, as damaged as they may be."""

    def __init__(self, session: Session, projection: Projection) -> None:
        self._session = session
        self._projection = projection
        self._tables = journaled_tables()

    def field(self, entity: str, entity_id: str, name: str) -> Any:
        """One field of a record, or None when neither the journal nor the table has it."""
        row = self._projection.row(entity, entity_id) or self._stored(entity, entity_id)
        return None if row is None else row.get(name)

    def record(self, entity: str, entity_id: str) -> Message:
        """The record as a short phrase ("Case TER-2026-014", "Account tessa.test")."""
        if entity == "role_assignment":
            member_id = self.field(entity, entity_id, "member_id")
            return Message(ROLE_OF_MEMBER, {"name": self._member(str(member_id))})
        label: Text | str = ENTITY_LABELS.get(entity, entity)
        name = self._name(entity, entity_id)
        case_id = self.field(entity, entity_id, "case_id") if entity != "case_file" else None
        if case_id is not None:
            code = self.field("case_file", str(case_id), "code") or case_id
            return Message(RECORD_OF_CASE, {"type": label, "name": name, "code": code})
        return Message(RECORD, {"type": label, "name": name})

    def _name(self, entity: str, entity_id: str) -> Any:
        if entity in _NAMED_BY:
            return self.field(entity, entity_id, _NAMED_BY[entity]) or entity_id
        if entity == "member":
            return self._member(entity_id)
        if entity == "meeting":
            try:
                starts = comparable(ValueKind.MOMENT, self.field(entity, entity_id, "starts_at"))
            except MalformedValue:
                return entity_id
            return entity_id if starts is None else local_date(starts)
        return entity_id

    def _member(self, member_id: str) -> str:
        for row in self._projection.rows.get("account", {}).values():
            if row.get("member_id") == member_id:
                return str(row.get("username"))
        stored = self._session.execute(
            text("SELECT username FROM account WHERE member_id = :id"), {"id": member_id}
        ).first()
        return member_id if stored is None else str(stored[0])

    def _stored(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        if entity not in self._tables:
            return None
        row = self._session.execute(
            text(f'SELECT * FROM "{entity}" WHERE id = :id'),
            {"id": entity_id},
        ).first()
        return None if row is None else dict(row._mapping)
