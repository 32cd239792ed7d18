"""One sync round: share scope keys (coordinator), push this laptop's operations and signatures,
pull and apply what the others made.

Every step can be cut at any point (network lost, process killed) and simply run again: the hub
ignores what it already holds, and a received operation lands in this laptop's journal and
tables in one transaction with the cursor that says it was received. What cannot be applied yet
(an earlier operation of another device, a missing key or signature, a newer app version) is held
and retried at every round; what must never be applied (a forged or unauthorised operation, a
clock too far ahead) is quarantined and shown. Nothing received is ever dropped.
"""

from __future__ import annotations

import bisect
import sys
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.hlc import HlcStamp, HybridLogicalClock
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.journal_signing import DEVICE_VOUCHED_KINDS, KEY_CREATED_KINDS
from livcr_desktop.domain.organisations import Role
from livcr_desktop.hub.client import HubClient, PulledEnvelope, SignatureEnvelope
from livcr_desktop.hub.envelopes import (
    Envelope,
    EnvelopeRefused,
    open_envelope,
    seal_operation,
    unwrap_scope_key,
)
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.manifests import (
    Manifest,
    open_manifest,
    own_manifests,
    seal_manifest,
    store_manifests,
)
from livcr_desktop.services.sync.scopes import (
    case_scopes_of_member,
    key_owners,
    member_scope_id,
    scope_of,
)
from livcr_desktop.services.sync.sharing import current_epochs, scope_keys, share_scopes
from livcr_desktop.services.sync.withdrawal import obey_withdrawals, withdrawn_cases
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.apply_rows import ApplyStatus, UpdateMemo, receive
from livcr_desktop.store.database import Database
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.migrate import SCHEMA_HEAD
from livcr_desktop.store.models import (
    Account,
    CaseParticipantRow,
    JournalOperation,
    Member,
    SigningKeyRow,
    SyncConflictRow,
    SyncHeldRow,
    SyncLinkRow,
    SyncManifestRow,
    SyncPublishedKeyRow,
    SyncScopeKeyRow,
)
from livcr_desktop.store.replay import ChangeKind, change_kind

SCHEMA_VERSION = int(SCHEMA_HEAD)
"""Stamped on every envelope: a laptop holds what a newer version made until it is upgraded."""

COORDINATOR_ONLY_ENTITIES = frozenset(
    {"role_assignment", "member", "organisation", "municipality", "livcr_profile", "life_domain"}
)
"""LIVC-R-wide records only a coordinator changes: an operation on them by anyone else is
quarantined wherever it lands (a partner cannot make itself coordinator through the hub)."""

Progress = Callable[[int, int], None]

_MEMOS: weakref.WeakKeyDictionary[Database, UpdateMemo] = weakref.WeakKeyDictionary()
"""Each open database's UpdateMemo between rounds (see `_pull`)."""


@dataclass
class SyncReport:
    """What one round did, for the status bar and `livcr sync`."""

    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    waiting: int = 0
    quarantined: int = 0
    conflicts: int = 0
    keys_received: int = 0
    cases_removed: int = 0
    """Cases taken off this laptop because its owner may no longer see them."""
    held_reasons: dict[str, int] = field(default_factory=dict)


# --- keys --------------------------------------------------------------------------------------


def _receive_keys(db: Database, link: HubLink, client: HubClient, report: SyncReport) -> None:
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        known = scope_keys(session)
        scopes_held = {scope for scope, _epoch in known}
        for wrapped in client.scope_keys(row.keys_cursor):
            if (wrapped.scope_id, wrapped.epoch) not in known:
                try:
                    key = unwrap_scope_key(
                        wrapped.wrapped,
                        scope_id=wrapped.scope_id,
                        epoch=wrapped.epoch,
                        pair=link.box,
                    )
                except EnvelopeRefused:
                    continue
                session.add(
                    SyncScopeKeyRow(
                        scope_id=wrapped.scope_id,
                        epoch=wrapped.epoch,
                        key=key,
                        # A scope new to this laptop: its past lies behind the pull cursor.
                        backfilled=wrapped.scope_id in scopes_held,
                    )
                )
                scopes_held.add(wrapped.scope_id)
                known[(wrapped.scope_id, wrapped.epoch)] = key
                report.keys_received += 1
            row.keys_cursor = max(row.keys_cursor, wrapped.server_seq)


