"""The laptops a coordinator without a hub looks after by file: who owns each, its fingerprint
(to compare again when in doubt) and when a bundle last went to it and came from it.

Without a hub there is no device list to ask: the laptops are this laptop's roster (sync_peer),
the last bundle sent is the export's own audit entry (`sync.bundle_exported`, journaled on the
laptop it went to) and the last one received is the import's record (`sync_bundle_seen`).
Coordinator only, as the hub's device list is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.hub.envelopes import fingerprint
from livcr_desktop.services.sync.link import read_link
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    Account,
    JournalOperation,
    Member,
    SyncBundleSeenRow,
    SyncPeerRow,
)

EXPORTED = "sync.bundle_exported"


@dataclass(frozen=True)
class FileLaptopView:
    """One approved laptop as the coordinator's no-hub list shows it."""

    device_id: str
    owner: str
    username: str
    fingerprint: str
    last_sent: datetime | None
    last_received: datetime | None


def _stamp_time(hlc: str | None) -> datetime | None:
    if not hlc:
        return None
    return datetime.fromtimestamp(HlcStamp.decode(hlc).physical_ms / 1000, tz=UTC)


def file_laptops(workspace: Workspace) -> list[FileLaptopView]:
    """The other approved laptops this laptop knows, by owner (coordinator only); empty before
    the first invitation or approval by file."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
        if link is None:
            return []
        sent = dict(
            session.execute(
                select(JournalOperation.entity_id, func.max(JournalOperation.hlc))
                .where(
                    JournalOperation.device_id == link.device_id,
                    JournalOperation.kind == EXPORTED,
                )
                .group_by(JournalOperation.entity_id)
            ).all()
        )
        received = dict(
            session.execute(
                select(
                    SyncBundleSeenRow.sender_device_id, func.max(SyncBundleSeenRow.imported_at)
                ).group_by(SyncBundleSeenRow.sender_device_id)
            ).all()
        )
        rows = session.execute(
            select(SyncPeerRow, Member.full_name, Account.username)
            .join(Member, Member.id == SyncPeerRow.member_id)
            .outerjoin(Account, Account.member_id == SyncPeerRow.member_id)
            .where(SyncPeerRow.status == "approved", SyncPeerRow.device_id != link.device_id)
        ).all()
        views = [
            FileLaptopView(
                device_id=peer.device_id,
                owner=str(name),
                username=str(username or ""),
                fingerprint=fingerprint(peer.sign_public, peer.box_public),
                last_sent=_stamp_time(sent.get(peer.device_id)),
                last_received=_aware(received.get(peer.device_id)),
            )
            for peer, name, username in rows
        ]
    return sorted(views, key=lambda v: (v.owner.lower(), v.device_id))


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite gives stored moments back without their zone; they were written in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
