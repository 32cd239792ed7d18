"""Connecting this LIVC-R to its hub (the coordinator's laptop), and reading the link back.

The hub's address is kept in the data folder without its password; the password goes to the
OS keyring (or stays in the file IT scripts pass with --hub-password-file), so a copy of the
data folder never carries the way into the hub.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.envelopes import BoxKeyPair, new_scope_key
from livcr_desktop.services.sync.peers import approved_peers
from livcr_desktop.services.sync.scopes import livcr_scope_id
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.device_keys import create_device_signer, stored_device_signer
from livcr_desktop.store.keyring_vault import DeviceVault, VaultUnavailable
from livcr_desktop.store.models import LivcrProfileRow, SyncLinkRow, SyncScopeKeyRow

ALREADY_CONNECTED = QT_TRANSLATE_NOOP("Sync", "This LIVC-R is already connected to a hub.")
NOT_CONNECTED = QT_TRANSLATE_NOOP("Sync", "This LIVC-R is not connected to a hub yet.")
NO_HUB_PASSWORD = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub's password is not on this computer: connect again, or pass it with "
    "--hub-password-file.",
)
NO_HUB_PASSWORD_IN_APP = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub's password is not on this computer (its keyring may have been emptied). On a "
    "member's laptop: ask the coordinator for a new hub access file and open it in the Sync area "
    "with “Connect to the hub with an access file…”. On the coordinator's laptop: "
    "connect to the hub again in the Sync area.",
)
"""The same, for a person in the app: what to do there, not a command-line option."""


@dataclass(frozen=True)
class HubLink:
    """What this laptop needs to talk to its hub."""

    dsn: str
    device_id: str
    member_id: str
    is_coordinator: bool
    livcr_scope_id: str
    box: BoxKeyPair
    anchor_account_id: str = ""


def read_link(session: Session, device_id: str) -> HubLink | None:
    """The hub link of this data folder, or None before it is connected."""
    row = session.scalars(select(SyncLinkRow)).first()
    if row is None:
        return None
    return HubLink(
        dsn=row.dsn,
        device_id=device_id,
        member_id=row.member_id,
        is_coordinator=row.is_coordinator,
        livcr_scope_id=row.livcr_scope_id,
        box=BoxKeyPair(bytes.fromhex(row.box_private)),
        anchor_account_id=row.anchor_account_id,
    )


def dsn_with_password(dsn: str, password: str) -> str:
    """A libpq connection string with the password added (quoted as libpq wants)."""
    quoted = password.replace("\\", "\\\\").replace("'", "\\'")
    return f"{dsn} password='{quoted}'"


def folder_id(workspace: Workspace) -> str:
    header, _repaired = workspace.folder.header.load()
    return header.folder_id


def hub_password(workspace: Workspace, password_file_value: str | None = None) -> str:
    """The hub password from the caller (a file IT passed) or the OS keyring."""
    if password_file_value:
        return password_file_value
    try:
        stored = DeviceVault().recall_hub_password(folder_id(workspace), workspace.db.device_id)
    except VaultUnavailable:
        stored = None
    if not stored:
        raise DomainError(NO_HUB_PASSWORD, in_app=NO_HUB_PASSWORD_IN_APP)
    return stored


def remember_password(workspace: Workspace, password: str) -> bool:
    """Keep the hub password in the OS keyring; False when there is no keyring (scripts then
    pass --hub-password-file every time)."""
    try:
        DeviceVault().remember_hub_password(folder_id(workspace), workspace.db.device_id, password)
    except VaultUnavailable:
        return False
    return True


def link_row(
    dsn: str,
    scope: str,
    member_id: str,
    *,
    anchor_account_id: str,
    box: BoxKeyPair,
    now: datetime,
    is_coordinator: bool,
) -> SyncLinkRow:
    """A new link with nothing sent or received yet (hub connection, join, or bundles only,
    where `dsn` is empty)."""
    return SyncLinkRow(
        id=1,
        dsn=dsn,
        livcr_scope_id=scope,
        member_id=member_id,
        is_coordinator=is_coordinator,
        anchor_account_id=anchor_account_id,
        box_private=box.private.hex(),
        pushed_seq=0,
        pulled_cursor=0,
        keys_cursor=0,
        signatures_cursor=0,
        signatures_pushed_seq=0,
        last_synced_at=None,
        connected_at=now,
    )


def connect_hub(workspace: Workspace, dsn: str, password: str) -> HubLink:
    """Bind this LIVC-R to the hub (coordinator only) and register this laptop as its first,
    approved device. The first sync round then pushes the whole journal.

    A coordinator's laptop that lived on bundles (linked without a hub address) connects
    keeping its keys and device: the hub learns the laptops it approved by file, with the keys
    whose fingerprints were compared aloud, and the first round wraps their scope keys for them
    and pushes this laptop's whole chain (it never pushed one)."""
    with workspace.uow() as uow:
        workspace.require(Resource.ACCOUNT, Action.CREATE)
        session = uow.session
        existing = session.scalars(select(SyncLinkRow)).first()
        if existing is not None and (existing.dsn or not existing.is_coordinator):
            raise DomainError(ALREADY_CONNECTED)
        profile = session.scalars(select(LivcrProfileRow)).one()
        signer = stored_device_signer(session, workspace.db.device_id) or create_device_signer(
            session, workspace.db.device_id, workspace.clock.now()
        )
        box = (
            BoxKeyPair(bytes.fromhex(existing.box_private))
            if existing is not None
            else BoxKeyPair.generate()
        )
        member_id = existing.member_id if existing is not None else workspace.actor.member_id
        scope = livcr_scope_id(profile.id)
        with HubClient(dsn_with_password(dsn, password)) as client:
            client.connect_coordinator(
                livcr_id=profile.id,
                device_id=workspace.db.device_id,
                member_id=member_id,
                sign_public=signing.public_hex(signer.private),
                box_public=box.public_hex,
            )
            if existing is not None:
                _tell_laptops_by_file(session, existing, workspace.db.device_id, client)
        if existing is not None:
            existing.dsn = dsn
            existing.connected_at = workspace.clock.now()
            anchor = existing.anchor_account_id
        else:
            anchor = workspace.actor.account_id
            session.add(
                link_row(
                    dsn,
                    scope,
                    member_id,
                    anchor_account_id=anchor,
                    box=box,
                    now=workspace.clock.now(),
                    is_coordinator=True,
                )
            )
            session.add(SyncScopeKeyRow(scope_id=scope, epoch=1, key=new_scope_key()))
        uow.journal.access("livcr_profile", profile.id, "sync.hub_connected")
    return HubLink(dsn, workspace.db.device_id, member_id, True, scope, box, anchor)


def _tell_laptops_by_file(
    session: Session, link: SyncLinkRow, own_device: str, client: HubClient
) -> None:
    """The laptops approved by file, registered on the hub as approved with their keys."""
    for peer in approved_peers(session, link.anchor_account_id):
        if peer.device_id != own_device:
            client.register_approved_device(
                device_id=peer.device_id,
                member_id=peer.member_id,
                sign_public=peer.sign_public,
                box_public=peer.box_public,
            )