# --- push --------------------------------------------------------------------------------------


def _push(db: Database, link: HubLink, client: HubClient, report: SyncReport) -> None:
    with db.read_session() as session:
        row = session.scalars(select(SyncLinkRow)).one()
        keys = scope_keys(session)
        epochs = current_epochs(session)
        # Plain rows, not ORM objects: a first push after a long offline spell reads tens of
        # thousands of them, and nothing here changes them.
        stored = session.execute(
            select(JournalOperation.__table__)
            .where(
                JournalOperation.device_id == link.device_id,
                JournalOperation.device_seq > row.pushed_seq,
            )
            .order_by(JournalOperation.device_seq)
        ).all()
        envelopes: list[Envelope] = []
        withdrawn = withdrawn_cases(session, link.member_id)
        owners = key_owners(session)
        for stored_op in stored:
            op = to_operation(stored_op)
            scope = scope_of(op, link.livcr_scope_id, owners)
            if scope in withdrawn and scope not in epochs:
                # Made here while the case was still ours, withdrawn since: it goes to the
                # coordinator through this member's own scope (where it is held and shown),
                # so the rest of this laptop's chain is not stuck behind it.
                scope = member_scope_id(link.livcr_scope_id, link.member_id)
            epoch = epochs.get(scope)
            if epoch is None:
                break  # no key for this scope yet (the coordinator shares it at its next round)
            envelopes.append(
                seal_operation(
                    op,
                    scope_id=scope,
                    epoch=epoch,
                    key=keys[(scope, epoch)],
                    schema_version=SCHEMA_VERSION,
                )
            )
        # A laptop not approved yet holds no key at all: nothing to seal, and the hub says why.
        livcr_epoch = epochs.get(link.livcr_scope_id)
        pushed_up_to = envelopes[-1].device_seq if envelopes else row.pushed_seq
        manifests = [
            seal_manifest(m, key=keys[(link.livcr_scope_id, livcr_epoch)], epoch=livcr_epoch)
            for m in own_manifests(session, link.device_id, row.signatures_pushed_seq)
            if livcr_epoch is not None and m.last_seq <= pushed_up_to
        ]
    report.pushed += client.push(envelopes)
    client.push_signatures(manifests)
    step("sync.pushed")  # the hub holds them; a kill here loses only the acknowledgement
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        row.pushed_seq = max(row.pushed_seq, pushed_up_to)
        if manifests:
            row.signatures_pushed_seq = max(row.signatures_pushed_seq, manifests[-1].last_seq)


# --- pull --------------------------------------------------------------------------------------


class _ManifestBook:
    """The signatures this laptop received (kept sealed in sync_manifest), opened once when an
    operation needs one, each checked once per public key.

    A round used to open and verify a transaction's manifest for every operation it covers
    (one Ed25519 verification and a digest over the whole transaction per operation)."""

    def __init__(self, keys: dict[tuple[str, int], bytes], livcr_scope: str) -> None:
        self._keys = keys
        self._livcr_scope = livcr_scope
        self._ranges: dict[str, list[tuple[int, int, Manifest]]] = {}
        self._valid: dict[tuple[str, int, str], bool] = {}
        self.used: dict[tuple[str, int], Manifest] = {}
        """The manifests that vouched for an operation in this round (stored beside them)."""

    def find(self, session: Session, device_id: str, seq: int) -> Manifest | None:
        ranges = self._ranges.setdefault(device_id, [])
        at = bisect.bisect_right(ranges, (seq, sys.maxsize)) - 1
        if at >= 0 and ranges[at][0] <= seq <= ranges[at][1]:
            return ranges[at][2]
        row = session.scalars(
            select(SyncManifestRow)
            .where(SyncManifestRow.device_id == device_id, SyncManifestRow.first_seq <= seq)
            .order_by(SyncManifestRow.first_seq.desc())
            .limit(1)
        ).first()
        if row is None or row.last_seq < seq:
            return None
        key = self._keys.get((self._livcr_scope, row.key_epoch))
        if key is None:
            return None
        sealed = SignatureEnvelope(
            row.device_id, row.first_seq, row.last_seq, row.key_epoch, row.body
        )
        try:
            manifest = open_manifest(sealed, key)
        except EnvelopeRefused:
            return None
        bisect.insort(ranges, (manifest.first_seq, manifest.last_seq, manifest))
        return manifest

    def valid_with(self, manifest: Manifest, public_key: str) -> bool:
        cache_key = (manifest.device_id, manifest.first_seq, public_key)
        known = self._valid.get(cache_key)
        if known is None:
            known = self._valid[cache_key] = manifest.valid_with(public_key)
        return known


