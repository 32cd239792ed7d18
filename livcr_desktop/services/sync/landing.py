"""Landing received envelopes: each one opened, checked and applied, or held (waiting, or
quarantined with its reason), a pulled batch in one transaction with the cursor that says it
was received; what waits is tried again at every round."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.journal import Operation
from livcr_desktop.hub.client import PulledEnvelope
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.services.retention.erasure_sync import erase_restored
from livcr_desktop.services.sync import schema_version
from livcr_desktop.services.sync.checker import Checker, ManifestBook
from livcr_desktop.services.sync.collector import collector_paused
from livcr_desktop.services.sync.erased import erased_scopes
from livcr_desktop.services.sync.erased_stubs import land_erased_stub
from livcr_desktop.services.sync.landing_net import (
    MALFORMED,
    ReportMark,
    caught,
    fell_back,
    land_alone,
)
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.opened import WAITING_KEY, OpenedAhead, open_one
from livcr_desktop.services.sync.opening_process import Ahead
from livcr_desktop.services.sync.report import SyncReport
from livcr_desktop.services.sync.restore import erased_among, restore
from livcr_desktop.services.sync.scopes import scope_of
from livcr_desktop.services.sync.signatures_received import published_keys
from livcr_desktop.store import journal_lookup, version_lookup
from livcr_desktop.store.apply_outcome import ApplyStatus, UpdateMemo
from livcr_desktop.store.apply_rows import receive
from livcr_desktop.store.apply_sql import RawSql
from livcr_desktop.store.database import Database
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.models import JournalOperation, SyncConflictRow, SyncHeldRow, SyncLinkRow
from livcr_desktop.store.payload_check import payload_problem

WAITING_REASONS = frozenset(
    {"waiting_key", "waiting_signature", "waiting_author", "waiting_earlier", "version_ahead"}
)


def _hold(session: Session, env: Envelope, reason: str, now: datetime, existing: object) -> None:
    state = "waiting" if reason in WAITING_REASONS else "quarantined"
    if isinstance(existing, SyncHeldRow):
        existing.reason, existing.state = reason, state
        return
    session.add(SyncHeldRow.from_envelope(env, state=state, reason=reason, received_at=now))


_NOT_APPLIED = {
    ApplyStatus.WAITING: "waiting_earlier",
    ApplyStatus.VERSION_AHEAD: "version_ahead",
    ApplyStatus.UNREPLAYABLE: "unreplayable",
}

_IN_CHUNK = 500
"""Ids per `IN (...)` query (SQLite's limit on bound variables is far above)."""


@dataclass
class _Batch:
    """Envelopes landing in one write transaction, looked up together: which are already in the
    journal, which are held, and each one opened once."""

    present: set[str]
    held: dict[str, SyncHeldRow]
    opened: dict[str, Operation | str]
    """The operation inside each envelope, or why it does not open."""
    erased: set[str] = field(default_factory=set)
    """In the journal with an erased payload (a case withdrawn, then given back): landed again
    (restore.py), so not in `present`."""
    stubs: set[str] = field(default_factory=set)
    """Of an erased case and not in the journal: they land as erased stubs."""
    restored: set[str] = field(default_factory=set)
    """The records of the erased operations landed again (erasure_sync.erase_restored)."""
    latest_hlc: str = ""
    """The latest clock stamp of what was applied (the text form sorts as the stamps do)."""
    sound: set[str] = field(default_factory=set)
    """Opened by the opening process, which found their payloads sound already."""

    def observe_latest(self, checker: Checker) -> None:
        """Stamp what this laptop writes next after everything this batch applied, so a later
        edit here never sorts before an edit it overwrote: once per batch, with its latest
        stamp (observing each one in turn ends after that one all the same)."""
        if self.latest_hlc:
            checker.clock.observe(HlcStamp.decode(self.latest_hlc))


def _among(session: Session, table: str, ids: list[str]) -> set[str]:
    """Which of `ids` the table (keyed by op id) holds: a few plain `IN (...)` queries
    (SQLAlchemy's expanding parameters cost more than SQLite's lookups for a batch of 5,000)."""
    sql = f"SELECT op_id FROM {table} WHERE op_id IN ({{marks}})"
    return {row[0] for row in RawSql.of(session).all_in(sql, ids, sees_held=False)}


def _open_batch(
    session: Session,
    envelopes: list[Envelope],
    keys: dict[tuple[str, int], bytes],
    checker: Checker,
    ahead: OpenedAhead | None = None,
) -> _Batch:
    ids = [env.op_id for env in envelopes]
    present = _among(session, JournalOperation.__tablename__, ids)
    held_ids = _among(session, SyncHeldRow.__tablename__, ids)
    held: dict[str, SyncHeldRow] = {}
    if held_ids:
        held_list = sorted(held_ids)
        for start in range(0, len(held_list), _IN_CHUNK):
            chunk = held_list[start : start + _IN_CHUNK]
            held.update(
                (row.op_id, row)
                for row in session.scalars(select(SyncHeldRow).where(SyncHeldRow.op_id.in_(chunk)))
            )
    in_journal = set(present)
    erased = erased_among(session, present)
    present -= erased
    # An erased case's envelopes are never opened: nothing of it comes back. One that is not
    # in the journal yet lands as an erased stub (erased_stubs.py).
    gone = erased_scopes(session)
    stubs = {env.op_id for env in envelopes if env.scope_id in gone and env.op_id not in in_journal}
    present.update(env.op_id for env in envelopes if env.scope_id in gone)
    erased -= present
    opened: dict[str, Operation | str] = {}
    for env in envelopes:
        if env.op_id in present:
            continue
        # Opened by the opening process while the batch before landed, or here.
        op = None if ahead is None else ahead.take(env)
        if op is None or (isinstance(op, str) and op == WAITING_KEY):
            op = open_one(env, keys)
        opened[env.op_id] = op
        if not isinstance(op, str):
            # Let the checker know the member keys these envelopes create before any is
            # checked.
            checker.introduce(op)
    # What receive() asks the journal for each of them, read for all of them at once.
    journal_lookup.look_ahead(
        session,
        ((env.op_id, env.device_id, env.device_seq) for env in envelopes if env.op_id in opened),
        in_journal,
    )
    # And the version of each record they change (store/version_lookup.py).
    version_lookup.look_ahead(session, (op for op in opened.values() if isinstance(op, Operation)))
    sound = set() if ahead is None else ahead.sound
    return _Batch(present, held, opened, erased, stubs, sound=sound)


def _opened(
    env: Envelope, clock_ahead: bool, checker: Checker, batch: _Batch
) -> tuple[Operation | None, str | None]:
    """The operation in an envelope once every check passed, or the reason it is held."""
    if clock_ahead:
        return None, "clock_ahead"
    if env.schema_version > schema_version.SCHEMA_VERSION:
        return None, "version_ahead"
    op = batch.opened[env.op_id]
    if isinstance(op, str):
        return None, op
    if op.op_id not in batch.sound and payload_problem(op) is not None:
        # Values no record takes (a buggy or tampered laptop, signed with its key): refused
        # before the checks read them (store/payload_check.py).
        return None, MALFORMED
    if scope_of(op, checker.livcr_scope, checker.key_owners()) != env.scope_id:
        return None, "wrong_scope"
    # The author is checked against the case, whichever part of it carried the operation (or
    # against the LIVC-R, or the member's own scope, as they are).
    case_scope = op.scope_id or env.scope_id
    return op, checker.signature_problem(op) or checker.author_problem(op, case_scope)


def _land(
    session: Session,
    env: Envelope,
    *,
    clock_ahead: bool,
    checker: Checker,
    batch: _Batch,
    report: SyncReport,
    now: datetime,
) -> bool:
    """Apply or hold one received envelope; True when it was applied."""
    held = batch.held.get(env.op_id)
    if env.op_id in batch.present:
        if held is not None:
            session.delete(held)
        if env.op_id in batch.stubs and land_erased_stub(session, env, checker):
            batch.stubs.discard(env.op_id)
        return False
    landed_before = env.op_id in batch.erased
    if landed_before:
        op, reason = _reopened(env, batch)
    else:
        op, reason = _opened(env, clock_ahead, checker, batch)
    if op is not None and reason is None:
        outcome = (
            restore(session, op, checker.memo)
            if landed_before
            else receive(session, op, checker.memo)
        )
        # An envelope that is not the operation this laptop's journal kept under its id was
        # altered after that operation was signed.
        reason = "not_in_signature" if outcome is None else _NOT_APPLIED.get(outcome.status)
        if outcome is not None and reason is None:
            # Observed once the batch is landed (observe_latest).
            batch.latest_hlc = max(batch.latest_hlc, op.hlc)
            checker.applied(op)
            batch.present.add(op.op_id)
            for conflict in outcome.conflicts:
                session.add(
                    SyncConflictRow(
                        entity=op.entity,
                        entity_id=op.entity_id,
                        field=conflict.field,
                        scope_id=op.scope_id,
                        kept_op_id=conflict.op_id,
                        other_op_id=conflict.other_op_id,
                        found_at=now,
                        resolved=False,
                    )
                )
                report.conflicts += 1
            if held is not None:
                session.delete(held)
            if landed_before:
                batch.restored.add(op.entity_id)
            report.applied += 1
            return True
    _hold(session, env, reason or "unreplayable", now, held)
    return False


def _land_either(session: Session, env: Envelope, *, one_by_one: bool, **kw: Any) -> bool:
    """`_land`, or on the slow path (landing_net.py) `_land` under its own savepoint, the
    operation quarantined as malformed when it raises."""
    if not one_by_one:
        return _land(session, env, **kw)
    batch: _Batch = kw["batch"]
    latest, mark = batch.latest_hlc, ReportMark.of(kw["report"])

    def undo() -> None:
        batch.present.discard(env.op_id)
        batch.latest_hlc = latest
        mark.restore(kw["report"])
        op = batch.opened.get(env.op_id)
        if not isinstance(op, str) and op is not None:
            batch.restored.discard(op.entity_id)
            kw["checker"].memo.records.pop((op.entity, op.entity_id), None)

    def quarantine() -> None:
        _hold(session, env, MALFORMED, kw["now"], session.get(SyncHeldRow, env.op_id))

    return land_alone(session, lambda: _land(session, env, **kw), undo, quarantine)


def _reopened(env: Envelope, batch: _Batch) -> tuple[Operation | None, str | None]:
    """The operation in the envelope of one that landed here before and was erased since: it
    was checked (signature, author, clock, version) when it first landed, and restore() accepts
    it only as exactly that operation; it needs only to open."""
    op = batch.opened[env.op_id]
    if isinstance(op, str):
        return None, op
    return op, None


def _held_envelopes(session: Session) -> list[Envelope]:
    rows = session.scalars(
        select(SyncHeldRow).where(SyncHeldRow.state == "waiting").order_by(SyncHeldRow.hlc)
    ).all()
    return [row.to_envelope(Envelope) for row in rows]


@dataclass
class Pulling:
    """What every pulled batch of one round is checked with."""

    db: Database
    link: HubLink
    book: ManifestBook
    device_keys: dict[str, str]
    keys: dict[tuple[str, int], bytes]
    memo: UpdateMemo
    report: SyncReport

    def checker(self, session: Session) -> Checker:
        """A checker for one write transaction (what it remembers holds only within it)."""
        return Checker(
            session,
            self.book,
            self.device_keys,
            self.link.livcr_scope_id,
            self.link.anchor_account_id,
            self.db.hlc,
            self.memo,
            published_keys(session),
        )


def land_batch(
    pulling: Pulling,
    pulled_batch: list[PulledEnvelope],
    *,
    advance_cursor: bool = False,
    refetchable: bool = False,
    ahead: Ahead | None = None,
) -> None:
    """Check and apply (or hold) one pulled batch in one write transaction, with the cursor
    that says it was received (a crash leaves both as they were). When that raises, the batch
    is landed again one operation at a time (landing_net.py).

    `refetchable`: the hub holds the batch and serves it again if this laptop loses it, so the
    transaction commits without waiting for the disk; the caller makes it durable
    (`Database.make_durable`) before anything relies on it (docs/sync.md, "Durability of what
    a round lands").

    `ahead`: the batch as the opening process opened it (opening_process.py)."""
    mark = ReportMark.of(pulling.report)
    try:
        _land_pulled(
            pulling,
            pulled_batch,
            advance_cursor=advance_cursor,
            one_by_one=False,
            refetchable=refetchable,
            ahead=None if ahead is None else ahead.opened(),
        )
    except Exception as exc:
        if not caught(exc):
            raise
        fell_back(exc)
        mark.restore(pulling.report)
        pulling.memo.records.clear()  # it may remember updates that were rolled back
        _land_pulled(
            pulling,
            pulled_batch,
            advance_cursor=advance_cursor,
            one_by_one=True,
            refetchable=refetchable,
            ahead=None if ahead is None else ahead.opened(),
        )


def _land_pulled(
    pulling: Pulling,
    pulled_batch: list[PulledEnvelope],
    *,
    advance_cursor: bool,
    one_by_one: bool,
    refetchable: bool,
    ahead: OpenedAhead | None,
) -> None:
    db, link, report = pulling.db, pulling.link, pulling.report
    session_of = db.relaxed_write_session if refetchable else db.write_session
    with collector_paused(), session_of() as session, session.begin():
        checker = pulling.checker(session)
        envelopes = [p.envelope for p in pulled_batch]
        batch = _open_batch(session, envelopes, pulling.keys, checker, ahead)
        # This laptop's own operations are here already, unless a withdrawal erased them.
        theirs = [
            p
            for p in pulled_batch
            if p.envelope.device_id != link.device_id or p.envelope.op_id in batch.erased
        ]
        now = db.clock.now()
        for pulled in theirs:
            report.pulled += 1
            _land_either(
                session,
                pulled.envelope,
                one_by_one=one_by_one,
                clock_ahead=pulled.clock_ahead,
                checker=checker,
                batch=batch,
                report=report,
                now=now,
            )
        if batch.restored:  # nothing of an erased case comes back, even for a moment
            erase_restored(session, batch.restored)
        batch.observe_latest(checker)
        if advance_cursor:
            session.scalars(select(SyncLinkRow)).one().pulled_cursor = pulled_batch[-1].server_seq
        step("sync.batch_landed")  # a kill here rolls the whole batch and its cursor back


def retry_held(pulling: Pulling) -> None:
    """Apply what was waiting, again and again while each pass applies something (an update
    whose row's creation arrived later in the same round)."""
    while True:
        mark = ReportMark.of(pulling.report)
        try:
            applied = _retry_pass(pulling, one_by_one=False)
        except Exception as exc:
            if not caught(exc):
                raise
            fell_back(exc)
            mark.restore(pulling.report)
            pulling.memo.records.clear()
            applied = _retry_pass(pulling, one_by_one=True)
        if not applied:
            return


def _retry_pass(pulling: Pulling, *, one_by_one: bool) -> int:
    """One pass over what waits; how many were applied."""
    db, report = pulling.db, pulling.report
    with db.write_session() as session, session.begin():
        checker = pulling.checker(session)
        envelopes = _held_envelopes(session)
        batch = _open_batch(session, envelopes, pulling.keys, checker)
        now = db.clock.now()
        applied = sum(
            _land_either(
                session,
                env,
                one_by_one=one_by_one,
                clock_ahead=False,
                checker=checker,
                batch=batch,
                report=report,
                now=now,
            )
            for env in envelopes
        )
        if batch.restored:
            erase_restored(session, batch.restored)
        batch.observe_latest(checker)
    return applied
