"""The audit trail: who did what, when, on which record, from which device.

For the coordinator and the data-protection officer. The journal may hold a million operations,
so every list is a filtered, sorted page computed by SQLite on the journal's indexes (see
audit_query.py), and the total is counted separately; nothing ever loads the whole journal.

No case content leaves this module: the payload of an operation is read only for the few kinds
whose payload carries non-personal details (domain/audit.py `KINDS[...].details`), and only the
listed keys with known values are returned. Everything else in a payload stays in the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, case, null, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.audit import (
    KINDS,
    AuditCategory,
    DetailValue,
    allowed_details,
    category_of,
)
from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import Translate, identity_translate
from livcr_desktop.services.audit.query import AuditColumn, AuditQuery, JournalSql
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import Account, JournalOperation, Member

__all__ = ["AuditColumn", "AuditPerson", "AuditQuery", "AuditRow", "AuditTrail", "moment_of"]

JO = JournalOperation


@dataclass(frozen=True)
class AuditRow:
    """One operation as the audit trail shows it (never its payload)."""

    seq: int
    op_id: str
    at: datetime | None
    """When, in UTC (None only if the stored stamp was damaged)."""
    account_id: str | None
    person: str | None
    """The person's display name; None for a system operation."""
    kind: str
    category: AuditCategory
    entity: str
    entity_id: str
    device_id: str
    device_seq: int
    details: dict[str, DetailValue] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditPerson:
    """Someone who can appear in the trail: an account and its member's name."""

    account_id: str
    display_name: str
    username: str
    active: bool


def moment_of(hlc: str) -> datetime | None:
    """The wall-clock moment of a hybrid-logical-clock stamp, in UTC."""
    try:
        stamp = HlcStamp.decode(hlc)
    except ValueError:
        return None
    return datetime.fromtimestamp(stamp.physical_ms / 1000, UTC)


_DETAIL_KINDS = tuple(kind for kind, info in KINDS.items() if info.details)
_COLUMNS = (
    JO.seq,
    JO.op_id,
    JO.hlc,
    JO.actor_id,
    Member.full_name,
    JO.kind,
    JO.entity,
    JO.entity_id,
    JO.device_id,
    JO.device_seq,
    # The payload of every other kind is never even read out of the database.
    case((JO.kind.in_(_DETAIL_KINDS), JO.payload), else_=null()).label("detail_payload"),
)


def _base() -> Select[Any]:
    return (
        select(*_COLUMNS)
        .select_from(JO)
        .outerjoin(Account, Account.id == JO.actor_id)
        .outerjoin(Member, Member.id == Account.member_id)
    )


def _to_row(stored: Any) -> AuditRow:
    details: dict[str, DetailValue] = {}
    if stored.detail_payload:
        try:
            payload = json.loads(stored.detail_payload)
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            details = allowed_details(stored.kind, payload)
    return AuditRow(
        seq=stored.seq,
        op_id=stored.op_id,
        at=moment_of(stored.hlc),
        account_id=stored.actor_id,
        person=stored.full_name,
        kind=stored.kind,
        category=category_of(stored.kind),
        entity=stored.entity,
        entity_id=stored.entity_id,
        device_id=stored.device_id,
        device_seq=stored.device_seq,
        details=details,
    )


class AuditTrail:
    """Reading the audit trail. `translate` is the reader's language: sorting by a column that
    shows labels (what, category, record type) sorts by the label the reader sees."""

    def __init__(self, workspace: Workspace, translate: Translate = identity_translate) -> None:
        self._ws = workspace
        self._translate = translate
        self._shares: dict[tuple[str, ...], float] = {}

    @property
    def workspace(self) -> Workspace:
        """The signed-in context (for the export and verification helpers)."""
        return self._ws

    def open(self) -> None:
        """Open the trail for reading: checked, and journaled once per opening, not per page."""
        self._ws.require(Resource.AUDIT_TRAIL, Action.VIEW)
        with self._ws.uow() as uow:
            uow.journal.access("journal", "-", "access.audit_opened")

    def people(self) -> list[AuditPerson]:
        """Every account, ended ones included (their operations stay in the trail)."""
        self._ws.require(Resource.AUDIT_TRAIL, Action.VIEW)
        with self._ws.db.read_session() as session:
            rows = session.execute(
                select(Account.id, Member.full_name, Account.username, Account.active)
                .join(Member, Member.id == Account.member_id)
                .order_by(Member.full_name, Account.username)
            ).all()
        return [AuditPerson(r.id, r.full_name, r.username, bool(r.active)) for r in rows]

    def count(self, query: AuditQuery) -> int:
        """How many operations match the filters."""
        self._ws.require(Resource.AUDIT_TRAIL, Action.VIEW)
        with self._ws.db.read_session() as session:
            return int(session.scalar(self._sql(session).count(query)) or 0)

    def page(self, query: AuditQuery, offset: int, limit: int) -> list[AuditRow]:
        """One page of matching operations in the query's order."""
        self._ws.require(Resource.AUDIT_TRAIL, Action.VIEW)
        with self._ws.db.read_session() as session:
            stmt = self._sql(session).page(_base(), query, offset, limit)
            return [_to_row(stored) for stored in session.execute(stmt)]

    def operation(self, op_id: str) -> AuditRow | None:
        """One operation by its id (to name a broken link); None when it does not exist."""
        self._ws.require(Resource.AUDIT_TRAIL, Action.VIEW)
        with self._ws.db.read_session() as session:
            stored = session.execute(_base().where(JO.op_id == op_id)).first()
        return _to_row(stored) if stored is not None else None

    def iter_rows(
        self, session: Session, query: AuditQuery, batch: int = 1000
    ) -> Iterator[AuditRow]:
        """Every matching row in order, streamed in batches (for exports: the caller checks
        the permission and owns the session)."""
        stmt = self._sql(session).ordered(_base(), query).execution_options(yield_per=batch)
        for stored in session.execute(stmt):
            yield _to_row(stored)

    def _sql(self, session: Session) -> JournalSql:
        return JournalSql(session, self._translate, self._shares)