AUTHORITY_ENTITIES = frozenset(
    {"account", "member", "organisation", "role_assignment", "case_participant", "signing_key"}
)
"""What the author checks read: applying an operation on these forgets what was checked."""


def _changes_authority(op: Operation) -> bool:
    """Whether applying `op` may change who may do what (so cached checks must be forgotten):
    the records above, and a case created, deleted or moved to another municipality."""
    if op.entity in AUTHORITY_ENTITIES:
        return True
    if op.entity != "case_file":
        return False
    fields = op.payload.get("fields")
    return (
        change_kind(op) is not ChangeKind.UPDATED
        or not isinstance(fields, dict)
        or "municipality_id" in fields
    )


@dataclass
class _Checker:
    """Checks a received operation's signature and author against what this laptop knows."""

    session: Session
    manifests: _ManifestBook
    device_keys: dict[str, str]
    livcr_scope: str
    anchor_account_id: str
    clock: HybridLogicalClock
    memo: UpdateMemo
    published_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    """(public key, member) by key id, from the signatures' manifests: how a laptop outside a
    member's own scope learns their public key (services/sync/manifests.py)."""
    introduced_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Member keys created by operations received in this round but not applied yet: the
    transaction that creates a key is signed with it."""
    _authors: dict[tuple[str, date], tuple[str, bool] | str] = field(default_factory=dict)
    _scopes: dict[tuple[str, date], set[str]] = field(default_factory=dict)
    _member_keys: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    _key_owners: dict[str, str] | None = None

    def introduce(self, op: Operation) -> None:
        fields = op.payload.get("fields")
        if op.kind in KEY_CREATED_KINDS and isinstance(fields, dict):
            self.introduced_keys[op.entity_id] = (
                str(fields.get("public_key")),
                str(fields.get("member_id")),
            )
            self._key_owners = None

    def applied(self, op: Operation) -> None:
        """`op` was applied: forget the checks its records may have changed."""
        if _changes_authority(op):
            self._authors.clear()
            self._scopes.clear()
            self._member_keys.clear()
            self._key_owners = None

    def _member_key(self, key_id: str, op: Operation) -> tuple[str, str] | None:
        """(public key, member) of a member's signing key: stored, or introduced by `op` itself
        (the transaction that creates a key is signed with it)."""
        if key_id not in self._member_keys:
            stored = self.session.get(SigningKeyRow, key_id)
            self._member_keys[key_id] = (
                None if stored is None else (stored.public_key, stored.member_id)
            )
        return (
            self._member_keys[key_id]
            or self.introduced_keys.get(key_id)
            or self.published_keys.get(key_id)
        )

    def key_owners(self) -> dict[str, str]:
        """The member of every signing key known here, stored or heard of in this round
        (read once per batch, again after a signing key was introduced or applied)."""
        if self._key_owners is None:
            owners = {key: member for key, (_public, member) in self.published_keys.items()}
            owners.update({key: member for key, (_public, member) in self.introduced_keys.items()})
            owners.update(key_owners(self.session))
            self._key_owners = owners
        return self._key_owners

    def manifest_for(self, op: Operation) -> Manifest | None:
        return self.manifests.find(self.session, op.device_id, op.device_seq)

    def signature_problem(self, op: Operation) -> str | None:
        """None when a valid signature covers `op`; 'waiting_signature' or a quarantine reason."""
        manifest = self.manifest_for(op)
        if manifest is None:
            return "waiting_signature"
        if not manifest.covers(op):
            return "not_in_signature"
        self.manifests.used[(manifest.device_id, manifest.first_seq)] = manifest
        member_key = self._member_key(manifest.key_id, op)
        if member_key is not None:
            public_key, member_id = member_key
            if not self.manifests.valid_with(manifest, public_key):
                return "bad_signature"
            if op.actor_id == self.anchor_account_id:
                return None
            account = self.session.get(Account, op.actor_id) if op.actor_id else None
            if account is None or account.member_id != member_id:
                return "waiting_author" if account is None else "signed_by_another"
            return None
        device_key = self.device_keys.get(op.device_id)
        if device_key is None or not self.manifests.valid_with(manifest, device_key):
            # Not the device's key: a member's key whose creation has not arrived yet.
            return "waiting_signature"
        if not op.kind.startswith(DEVICE_VOUCHED_KINDS) and not manifest.checkpoint:
            return "device_signed_change"
        return None

    def author_problem(self, op: Operation, scope: str) -> str | None:
        """None when the author may have made this change; a quarantine reason otherwise."""
        if op.actor_id is None or op.actor_id == self.anchor_account_id:
            return None
        day = _day_of(op)
        author = self._author(op.actor_id, day)
        if isinstance(author, str):
            return author
        member_id, is_coordinator = author
        if is_coordinator:
            return None
        if scope == self.livcr_scope:
            if op.entity in COORDINATOR_ONLY_ENTITIES:
                return "not_allowed"
            if op.entity == "account" and op.entity_id != op.actor_id:
                return "not_allowed"
            return None
        if scope == member_scope_id(self.livcr_scope, member_id):
            return None  # their own signing key, from their own laptop
        scopes = self._scopes.get((member_id, day))
        if scopes is None:
            scopes = self._scopes[(member_id, day)] = case_scopes_of_member(
                self.session, member_id, day
            )
        if scope not in scopes and not self._invited_when_written(member_id, scope, op):
            return "not_allowed"
        return None

    def _invited_when_written(self, member_id: str, case_id: str, op: Operation) -> bool:
        """Whether the member was still invited to the case when `op` was made: an invitation
        ended the same day (it ends "yesterday") must not turn what the partner wrote before the
        coordinator ended it into an unauthorised operation. Read from the journal's order."""
        ended_after = self.session.scalar(
            select(func.count())
            .select_from(JournalOperation)
            .join(CaseParticipantRow, CaseParticipantRow.id == JournalOperation.entity_id)
            .where(
                JournalOperation.kind == "case.participant_removed",
                JournalOperation.scope_id == case_id,
                JournalOperation.hlc > op.hlc,
                CaseParticipantRow.member_id == member_id,
                CaseParticipantRow.since <= _day_of(op),
            )
        )
        return bool(ended_after)

    def _author(self, account_id: str, day: date) -> tuple[str, bool] | str:
        """(member, whether coordinator on `day`) of an account, or why it cannot be told yet;
        remembered until an operation that changes authority is applied."""
        cache_key = (account_id, day)
        if cache_key not in self._authors:
            account = self.session.get(Account, account_id)
            member = self.session.get(Member, account.member_id) if account else None
            if member is None:
                self._authors[cache_key] = "waiting_author"
            else:
                actor = member_actor(self.session, member)
                self._authors[cache_key] = (member.id, actor.has_role(Role.COORDINATOR, day))
        return self._authors[cache_key]


