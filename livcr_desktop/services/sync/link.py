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
        raise DomainError(NO_HUB_PASSWORD)
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
    approved device. The first sync round then pushes the whole journal."""
    with workspace.uow() as uow:
        workspace.require(Resource.ACCOUNT, Action.CREATE)
        session = uow.session
        if session.scalars(select(SyncLinkRow)).first() is not None:
            raise DomainError(ALREADY_CONNECTED)
        profile = session.scalars(select(LivcrProfileRow)).one()
        signer = stored_device_signer(session, workspace.db.device_id) or create_device_signer(
            session, workspace.db.device_id, workspace.clock.now()
        )
        box = BoxKeyPair.generate()
        scope = livcr_scope_id(profile.id)
        with HubClient(dsn_with_password(dsn, password)) as client:
            client.connect_coordinator(
                livcr_id=profile.id,
                device_id=workspace.db.device_id,
                member_id=workspace.actor.member_id,
                sign_public=signing.public_hex(signer.private),
                box_public=box.public_hex,
            )
        session.add(
            link_row(
                dsn,
                scope,
                workspace.actor.member_id,
                anchor_account_id=workspace.actor.account_id,
                box=box,
                now=workspace.clock.now(),
                is_coordinator=True,
            )
        )
        session.add(SyncScopeKeyRow(scope_id=scope, epoch=1, key=new_scope_key()))
        uow.journal.access("livcr_profile", profile.id, "sync.hub_connected")
    return HubLink(
        dsn,
        workspace.db.device_id,
        workspace.actor.member_id,
        True,
        scope,
        box,
        workspace.actor.account_id,
    )
