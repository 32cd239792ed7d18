"""Importing a bundle: checked whole before anything is written (the sender laptop's signature,
that it is for this laptop of this LIVC-R, not imported before, every record well formed), then
landed exactly as a hub pull lands (services/sync/landing.py): idempotent, in any order, held
when it cannot apply yet, quarantined when it must never apply. The holes between what bundles
brought of each device are reported, with the device owner's name.

The whole landing is one write transaction (the hub pull's batches joined into it as
savepoints, `Database.joined`), with the record that the bundle was imported and its audit
entry: a kill anywhere during an import leaves the data folder exactly as it was, and the same
bundle can simply be imported again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.bundle_manifest import (
    NOT_A_BUNDLE,
    BundleManifest,
    DeviceRange,
    Gap,
    gaps,
)
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.client import PulledEnvelope, SignatureEnvelope, WrappedKey
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.services.bundles import container, device_keys
from livcr_desktop.services.bundles.creator_keys import settle_first_keys
from livcr_desktop.services.bundles.first_keys import check_first_keys
from livcr_desktop.services.bundles.records import BundleRecords, read_records
from livcr_desktop.services.cases.numbering import number_arrived_cases
from livcr_desktop.services.meetings.minutes_reseal_arrived import (
    journal_head,
    reseal_after_arrival,
)
from livcr_desktop.services.retention.erasure_sync import obey_erasures
from livcr_desktop.services.sync.checker import ManifestBook
from livcr_desktop.services.sync.collector import collector_paused
from livcr_desktop.services.sync.keys_received import receive_keys
from livcr_desktop.services.sync.landing import Pulling, land_batch, retry_held
from livcr_desktop.services.sync.link import NOT_CONNECTED, HubLink, read_link
from livcr_desktop.services.sync.memos import keep_memo, take_memo
from livcr_desktop.services.sync.peers import Peer, approved_peers, owner_name, remember_peers
from livcr_desktop.services.sync.report import SyncReport, count_held
from livcr_desktop.services.sync.sharing import scope_keys
from livcr_desktop.services.sync.signatures_received import keep_signatures, receive_signatures
from livcr_desktop.services.sync.withdrawal import obey_withdrawals
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.apply_outcome import UpdateMemo
from livcr_desktop.store.database import Database
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.models import Account, SyncBundleRangeRow, SyncBundleSeenRow, SyncPeerRow

NOT_SIGNED_BY_A_LAPTOP = QT_TRANSLATE_NOOP(
    "Bundles",
    "This bundle is not signed by an approved laptop of this LIVC-R, or it was changed after "
    "it was signed. Nothing was imported.",
)
NOT_FOR_THIS_LAPTOP = QT_TRANSLATE_NOOP(
    "Bundles",
    "This bundle was made for another laptop. Ask for a bundle for this laptop's owner. "
    "Nothing was imported.",
)
ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Bundles", "This bundle was imported here before, on {day}. Nothing changed."
)
GAP = QT_TRANSLATE_NOOP(
    "Bundles",
    "Changes {first}–{last} made on {owner}'s laptop have not arrived: ask {owner} for a new "
    "bundle.",
)
DRIFT_MS = 5 * 60 * 1000
"""As the hub's drift: a stamp further ahead than this of this laptop's clock is quarantined."""
_BATCH = 5000


@dataclass(frozen=True)
class GapNotice:
    gap: Gap
    owner: str


@dataclass
class ImportReport:
    sender: str
    sync: SyncReport = field(default_factory=SyncReport)
    gaps: list[GapNotice] = field(default_factory=list)
    numbered: list[str] = field(default_factory=list)
    """The codes of the year given to cases opened on members' laptops (coordinator)."""


@dataclass(frozen=True)
class _Checked:
    link: HubLink
    sender: Peer
    manifest: BundleManifest
    records: BundleRecords
    first_keys: set[str]
    """Scopes of cases the sending member's laptop opened, keyed by it (first_keys.py)."""


class _FromBundle:
    """What a bundle brings, offered as the hub client offers it to the same receiving code."""

    def __init__(self, records: BundleRecords) -> None:
        self._records = records

    def scope_keys(self, after: int = 0) -> list[WrappedKey]:
        del after
        return list(self._records.keys)

    def pull_signatures(self, after: int) -> list[SignatureEnvelope]:
        del after
        return list(self._records.signatures)


def _sender(peers: Sequence[Peer], sealed: container.SealedFile) -> Peer:
    key_id = container.signature_key_id(sealed.signature)
    for peer in peers:
        if (
            device_keys.minisign_key_id(peer.sign_public) == key_id
            and container.signature_holds(sealed, device_keys.minisign_public(peer.sign_public))
            and sealed.sender_key
            == device_keys.minisign_public_text(peer.sign_public, peer.device_id).encode()
        ):
            return peer
    raise DomainError(NOT_SIGNED_BY_A_LAPTOP)