def _day_of(op: Operation) -> date:
    from datetime import UTC

    from livcr_desktop.domain.clock import local_date

    stamp = HlcStamp.decode(op.hlc)
    return local_date(datetime.fromtimestamp(stamp.physical_ms / 1000, tz=UTC))


WAITING_REASONS = frozenset(
    {"waiting_key", "waiting_signature", "waiting_author", "waiting_earlier", "version_ahead"}
)


def _hold(session: Session, env: Envelope, reason: str, now: datetime, existing: object) -> None:
    state = "waiting" if reason in WAITING_REASONS else "quarantined"
    if isinstance(existing, SyncHeldRow):
        existing.reason, existing.state = reason, state
        return
    session.add(
        SyncHeldRow(
            op_id=env.op_id,
            device_id=env.device_id,
            device_seq=env.device_seq,
            scope_id=env.scope_id,
            hlc=env.hlc,
            prev_hash=env.prev_hash,
            hash=env.hash,
            key_epoch=env.key_epoch,
            schema_version=env.schema_version,
            body=env.body,
            state=state,
            reason=reason,
            received_at=now,
        )
    )


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


def _open_batch(
    session: Session,
    envelopes: list[Envelope],
    keys: dict[tuple[str, int], bytes],
    checker: _Checker,
) -> _Batch:
    ids = [env.op_id for env in envelopes]
    present: set[str] = set()
    held: dict[str, SyncHeldRow] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        present.update(
            session.scalars(select(JournalOperation.op_id).where(JournalOperation.op_id.in_(chunk)))
        )
        held.update(
            (row.op_id, row)
            for row in session.scalars(select(SyncHeldRow).where(SyncHeldRow.op_id.in_(chunk)))
        )
    opened: dict[str, Operation | str] = {}
    for env in envelopes:
        if env.op_id in present:
            continue
        key = keys.get((env.scope_id, env.key_epoch))
        if key is None:
            opened[env.op_id] = "waiting_key"
            continue
        try:
            op = open_envelope(env, key)
        except EnvelopeRefused:
            opened[env.op_id] = "does_not_open"
            continue
        # Let the checker know the member keys these envelopes create before any is checked.
        checker.introduce(op)
        opened[env.op_id] = op
    return _Batch(present, held, opened)


