"""Carrying out on this laptop the erasures that reached it by hub or bundle.

The coordinator's laptop journals each erasure as a signed `retention.case_erased` operation
(the register entry) in the LIVC-R-wide scope, which every laptop receives. Its author was
checked where it landed: the register is a record only a coordinator writes
(sync/checker.COORDINATOR_ONLY_ENTITIES), so an erasure from anyone else is quarantined and never
applied. After every round and every bundle import, each register entry whose case still has
content here is carried out by the very function the coordinator's laptop used
(erasure_rows.erase_cases): the case's rows blanked, its journal payloads erased, and the keys
of its scopes and parts deleted, so old envelopes and bundles of that case no longer open here.
An operation of the case that a laptop made before it saw the erasure lands later and is erased
again at the end of that round; one that travels in the case's scopes is not even opened
(sync/landing skips the scopes of erased cases).

Only what arrived since the last check is looked at: an old LIVC-R whose retention run erased a
thousand cases must not pay four queries a case at every round. The journal's `seq` up to which
the check was done is kept in the sync link (`erasures_checked_seq`, advanced in the same
transaction as the erasures it led to, so a process killed before it simply checks again). A
case is looked at when a register entry of it, or an operation of it (its own scopes, its agenda
items and action points, the approval of minutes that discussed it), is in the journal after
that position: set-based queries, the same few statements whatever the register holds. The one
way content comes back without a new journal row, an erased operation landed again from its
envelope (sync/restore.py), is carried out by `erase_restored` in that landing's own
transaction. A restored backup carries its erasures out itself (erasure_restore.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, func, select, union
from sqlalchemy.orm import Session

from livcr_desktop.services.retention.erasure_minutes import APPROVED_KIND
from livcr_desktop.services.retention.erasure_rows import erase_cases, is_carried_out
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import Base, CaseErasureRow, JournalOperation, SyncLinkRow

_T = Base.metadata.tables
_IN_CHUNK = 500


def obey_erasures(db: Database) -> list[str]:
    """Erase here every case the register lists that still has content here, looking only at
    what arrived since the last check; their ids."""
    with db.write_session() as session, session.begin():
        link = session.scalars(select(SyncLinkRow)).one_or_none()
        mark = link.erasures_checked_seq if link is not None else 0
        candidates = _all_erased(session) if not mark else _touched_since(session, mark)
        pending = _carry_out(session, candidates)
        if link is not None:
            link.erasures_checked_seq = int(
                session.scalar(select(func.max(JournalOperation.seq))) or 0
            )
    return pending


def erase_restored(session: Session, entity_ids: Iterable[str]) -> list[str]:
    """Inside a landing's transaction: erase again the erased cases that operations on these
    records, just landed again with their payloads (sync/restore.py), belong to."""
    ids = sorted(set(entity_ids))
    if not ids:
        return []
    entities = journal_entities(session)
    cases: set[str] = set()
    for start in range(0, len(ids), _IN_CHUNK):
        cases |= _erased_cases_of(session, operations_on(entities, ids[start : start + _IN_CHUNK]))
    return _carry_out(session, cases)


def operations_on(entities: list[str], entity_ids: list[str]) -> Select[Any]:
    """The `seq` of every journal operation on one of `entity_ids`, as a seek per (entity, id)
    into the journal's `(entity, entity_id)` index. The record ids alone would make SQLite scan
    that whole index (the id is its second column); naming every entity the journal holds
    bounds its first column without leaving out any operation."""
    journal = JournalOperation
    return select(journal.seq).where(
        journal.entity.in_(entities), journal.entity_id.in_(entity_ids)
    )


def journal_entities(session: Session) -> list[str]:
    """Every entity the journal holds, in one statement that hops along the `(entity,
    entity_id)` index from one entity to the next (a seek each, a few dozen in all) instead of
    reading the index through."""
    journal = _T[JournalOperation.__tablename__]
    names = select(func.min(journal.c.entity).label("name")).cte("entities", recursive=True)
    after = select(func.min(journal.c.entity)).where(journal.c.entity > names.c.name)
    names = names.union_all(select(after.scalar_subquery()).where(names.c.name.is_not(None)))
    return [name for name in session.scalars(select(names.c.name)) if name is not None]


def _carry_out(session: Session, cases: set[str]) -> list[str]:
    """Erase those of `cases` that still have content here; their ids."""
    pending = [case_id for case_id in sorted(cases) if not is_carried_out(session, case_id)]
    if pending:
        erase_cases(session, pending)
    return pending


def _all_erased(session: Session) -> set[str]:
    """Every case of the register (the first check on this laptop)."""
    return set(session.scalars(select(CaseErasureRow.case_id)))


def _touched_since(session: Session, mark: int) -> set[str]:
    """The erased cases with a register entry or an operation in the journal after `mark`."""
    new = select(JournalOperation.seq).where(JournalOperation.seq > mark)
    return _erased_cases_of(session, new)


def _erased_cases_of(session: Session, operations: Select[Any]) -> set[str]:
    """The erased cases that the journal operations selected by `operations` (a select of
    `seq`) are of: register entries, operations in a case's scope, on its agenda items or action
    points, and approvals of minutes that discussed it. One statement."""
    journal = JournalOperation
    ops = (
        select(journal.entity, journal.entity_id, journal.scope_id, journal.kind)
        .where(journal.seq.in_(operations))
        .subquery()
    )
    erased = select(CaseErasureRow.case_id)
    register = _T[CaseErasureRow.__tablename__]
    items = _T["agenda_item"]
    points = _T["action_point"]
    found = union(
        select(register.c.case_id).where(
            register.c.id.in_(select(ops.c.entity_id).where(ops.c.entity == register.name))
        ),
        select(ops.c.scope_id).where(ops.c.scope_id.in_(erased)),
        select(items.c.case_id).where(
            items.c.id.in_(select(ops.c.entity_id).where(ops.c.entity == items.name)),
            items.c.case_id.in_(erased),
        ),
        select(points.c.case_id).where(
            points.c.id.in_(select(ops.c.entity_id).where(ops.c.entity == points.name)),
            points.c.case_id.in_(erased),
        ),
        select(items.c.case_id).where(
            items.c.meeting_id.in_(select(ops.c.entity_id).where(ops.c.kind == APPROVED_KIND)),
            items.c.case_id.in_(erased),
        ),
    )
    return {case_id for case_id in session.scalars(found) if case_id}
