"""Exporting a bundle for another member's laptop(s): the operations they lack, sealed as the
hub would serve them, with the scope keys and signatures that open and vouch for them.

What a bundle may hold is decided by the same rule as the hub path (sharing.wanted_members,
from the need-to-know table): only the scopes the recipient's laptop may pull. The
coordinator's laptop hands out scope keys (it makes them, as at a hub round); a member's laptop
gives it only the first keys of the cases it opened (first_keys.py). Every laptop
sends what it made; to a member's laptop it also relays what it holds of the others that the
recipient may see, with the original signatures (a
signature over operations the sender may not see travels sealed, as it came); only the
coordinator's and the author's own ranges count as complete at the recipient (receive.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.bundle_manifest import BundleManifest, DeviceRange
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.client import HubDevice, SignatureEnvelope
from livcr_desktop.hub.envelopes import new_scope_key, seal_operation, wrap_scope_key
from livcr_desktop.services.bundles import container, device_keys, records
from livcr_desktop.services.bundles.acks import acks_for
from livcr_desktop.services.bundles.first_keys import first_key_lines, scopes_to_key
from livcr_desktop.services.sync import schema_version
from livcr_desktop.services.sync.collector import collector_paused
from livcr_desktop.services.sync.link import NOT_CONNECTED, HubLink, read_link
from livcr_desktop.services.sync.manifests import own_manifests, seal_manifest
from livcr_desktop.services.sync.peers import Peer, approved_peers
from livcr_desktop.services.sync.push import own_scope
from livcr_desktop.services.sync.scopes import key_owners, scope_of
from livcr_desktop.services.sync.sharing import current_epochs, scope_keys, wanted_members
from livcr_desktop.services.sync.withdrawal import withdrawn_cases
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.device_keys import stored_device_signer
from livcr_desktop.store.erasures import erased_cases
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import (
    Account,
    JournalOperation,
    Member,
    SyncHeldRow,
    SyncManifestRow,
    SyncScopeKeyRow,
)

NO_SUCH_MEMBER = QT_TRANSLATE_NOOP("Bundles", "No member of this LIVC-R has the user name {name}.")
NO_LAPTOP = QT_TRANSLATE_NOOP(
    "Bundles",
    "{name} has no approved laptop that this laptop knows of. A laptop is known after it was "
    "approved and this laptop synced with the hub once.",
)


@dataclass
class ExportReport:
    recipient: str
    laptops: int
    operations: int = 0
    keys: int = 0
    ranges: dict[str, DeviceRange] = field(default_factory=dict)


@dataclass
class _Plan:
    """Who the bundle is for and which laptops may pull each scope."""

    link: HubLink
    recipients: list[Peer]
    wanted: dict[str, set[str]]
    member_name: str
    member_id: str


def _recipients(session: Session, link: HubLink, username: str) -> tuple[list[Peer], str, str]:
    account = session.scalars(select(Account).where(Account.username == username)).first()
    if account is None:
        raise DomainError(NO_SUCH_MEMBER, name=username)
    member = session.get(Member, account.member_id)
    name = member.full_name if member is not None else username
    peers = [
        p
        for p in approved_peers(session, link.anchor_account_id)
        if p.member_id == account.member_id and p.device_id != link.device_id
    ]
    if not peers:
        raise DomainError(NO_LAPTOP, name=name)
    return peers, name, account.member_id


def wanted_here(session: Session, link: HubLink, day: date) -> dict[str, set[str]]:
    """Which laptops may pull each scope: the hub path's own rule (sharing.wanted_members) over
    the laptops this one knows, itself included."""
    devices = [p.as_hub_device() for p in approved_peers(session, link.anchor_account_id)]
    if link.device_id not in {d.device_id for d in devices}:
        devices.append(
            HubDevice(
                device_id=link.device_id,
                login="",
                member_id=link.member_id,
                is_coordinator=link.is_coordinator,
                sign_public=None,
                box_public=None,
                status="approved",
                last_contact=None,
            )
        )
    return wanted_members(session, devices, link.livcr_scope_id, day)


def _first_keys(workspace: Workspace, scopes: set[str]) -> None:
    """The coordinator makes the first key of a scope nobody holds yet, as a hub round would
    (a member's laptop only of the cases it opened)."""
    with workspace.db.write_session() as session, session.begin():
        epochs = current_epochs(session)
        for scope in sorted(scopes - set(epochs)):
            session.add(SyncScopeKeyRow(scope_id=scope, epoch=1, key=new_scope_key()))


def _plan(workspace: Workspace, username: str) -> _Plan:
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
        if link is None:
            raise DomainError(NOT_CONNECTED)
        recipients, name, member_id = _recipients(session, link, username)
        wanted = wanted_here(session, link, workspace.today())
    return _Plan(link, recipients, wanted, name, member_id)


@dataclass
class _Sealing:
    """What one export seals with, read once, and the lines it writes (keys first, then
    signatures, then envelopes: the order the landing needs them in)."""

    link: HubLink
    visible: set[str]
    keys: dict[tuple[str, int], bytes]
    epochs: dict[str, int]
    owners: dict[str, str]
    withdrawn: set[str]
    key_lines: list[bytes] = field(default_factory=list)
    signature_lines: list[bytes] = field(default_factory=list)
    envelope_lines: list[bytes] = field(default_factory=list)

    def scope(self, op: Operation) -> str:
        if op.device_id == self.link.device_id:
            return own_scope(op, self.link, self.owners, self.withdrawn, self.epochs)
        return scope_of(op, self.link.livcr_scope_id, self.owners)


def _wrap_keys(sealing: _Sealing, recipients: list[Peer], report: ExportReport) -> None:
    """Every key of the scopes the recipients may pull, wrapped for each of their laptops (the
    coordinator's laptop hands keys out, as at a hub round)."""
    for peer in recipients:
        for scope, epoch in sorted(sealing.keys):
            if scope in sealing.visible:
                wrapped = wrap_scope_key(
                    sealing.keys[(scope, epoch)],
                    scope_id=scope,
                    epoch=epoch,
                    recipient_public_hex=peer.box_public,
                )
                sealing.key_lines.append(records.key_line(peer.device_id, scope, epoch, wrapped))
                report.keys += 1


def _held_from(session: Session, device: str) -> int | None:
    """The first operation of `device` this laptop holds back (waiting or quarantined): it is
    not in the journal, so nothing from there on can be relayed as complete."""
    return session.scalar(
        select(func.min(SyncHeldRow.device_seq)).where(SyncHeldRow.device_id == device)
    )


def _seal_device(
    session: Session, sealing: _Sealing, device: str, after: int, report: ExportReport
) -> None:
    """One device's operations after `after` that the recipients may see, and the signatures
    over them; stops where a scope has no key yet (the rest waits, as at the hub), and before
    an operation of another laptop this one still holds back."""
    through = after
    read: dict[int, Operation] = {}
    query = (
        select(JournalOperation.__table__)  # plain rows: read only, thousands of them
        .where(JournalOperation.device_id == device, JournalOperation.device_seq > after)
        .order_by(JournalOperation.device_seq)
    )
    held = _held_from(session, device) if device != sealing.link.device_id else None
    if held is not None:
        query = query.where(JournalOperation.device_seq < held)
    for row in session.execute(query):
        op = read[row.device_seq] = to_operation(row)
        scope = sealing.scope(op)
        epoch = sealing.epochs.get(scope)
        if epoch is None:
            break
        through = op.device_seq
        if scope in sealing.visible:
            env = seal_operation(
                op,
                scope_id=scope,
                epoch=epoch,
                key=sealing.keys[(scope, epoch)],
                schema_version=schema_version.SCHEMA_VERSION,
            )
            sealing.envelope_lines.append(records.envelope_line(env))
            report.operations += 1
    if through == after:
        return
    report.ranges[device] = DeviceRange(after, through)
    livcr_scope = sealing.link.livcr_scope_id
    livcr_epoch = sealing.epochs.get(livcr_scope)
    if livcr_epoch is None:
        return
    for manifest in own_manifests(session, device, after, read):
        if manifest.last_seq > through:
            continue
        if len(manifest.entries) == manifest.last_seq - manifest.first_seq + 1:
            sealed = seal_manifest(
                manifest, key=sealing.keys[(livcr_scope, livcr_epoch)], epoch=livcr_epoch
            )
            sealing.signature_lines.append(records.signature_line(sealed))
        else:  # signed over operations this laptop may not see: relayed as it came, sealed
            kept = session.get(SyncManifestRow, (device, manifest.first_seq))
            if kept is not None:
                sealing.signature_lines.append(
                    records.signature_line(
                        SignatureEnvelope(
                            device, kept.first_seq, kept.last_seq, kept.key_epoch, kept.body
                        )
                    )
                )


def export_bundle(workspace: Workspace, username: str, out: Path) -> ExportReport:
    """Write a bundle for the laptops of the member with this user name."""
    with collector_paused():
        return _export(workspace, username, out)


def _export(workspace: Workspace, username: str, out: Path) -> ExportReport:
    plan = _plan(workspace, username)
    link = plan.link
    ids = {p.device_id for p in plan.recipients}
    # A member's laptop gives the coordinator's the first keys of the cases it opened
    # (first_keys.py); the coordinator's laptop makes every other first key.
    opened = scopes_to_key(
        workspace.db,
        link,
        plan.recipients,
        min(p.acked.get(link.device_id, 0) for p in plan.recipients),
    )
    if link.is_coordinator or opened:
        _first_keys(workspace, set(plan.wanted) if link.is_coordinator else opened)
    report = ExportReport(plan.member_name, len(plan.recipients))
    with workspace.db.read_session() as session:
        sealing = _Sealing(
            link,
            {scope for scope, members in plan.wanted.items() if members & ids},
            scope_keys(session),
            current_epochs(session),
            key_owners(session),
            withdrawn_cases(session, link.member_id) | erased_cases(session),
        )
        if link.is_coordinator:
            _wrap_keys(sealing, plan.recipients, report)
            roster = [
                records.peer_line(p.device_id, p.member_id, p.sign_public, p.box_public)
                for p in approved_peers(session, link.anchor_account_id)
            ]
        else:
            roster = []
            sealing.key_lines = first_key_lines(session, opened, plan.recipients)
            report.keys += len(sealing.key_lines)
        heads = _heads(session)
        # The coordinator's laptop relays every laptop's operations; another relays what it
        # holds of others only to a member's laptop (the coordinator's gets all from the hub
        # or from the author), and always sends its own.
        relay = link.is_coordinator or not any(p.is_coordinator for p in plan.recipients)
        for device in sorted(heads) if relay else [link.device_id]:
            if device not in ids and device in heads:
                after = min(p.acked.get(device, 0) for p in plan.recipients)
                _seal_device(session, sealing, device, after, report)
        signer = stored_device_signer(session, link.device_id)
        acks = acks_for(session, link, ids)
    assert signer is not None, "a laptop linked to the hub has its device key"
    manifest = BundleManifest(
        bundle_id=new_id(),
        livcr_scope_id=link.livcr_scope_id,
        sender_device_id=link.device_id,
        recipients=tuple(sorted(ids)),
        made_at=workspace.clock.now().isoformat(timespec="seconds"),
        ranges=report.ranges,
        heads=heads,
        acks=acks,
    )
    plaintext = b"".join(
        [
            manifest.to_bytes(),
            b"\n",
            *roster,
            *sealing.key_lines,
            *sealing.signature_lines,
            *sealing.envelope_lines,
        ]
    )
    container.write_bundle(
        out,
        plaintext,
        [device_keys.age_recipient(p.box_public) for p in plan.recipients],
        device_keys.minisign_secret(signer.private),
        trusted_comment=f"livcr-bundle {manifest.bundle_id} from laptop {link.device_id}",
        sender_key_text=device_keys.minisign_public_text(
            signing.public_hex(signer.private), link.device_id
        ),
    )
    with workspace.uow() as uow:
        # Journaled on the laptop it goes to: a partner may journal on a device, not an account.
        uow.journal.access(
            "device",
            plan.recipients[0].device_id,
            "sync.bundle_exported",
            member_id=plan.member_id,
            bundle_id=manifest.bundle_id,
            operations=report.operations,
        )
    return report


def _heads(session: Session) -> dict[str, tuple[int, str]]:
    """Each device's chain head in this laptop's journal."""
    newest = (
        select(JournalOperation.device_id, func.max(JournalOperation.device_seq).label("seq"))
        .group_by(JournalOperation.device_id)
        .subquery()
    )
    rows = session.execute(
        select(JournalOperation.device_id, JournalOperation.device_seq, JournalOperation.hash).join(
            newest,
            (JournalOperation.device_id == newest.c.device_id)
            & (JournalOperation.device_seq == newest.c.seq),
        )
    )
    return {device: (int(seq), str(h)) for device, seq, h in rows}


@dataclass(frozen=True)
class Recipient:
    username: str
    name: str


def bundle_recipients(workspace: Workspace) -> list[Recipient]:
    """The members this laptop can make a bundle for: those with an approved laptop it knows
    (other than itself), by name. Empty when this laptop never synced with a hub."""
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
        if link is None:
            return []
        members = {
            p.member_id
            for p in approved_peers(session, link.anchor_account_id)
            if p.device_id != link.device_id
        }
        found = [
            Recipient(account.username, member.full_name)
            for account, member in session.execute(
                select(Account, Member)
                .join(Member, Member.id == Account.member_id)
                .where(Account.member_id.in_(members), Account.active.is_(True))
            ).all()
        ]
    return sorted(found, key=lambda r: r.name.lower())