def _opened(
    env: Envelope, clock_ahead: bool, checker: _Checker, batch: _Batch
) -> tuple[Operation | None, str | None]:
    """The operation in an envelope once every check passed, or the reason it is held."""
    if clock_ahead:
        return None, "clock_ahead"
    if env.schema_version > SCHEMA_VERSION:
        return None, "version_ahead"
    op = batch.opened[env.op_id]
    if isinstance(op, str):
        return None, op
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
    checker: _Checker,
    batch: _Batch,
    report: SyncReport,
    now: datetime,
) -> bool:
    """Apply or hold one received envelope; True when it was applied."""
    held = batch.held.get(env.op_id)
    if env.op_id in batch.present:
        if held is not None:
            session.delete(held)
        return False
    op, reason = _opened(env, clock_ahead, checker, batch)
    if op is not None and reason is None:
        outcome = receive(session, op, checker.memo)
        reason = _NOT_APPLIED.get(outcome.status)
        if reason is None:
            # Stamp what this laptop writes next after what it just applied, so a later edit
            # here never sorts before the edit it overwrote.
            checker.clock.observe(HlcStamp.decode(op.hlc))
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
            report.applied += 1
            return True
    _hold(session, env, reason or "unreplayable", now, held)
    return False


def _held_envelopes(session: Session) -> list[Envelope]:
    rows = session.scalars(
        select(SyncHeldRow).where(SyncHeldRow.state == "waiting").order_by(SyncHeldRow.hlc)
    ).all()
    return [
        Envelope(
            op_id=r.op_id,
            scope_id=r.scope_id,
            device_id=r.device_id,
            device_seq=r.device_seq,
            hlc=r.hlc,
            prev_hash=r.prev_hash,
            hash=r.hash,
            key_epoch=r.key_epoch,
            schema_version=r.schema_version,
            body=r.body,
        )
        for r in rows
    ]


def _receive_signatures(db: Database, link: HubLink, client: HubClient) -> None:
    """Keep the signatures pushed since the last round (sealed, as the hub holds them), and the
    public keys their manifests publish."""
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        keys = scope_keys(session)
        for sealed in client.pull_signatures(row.signatures_cursor):
            row.signatures_cursor = max(row.signatures_cursor, sealed.server_seq)
            if sealed.device_id == link.device_id:
                continue
            _keep_published_keys(session, sealed, keys.get((link.livcr_scope_id, sealed.key_epoch)))
            if session.get(SyncManifestRow, (sealed.device_id, sealed.first_seq)) is None:
                session.add(
                    SyncManifestRow(
                        device_id=sealed.device_id,
                        first_seq=sealed.first_seq,
                        last_seq=sealed.last_seq,
                        key_epoch=sealed.key_epoch,
                        body=sealed.body,
                    )
                )


def _keep_published_keys(session: Session, sealed: SignatureEnvelope, key: bytes | None) -> None:
    if key is None:
        return
    try:
        manifest = open_manifest(sealed, key)
    except EnvelopeRefused:
        return
    for key_id, member_id, public_key in manifest.keys:
        if session.get(SyncPublishedKeyRow, key_id) is None:
            session.add(
                SyncPublishedKeyRow(key_id=key_id, member_id=member_id, public_key=public_key)
            )


