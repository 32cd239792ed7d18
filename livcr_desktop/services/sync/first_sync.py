"""The first sync of a laptop that just joined, and the hub password it keeps for later rounds.

A joined laptop's data folder holds no records until its first sync: its owner's account, roles
and cases arrive from the hub. So it cannot sign in the usual way yet; the setup wizard and the
sign-in screen both run this first round on the database opened with the passphrase alone
(`FolderAccess.open_for_sync`), and then sign in normally. The GUI and `livcr join`/`livcr sync`
share the keyring handling here, so the password of an invitation is kept in one way only.
"""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.domain.errors import AuthenticationError, DomainError
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.client import HubClient, HubRefused, HubUnreachable
from livcr_desktop.services import messages
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.sync.devices import Invitation, JoinedLaptop, join
from livcr_desktop.services.sync.hub_errors import (  # HUB_UNREACHABLE: its former home
    HUB_UNREACHABLE,  # noqa: F401
    round_error,
)
from livcr_desktop.services.sync.link import (
    NO_HUB_PASSWORD,
    NO_HUB_PASSWORD_IN_APP,
    NOT_CONNECTED,
    dsn_with_password,
    read_link,
)
from livcr_desktop.services.sync.round import Progress, SyncReport, sync_round
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.keyring_vault import DeviceVault, VaultUnavailable
from livcr_desktop.store.models import Account

NOT_APPROVED = QT_TRANSLATE_NOOP(
    "Sync",
    "The coordinator has not approved this laptop yet. Read its fingerprint to the "
    "coordinator, and try again once it is approved.",
)
AWAITS_FIRST_BUNDLE = QT_TRANSLATE_NOOP(
    "Sync",
    "This laptop joined without a network and its records have not arrived yet. Import the "
    "coordinator's first bundle (`livcr bundle import FILE`), then sign in.",
)
HUB_REFUSED = QT_TRANSLATE_NOOP("Sync", "The hub refused the sync: {reason}")


def remember_invitation_password(folder_path: Path, device_id: str, password: str) -> bool:
    """Keep a new laptop's hub password in the OS keyring, so later rounds find it; False when
    there is no keyring (scripts then pass --hub-password-file)."""
    header, _ = DataFolder(folder_path).header.load()
    try:
        DeviceVault().remember_hub_password(header.folder_id, device_id, password)
    except VaultUnavailable:
        return False
    return True


def stored_hub_password(folder: DataFolder, device_id: str, vault: DeviceVault) -> str:
    """This laptop's hub password from the keyring; DomainError when it is not there."""
    header, _ = folder.header.load()
    try:
        stored = vault.recall_hub_password(header.folder_id, device_id)
    except VaultUnavailable:
        stored = None
    if not stored:
        raise DomainError(NO_HUB_PASSWORD, in_app=NO_HUB_PASSWORD_IN_APP)
    return stored


def awaits_first_sync(db: Database, account_id: str) -> bool:
    """Whether this is a joined laptop whose owner's account has not arrived yet."""
    with db.read_session() as session:
        link = read_link(session, db.device_id)
        return link is not None and session.get(Account, account_id) is None


def hub_round(db: Database, password: str, *, progress: Progress | None = None) -> SyncReport:
    """One round for this database with this hub password; the hub's failures become messages a
    person can act on (not reachable, not approved yet, refused)."""
    with db.read_session() as session:
        link = read_link(session, db.device_id)
    if link is None:
        raise DomainError(NOT_CONNECTED)
    try:
        with HubClient(dsn_with_password(link.dsn, password)) as client:
            return sync_round(db, link, client, progress=progress)
    except HubUnreachable as exc:
        raise round_error(exc, is_coordinator=link.is_coordinator) from exc
    except HubRefused as exc:
        if "not approved" in str(exc):
            raise DomainError(NOT_APPROVED) from exc
        raise DomainError(HUB_REFUSED, reason=first_line(str(exc))) from exc


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "?"


def first_sync(
    access: FolderAccess,
    account_id: str,
    passphrase: str,
    *,
    hub_password: str | None = None,
    progress: Progress | None = None,
) -> SyncReport:
    """Run the first round of a joined laptop, opened with its owner's passphrase."""
    db = access.open_for_sync(account_id, passphrase)
    try:
        password = hub_password or stored_hub_password(access.folder, db.device_id, access.vault)
        return hub_round(db, password, progress=progress)
    finally:
        db.close()


def sign_in_after_first_sync(
    access: FolderAccess,
    account_id: str,
    passphrase: str,
    *,
    progress: Progress | None = None,
) -> Workspace:
    """Sign in; on a joined laptop still without its records, first run the first sync. Any
    other folder signs in exactly as before (the check costs nothing there)."""
    try:
        return access.sign_in(account_id, passphrase)
    except AuthenticationError as error:
        if error.message.text != messages.ACCOUNT_ENDED:
            raise
        ended = error
    db = access.open_for_sync(account_id, passphrase)
    try:
        if not awaits_first_sync(db, account_id):
            raise ended
        with db.read_session() as session:
            link = read_link(session, db.device_id)
        if link is not None and not link.dsn:
            raise DomainError(AWAITS_FIRST_BUNDLE)
        password = stored_hub_password(access.folder, db.device_id, access.vault)
        hub_round(db, password, progress=progress)
        if awaits_first_sync(db, account_id):
            raise DomainError(NOT_APPROVED)
    finally:
        db.close()
    return access.sign_in(account_id, passphrase)


def join_laptop(
    root: Path, invitation: Invitation, passphrase: str, confirmation: str
) -> JoinedLaptop:
    """Join with an invitation (the setup wizard's "Join an LIVC-R"): the passphrase rules of
    every account, then the enrolment, then the invitation's hub password into the keyring."""
    check_passphrase(passphrase, personal_words=(invitation.username, invitation.display_name))
    check_confirmation(passphrase, confirmation)
    joined = join(root, invitation, passphrase)
    if not invitation.by_file:  # a laptop that joins by files has no hub password
        remember_invitation_password(root, joined.device_id, invitation.password)
    return joined
