"""The case list: filtered, sorted and searched in SQL, one page at a time.

At 100,000 cases nothing may be loaded whole: the list asks for a count and for pages, sorts on
indexed columns, and searches case codes by their start on the code index, names and notes (only
where the reader may read them) word by word in SQLite FTS5. Every query carries the same
need-to-know filter as the dossier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.retention import is_minor
from livcr_desktop.services.cases.access import active_participation, visible_cases
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseParticipantRow, CaseRow, MunicipalityRow, PersonRow
from livcr_desktop.store.search_index import cases_with_words, read_into_cache

_WORD = re.compile(r"\w+", re.UNICODE)
_CODE_LIKE = re.compile(r"[\w/.-]+", re.UNICODE)
_AFTER_EVERY_CODE = "\U0010ffff"


class CaseSort(StrEnum):
    """The columns the list can be sorted on."""

    CODE = "code"
    SUBJECT = "subject"
    MUNICIPALITY = "municipality"
    STATUS = "status"
    FOLLOW_UP = "follow_up"
    UPDATED = "updated"


@dataclass(frozen=True)
class CaseFilter:
    """What the list shows; empty means everything the reader may see."""

    statuses: frozenset[CaseStatus] = field(default_factory=frozenset)
    municipality_id: str | None = None
    participant_member_id: str | None = None
    due_follow_up: bool = False
    search: str = ""


@dataclass(frozen=True)
class CaseListRow:
    """One line of the list."""

    id: str
    code: str
    subject_name: str
    subject_kind: str
    municipality_name: str
    status: CaseStatus
    next_follow_up: date | None
    updated_at: datetime
    subject_minor: bool = False
    """Whether the person concerned is under 18 today (the youth-protection rules apply)."""

    def follow_up_overdue(self, today: date) -> bool:
        """Whether the follow-up date of this open case has passed (today is not late yet)."""
        return (
            self.next_follow_up is not None and self.next_follow_up < today and self.status.is_open
        )


def fts_query(search: str) -> str | None:
    """A safe FTS5 query: every word must occur, as a prefix ('pee' finds 'Peeters')."""
    words = _WORD.findall(search)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def code_prefixes(search: str) -> list[str]:
    """What a case code may start with, when the search is typed like the start of a code.

    Codes are matched on their ordered index, not word by word in the full-text index: "TER"
    starts every code of a `TER-{year}-{number}` scheme, and counting 100,000 full-text hits
    takes far longer than one range of the code index.
    """
    typed = search.strip()
    if not typed or any(ch.isspace() for ch in typed) or not _CODE_LIKE.fullmatch(typed):
        return []
    return sorted({typed, typed.upper()})


class CaseList:
    """Counting and paging the cases one person may see."""

    def __init__(self, workspace: Workspace) -> None:
        workspace.require_some(Resource.CASE, Action.VIEW)
        self._ws = workspace
        self._today = workspace.today()
        self._visible = visible_cases(workspace.actor, self._today)
        with workspace.db.read_session() as session:
            self._municipalities = {m.id: m.name for m in session.scalars(select(MunicipalityRow))}
            # About as many as the cases a filter keeps before searching: every case this
            # database indexed, one step down an index (an exact count of a filter would read
            # all its cases). It only steers the choice of plan, never which rows are found: an
            # overestimate (a partner's few cases) leans to collecting the matches, which are
            # then few anyway, and cases opened while the list is open change it by little.
            self._indexed_cases = int(session.scalar(select(func.max(CaseRow.search_key))) or 0)

    @property
    def today(self) -> date:
        """The day the list judges follow-ups against (overdue before it)."""
        return self._today

    def _where(
        self, filter_: CaseFilter, *, walk_sort_index: bool = False
    ) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = [self._visible]
        if filter_.statuses:
            clauses.append(CaseRow.status.in_(sorted(s.value for s in filter_.statuses)))
        if filter_.municipality_id:
            clauses.append(CaseRow.municipality_id == filter_.municipality_id)
        if filter_.participant_member_id:
            clauses.append(
                CaseRow.id.in_(
                    select(CaseParticipantRow.case_id).where(
                        active_participation(filter_.participant_member_id, self._today)
                    )
                )
            )
        if filter_.due_follow_up:
            clauses.append(
                and_(CaseRow.next_follow_up.is_not(None), CaseRow.next_follow_up <= self._today)
            )
        matches = self._search(filter_.search)
        if matches is not None:
            clauses.append(_checked_row_by_row(matches) if walk_sort_index else matches)
        return clauses

    def _walks_sort_index(
        self, filter_: CaseFilter, sort: CaseSort, offset: int, limit: int, matching: int | None
    ) -> bool:
        """Whether a search page is cheaper found by walking the sort column's index.

        SQLite's default collects every match through the search indexes and sorts them all:
        right for a few matches, slow for many (typing "J" matches a fifth of 100,000 cases).
        Walking the cases in the wanted order and keeping those that match stops after the
        page, and reads about (offset + limit) * all / matching rows. That is the cheaper way
        when it reads no more rows than there are matches to sort.
        """
        if not filter_.search or matching is None or sort not in _INDEXED_SORTS:
            return False
        if matching == 0:
            return False
        return (offset + limit) * self._indexed_cases <= matching * matching

    def _search(self, search: str) -> ColumnElement[bool] | None:
        """Cases whose code starts with the text, or whose names or readable notes hold its words.

        A code is not searched word by word: "2025" would match every case of a year.
        """
        query = fts_query(search)
        if query is None:
            return None
        return or_(
            *(
                and_(CaseRow.code >= prefix, CaseRow.code < prefix + _AFTER_EVERY_CODE)
                for prefix in code_prefixes(search)
            ),
            cases_with_words(query, self._ws.actor.organisation_id),
        )

    def _order(self, sort: CaseSort, descending: bool) -> list[Any]:
        column: Any
        if sort is CaseSort.MUNICIPALITY:
            ordered = sorted(self._municipalities, key=lambda i: self._municipalities[i].casefold())
            column = case(
                {mid: index for index, mid in enumerate(ordered)},
                value=CaseRow.municipality_id,
                else_=len(ordered),
            )
        elif sort is CaseSort.STATUS:
            column = case(
                {s.value: index for index, s in enumerate(CaseStatus)},
                value=CaseRow.status,
                else_=len(CaseStatus),
            )
        else:
            column = {
                CaseSort.CODE: CaseRow.code,
                CaseSort.SUBJECT: CaseRow.subject_sort,
                CaseSort.FOLLOW_UP: CaseRow.next_follow_up,
                CaseSort.UPDATED: CaseRow.updated_at,
            }[sort]
        primary = column.desc() if descending else column.asc()
        tiebreak = CaseRow.code.desc() if descending else CaseRow.code.asc()
        return [primary, tiebreak] if sort is not CaseSort.CODE else [primary]

    def count_query(self, filter_: CaseFilter) -> Select[int]:
        """The SQL of the count (exposed for the benchmark's floor)."""
        return select(func.count()).select_from(CaseRow).where(*self._where(filter_))

    def count(self, filter_: CaseFilter, session: Session | None = None) -> int:
        """How many cases match."""
        stmt = self.count_query(filter_)
        if session is not None:
            return int(session.scalar(stmt) or 0)
        with self._ws.db.read_session() as own:
            return int(own.scalar(stmt) or 0)

    def page_query(
        self,
        filter_: CaseFilter,
        sort: CaseSort,
        *,
        descending: bool,
        offset: int,
        limit: int,
        matching: int | None = None,
    ) -> Select[*tuple[Any, ...]]:
        """The SQL of one page (exposed for the benchmark's floor). `matching`, the count of the
        same filter when known, lets a search pick the cheaper way to find the page."""
        walk = self._walks_sort_index(filter_, sort, offset, limit, matching)
        return (
            select(
                CaseRow.id,
                CaseRow.code,
                CaseRow.subject_name,
                CaseRow.subject_kind,
                CaseRow.municipality_id,
                CaseRow.status,
                CaseRow.next_follow_up,
                CaseRow.updated_at,
                CaseRow.person_id,
            )
            .where(*self._where(filter_, walk_sort_index=walk))
            .order_by(*self._order(sort, descending))
            .offset(offset)
            .limit(limit)
        )

    def page(
        self,
        filter_: CaseFilter,
        sort: CaseSort = CaseSort.CODE,
        *,
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
        matching: int | None = None,
        session: Session | None = None,
    ) -> list[CaseListRow]:
        """One page of matching cases in the chosen order (`matching`: see `page_query`)."""
        stmt = self.page_query(
            filter_, sort, descending=descending, offset=offset, limit=limit, matching=matching
        )
        if session is None:
            with self._ws.db.read_session() as own:
                rows = own.execute(stmt).all()
                minors = self._minors(own, rows)
        else:
            rows = session.execute(stmt).all()
            minors = self._minors(session, rows)
        return [
            CaseListRow(
                id=r.id,
                code=r.code,
                subject_name=r.subject_name,
                subject_kind=r.subject_kind,
                municipality_name=self._municipalities.get(r.municipality_id, ""),
                status=CaseStatus(r.status),
                next_follow_up=r.next_follow_up,
                updated_at=r.updated_at,
                subject_minor=r.person_id in minors,
            )
            for r in rows
        ]

    def _minors(self, session: Session, rows: Sequence[Any]) -> frozenset[str]:
        """The persons of a page who are under 18 today: one look-up by key for the page only,
        never a join over the whole list."""
        today = self._ws.today()
        born = session.execute(
            select(PersonRow.id, PersonRow.birth_date).where(
                PersonRow.id.in_({r.person_id for r in rows}),
                PersonRow.birth_date.is_not(None),
            )
        ).all()
        return frozenset(person for person, birth in born if is_minor(birth, today))

    def warm_up(self) -> None:
        """Prepare for the first searches (for a list just opened, off the GUI thread)."""
        with self._ws.db.read_session() as session:
            read_into_cache(session)

    def first_page(
        self,
        filter_: CaseFilter,
        sort: CaseSort = CaseSort.CODE,
        *,
        descending: bool = False,
        limit: int = 200,
    ) -> tuple[int, list[CaseListRow]]:
        """How many cases match, and the first page of them: what a keystroke in the search box
        or a new filter shows."""
        with self._ws.db.read_session() as session:
            total = self.count(filter_, session)
            rows = self.page(
                filter_, sort, descending=descending, limit=limit, matching=total, session=session
            )
        return total, rows


_INDEXED_SORTS = frozenset({CaseSort.CODE, CaseSort.SUBJECT, CaseSort.FOLLOW_UP, CaseSort.UPDATED})
"""The sorts whose first column has an index of its own (see CaseRow's indexes)."""


def _checked_row_by_row(clause: ColumnElement[bool]) -> ColumnElement[bool]:
    """The clause behind SQLite's unary plus, which keeps the planner from using an index for
    it (documented in SQLite's query planner notes): the rows are then walked in the index
    order of the ORDER BY, and the clause is tested on each."""
    return UnaryExpression(clause.self_group(), operator=custom_op("+"), type_=Boolean())