def published_keys(session: Session) -> dict[str, tuple[str, str]]:
    """(public key, member) by key id, as manifests published them."""
    return {
        row.key_id: (row.public_key, row.member_id)
        for row in session.scalars(select(SyncPublishedKeyRow))
    }


def _pull(
    db: Database, link: HubLink, client: HubClient, report: SyncReport, progress: Progress | None
) -> None:
    known_devices = client.device_keys()
    device_keys = {
        device_id: sign_public
        for device_id, _member, sign_public, _box, _status in known_devices
        if sign_public
    }
    _receive_signatures(db, link, client)
    with db.read_session() as session:
        keys = scope_keys(session)
    book = _ManifestBook(keys, link.livcr_scope_id)
    # What the last round learnt about each record's updates (dropped if a round fails): a
    # fresh memo makes the first update of every record re-read and re-merge its whole
    # history, which grows with every round.
    memo = _MEMOS.pop(db, None) or UpdateMemo()
    cursor = _cursor(db)
    total = client.count_after(cursor) if progress is not None else 0
    done = 0
    if progress is not None:
        progress(done, total)
    pulling = _Pulling(db, link, book, device_keys, keys, memo, report)
    for scope in _scopes_to_backfill(db):
        # First the past of scopes this laptop was just given (an invitation to a case):
        # the hub served it before the cursor passed, so the cursor alone would never bring it.
        for pulled_batch in client.iter_pull_scope(scope, cursor):
            _land_batch(pulling, pulled_batch)
        with db.write_session() as session, session.begin():
            for row in session.scalars(
                select(SyncScopeKeyRow).where(SyncScopeKeyRow.scope_id == scope)
            ):
                row.backfilled = True
    for pulled_batch in client.iter_pull(cursor):
        _land_batch(pulling, pulled_batch, advance_cursor=True)
        done += len(pulled_batch)
        if progress is not None:
            progress(done, max(total, done))
    _retry_held(db, book, memo, keys=keys, device_keys=device_keys, link=link, report=report)
    _MEMOS[db] = memo  # every batch committed: it holds for the next round
    _keep_signatures(db, book)
    if not link.is_coordinator:
        device_members = {device_id: member for device_id, member, _s, _b, _st in known_devices}
        report.cases_removed += len(obey_withdrawals(db, link, device_members))


@dataclass
class _Pulling:
    """What every pulled batch of one round is checked with."""

    db: Database
    link: HubLink
    book: _ManifestBook
    device_keys: dict[str, str]
    keys: dict[tuple[str, int], bytes]
    memo: UpdateMemo
    report: SyncReport


def _land_batch(
    pulling: _Pulling, pulled_batch: list[PulledEnvelope], *, advance_cursor: bool = False
) -> None:
    """Check and apply (or hold) one pulled batch in one write transaction, with the cursor
    that says it was received (a crash leaves both as they were)."""
    db, link, report = pulling.db, pulling.link, pulling.report
    book, device_keys, keys, memo = pulling.book, pulling.device_keys, pulling.keys, pulling.memo
    with db.write_session() as session, session.begin():
        checker = _Checker(
            session,
            book,
            device_keys,
            link.livcr_scope_id,
            link.anchor_account_id,
            db.hlc,
            memo,
            published_keys(session),
        )
        theirs = [p for p in pulled_batch if p.envelope.device_id != link.device_id]
        batch = _open_batch(session, [p.envelope for p in theirs], keys, checker)
        now = db.clock.now()
        for pulled in theirs:
            report.pulled += 1
            _land(
                session,
                pulled.envelope,
                clock_ahead=pulled.clock_ahead,
                checker=checker,
                batch=batch,
                report=report,
                now=now,
            )
        if advance_cursor:
            session.scalars(select(SyncLinkRow)).one().pulled_cursor = pulled_batch[-1].server_seq
        step("sync.batch_landed")  # a kill here rolls the whole batch and its cursor back


def _scopes_to_backfill(db: Database) -> list[str]:
    with db.read_session() as session:
        return sorted(
            set(
                session.scalars(
                    select(SyncScopeKeyRow.scope_id).where(SyncScopeKeyRow.backfilled.is_(False))
                )
            )
        )


