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

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.hlc import HlcStamp, HybridLogicalClock
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.journal_signing import DEVICE_VOUCHED_KINDS, KEY_CREATED_KINDS
from livcr_desktop.domain.organisations import Role
from livcr_desktop.hub.client import HubClient
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
from livcr_desktop.store.apply_rows import ApplyStatus, receive
from livcr_desktop.store.database import Database
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.migrate import SCHEMA_HEAD
from livcr_desktop.store.models import (
    Account,
    JournalOperation,
    Member,
    SigningKeyRow,
    SyncConflictRow,
    SyncHeldRow,
    SyncLinkRow,
    SyncScopeKeyRow,
)

SCHEMA_VERSION = int(SCHEMA_HEAD)
"""Stamped on every envelope: a laptop holds what a newer version made until it is upgraded."""

COORDINATOR_ONLY_ENTITIES = frozenset(
    {"role_assignment", "member", "organisation", "municipality", "livcr_profile", "life_domain"}
)
"""LIVC-R-wide records only a coordinator changes: an operation on them by anyone else is
quarantined wherever it lands (a partner cannot make itself coordinator through the hub)."""

Progress = Callable[[int, int], None]


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
                    SyncScopeKeyRow(scope_id=wrapped.scope_id, epoch=wrapped.epoch, key=key)
                )
                known[(wrapped.scope_id, wrapped.epoch)] = key
                report.keys_received += 1
            row.keys_cursor = max(row.keys_cursor, wrapped.server_seq)


# --- push --------------------------------------------------------------------------------------


