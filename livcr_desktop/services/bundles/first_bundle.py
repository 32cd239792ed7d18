"""The two steps of a laptop that joined by files, as the join wizard takes them: write its
join request for the coordinator, and import the coordinator's first bundle with the owner's
passphrase (before anyone can sign in: the records arrive with it)."""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import join_request
from livcr_desktop.services.bundles.receive import ImportReport, import_first_bundle
from livcr_desktop.services.sync.devices import Invitation, JoinedLaptop
from livcr_desktop.store.private_files import replace_private


def write_join_request(invitation: Invitation, joined: JoinedLaptop, target: Path) -> None:
    """The join request file (public keys only) for the coordinator."""
    replace_private(
        target, join_request(invitation, joined.sign_public, joined.box_public).to_json()
    )


def first_bundle(
    access: FolderAccess, account_id: str, passphrase: str, bundle: Path
) -> ImportReport:
    """Import the coordinator's first bundle on the database opened with the passphrase."""
    db = access.open_for_sync(account_id, passphrase)
    try:
        return import_first_bundle(db, bundle)
    finally:
        db.close()
