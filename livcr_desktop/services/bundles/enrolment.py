"""A laptop that never meets the hub joins by files: the coordinator's invitation (with the
coordinator laptop's public keys instead of a hub login) → the member's laptop writes a join
request (its own public keys) → the coordinator approves it from that file after comparing the
fingerprint aloud, as for a hub approval → the coordinator's next bundle for the member carries
the roster of approved laptops, the scope keys and the records.

The fingerprint comparison is what makes the keys in a file trustworthy, exactly as on the hub
path: a request whose keys do not give the fingerprint the coordinator typed is refused.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.envelopes import BoxKeyPair, fingerprint, new_scope_key
from livcr_desktop.services.sync.devices import (
    UNKNOWN_FINGERPRINT,
    Invitation,
    _normal,
    invitation_for,
)
from livcr_desktop.services.sync.link import HubLink, link_row, read_link
from livcr_desktop.services.sync.peers import approved_peer_row
from livcr_desktop.services.sync.scopes import livcr_scope_id
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.device_keys import create_device_signer, stored_device_signer
from livcr_desktop.store.models import (
    LivcrProfileRow,
    Member,
    SyncPeerRow,
    SyncScopeKeyRow,
)

REQUEST_FORMAT = "livcr-join-request/1"
MAX_REQUEST_BYTES = 4096
NOT_A_REQUEST = QT_TRANSLATE_NOOP("Bundles", "This file is not a request to join this LIVC-R.")
NO_ACCOUNT = QT_TRANSLATE_NOOP("Bundles", "This member has no account to invite.")
NOT_COORDINATOR_LAPTOP = QT_TRANSLATE_NOOP(
    "Bundles", "Only the coordinator's laptop approves laptops and writes invitations."
)
KNOWN_OTHERWISE = QT_TRANSLATE_NOOP(
    "Bundles",
    "This laptop is already known with other keys. Ask the member for a new invitation.",
)
_HEX_KEY = 64


@dataclass(frozen=True)
class JoinRequest:
    """What a laptop without a network sends back to the coordinator: which laptop, whose, and
    its two public keys (nothing secret)."""

    device_id: str
    member_id: str
    livcr_scope_id: str
    sign_public: str
    box_public: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)

    def to_json(self) -> str:
        return json.dumps({"format": REQUEST_FORMAT, **asdict(self)}, indent=2, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> JoinRequest:
        with path.open("rb") as handle:
            raw = handle.read(MAX_REQUEST_BYTES + 1)
        try:
            if len(raw) > MAX_REQUEST_BYTES:
                raise ValueError("size")
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.pop("format", None) != REQUEST_FORMAT:
                raise ValueError("format")
            request = cls(**{k: str(data[k]) for k in cls.__dataclass_fields__})
            for key in (request.sign_public, request.box_public):
                if len(key) != _HEX_KEY:
                    raise ValueError("key")
                bytes.fromhex(key)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise DomainError(NOT_A_REQUEST) from exc
        return request


def _coordinator_link(workspace: Workspace) -> HubLink:
    """This laptop's link; a coordinator's laptop that never connected to a hub gets one
    without a hub address (its keys and the LIVC-R-wide scope key), enough for bundles."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
    if link is not None:
        if not link.is_coordinator:
            raise DomainError(NOT_COORDINATOR_LAPTOP)
        return link
    with workspace.uow() as uow:
        session = uow.session
        profile = session.scalars(select(LivcrProfileRow)).one()
        signer = stored_device_signer(session, workspace.db.device_id) or create_device_signer(
            session, workspace.db.device_id, workspace.clock.now()
        )
        box = BoxKeyPair.generate()
        scope = livcr_scope_id(profile.id)
        session.add(
            link_row(
                "",
                scope,
                workspace.actor.member_id,
                anchor_account_id=workspace.actor.account_id,
                box=box,
                now=workspace.clock.now(),
                is_coordinator=True,
            )
        )
        session.add(SyncScopeKeyRow(scope_id=scope, epoch=1, key=new_scope_key()))
        session.add(
            approved_peer_row(
                workspace.db.device_id,
                workspace.actor.member_id,
                signing.public_hex(signer.private),
                box.public_hex,
            )
        )
        uow.journal.access("livcr_profile", profile.id, "sync.bundles_linked")
    with workspace.db.read_session() as session:
        made = read_link(session, workspace.db.device_id)
    assert made is not None
    return made


def invite_by_file(workspace: Workspace, username: str) -> Invitation:
    """An invitation for a member's laptop that will never reach the hub (coordinator only):
    no hub login in it, the coordinator laptop's public keys instead."""
    link = _coordinator_link(workspace)
    with workspace.db.read_session() as session:
        signer = stored_device_signer(session, link.device_id)
    assert signer is not None, "a linked laptop has its device key"

    def with_keys(base: Invitation) -> Invitation:
        return replace(
            base,
            coordinator_device_id=link.device_id,
            coordinator_sign_public=signing.public_hex(signer.private),
            coordinator_box_public=link.box.public_hex,
            coordinator_member_id=link.member_id,
        )

    return invitation_for(workspace, link, username, with_keys)


def join_request(invitation: Invitation, sign_public: str, box_public: str) -> JoinRequest:
    """The request file's content for a laptop that joined with this invitation."""
    return JoinRequest(
        device_id=invitation.device_id,
        member_id=invitation.member_id,
        livcr_scope_id=invitation.livcr_scope_id,
        sign_public=sign_public,
        box_public=box_public,
    )


def request_owner(workspace: Workspace, request: JoinRequest) -> str:
    """The name of the member a join request is for (coordinator only), to ask them for the
    fingerprint; refused when the request is for no member of this LIVC-R."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    with workspace.db.read_session() as session:
        member = session.get(Member, request.member_id)
        if member is None:
            raise DomainError(NOT_A_REQUEST)
        return member.full_name


def check_fingerprint(request: JoinRequest, typed_fingerprint: str) -> None:
    """Refused unless the typed fingerprint is the request's (before the final confirmation,
    and again inside the approval)."""
    if _normal(request.fingerprint) != _normal(typed_fingerprint):
        raise DomainError(UNKNOWN_FINGERPRINT, fingerprint=typed_fingerprint)


def approve_request(workspace: Workspace, request: JoinRequest, typed_fingerprint: str) -> str:
    """Approve the laptop of a join request after the coordinator compared its fingerprint
    aloud (coordinator only): it joins the roster this laptop's bundles carry. Returns the
    member's name."""
    link = _coordinator_link(workspace)
    if request.livcr_scope_id != link.livcr_scope_id:
        raise DomainError(NOT_A_REQUEST)
    check_fingerprint(request, typed_fingerprint)
    with workspace.uow() as uow:
        session = uow.session
        member = session.get(Member, request.member_id)
        if member is None:
            raise DomainError(NOT_A_REQUEST)
        row = session.get(SyncPeerRow, request.device_id)
        if row is None:
            session.add(
                approved_peer_row(
                    request.device_id,
                    request.member_id,
                    request.sign_public,
                    request.box_public,
                )
            )
        elif (row.sign_public, row.box_public, row.member_id) != (
            request.sign_public,
            request.box_public,
            request.member_id,
        ):
            raise DomainError(KNOWN_OTHERWISE)
        else:
            row.status = "approved"
        uow.journal.access(
            "member",
            request.member_id,
            "sync.device_approved",
            device_id=request.device_id,
            by_file=True,
        )
        return member.full_name