def _push(db: Database, link: HubLink, client: HubClient, report: SyncReport) -> None:
    with db.read_session() as session:
        row = session.scalars(select(SyncLinkRow)).one()
        keys = scope_keys(session)
        epochs = current_epochs(session)
        stored = session.scalars(
            select(JournalOperation)
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
        livcr_epoch = epochs[link.livcr_scope_id]
        pushed_up_to = envelopes[-1].device_seq if envelopes else row.pushed_seq
        manifests = [
            seal_manifest(m, key=keys[(link.livcr_scope_id, livcr_epoch)], epoch=livcr_epoch)
            for m in own_manifests(session, link.device_id, row.signatures_pushed_seq)
            if m.last_seq <= pushed_up_to
        ]
    report.pushed += client.push(envelopes)
    client.push_signatures(manifests)
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        row.pushed_seq = max(row.pushed_seq, pushed_up_to)
        if manifests:
            row.signatures_pushed_seq = max(row.signatures_pushed_seq, manifests[-1].last_seq)


# --- pull --------------------------------------------------------------------------------------


@dataclass
class _Checker:
    """Checks a received operation's signature and author against what this laptop knows."""

    session: Session
    manifests: dict[tuple[str, int], Manifest]
    device_keys: dict[str, str]
    livcr_scope: str
    anchor_account_id: str
    clock: HybridLogicalClock
    published_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    """(public key, member) by key id, from the signatures' manifests: how a laptop outside a
    member's own scope learns their public key (services/sync/manifests.py)."""
    introduced_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Member keys created by operations received in this round but not applied yet: the
    transaction that creates a key is signed with it."""

    def introduce(self, op: Operation) -> None:
        fields = op.payload.get("fields")
        if op.kind in KEY_CREATED_KINDS and isinstance(fields, dict):
            self.introduced_keys[op.entity_id] = (
                str(fields.get("public_key")),
                str(fields.get("member_id")),
            )

    def _member_key(self, key_id: str, op: Operation) -> tuple[str, str] | None:
        """(public key, member) of a member's signing key: stored, or introduced by `op` itself
        (the transaction that creates a key is signed with it)."""
        stored = self.session.get(SigningKeyRow, key_id)
        if stored is not None:
            return stored.public_key, stored.member_id
        return self.introduced_keys.get(key_id) or self.published_keys.get(key_id)

    def key_owners(self) -> dict[str, str]:
        """The member of every signing key known here, stored or heard of in this round."""
        owners = {key: member for key, (_public, member) in self.published_keys.items()}
        owners.update({key: member for key, (_public, member) in self.introduced_keys.items()})
        owners.update(key_owners(self.session))
        return owners

    def manifest_for(self, op: Operation) -> Manifest | None:
        for (device, first), manifest in self.manifests.items():
            if device == op.device_id and first <= op.device_seq <= manifest.last_seq:
                return manifest
        return None

    def signature_problem(self, op: Operation) -> str | None:
        """None when a valid signature covers `op`; 'waiting_signature' or a quarantine reason."""
        manifest = self.manifest_for(op)
        if manifest is None:
            return "waiting_signature"
        if not manifest.covers(op):
            return "not_in_signature"
        member_key = self._member_key(manifest.key_id, op)
        if member_key is not None:
            public_key, member_id = member_key
            if not manifest.valid_with(public_key):
                return "bad_signature"
            if op.actor_id == self.anchor_account_id:
                return None
            account = self.session.get(Account, op.actor_id) if op.actor_id else None
            if account is None or account.member_id != member_id:
                return "waiting_author" if account is None else "signed_by_another"
            return None
        device_key = self.device_keys.get(op.device_id)
        if device_key is None or not manifest.valid_with(device_key):
            # Not the device's key: a member's key whose creation has not arrived yet.
            return "waiting_signature"
        if not op.kind.startswith(DEVICE_VOUCHED_KINDS) and not manifest.checkpoint:
            return "device_signed_change"
        return None

    def author_problem(self, op: Operation, scope: str) -> str | None:
        """None when the author may have made this change; a quarantine reason otherwise."""
        if op.actor_id is None or op.actor_id == self.anchor_account_id:
            return None
        account = self.session.get(Account, op.actor_id)
        if account is None:
            return "waiting_author"
        member = self.session.get(Member, account.member_id)
        if member is None:
            return "waiting_author"
        actor = member_actor(self.session, member)
        day = _day_of(op)
        if actor.has_role(Role.COORDINATOR, day):
            return None
        if scope == self.livcr_scope:
            if op.entity in COORDINATOR_ONLY_ENTITIES:
                return "not_allowed"
            if op.entity == "account" and op.entity_id != op.actor_id:
                return "not_allowed"
            return None
        if scope == member_scope_id(self.livcr_scope, member.id):
            return None  # their own signing key, from their own laptop
        if scope not in case_scopes_of_member(self.session, member.id, day):
            return "not_allowed"
        return None


def _day_of(op: Operation) -> date:
    from datetime import UTC

    from livcr_desktop.domain.clock import local_date

    stamp = HlcStamp.decode(op.hlc)
    return local_date(datetime.fromtimestamp(stamp.physical_ms / 1000, tz=UTC))


WAITING_REASONS = frozenset(
    {"waiting_key", "waiting_signature", "waiting_author", "waiting_earlier", "version_ahead"}
)


def _hold(session: Session, env: Envelope, reason: str, now: datetime) -> None:
    state = "waiting" if reason in WAITING_REASONS else "quarantined"
    existing = session.get(SyncHeldRow, env.op_id)
    if existing is not None:
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


def _opened(
    session: Session, env: Envelope, clock_ahead: bool, checker: _Checker
) -> tuple[Operation | None, str | None]:
    """The operation in an envelope once every check passed, or the reason it is held."""
    key = session.get(SyncScopeKeyRow, (env.scope_id, env.key_epoch))
    if clock_ahead:
        return None, "clock_ahead"
    if env.schema_version > SCHEMA_VERSION:
        return None, "version_ahead"
    if key is None:
        return None, "waiting_key"
    try:
        op = open_envelope(env, key.key)
    except EnvelopeRefused:
        return None, "does_not_open"
    if scope_of(op, checker.livcr_scope, checker.key_owners()) != env.scope_id:
        return None, "wrong_scope"
    return op, checker.signature_problem(op) or checker.author_problem(op, env.scope_id)


_NOT_APPLIED = {
    ApplyStatus.WAITING: "waiting_earlier",
    ApplyStatus.VERSION_AHEAD: "version_ahead",
    ApplyStatus.UNREPLAYABLE: "unreplayable",
}


def _land(
    session: Session,
    env: Envelope,
    *,
    clock_ahead: bool,
    checker: _Checker,
    report: SyncReport,
    now: datetime,
) -> bool:
    """Apply or hold one received envelope; True when it was applied."""
    held = session.get(SyncHeldRow, env.op_id)
    if session.scalar(select(JournalOperation.seq).where(JournalOperation.op_id == env.op_id)):
        if held is not None:
            session.delete(held)
        return False
    op, reason = _opened(session, env, clock_ahead, checker)
    if op is not None and reason is None:
        outcome = receive(session, op)
        reason = _NOT_APPLIED.get(outcome.status)
        if reason is None:
            # Stamp what this laptop writes next after what it just applied, so a later edit
            # here never sorts before the edit it overwrote.
            checker.clock.observe(HlcStamp.decode(op.hlc))
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
    _hold(session, env, reason or "unreplayable", now)
    return False


def _introduce(session: Session, checker: _Checker, envelopes: list[Envelope]) -> None:
    """Let the checker know the member keys these envelopes create before any is checked."""
    for env in envelopes:
        key = session.get(SyncScopeKeyRow, (env.scope_id, env.key_epoch))
        if key is None:
            continue
        try:
            checker.introduce(open_envelope(env, key.key))
        except EnvelopeRefused:
            continue


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


def _pull(
    db: Database, link: HubLink, client: HubClient, report: SyncReport, progress: Progress | None
) -> None:
    known_devices = client.device_keys()
    device_keys = {
        device_id: sign_public
        for device_id, _member, sign_public, _box, _status in known_devices
        if sign_public
    }
    device_members = {device_id: member for device_id, member, _s, _b, _st in known_devices}
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        keys = scope_keys(session)
        manifests: dict[tuple[str, int], Manifest] = {}
        verified: list[Manifest] = []
        published: dict[str, tuple[str, str]] = {}
        for sealed in client.pull_signatures(0):
            key = keys.get((link.livcr_scope_id, sealed.key_epoch))
            if key is None or sealed.device_id == link.device_id:
                continue
            try:
                manifest = open_manifest(sealed, key)
            except EnvelopeRefused:
                continue
            manifests[(manifest.device_id, manifest.first_seq)] = manifest
            verified.append(manifest)
            for key_id, member_id, public_key in manifest.keys:
                published[key_id] = (public_key, member_id)
        row.signatures_cursor = 0
    checker_manifests = manifests
    done = 0
    for batch in client.iter_pull(_cursor(db)):
        with db.write_session() as session, session.begin():
            checker = _Checker(
                session,
                checker_manifests,
                device_keys,
                link.livcr_scope_id,
                link.anchor_account_id,
                db.hlc,
                published,
            )
            _introduce(session, checker, [p.envelope for p in batch])
            now = db.clock.now()
            for pulled in batch:
                if pulled.envelope.device_id == link.device_id:
                    continue
                report.pulled += 1
                _land(
                    session,
                    pulled.envelope,
                    clock_ahead=pulled.clock_ahead,
                    checker=checker,
                    report=report,
                    now=now,
                )
            session.scalars(select(SyncLinkRow)).one().pulled_cursor = batch[-1].server_seq
        done += len(batch)
        if progress is not None:
            progress(done, 0)
    _retry_held(db, checker_manifests, device_keys, link, report, published=published)
    if not link.is_coordinator:
        report.cases_removed += len(obey_withdrawals(db, link, device_members))
    with db.write_session() as session, session.begin():
        store_manifests(
            session,
            (
                m
                for m in verified
                if session.scalar(
                    select(func.count())
                    .select_from(JournalOperation)
                    .where(
                        JournalOperation.device_id == m.device_id,
                        JournalOperation.device_seq.between(m.first_seq, m.last_seq),
                    )
                )
            ),
        )


def _retry_held(
    db: Database,
    manifests: dict[tuple[str, int], Manifest],
    device_keys: dict[str, str],
    link: HubLink,
    report: SyncReport,
    *,
    published: dict[str, tuple[str, str]],
) -> None:
    """Apply what was waiting, again and again while each pass applies something (an update
    whose row's creation arrived later in the same round)."""
    while True:
        with db.write_session() as session, session.begin():
            checker = _Checker(
                session,
                manifests,
                device_keys,
                link.livcr_scope_id,
                link.anchor_account_id,
                db.hlc,
                published,
            )
            _introduce(session, checker, _held_envelopes(session))
            now = db.clock.now()
            applied = sum(
                _land(session, env, clock_ahead=False, checker=checker, report=report, now=now)
                for env in _held_envelopes(session)
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
