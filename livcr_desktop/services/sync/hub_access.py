"""A member's laptop that lived on bundles reaches the hub later: the coordinator gives its
(already approved) device a hub login and writes it in a hub access file, handed over in person
like an invitation; the laptop takes the hub address from it and keeps the password in the
keyring. Its keys and device stay: the hub already lists them, as the coordinator registered
them when it connected (link.connect_hub), so there is no new fingerprint to compare.

The laptop's next round pushes its whole chain (it never pushed one); what it already holds by
bundle is found in its journal when pulled and applied nothing twice (landing.py), and what
the others received of it by bundle is skipped the same way there.

**Written again** (`again`): an access file lost, or a laptop that joined through the hub and
lost the keyring that kept its password (a new OS profile). The coordinator writes the hub
access of such a laptop again; the hub keeps its login and gives it a new password
(`hub.give_login`), so the old file, and the old password kept on the laptop, stop working at
once. The laptop takes the new file as the first (`take_hub_access`, which then only renews the
password, as the address and login are those it already has); until it does, its sync says
that the hub no longer accepts its password (hub_errors.HUB_ACCESS_RENEWED).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.sync.devices import _hub_database
from livcr_desktop.services.sync.link import ALREADY_CONNECTED, NOT_CONNECTED, read_link
from livcr_desktop.services.sync.overview import BY_FILE_LOGIN
from livcr_desktop.services.sync.peers import approved_peers
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import Account, SyncLinkRow

ACCESS_FORMAT = "livcr-hub-access/1"
MAX_ACCESS_BYTES = 4096
NOT_AN_ACCESS = QT_TRANSLATE_NOOP(
    "Sync", "This file is not a hub access for this laptop. Ask the coordinator for a new one."
)
NO_FILE_LAPTOP = QT_TRANSLATE_NOOP(
    "Sync",
    "{name} has no laptop approved by file. A laptop that joined through the hub already has "
    "its login.",
)
HAS_HUB_LOGIN = QT_TRANSLATE_NOOP(
    "Sync",
    "Every laptop of {name} already has its hub login. If an access file or the password kept "
    "on a laptop was lost, write its hub access again: the old one then stops working.",
)
NO_HUB_LAPTOP = QT_TRANSLATE_NOOP("Sync", "{name} has no approved laptop on this hub.")
OTHER_LOGIN = QT_TRANSLATE_NOOP(
    "Sync",
    "This hub access is for another hub login than the one this laptop uses. Ask the "
    "coordinator for a new one.",
)


@dataclass(frozen=True)
class HubAccess:
    """The hub address and login of one laptop approved by file (secret: the password)."""

    device_id: str
    livcr_scope_id: str
    dsn: str
    login: str
    password: str

    def to_json(self) -> str:
        return json.dumps({"format": ACCESS_FORMAT, **asdict(self)}, indent=2, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> HubAccess:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ACCESS_BYTES + 1)
        try:
            if len(raw) > MAX_ACCESS_BYTES:
                raise ValueError("size")
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.pop("format", None) != ACCESS_FORMAT:
                raise ValueError("format")
            return cls(**{k: str(data[k]) for k in cls.__dataclass_fields__})
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise DomainError(NOT_AN_ACCESS) from exc


def hub_access_for(
    workspace: Workspace,
    client: HubClient,
    username: str,
    *,
    again: bool = False,
    device_id: str | None = None,
) -> list[HubAccess]:
    """A hub login for each laptop of this member that was approved by file (coordinator
    only, connected): one access file each. `again`: for each approved laptop of the member
    that already has its login (or the one `device_id` names), a new password instead."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
        account = session.scalars(select(Account).where(Account.username == username)).first()
        peers = [
            p.device_id
            for p in approved_peers(session, link.anchor_account_id if link else "")
            if account is not None and p.member_id == account.member_id
        ]
    on_hub = {d.device_id: d for d in client.devices()}
    if again:
        chosen = [
            d
            for d in on_hub.values()
            if account is not None
            and d.member_id == account.member_id
            and d.status == "approved"
            and not d.is_coordinator
            and device_id in (None, d.device_id)
        ]
        if not chosen:
            raise DomainError(NO_HUB_LAPTOP, name=username)
        return [
            hub_access_for_device(
                workspace, client, d.device_id, again=not approved_by_file(d.login)
            )
            for d in chosen
        ]
    by_file = [d for d in peers if d in on_hub and approved_by_file(on_hub[d].login)]
    by_file = [d for d in by_file if device_id in (None, d)]
    if not by_file:
        on_hub_of_member = [
            d for d in on_hub.values() if account is not None and d.member_id == account.member_id
        ]
        if any(d.status == "approved" and not d.is_coordinator for d in on_hub_of_member):
            raise DomainError(HAS_HUB_LOGIN, name=username)
        raise DomainError(NO_FILE_LAPTOP, name=username)
    return [hub_access_for_device(workspace, client, device) for device in by_file]


