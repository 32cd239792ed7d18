"""A member's own laptop joins the LIVC-R: invitation (coordinator), join (the member's laptop),
approval of the fingerprint compared out of band (coordinator), revocation of a lost laptop.

The joining laptop gets a new data folder with its own data key and a key slot for its owner's
account only: it will hold exactly what that member may see, so no other account needs (or
gets) a slot there. Its records arrive with its first sync.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import MISSING, asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.passphrase import check_passphrase
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.client import HubClient, HubDevice
from livcr_desktop.hub.envelopes import BoxKeyPair, fingerprint
from livcr_desktop.services.sync.link import HubLink, dsn_with_password, link_row, read_link
from livcr_desktop.services.sync.peers import approved_peer_row
from livcr_desktop.services.sync.sharing import share_scopes
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import keyslots, signing
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.device_keys import create_device_signer
from livcr_desktop.store.engine import DataKey, create_database_file
from livcr_desktop.store.keyslots import KeyHeader, normalise_passphrase
from livcr_desktop.store.migrate import prepare_schema
from livcr_desktop.store.models import (
    Account,
    LivcrProfileRow,
    Member,
    SyncPeerRow,
)
from livcr_desktop.store.private_files import replace_private

INVITATION_FORMAT = "livcr-invitation/1"
NO_ACCOUNT = QT_TRANSLATE_NOOP("Sync", "This member has no account to invite.")
NOT_AN_INVITATION = QT_TRANSLATE_NOOP("Sync", "This file is not an invitation to an LIVC-R.")
FOLDER_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Sync", "The folder for the new LIVC-R must be empty or not exist yet."
)
UNKNOWN_DEVICE = QT_TRANSLATE_NOOP(
    "Sync", "The hub knows no laptop with the id {device}: `livcr devices list` shows them."
)
UNKNOWN_FINGERPRINT = QT_TRANSLATE_NOOP(
    "Sync", "No laptop waiting for approval has the fingerprint {fingerprint}."
)
MAX_INVITATION_BYTES = 16_384


@dataclass(frozen=True)
class Invitation:
    """What a member's laptop needs to join: where the hub is, the one-time login made for this
    laptop, and whose laptop it will be. It opens the hub for one enrolment, so it is handed over
    like a key (in person, or the file on a stick), never by e-mail."""

    dsn: str
    login: str
    password: str
    device_id: str
    livcr_scope_id: str
    livcr_name: str
    member_id: str
    account_id: str
    username: str
    display_name: str
    coordinator_account_id: str
    coordinator_device_id: str = ""
    coordinator_sign_public: str = ""
    coordinator_box_public: str = ""
    coordinator_member_id: str = ""
    """The coordinator laptop's keys, in an invitation for a laptop that joins by files (no
    hub): handed over in person, they are what its first bundle is checked against."""
    demo: bool = False
    """An invitation of the demo LIVC-R: the laptop that joins shows the demo's badge too, so
    nobody takes its fictional records for real ones."""

    @property
    def by_file(self) -> bool:
        return not self.dsn

    def to_json(self) -> str:
        return json.dumps({"format": INVITATION_FORMAT, **asdict(self)}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Invitation:
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.pop("format", None) != INVITATION_FORMAT:
                raise DomainError(NOT_AN_INVITATION)
            values = {
                k: data[k] if f.default is MISSING else data.get(k, f.default)
                for k, f in cls.__dataclass_fields__.items()
            }
            demo = values.pop("demo") is True
            return cls(**{k: str(v) for k, v in values.items()}, demo=demo)
        except (ValueError, KeyError, TypeError) as exc:
            raise DomainError(NOT_AN_INVITATION) from exc

    @classmethod
    def read(cls, path: Path) -> Invitation:
        with path.open("rb") as handle:
            raw = handle.read(MAX_INVITATION_BYTES + 1)
        if len(raw) > MAX_INVITATION_BYTES:
            raise DomainError(NOT_AN_INVITATION)
        try:
            return cls.from_json(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise DomainError(NOT_AN_INVITATION) from exc


def _hub_database(client: HubClient) -> str:
    return str(client._call("SELECT current_database()")[0][0])


def invitation_for(
    workspace: Workspace, link: HubLink, username: str, make: Callable[[Invitation], Invitation]
) -> Invitation:
    """An invitation for the member with this account (coordinator only): `make` gives
    the invitation its hub part (a hub login, or the coordinator laptop's keys); the
    invitation made is journaled."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    with workspace.db.read_session() as session:
        account = session.scalars(select(Account).where(Account.username == username)).first()
        if account is None or not account.active:
            raise DomainError(NO_ACCOUNT)
        member = session.get(Member, account.member_id)
        assert member is not None
        livcr_name = session.scalars(select(LivcrProfileRow.name)).one()
        base = Invitation(
            dsn="",
            login="",
            password="",
            device_id=new_id(),
            livcr_scope_id=link.livcr_scope_id,
            livcr_name=livcr_name,
            member_id=member.id,
            account_id=account.id,
            username=username,
            display_name=member.full_name,
            coordinator_account_id=workspace.actor.account_id,
            demo=workspace.demo,
        )
    invitation = make(base)
    with workspace.uow() as uow:
        uow.journal.access(
            "account", base.account_id, "sync.invitation_made", device_id=base.device_id
        )
    return invitation


def invite(workspace: Workspace, client: HubClient, link: HubLink, username: str) -> Invitation:
    """An invitation for the laptop of the member with this account (coordinator only)."""

    def on_hub(base: Invitation) -> Invitation:
        login = f"{_hub_database(client)}_d_{base.device_id.replace('-', '')[-16:]}"
        password = secrets.token_urlsafe(24)
        client.invite_device(
            device_id=base.device_id, member_id=base.member_id, login=login, password=password
        )
        return replace(base, dsn=link.dsn, login=login, password=password)

    return invitation_for(workspace, link, username, on_hub)


def invitation_dsn(invitation: Invitation) -> str:
    """The hub address of an invitation with its login and password."""
    return dsn_with_password(f"{invitation.dsn} user={invitation.login}", invitation.password)


@dataclass(frozen=True)
class JoinedLaptop:
    fingerprint: str
    device_id: str
    sign_public: str = ""
    box_public: str = ""


def join(root: Path, invitation: Invitation, passphrase: str) -> JoinedLaptop:
    """Create this laptop's data folder for the invited member and enrol it on the hub (or, with
    an invitation for a laptop without a network, only know the coordinator's laptop from it).
    The coordinator approves the fingerprint printed here; the records come with the first sync
    (or the first bundle)."""
    check_passphrase(passphrase)
    folder = DataFolder(root)
    if folder.state() is not FolderState.EMPTY or _foreign_files(folder):
        raise DomainError(FOLDER_NOT_EMPTY)
    folder.ensure_dirs()
    device_id = folder.renew_device_id(invitation.device_id)
    data_key = secrets.token_bytes(32)
    staging = DataFolder(folder.root / f".join-{secrets.token_hex(4)}")
    staging.ensure_dirs()
    box = BoxKeyPair.generate()
    try:
        create_database_file(staging.db_path, DataKey(data_key))
        db = Database.open(staging, data_key, device_id=device_id)
        try:
            prepare_schema(db.engine)
            with db.write_session() as session, session.begin():
                signer = create_device_signer(session, device_id, db.clock.now())
                session.add(
                    link_row(
                        f"{invitation.dsn} user={invitation.login}" if invitation.dsn else "",
                        invitation.livcr_scope_id,
                        invitation.member_id,
                        anchor_account_id=invitation.coordinator_account_id,
                        box=box,
                        now=db.clock.now(),
                        is_coordinator=False,
                    )
                )
                if invitation.by_file:
                    session.add(_coordinator_peer(invitation))
            sign_public = signing.public_hex(signer.private)
        finally:
            db.close()
        if not invitation.by_file:
            with HubClient(invitation_dsn(invitation)) as client:
                client.enrol(sign_public=sign_public, box_public=box.public_hex)
        header = KeyHeader(
            folder_id=new_id(),
            livcr_name=invitation.livcr_name,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            demo=invitation.demo,
        )
        header.add_slot(
            data_key,
            normalise_passphrase(passphrase),
            kind="account",
            kdf=keyslots.ACCOUNT_KDF,
            account_id=invitation.account_id,
            username=invitation.username,
            display_name=invitation.display_name,
        )
        replace_private(staging.root / folder.header.path.name, header.to_json())
        os.replace(staging.db_path, folder.db_path)
        folder.header.save(header)
    finally:
        shutil.rmtree(staging.root, ignore_errors=True)
    return JoinedLaptop(
        fingerprint(sign_public, box.public_hex), device_id, sign_public, box.public_hex
    )


def _foreign_files(folder: DataFolder) -> list[str]:
    """What the folder holds besides what an interrupted join leaves (its sub-folders, the
    device id, a staging folder): `--data-dir ~/Documents` must not scatter a data folder among
    someone's files and make their folder owner-only."""
    if not folder.root.is_dir():
        return []
    own = {
        folder.logs_dir.name,
        folder.backups_dir.name,
        folder.device_path.name,
        folder.device_path.with_suffix(".tmp").name,
        folder.lock_path.name,
    }
    return [
        entry.name
        for entry in folder.root.iterdir()
        if entry.name not in own and not entry.name.startswith(".join-")
    ]


def _coordinator_peer(invitation: Invitation) -> SyncPeerRow:
    """The coordinator's laptop as the invitation names it: the only laptop a laptop without a
    network knows until the coordinator's first bundle brings the roster."""
    return approved_peer_row(
        invitation.coordinator_device_id,
        invitation.coordinator_member_id,
        invitation.coordinator_sign_public,
        invitation.coordinator_box_public,
    )


def waiting_devices(client: HubClient) -> list[tuple[HubDevice, str]]:
    """Laptops enrolled and waiting for approval, with their fingerprints."""
    return [
        (device, fingerprint(device.sign_public, device.box_public))
        for device in client.devices()
        if device.status == "enrolled" and device.sign_public and device.box_public
    ]


def _normal(text: str) -> str:
    return "".join(text.split()).upper()


def approve(workspace: Workspace, client: HubClient, typed_fingerprint: str) -> HubDevice:
    """Approve the waiting laptop whose fingerprint the coordinator compared (coordinator only)."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    for device, print_ in waiting_devices(client):
        if _normal(print_) == _normal(typed_fingerprint):
            client.approve(device.device_id)
            with workspace.uow() as uow:
                uow.journal.access(
                    "member", device.member_id, "sync.device_approved", device_id=device.device_id
                )
            return device
    raise DomainError(UNKNOWN_FINGERPRINT, fingerprint=typed_fingerprint)


def revoke(workspace: Workspace, client: HubClient, device_id: str) -> None:
    """Revoke a lost or retired laptop (coordinator only): the hub serves it nothing from now,
    and every scope whose key it held rolls over at once (new keys for the others first), so
    what this LIVC-R writes next is sealed under keys the lost laptop never had."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    device_id = device_id.strip().lower()
    if device_id not in {device.device_id for device in client.devices()}:
        raise DomainError(UNKNOWN_DEVICE, device=device_id)
    client.revoke(device_id)
    with workspace.uow() as uow:
        uow.journal.access("device", device_id, "sync.device_revoked")
    link = link_of(workspace)
    if link is not None and link.is_coordinator:
        share_scopes(workspace.db, link, client, workspace.today())


def link_of(workspace: Workspace) -> HubLink | None:
    with workspace.db.read_session() as session:
        return read_link(session, workspace.db.device_id)