def _holds_any(session: Session, manifest: Manifest) -> bool:
    """Whether an operation this manifest covers is held here (not in the journal)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(SyncHeldRow)
            .where(
                SyncHeldRow.device_id == manifest.device_id,
                SyncHeldRow.device_seq.between(manifest.first_seq, manifest.last_seq),
            )
        )
        or 0
    ) > 0


def _keep_signatures(db: Database, book: _ManifestBook) -> None:
    """Store the signatures that vouched for operations beside them (so this laptop's `verify`
    checks them too), and let go of the sealed ones whose operations are all here."""
    with db.write_session() as session, session.begin():
        # Only beside operations that landed: a signature stored over an operation still held
        # (waiting, or quarantined) would read as an operation removed after it was signed.
        store_manifests(
            session,
            [m for m in book.used.values() if not _holds_any(session, m)],
        )
        for manifest in book.used.values():
            here = session.scalar(
                select(func.count())
                .select_from(JournalOperation)
                .where(
                    JournalOperation.device_id == manifest.device_id,
                    JournalOperation.device_seq.between(manifest.first_seq, manifest.last_seq),
                )
            )
            if here == manifest.last_seq - manifest.first_seq + 1:
                row = session.get(SyncManifestRow, (manifest.device_id, manifest.first_seq))
                if row is not None:
                    session.delete(row)


def _retry_held(
    db: Database,
    book: _ManifestBook,
    memo: UpdateMemo,
    *,
    keys: dict[tuple[str, int], bytes],
    device_keys: dict[str, str],
    link: HubLink,
    report: SyncReport,
) -> None:
    """Apply what was waiting, again and again while each pass applies something (an update
    whose row's creation arrived later in the same round)."""
    while True:
        with db.write_session() as session, session.begin():
            checker = _Checker(
                session,
                book,
                device_keys,
                link.livcr_scope_id,
                link.anchor_account_id,
                db.hlc,
                memo,
                published_keys(session),
            )
            envelopes = _held_envelopes(session)
            batch = _open_batch(session, envelopes, keys, checker)
            now = db.clock.now()
            applied = sum(
                _land(
                    session,
                    env,
                    clock_ahead=False,
                    checker=checker,
                    batch=batch,
                    report=report,
                    now=now,
                )
                for env in envelopes
            )
        if not applied:
            return


def _cursor(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalars(select(SyncLinkRow.pulled_cursor)).one())


def _count_held(db: Database, report: SyncReport) -> None:
    with db.read_session() as session:
        report.waiting = int(
            session.scalar(
                select(func.count()).select_from(SyncHeldRow).where(SyncHeldRow.state == "waiting")
            )
            or 0
        )
        report.quarantined = int(
            session.scalar(
                select(func.count())
                .select_from(SyncHeldRow)
                .where(SyncHeldRow.state == "quarantined")
            )
            or 0
        )
        for reason, count in session.execute(
            select(SyncHeldRow.reason, func.count()).group_by(SyncHeldRow.reason)
        ):
            report.held_reasons[str(reason)] = int(count)


def sync_round(
    db: Database, link: HubLink, client: HubClient, *, progress: Progress | None = None
) -> SyncReport:
    """One whole round; safe to cut anywhere and run again."""
    report = SyncReport()
    if link.is_coordinator:
        share_scopes(db, link, client, db.clock.today())
        step("sync.scopes_shared")
    _receive_keys(db, link, client, report)
    _push(db, link, client, report)
    _pull(db, link, client, report, progress)
    with db.write_session() as session, session.begin():
        session.scalars(select(SyncLinkRow)).one().last_synced_at = db.clock.now()
    _count_held(db, report)
    return report


def pending_changes(db: Database, link: HubLink) -> int:
    """How many of this laptop's operations wait to go out (for the status bar)."""
    with db.read_session() as session:
        pushed = session.scalars(select(SyncLinkRow.pushed_seq)).one()
        return int(
            session.scalar(
                select(func.count())
                .select_from(JournalOperation)
                .where(
                    JournalOperation.device_id == link.device_id,
                    JournalOperation.device_seq > pushed,
                )
            )
            or 0
        )