def approved_by_file(login: str) -> bool:
    """Whether the hub lists a laptop by the placeholder login of one approved by file."""
    return BY_FILE_LOGIN in login


def hub_access_for_device(
    workspace: Workspace, client: HubClient, device_id: str, *, again: bool = False
) -> HubAccess:
    """A hub login for one laptop approved by file (coordinator only, connected); `again`, a
    new password for the login a laptop already has (the hub keeps the login)."""
    workspace.require(Resource.ACCOUNT, Action.CREATE)
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
    if link is None or not link.dsn:
        raise DomainError(NOT_CONNECTED)
    password = secrets.token_urlsafe(24)
    login = client.give_login(
        device_id=device_id,
        login=f"{_hub_database(client)}_d_{device_id.replace('-', '')[-16:]}",
        password=password,
    )
    with workspace.uow() as uow:
        if again:
            uow.journal.access("device", device_id, "sync.hub_access_renewed")
        else:
            uow.journal.access("device", device_id, "sync.hub_access_given")
    return HubAccess(device_id, link.livcr_scope_id, link.dsn, login, password)


def take_hub_access(workspace: Workspace, access: HubAccess) -> str:
    """On the laptop: the hub address from the access file. Returns the address with its
    login; the caller keeps the password (keyring or a file IT passes). A laptop that already
    syncs through the hub takes only a renewed access for the login it already uses (the
    coordinator wrote it again); its address may have moved with it."""
    with workspace.uow() as uow:
        session = uow.session
        row = session.scalars(select(SyncLinkRow)).first()
        if row is None:
            raise DomainError(NOT_CONNECTED)
        if access.device_id != workspace.db.device_id or access.livcr_scope_id != (
            row.livcr_scope_id
        ):
            raise DomainError(NOT_AN_ACCESS)
        if row.dsn:
            if row.is_coordinator:
                raise DomainError(ALREADY_CONNECTED)
            if login_of(row.dsn) != access.login:
                raise DomainError(OTHER_LOGIN)
        renewal = bool(row.dsn)
        row.dsn = f"{access.dsn} user={access.login}"
        if renewal:
            uow.journal.access("device", access.device_id, "sync.hub_access_renewal_taken")
        else:
            uow.journal.access("device", access.device_id, "sync.hub_access_taken")
        return row.dsn


def renews(workspace: Workspace) -> bool:
    """Whether an access file taken now would renew this laptop's hub password (it already
    syncs through the hub) rather than connect it for the first time."""
    with workspace.db.read_session() as session:
        row = session.scalars(select(SyncLinkRow)).first()
        return row is not None and bool(row.dsn)


def login_of(dsn: str) -> str:
    """The login (`user=`) of a libpq connection string as links keep it: the last one, as
    libpq reads it (an access file's address may carry the coordinator's login before it)."""
    login = ""
    for part in dsn.split():
        key, _, value = part.partition("=")
        if key == "user":
            login = value.strip("'")
    return login
