"""A partner's laptop that joined an LIVC-R by files: invited by file, its join request
approved by fingerprint, its first bundle imported. The start of every test of a LIVC-R that
lived on bundles and meets a hub later."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import approve_request, invite_by_file, join_request
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_first_bundle
from livcr_desktop.services.sync.devices import Invitation, JoinedLaptop, join
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder

PASSPHRASE = "Eigen-Laptop-Zin-42"


@dataclass(frozen=True)
class ByFileLaptop:
    invitation: Invitation
    joined: JoinedLaptop
    access: FolderAccess

    def sign_in(self) -> Workspace:
        return self.access.sign_in(self.invitation.account_id, PASSPHRASE)


def join_by_file(coordinator: Workspace, username: str, root: Path, tmp: Path) -> ByFileLaptop:
    """Invite, join, approve and first-bundle a laptop of `username` in `root`."""
    invitation = invite_by_file(coordinator, username)
    joined = join(root, invitation, PASSPHRASE)
    request = join_request(invitation, joined.sign_public, joined.box_public)
    approve_request(coordinator, request, joined.fingerprint)
    first = tmp / f"{username}-eerste.livcr-bundle"
    export_bundle(coordinator, username, first)
    access = FolderAccess(DataFolder(root))
    db = access.open_for_sync(invitation.account_id, PASSPHRASE)
    try:
        import_first_bundle(db, first)
    finally:
        db.close()
    return ByFileLaptop(invitation, joined, access)