def _within_ranges(manifest: BundleManifest, records: BundleRecords) -> bool:
    """Every envelope and signature lies in a range the signed manifest declares."""
    for device, first, last in [
        (e.device_id, e.device_seq, e.device_seq) for e in records.envelopes
    ] + [(s.device_id, s.first_seq, s.last_seq) for s in records.signatures]:
        rng = manifest.ranges.get(device)
        if rng is None or not rng.after_seq < first <= last <= rng.through_seq:
            return False
    return True


def check_bundle(db: Database, path: Path) -> _Checked:
    """Everything about a bundle that can be checked before writing; DomainError otherwise."""
    with db.read_session() as session:
        link = read_link(session, db.device_id)
        if link is None:
            raise DomainError(NOT_CONNECTED)
        peers = [
            p
            for p in approved_peers(session, link.anchor_account_id)
            if p.device_id != link.device_id
        ]
    sealed = container.read_bundle(path)
    sender = _sender(peers, sealed)
    plaintext = container.decrypt(sealed, device_keys.age_identity(link.box))
    if plaintext is None:
        raise DomainError(NOT_FOR_THIS_LAPTOP)
    manifest_line, start = container.split_manifest(plaintext)
    manifest = BundleManifest.from_bytes(manifest_line)
    if manifest.sender_device_id != sender.device_id:
        raise DomainError(NOT_SIGNED_BY_A_LAPTOP)
    if manifest.livcr_scope_id != link.livcr_scope_id or link.device_id not in manifest.recipients:
        raise DomainError(NOT_FOR_THIS_LAPTOP)
    with db.read_session() as session:
        seen = session.get(SyncBundleSeenRow, manifest.bundle_id)
        if seen is not None:
            raise DomainError(ALREADY_IMPORTED, day=seen.imported_at.date())
    records = read_records(plaintext, start, link.device_id)
    if not _within_ranges(manifest, records):
        raise DomainError(NOT_A_BUNDLE)
    first_keys = check_first_keys(db, link, _roster_trusted(db, link, sender), records.keys)
    return _Checked(link, sender, manifest, records, first_keys)


def _clock_ahead(env: Envelope, wall_ms: int) -> bool:
    """As the hub marks a stamp ahead of its clock: here against this laptop's wall clock (the
    one hybrid clock stamps follow; the app's day clock may be set apart, as in tests)."""
    try:
        stamp = HlcStamp.decode(env.hlc)
    except ValueError:
        return False  # the landing refuses it as it refuses any envelope that does not open
    return stamp.physical_ms > wall_ms + DRIFT_MS


def _roster_trusted(db: Database, link: HubLink, sender: Peer) -> bool:
    """The roster is the coordinator's to give. Before this laptop holds any record (it joined
    by files), the anchor's account is not known yet and the only laptop it knows is the
    coordinator's, from the invitation handed over in person."""
    if sender.is_coordinator:
        return True
    with db.read_session() as session:
        return session.get(Account, link.anchor_account_id) is None


def _land(db: Database, checked: _Checked, memo: UpdateMemo, report: SyncReport) -> None:
    link = checked.link
    if checked.records.peers and _roster_trusted(db, link, checked.sender):
        remember_peers(db, [(*peer, "approved") for peer in checked.records.peers])
    source = _FromBundle(checked.records)
    receive_keys(db, link, source, report)  # type: ignore[arg-type]
    received = receive_signatures(db, link, source)  # type: ignore[arg-type]
    with db.read_session() as session:
        keys = scope_keys(session)
        peers = approved_peers(session, link.anchor_account_id)
    device_keys_ = {p.device_id: p.sign_public for p in peers}
    book = ManifestBook(keys, link.livcr_scope_id)
    book.remember(received)
    pulling = Pulling(db, link, book, device_keys_, keys, memo, report)
    envelopes = checked.records.envelopes
    for start in range(0, len(envelopes), _BATCH):
        wall_ms = time.time_ns() // 1_000_000
        batch = [
            PulledEnvelope(0, env, _clock_ahead(env, wall_ms))
            for env in envelopes[start : start + _BATCH]
        ]
        land_batch(pulling, batch)
    retry_held(pulling)
    keep_signatures(db, book)
    if not link.is_coordinator:
        report.cases_removed += len(
            obey_withdrawals(db, link, {p.device_id: p.member_id for p in peers})
        )
    report.cases_removed += len(obey_erasures(db))


