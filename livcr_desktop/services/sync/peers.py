"""The laptops of this LIVC-R as the hub last listed them (sync_peer): what a bundle is sealed
for and checked against when no hub is at hand.

Only approved laptops with both keys count; each was approved once by the fingerprint the
coordinator compared aloud, which is what makes its keys trustworthy offline too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.hub.client import HubDevice
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import Account, Member, SyncPeerRow


@dataclass(frozen=True)
class Peer:
    device_id: str
    member_id: str
    sign_public: str
    box_public: str
    is_coordinator: bool
    acked: dict[str, int]

    def as_hub_device(self) -> HubDevice:
        """As the hub's device list gives it (for the same scope rules as the hub path)."""
        return HubDevice(
            device_id=self.device_id,
            login="",
            member_id=self.member_id,
            is_coordinator=self.is_coordinator,
            sign_public=self.sign_public,
            box_public=self.box_public,
            status="approved",
            last_contact=None,
        )


def approved_peer_row(
    device_id: str, member_id: str, sign_public: str, box_public: str
) -> SyncPeerRow:
    """An approved laptop, nothing acknowledged by it yet."""
    return SyncPeerRow(
        device_id=device_id,
        member_id=member_id,
        sign_public=sign_public,
        box_public=box_public,
        status="approved",
        acked="{}",
    )


def remember_peers(
    db: Database, known: Iterable[tuple[str, str, str | None, str | None, str]]
) -> None:
    """Keep the hub's device list (device, member, signing key, box key, status) as it is now;
    what each laptop acknowledged by bundle stays."""
    with db.write_session() as session, session.begin():
        for device_id, member_id, sign_public, box_public, status in known:
            row = session.get(SyncPeerRow, device_id)
            if row is None:
                if not sign_public or not box_public:
                    continue
                session.add(
                    SyncPeerRow(
                        device_id=device_id,
                        member_id=member_id,
                        sign_public=sign_public,
                        box_public=box_public,
                        status=status,
                        acked="{}",
                    )
                )
            else:
                row.status = status


def _coordinator_member(session: Session, anchor_account_id: str) -> str | None:
    account = session.get(Account, anchor_account_id)
    return account.member_id if account is not None else None


def approved_peers(session: Session, anchor_account_id: str) -> list[Peer]:
    """The approved laptops; the coordinator's are those of the anchor account's member."""
    coordinator = _coordinator_member(session, anchor_account_id)
    return [
        Peer(
            row.device_id,
            row.member_id,
            row.sign_public,
            row.box_public,
            row.member_id == coordinator,
            {str(k): int(v) for k, v in json.loads(row.acked or "{}").items()},
        )
        for row in session.scalars(
            select(SyncPeerRow)
            .where(SyncPeerRow.status == "approved")
            .order_by(SyncPeerRow.device_id)
        )
    ]


def owner_name(session: Session, member_id: str) -> str:
    member = session.get(Member, member_id)
    return member.full_name if member is not None else member_id[:8]
