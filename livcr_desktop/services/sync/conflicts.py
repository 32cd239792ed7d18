"""Conflicts found by the sync, shown with both values and who made them, and resolved by a new
journaled update that says which value is kept.

Both operations stay in the journal for good; the record meanwhile holds the later one (see
store/apply_rows.py). Resolving writes the chosen value again as an update based on the record's
current version, so it follows both sides on every laptop and ends the disagreement there too: a
conflict whose field such a resolution has since set is no longer shown on any laptop.

Who may resolve: the coordinator, and each author of one of the two sides. Every member sees
the conflicts they took part in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.column_values import ENUM_COLUMNS, comparable, value_kind
from livcr_desktop.store.models import Account, Base, JournalOperation, Member, SyncConflictRow

RESOLVED_KIND = "sync.conflict_resolved"
ALREADY_RESOLVED = QT_TRANSLATE_NOOP("Sync", "This conflict was already resolved.")
NOT_A_SIDE = QT_TRANSLATE_NOOP("Sync", "This value is not one of the two sides of the conflict.")


@dataclass(frozen=True)
class ConflictSide:
    """One of the two values, as its author left it."""

    op_id: str
    value: Any
    """In journal form (text, number, date as text); None for a deletion or an empty field."""
    deleted: bool
    author: str
    author_account_id: str | None
    made_at: datetime | None


@dataclass(frozen=True)
class ConflictView:
    """One unresolved conflict: which field of which record, and its two sides."""

    conflict_id: int
    entity: str
    entity_id: str
    field: str
    case_id: str | None
    sides: tuple[ConflictSide, ConflictSide]


def _made_at(hlc: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(HlcStamp.decode(hlc).physical_ms / 1000, tz=UTC)
    except ValueError:
        return None


def _side(session: Session, op_id: str, field: str) -> tuple[ConflictSide, str] | None:
    stored = session.scalars(
        select(JournalOperation).where(JournalOperation.op_id == op_id)
    ).first()
    if stored is None:
        return None
    payload = json.loads(stored.payload)
    fields = payload.get("fields") if isinstance(payload, dict) else None
    deleted = not isinstance(fields, dict)
    author = ""
    if stored.actor_id:
        account = session.get(Account, stored.actor_id)
        member = session.get(Member, account.member_id) if account is not None else None
        author = member.full_name if member is not None else ""
    side = ConflictSide(
        op_id=op_id,
        value=None if deleted or fields is None else fields.get(field),
        deleted=deleted,
        author=author,
        author_account_id=stored.actor_id,
        made_at=_made_at(stored.hlc),
    )
    return side, stored.hlc


def _settled_since(session: Session, row: SyncConflictRow, after: str) -> bool:
    """Whether a resolution of this field was journaled after both sides (on any laptop)."""
    for stored in session.scalars(
        select(JournalOperation).where(
            JournalOperation.entity == row.entity,
            JournalOperation.entity_id == row.entity_id,
            JournalOperation.kind == RESOLVED_KIND,
            JournalOperation.hlc > after,
        )
    ):
        fields = json.loads(stored.payload).get("fields")
        if isinstance(fields, dict) and row.field in fields:
            return True
    return False


def _view(session: Session, row: SyncConflictRow) -> ConflictView | None:
    kept = _side(session, row.kept_op_id, row.field)
    other = _side(session, row.other_op_id, row.field)
    if kept is None or other is None:
        return None
    if _settled_since(session, row, max(kept[1], other[1])):
        return None
    sides = sorted((kept, other), key=lambda s: s[1])
    return ConflictView(
        conflict_id=row.id,
        entity=row.entity,
        entity_id=row.entity_id,
        field=row.field,
        case_id=row.scope_id,
        sides=(sides[0][0], sides[1][0]),
    )


def _is_coordinator(workspace: Workspace) -> bool:
    return workspace.actor.has_role(Role.COORDINATOR, workspace.today())


def open_conflicts(workspace: Workspace, *, own_only: bool = False) -> list[ConflictView]:
    """The unresolved conflicts this person may resolve: all of them for the coordinator (unless
    `own_only`), else those where they made one side."""
    mine_only = own_only or not _is_coordinator(workspace)
    me = workspace.actor.account_id
    with workspace.db.read_session() as session:
        rows = session.scalars(
            select(SyncConflictRow)
            .where(SyncConflictRow.resolved.is_(False))
            .order_by(SyncConflictRow.found_at)
        ).all()
        views = [view for row in rows if (view := _view(session, row)) is not None]
    if mine_only:
        views = [v for v in views if me in {s.author_account_id for s in v.sides}]
    return views


def _orm_class(table_name: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table_name:
            return mapper.class_
    return None


def resolve_conflict(workspace: Workspace, conflict_id: int, keep_op_id: str) -> None:
    """Keep the value of one side: a new journaled update of the field (unless that side
    deleted the record, which stays deleted), and the conflict marked resolved."""
    with workspace.uow() as uow:
        session = uow.session
        workspace.refresh_actor()
        row = session.get(SyncConflictRow, conflict_id)
        if row is None or row.resolved:
            raise DomainError(ALREADY_RESOLVED)
        view = _view(session, row)
        if view is None:
            row.resolved = True
            return
        authors = {s.author_account_id for s in view.sides}
        if not _is_coordinator(workspace) and workspace.actor.account_id not in authors:
            workspace.refuse(Resource.CASE, Action.EDIT, entity=row.entity, entity_id=row.entity_id)
        chosen = next((s for s in view.sides if s.op_id == keep_op_id), None)
        if chosen is None:
            raise DomainError(NOT_A_SIDE)
        model = _orm_class(row.entity)
        record = session.get(model, row.entity_id) if model is not None else None
        if record is not None and not chosen.deleted:
            column = model.__table__.c[row.field]  # type: ignore[union-attr]
            choices = ENUM_COLUMNS.get((row.entity, row.field))
            value = comparable(value_kind(row.entity, column), chosen.value, choices)
            if choices is not None and value is not None:
                value = choices(value)
            uow.journal.updated(
                record,
                RESOLVED_KIND,
                {row.field: value},
                scope_id=row.scope_id,
                kept_op_id=keep_op_id,
            )
        row.resolved = True