def _vouched(checked: _Checked) -> dict[str, DeviceRange]:
    """The ranges that count as complete here: the coordinator's laptop holds everything, and a
    laptop everything it made. A range another laptop relays holds only what that laptop may
    see (it cannot know all this laptop may see): its operations land, but counting it would
    hide a gap and make the next bundles start after operations still missing."""
    if checked.sender.is_coordinator:
        return dict(checked.manifest.ranges)
    own = checked.manifest.ranges.get(checked.sender.device_id)
    return {checked.sender.device_id: own} if own is not None else {}


def _record(db: Database, checked: _Checked) -> list[GapNotice]:
    """Remember the bundle (a replay is refused), what it brought (a relayed range kept as not
    complete: it counts only in what this laptop acknowledges to its sender, acks.py), and
    what its sender holds; return the holes left in the complete ranges of the devices it
    covers."""
    manifest = checked.manifest
    notices: list[GapNotice] = []
    with db.write_session() as session, session.begin():
        session.add(
            SyncBundleSeenRow(
                bundle_id=manifest.bundle_id,
                sender_device_id=manifest.sender_device_id,
                imported_at=db.clock.now(),
            )
        )
        vouched = _vouched(checked)
        for device, rng in manifest.ranges.items():
            session.add(
                SyncBundleRangeRow(
                    bundle_id=manifest.bundle_id,
                    device_id=device,
                    after_seq=rng.after_seq,
                    through_seq=rng.through_seq,
                    complete=device in vouched,
                )
            )
        peer = session.get(SyncPeerRow, manifest.sender_device_id)
        if peer is not None:
            acked = {str(k): int(v) for k, v in json.loads(peer.acked or "{}").items()}
            for device, seq in manifest.acks.items():
                acked[device] = max(acked.get(device, 0), seq)
            peer.acked = json.dumps(acked, sort_keys=True)
        session.flush()
        owners = {
            p.device_id: p.member_id
            for p in approved_peers(session, checked.link.anchor_account_id)
        }
        for device in sorted(vouched):
            ranges = [
                DeviceRange(r.after_seq, r.through_seq)
                for r in session.scalars(
                    select(SyncBundleRangeRow).where(
                        SyncBundleRangeRow.device_id == device,
                        SyncBundleRangeRow.complete.is_(True),
                    )
                )
            ]
            for gap in gaps(device, ranges):
                notices.append(GapNotice(gap, owner_name(session, owners.get(device, device))))
    return notices


def import_bundle(workspace: Workspace, path: Path) -> ImportReport:
    """Check a bundle whole, then land what it brings as a hub pull would, in one transaction
    (whole or not at all)."""
    head = journal_head(workspace.db)
    with collector_paused():
        report = _import(workspace, path)
    # A case opened on a member's laptop (arrived now or by an earlier round) gets its number.
    report.numbered = number_arrived_cases(workspace)
    # Held draft minutes the bundle's changes touched are sealed anew for the chairs.
    reseal_after_arrival(workspace, head)
    return report


def import_first_bundle(db: Database, path: Path) -> ImportReport:
    """The first bundle of a laptop that joined by files, on its database opened with the
    owner's passphrase alone: its records (the owner's account among them) arrive only now, so
    nobody can sign in before it, as before a first hub sync. Same checks, same one
    transaction; the import is journaled by the sign-in that follows, not here."""
    with collector_paused():
        checked = check_bundle(db, path)
        report = ImportReport("")
        memo = take_memo(db)
        with db.write_session() as session, session.begin():
            joined = db.joined(session.connection())
            _land(joined, checked, memo, report.sync)
            report.gaps = _record(joined, checked)
            count_held(joined, report.sync)
        keep_memo(db, memo)
        with db.read_session() as session:  # the sender's name arrived with the records
            report.sender = owner_name(session, checked.sender.member_id)
    return report


def _import(workspace: Workspace, path: Path) -> ImportReport:
    checked = check_bundle(workspace.db, path)
    with workspace.db.read_session() as session:
        sender_name = owner_name(session, checked.sender.member_id)
    report = ImportReport(sender_name)
    memo = take_memo(workspace.db)
    with workspace.uow() as uow:
        db = workspace.db.joined(uow.session.connection())
        _land(db, checked, memo, report.sync)
        report.gaps = _record(db, checked)
        count_held(db, report.sync)
        settle_first_keys(db, checked.link, checked.sender.device_id, checked.first_keys)
        uow.journal.access(
            "device",
            checked.sender.device_id,
            "sync.bundle_imported",
            bundle_id=checked.manifest.bundle_id,
            applied=report.sync.applied,
        )
        step("bundle.landed")  # a kill here leaves the folder as before the import
    keep_memo(workspace.db, memo)  # committed: what it learnt holds for the next landing
    return report
