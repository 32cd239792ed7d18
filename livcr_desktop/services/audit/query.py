"""The audit trail's query and the SQL it becomes, tuned for a journal of a million operations.

Every filter maps onto one of the journal's existing indexes: person → (actor_id, hlc), kind and
category → (kind, hlc), record → (entity, entity_id), dates → (hlc). Two things SQLite's planner
cannot know without statistics are decided here instead:

- a category that covers most of the journal (all changes, say) is read in time order on the hlc
  index and filtered, because gathering 700,000 rows through the kind index only to sort them
  costs seconds, while the first page in time order costs a millisecond;
- a record-id filter without a record type is widened to "any of the record types present", so
  it becomes a few seeks on the (entity, entity_id) index instead of a scan of the journal.

Both rely on a loose index scan of the distinct kinds or record types: a few dozen seeks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, case, false, func, literal_column, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from livcr_desktop.domain.audit import AuditCategory, category_of, entity_label, kind_label
from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.text import Translate
from livcr_desktop.store.models import Account, JournalOperation, Member

JO = JournalOperation
SortKey = ColumnElement[Any] | InstrumentedAttribute[Any]
_ID_TEXT = re.compile(r"^[0-9a-f-]{1,36}$")
_LARGE_SHARE = 0.1
"""A kind filter matching more than this share of the journal is read in time order."""


class AuditColumn(StrEnum):
    """The columns of the audit trail, in the order the viewer shows them."""

    TIME = "time"
    PERSON = "person"
    KIND = "kind"
    DETAILS = "details"
    CATEGORY = "category"
    RECORD_TYPE = "record_type"
    RECORD_ID = "record_id"
    DEVICE = "device"

    @property
    def sortable(self) -> bool:
        """Every column but the details can be sorted in SQL."""
        return self is not AuditColumn.DETAILS


@dataclass(frozen=True)
class AuditQuery:
    """Which operations to list and in which order; every field narrows the list."""

    account_id: str | None = None
    without_person: bool = False
    """Only operations that no person did (system operations)."""
    category: AuditCategory | None = None
    kinds: tuple[str, ...] = ()
    entity: str | None = None
    entity_id: str = ""
    """A record id, or the beginning of one (ids are lower-case; case is ignored)."""
    device_id: str | None = None
    since: datetime | None = None
    """First moment included (timezone-aware)."""
    until: datetime | None = None
    """First moment no longer included (timezone-aware)."""
    sort: AuditColumn = AuditColumn.TIME
    descending: bool = True

    def sorted_by(self, column: AuditColumn, descending: bool) -> AuditQuery:
        """The same filters in another order."""
        return replace(self, sort=column, descending=descending)

    @property
    def record_id_text(self) -> str:
        """The record-id filter in its stored form."""
        return self.entity_id.strip().lower()

    def describe(self) -> dict[str, Any]:
        """The filters as codes and ids, for the journal entry of an export (no free text)."""
        described: dict[str, Any] = {
            "account_id": self.account_id,
            "without_person": self.without_person or None,
            "category": self.category.value if self.category else None,
            "kinds": list(self.kinds) or None,
            "entity": self.entity,
            "entity_id": self.record_id_text if _ID_TEXT.match(self.record_id_text) else None,
            "device_id": self.device_id,
            "since": self.since.astimezone(UTC).isoformat() if self.since else None,
            "until": self.until.astimezone(UTC).isoformat() if self.until else None,
            "sort": self.sort.value,
            "descending": self.descending,
        }
        return {key: value for key, value in described.items() if value is not None}


def stamp_bound(moment: datetime) -> str:
    """The smallest hybrid-logical-clock stamp at or after a moment (stamps sort as text)."""
    return HlcStamp(int(moment.timestamp() * 1000), 0).encode()


def distinct_values(session: Session, column: InstrumentedAttribute[str]) -> list[str]:
    """The distinct values of the first column of an index, one seek per value."""
    values: list[str] = []
    value = session.scalar(select(func.min(column)))
    while value is not None:
        values.append(value)
        value = session.scalar(select(func.min(column)).where(column > value))
    return values


class JournalSql:
    """Builds the SQL of audit queries inside one read session."""

    def __init__(
        self, session: Session, translate: Translate, shares: MutableMapping[tuple[str, ...], float]
    ) -> None:
        self._session = session
        self._translate = translate
        self._shares = shares
        self._distinct: dict[str, list[str]] = {}

    def count(self, query: AuditQuery) -> Select[Any]:
        """SELECT count(*) of the matching operations (no join, no sort)."""
        return select(func.count()).select_from(JO).where(*self.conditions(query, for_count=True))

    def ordered(self, base: Select[Any], query: AuditQuery) -> Select[Any]:
        """`base` (a SELECT from the journal) filtered and in the query's order."""
        return base.where(*self.conditions(query)).order_by(*self._order(query))

    def page(self, base: Select[Any], query: AuditQuery, offset: int, limit: int) -> Select[Any]:
        """One page of `base` in the query's order.

        In time order the hlc index delivers the page directly. Any other order needs a sort of
        every matching operation, so the sort runs on the journal's covering indexes alone
        (seq and the sort key, no joins) and only the page's rows are then joined: five times
        faster on a million operations than sorting joined rows.
        """
        offset, limit = max(offset, 0), max(limit, 0)
        if query.sort is AuditColumn.TIME:
            return self.ordered(base, query).offset(offset).limit(limit)
        order = self._order(query)
        seqs = (
            select(JO.seq)
            .where(*self.conditions(query))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        return base.where(JO.seq.in_(seqs.scalar_subquery())).order_by(*order)

    def _order(self, query: AuditQuery) -> list[ColumnElement[Any]]:
        key = self._sort_key(query.sort)
        ties = [JO.seq] if query.sort is AuditColumn.TIME else [JO.hlc, JO.seq]
        return [t.desc() if query.descending else t.asc() for t in (key, *ties)]

    def conditions(
        self, query: AuditQuery, *, for_count: bool = False
    ) -> list[ColumnElement[bool]]:
        """The WHERE terms of a query."""
        conditions: list[ColumnElement[bool]] = []
        if query.account_id is not None:
            conditions.append(JO.actor_id == query.account_id)
        if query.without_person:
            conditions.append(JO.actor_id.is_(None))
        kinds = self._kinds(query)
        if kinds is not None:
            conditions.append(self._kind_condition(kinds, query, for_count))
        record_id = query.record_id_text
        if query.entity is not None:
            conditions.append(JO.entity == query.entity)
        elif record_id:
            conditions.append(JO.entity.in_(self._values(JO.entity)))
        if record_id:
            if len(record_id) == 36:
                conditions.append(JO.entity_id == record_id)
            else:
                conditions.append(JO.entity_id >= record_id)
                conditions.append(JO.entity_id < record_id + "\uffff")
        if query.device_id is not None:
            conditions.append(JO.device_id == query.device_id)
        if query.since is not None:
            conditions.append(JO.hlc >= stamp_bound(query.since))
        if query.until is not None:
            conditions.append(JO.hlc < stamp_bound(query.until))
        return conditions

    # -- kinds and categories ----------------------------------------------------------------

    def _values(self, column: InstrumentedAttribute[str]) -> list[str]:
        found = self._distinct.get(column.key)
        if found is None:
            found = self._distinct[column.key] = distinct_values(self._session, column)
        return found

    def _kinds(self, query: AuditQuery) -> tuple[str, ...] | None:
        """The kinds a query allows (None: any). A category is decided in Python
        (domain/audit.py), so it becomes the list of present kinds in that category."""
        kinds: set[str] | None = set(query.kinds) if query.kinds else None
        if query.category is not None:
            present = {k for k in self._values(JO.kind) if category_of(k) is query.category}
            kinds = present if kinds is None else kinds & present
        return None if kinds is None else tuple(sorted(kinds))

    def _kind_condition(
        self, kinds: tuple[str, ...], query: AuditQuery, for_count: bool
    ) -> ColumnElement[bool]:
        if not kinds:
            return false()
        if for_count or query.sort is not AuditColumn.TIME or self._share(kinds) <= _LARGE_SHARE:
            return JO.kind.in_(kinds)
        # `kind || ''` cannot use the kind index, so SQLite walks the hlc index in time order.
        return JO.kind.op("||")(literal_column("''")).in_(kinds)

    def _share(self, kinds: tuple[str, ...]) -> float:
        """Roughly which share of the journal these kinds are (remembered per trail: it only
        steers the plan, never the result)."""
        share = self._shares.get(kinds)
        if share is None:
            matching = self._session.scalar(select(func.count()).where(JO.kind.in_(kinds))) or 0
            total = self._session.scalar(select(func.max(JO.seq))) or 1
            share = self._shares[kinds] = matching / max(total, 1)
        return share

    # -- sorting ------------------------------------------------------------------------------

    def _sort_key(self, column: AuditColumn) -> SortKey:
        translate = self._translate
        if column is AuditColumn.PERSON:
            # Ranked by name without a join; operations without a person come first.
            accounts = select(Account.id, Member.full_name).join(Member)
            names: dict[str, str] = {
                row.id: row.full_name for row in self._session.execute(accounts)
            }
            return _by_label(JO.actor_id, list(names), lambda a: names[a], unknown=-1)
        if column is AuditColumn.KIND:
            return _by_label(JO.kind, self._values(JO.kind), lambda k: kind_label(k, translate))
        if column is AuditColumn.CATEGORY:
            return _by_label(
                JO.kind, self._values(JO.kind), lambda k: category_of(k).label.render(translate)
            )
        if column is AuditColumn.RECORD_TYPE:
            return _by_label(
                JO.entity, self._values(JO.entity), lambda e: entity_label(e, translate)
            )
        if column is AuditColumn.RECORD_ID:
            return JO.entity_id
        if column is AuditColumn.DEVICE:
            return JO.device_id
        return JO.hlc


def _by_label(
    column: InstrumentedAttribute[Any],
    values: Sequence[str],
    label: Callable[[str], str],
    *,
    unknown: int | None = None,
) -> SortKey:
    """A sort key that orders codes (or ids) by the label the reader sees, alphabetically and
    ignoring case; a value not listed (or NULL) ranks as `unknown` (default: last)."""
    ranked = sorted(values, key=lambda v: (label(v).casefold(), v))
    ranks = {value: rank for rank, value in enumerate(ranked)}
    if not ranks:
        return column
    return case(ranks, value=column, else_=len(ranked) if unknown is None else unknown)
