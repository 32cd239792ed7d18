"""Erasing cases' content from this laptop's database: the one function both paths use.

The coordinator's laptop runs it when it carries out a decided erasure (erasure.py); every other
laptop runs it when the register entry reaches it by hub or bundle (erasure_sync.py); a restore
runs it on the restored copy (erasure_restore.py). What goes: the person's identity, notes,
signals' texts, summaries, trajectory goals, actions, updates and evaluations' texts, decision
wordings and what was signed over them, positions' reasons, feedback-form texts, the texts of
the data-subject requests, its items in approved minutes (erasure_minutes.py), the search
index entries, the transfer note a received hand-over carried, the keys of the case's scopes
(and its parts, so old envelopes and bundles of the case no longer open here), what waits of it,
and the payloads of its journal operations (each keeps its place, hash and signed digest, so
chains and signatures still check). What stays: every row with its ids, codes, dates, statuses,
reasons, kinds, ratings and counts, so `compute_figures` gives the same numbers.

Set-based: each table is blanked with one UPDATE per chunk of cases, so erasing a thousand
cases (the first run of retention on an old LIVC-R) is a few hundred statements, not a few
hundred thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, delete, or_, select, tuple_, update
from sqlalchemy.orm import Session

from livcr_desktop.services.retention.erasure_minutes import APPROVED_KIND, erase_from_minutes
from livcr_desktop.services.sync.scopes import parts_of
from livcr_desktop.services.sync.withdrawal import _erased as erased_payload
from livcr_desktop.services.sync.withdrawal import _remove_search_entries
from livcr_desktop.store.erasures import ERASED_PREFIX
from livcr_desktop.store.models import (
    Base,
    CaseRow,
    HandoverNoteRow,
    JournalOperation,
    OrganisationRow,
    SyncConflictRow,
    SyncHeldRow,
    SyncScopeKeyRow,
)

_T = Base.metadata.tables

BLANKED: dict[str, dict[str, Any]] = {
    "person": {
        "first_names": "",
        "last_name": "",
        "birth_date": None,
        "description": "",
        "group_name": "",
        "address": "",
        "phone": "",
        "match_key": "",
    },
    "case_file": {"subject_name": "", "subject_sort": ""},
    "case_note": {"body": ""},
    "case_link": {"livcr_name": "", "contact": ""},
    "signal": {
        "description": "",
        "signalling_person": "",
        "ltf_shared_info": "",
        "other_livcr_name": "",
        "other_livcr_contact": "",
        "screening_reason": None,
    },
    "trajectory": {"outcome": ""},
    "trajectory_goal": {"description": ""},
    "trajectory_action": {"description": ""},
    "trajectory_update": {"body": ""},
    "trajectory_evaluation": {"protective_factors": "", "explanation": ""},
    "decision": {"wording": "", "signed_content": None},
    "decision_position": {"reason": ""},
    "agenda_item": {"title": "", "summary": "", "frozen_minutes": None},
    "action_point": {"description": ""},
    "minutes_amendment": {"text": ""},
    "item_stance": {"motivation": "", "representative_name": "", "representative_function": ""},
    "feedback_form": {
        "ltf_reference": "",
        "consultation_dates": "[]",
        "frozen_content": None,
        "ltf_answer": "",
        "transmitted_to": "",
    },
    "feedback_item": {"text": ""},
    "handover": {
        "contact_name": "",
        "contact_organisation": "",
        "contact_phone": "",
        "contact_email": "",
        "texts": "[]",
        "decided_content": None,
    },
    "subject_request": {
        "requester_name": "",
        "note": "",
        "ground_note": "",
        "extension_reason": "",
        "answer_summary": "",
    },
}
"""Per table, the columns that hold what a person wrote or who the person is, and the value
each takes; every other column (ids, codes, dates, statuses, reasons, kinds, ratings) stays."""

_CHUNK = 400
"""Case ids per statement (SQLite's limit on bound variables is far above)."""


@dataclass(frozen=True)
class _Rows:
    """How the rows of one table are found from a chunk of case ids."""

    table: str
    ids: Callable[[Session, list[str]], list[str]]


def _by_case(table: str) -> Callable[[Session, list[str]], list[str]]:
    def find(session: Session, cases: list[str]) -> list[str]:
        t = _T[table]
        return list(session.scalars(select(t.c.id).where(t.c.case_id.in_(cases))))

    return find


def _by_parent(table: str, column: str, parent: str) -> Callable[[Session, list[str]], list[str]]:
    def find(session: Session, cases: list[str]) -> list[str]:
        t, p = _T[table], _T[parent]
        parents = select(p.c.id).where(p.c.case_id.in_(cases))
        return list(session.scalars(select(t.c.id).where(t.c[column].in_(parents))))

    return find


def _persons(session: Session, cases: list[str]) -> list[str]:
    return list(session.scalars(select(CaseRow.person_id).where(CaseRow.id.in_(cases))))


def _cases(_session: Session, cases: list[str]) -> list[str]:
    return list(cases)


_FINDERS: tuple[_Rows, ...] = (
    _Rows("person", _persons),
    _Rows("case_file", _cases),
    *(
        _Rows(name, _by_case(name))
        for name in (
            "case_note",
            "case_link",
            "signal",
            "trajectory",
            "trajectory_update",
            "trajectory_evaluation",
            "decision",
            "agenda_item",
            "action_point",
            "feedback_form",
            "subject_request",
            "handover",
        )
    ),
    _Rows("trajectory_goal", _by_parent("trajectory_goal", "trajectory_id", "trajectory")),
    _Rows("trajectory_action", _by_parent("trajectory_action", "trajectory_id", "trajectory")),
    _Rows("decision_position", _by_parent("decision_position", "decision_id", "decision")),
    _Rows("feedback_item", _by_parent("feedback_item", "form_id", "feedback_form")),
    _Rows("minutes_amendment", _by_parent("minutes_amendment", "item_id", "agenda_item")),
    _Rows("item_stance", _by_parent("item_stance", "item_id", "agenda_item")),
)


@dataclass
class Erased:
    """What one erasure changed on this laptop (counts only, for the journal and the tests)."""

    cases: int = 0
    rows: int = 0
    payloads: int = 0
    keys: int = 0
    minutes: int = 0
    """Approved minutes whose frozen form lost an item of these cases."""


def erase_cases(
    session: Session,
    case_ids: Sequence[str],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Erased:
    """Erase the content of these cases in the caller's transaction; safe to run again (what is
    erased already stays as it is). `progress(done, total)` is told after each chunk."""
    result = Erased()
    total = len(case_ids)
    for start in range(0, total, _CHUNK):
        chunk = list(case_ids[start : start + _CHUNK])
        _erase_chunk(session, chunk, result)
        if progress is not None:
            progress(min(start + _CHUNK, total), total)
    session.expire_all()
    return result


def _erase_chunk(session: Session, cases: list[str], result: Erased) -> None:
    records: list[tuple[str, str]] = []
    for finder in _FINDERS:
        ids = finder.ids(session, cases)
        if not ids:
            continue
        records.extend((finder.table, row_id) for row_id in ids)
        table: Table = _T[finder.table]
        for start in range(0, len(ids), _CHUNK):
            session.execute(
                update(table)
                .where(table.c.id.in_(ids[start : start + _CHUNK]))
                .values(**BLANKED[finder.table])
            )
        result.rows += len(ids)
    for (search_key,) in session.execute(select(CaseRow.search_key).where(CaseRow.id.in_(cases))):
        _remove_search_entries(session, search_key)
    result.payloads += _erase_payloads(session, cases, records)
    result.minutes += erase_from_minutes(session, cases)
    organisations = list(session.scalars(select(OrganisationRow.id)))
    scopes: set[str] = set(cases)
    for case_id in cases:
        scopes |= parts_of(case_id, organisations)
    scope_list = sorted(scopes)
    for start in range(0, len(scope_list), _CHUNK):
        part = scope_list[start : start + _CHUNK]
        deleted = session.execute(delete(SyncScopeKeyRow).where(SyncScopeKeyRow.scope_id.in_(part)))
        result.keys += int(getattr(deleted, "rowcount", 0) or 0)
        session.execute(delete(SyncHeldRow).where(SyncHeldRow.scope_id.in_(part)))
    session.execute(delete(SyncConflictRow).where(SyncConflictRow.scope_id.in_(cases)))
    session.execute(delete(HandoverNoteRow).where(HandoverNoteRow.case_id.in_(cases)))
    result.cases += len(cases)


def _erase_payloads(session: Session, cases: list[str], records: Iterable[tuple[str, str]]) -> int:
    """Erase the payloads of the cases' operations and of every operation on one of their
    records that travels LIVC-R-wide (agenda items, action points, minutes amendments)."""
    journal = _T[JournalOperation.__tablename__]
    wanted = list(records)
    conditions = [journal.c.scope_id.in_(cases)]
    for start in range(0, len(wanted), _CHUNK):
        conditions.append(
            tuple_(journal.c.entity, journal.c.entity_id).in_(wanted[start : start + _CHUNK])
        )
    rows = session.execute(select(journal.c.seq, journal.c.payload).where(or_(*conditions))).all()
    changed = [
        {"at_seq": seq, "erased": erased}
        for seq, payload in rows
        if (erased := erased_payload(payload)) != payload
    ]
    if changed:
        # One statement run for every row (executemany): building and caching a statement per
        # operation was most of an erasure's time (docs/sync.md, "The erasure benchmark").
        session.execute(
            update(journal)
            .where(journal.c.seq == bindparam("at_seq"))
            .values(payload=bindparam("erased")),
            changed,
        )
    return len(changed)


def is_carried_out(session: Session, case_id: str) -> bool:
    """Whether nothing of the case's content is left here (cheap: the person's name, the keys
    of its own scope, and the payloads of its operations and of those on its agenda items and
    action points)."""
    case = session.get(CaseRow, case_id)
    if case is None:
        return True
    person = _T["person"]
    named = session.scalar(
        select(person.c.id).where(
            person.c.id == case.person_id, or_(person.c.first_names != "", person.c.last_name != "")
        )
    )
    if named is not None or case.subject_name:
        return False
    key = session.scalar(
        select(SyncScopeKeyRow.scope_id).where(SyncScopeKeyRow.scope_id == case_id).limit(1)
    )
    if key is not None:
        return False
    # The case's own operations, and those on its records that travel LIVC-R-wide (an agenda
    # item's summary written on a laptop that had not heard of the erasure yet).
    items = _T["agenda_item"]
    points = _T["action_point"]
    records = (
        select(items.c.id)
        .where(items.c.case_id == case_id)
        .union_all(select(points.c.id).where(points.c.case_id == case_id))
    )
    # The approval of minutes that discussed it (it carries their frozen form).
    meetings = select(items.c.meeting_id).where(items.c.case_id == case_id)
    approved = (JournalOperation.kind == APPROVED_KIND) & JournalOperation.entity_id.in_(meetings)
    kept = session.scalar(
        select(JournalOperation.seq)
        .where(
            or_(
                JournalOperation.scope_id == case_id,
                JournalOperation.entity_id.in_(records),
                approved,
            ),
            ~JournalOperation.payload.startswith(ERASED_PREFIX, autoescape=True),
        )
        .limit(1)
    )
    return kept is None
