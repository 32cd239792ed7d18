"""What the coordinator's Sync area lists: the laptops of the LIVC-R with their owners, and the
operations this laptop holds without applying them, with the reason in words.

The hub names devices and members by random ids only; the owner's name is looked up here, on
the coordinator's laptop, which holds the member register. Both lists are for the coordinator
alone (the same permission as inviting, approving and revoking laptops).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.envelopes import fingerprint
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import Account, Member, RoleAssignment, SyncHeldRow

DEVICE_STATUS: dict[str, Text] = {
    "invited": QT_TRANSLATE_NOOP("Sync", "Invited"),
    "enrolled": QT_TRANSLATE_NOOP("Sync", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("Sync", "Approved"),
    "revoked": QT_TRANSLATE_NOOP("Sync", "Revoked"),
}

HELD_REASONS: dict[str, Text] = {
    "waiting_key": QT_TRANSLATE_NOOP(
        "Sync", "Waiting for the key of its case (shared at the coordinator's next sync)."
    ),
    "waiting_signature": QT_TRANSLATE_NOOP(
        "Sync", "Waiting for its signature, which travels separately."
    ),
    "waiting_author": QT_TRANSLATE_NOOP("Sync", "Waiting for the account of its author to arrive."),
    "waiting_earlier": QT_TRANSLATE_NOOP(
        "Sync", "Waiting for an earlier change of the same record."
    ),
    "version_ahead": QT_TRANSLATE_NOOP(
        "Sync", "Made with a newer version of the app: applied after this laptop is upgraded."
    ),
    "clock_ahead": QT_TRANSLATE_NOOP(
        "Sync", "Its laptop's clock was too far ahead of the hub's: it would win every edit."
    ),
    "does_not_open": QT_TRANSLATE_NOOP(
        "Sync", "It does not open with its case's key: it was altered or sealed wrongly."
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "Sync", "It opens, but holds no change this app makes: an altered or faulty laptop made it."
    ),
    "wrong_scope": QT_TRANSLATE_NOOP(
        "Sync", "It was sent in another case than the one it belongs to."
    ),
    "not_in_signature": QT_TRANSLATE_NOOP(
        "Sync", "Its signature does not cover it: it was altered after signing."
    ),
    "bad_signature": QT_TRANSLATE_NOOP("Sync", "Its signature is not valid."),
    "signed_by_another": QT_TRANSLATE_NOOP(
        "Sync", "It was signed with another person's key than its author's."
    ),
    "device_signed_change": QT_TRANSLATE_NOOP(
        "Sync", "A change signed only by a laptop, not by a person."
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Sync", "Its author was not allowed to make this change on that day."
    ),
    "unreplayable": QT_TRANSLATE_NOOP("Sync", "No record can hold what it contains."),
}
UNKNOWN_REASON = QT_TRANSLATE_NOOP("Sync", "Held for a reason this version does not know.")
APPROVED_BY_FILE = QT_TRANSLATE_NOOP("Sync", "Approved by file, no hub login yet")
BY_FILE_LOGIN = "_f_"
"""The hub's placeholder login of a laptop approved by file (hub.register_approved_device)."""


@dataclass(frozen=True)
class DeviceView:
    """One laptop as the Sync area lists it."""

    device_id: str
    owner: str
    status: str
    status_text: Text
    last_contact: datetime | None
    fingerprint: str
    is_coordinator: bool
    by_file: bool = False
    """Approved by file before the hub: it needs a hub access file to sync through it."""
    roles: tuple[Text, ...] = ()
    """The owner's roles today, short ("Chair", "Partner"): whose laptop it is at a glance."""


@dataclass(frozen=True)
class HeldView:
    """One operation held on this laptop: from whose laptop, since when, and why."""

    op_id: str
    quarantined: bool
    reason: Text
    owner: str
    received_at: datetime


def _owners(workspace: Workspace) -> dict[str, str]:
    with workspace.db.read_session() as session:
        return {m.id: m.full_name for m in session.scalars(select(Member))}


def _roles(workspace: Workspace) -> dict[str, tuple[Text, ...]]:
    """Each member's roles held today, short labels in the enum's order."""
    today = workspace.today()
    held: dict[str, set[Role]] = {}
    with workspace.db.read_session() as session:
        for row in session.scalars(select(RoleAssignment)):
            if row.starts_on <= today and (row.ends_on is None or row.ends_on >= today):
                try:
                    held.setdefault(row.member_id, set()).add(Role(row.role))
                except ValueError:
                    continue
    return {
        member: tuple(role.short_label for role in Role if role in roles)
        for member, roles in held.items()
    }


def device_views(workspace: Workspace, client: HubClient) -> list[DeviceView]:
    """Every laptop the hub knows for this LIVC-R, with its owner's name (coordinator only)."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    owners, roles = _owners(workspace), _roles(workspace)
    views = [
        DeviceView(
            device_id=device.device_id,
            owner=owners.get(device.member_id, "?"),
            status=device.status,
            status_text=(
                APPROVED_BY_FILE
                if BY_FILE_LOGIN in device.login
                else DEVICE_STATUS.get(device.status, UNKNOWN_REASON)
            ),
            last_contact=device.last_contact,
            fingerprint=(
                fingerprint(device.sign_public, device.box_public)
                if device.sign_public and device.box_public
                else ""
            ),
            is_coordinator=device.is_coordinator,
            by_file=BY_FILE_LOGIN in device.login,
            roles=roles.get(device.member_id, ()),
        )
        for device in client.devices()
    ]
    order = {"enrolled": 0, "approved": 1, "invited": 2, "revoked": 3}
    return sorted(views, key=lambda v: (order.get(v.status, 4), v.owner))


def held_views(workspace: Workspace, device_owners: dict[str, str] | None = None) -> list[HeldView]:
    """The operations this laptop holds, quarantined first (coordinator only). The owner of the
    sending laptop is named when the caller knows the devices (from the hub)."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    owners = device_owners or {}
    with workspace.db.read_session() as session:
        rows = session.scalars(select(SyncHeldRow).order_by(SyncHeldRow.received_at)).all()
        views = [
            HeldView(
                op_id=row.op_id,
                quarantined=row.state == "quarantined",
                reason=HELD_REASONS.get(row.reason, UNKNOWN_REASON),
                owner=owners.get(row.device_id, ""),
                received_at=row.received_at,
            )
            for row in rows
        ]
    return sorted(views, key=lambda v: not v.quarantined)


def member_accounts(workspace: Workspace) -> list[tuple[str, str]]:
    """(user name, display name) of every active account, to choose whom to invite."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    with workspace.db.read_session() as session:
        rows = session.execute(
            select(Account.username, Member.full_name)
            .join(Member, Member.id == Account.member_id)
            .where(Account.active.is_(True))
            .order_by(Member.full_name)
        ).all()
    return [(str(username), str(name)) for username, name in rows]
