"""The file route of `livcr invite`, `join`, `devices approve` and `bundle import`: a laptop that
never reaches the hub joins by files (services/bundles/enrolment.py).

    livcr invite --member USERNAME --out FILE --by-file          (coordinator, no hub needed)
    livcr join FILE --data-dir NEWDIR --request-out REQUEST      (the member's laptop)
    livcr devices approve FINGERPRINT --request REQUEST          (coordinator, no hub needed)
    livcr bundle import FILE --data-dir NEWDIR                   (its first bundle, before sign-in)

The hub route of the same commands is in sync_commands.py and unchanged.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from livcr_desktop import console
from livcr_desktop.commands import _choose_account, _data_dir, _finish_interrupted
from livcr_desktop.console import EXIT_OK, translate
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from livcr_desktop.services.sync.devices import Invitation
    from livcr_desktop.services.workspace import Workspace

NEEDS_REQUEST_OUT = QT_TRANSLATE_NOOP(
    "Cli",
    "This invitation is for a laptop without a network: give the file to write the join "
    "request to with --request-out.",
)


def invite_by_file(workspace: Workspace, args: argparse.Namespace) -> int:
    """Write an invitation for a laptop that will live on bundles."""
    from livcr_desktop.owner_only import replace_private
    from livcr_desktop.services.bundles.enrolment import invite_by_file as invite

    invitation = invite(workspace, args.member.strip().lower())
    replace_private(Path(args.out), invitation.to_json())
    print(
        translate(
            "Cli",
            "Invitation for {member} written to {file}, for a laptop without a network. Hand "
            "it over in person; the laptop's join request comes back as a file.",
        ).format(member=invitation.display_name, file=args.out)
    )
    return EXIT_OK


def join_by_file(args: argparse.Namespace, invitation: Invitation) -> int:
    """Set up this laptop from an invitation for a laptop without a network and write its join
    request; print the fingerprint the coordinator compares."""
    from livcr_desktop.owner_only import replace_private
    from livcr_desktop.services.bundles.enrolment import join_request
    from livcr_desktop.services.sync.devices import join

    out = getattr(args, "request_out", None)
    if out is None:
        raise DomainError(NEEDS_REQUEST_OUT)
    passphrase = console.read_passphrase(getattr(args, "passphrase_file", None), confirm=True)
    joined = join(_data_dir(args), invitation, passphrase)
    request = join_request(invitation, joined.sign_public, joined.box_public)
    replace_private(Path(out), request.to_json())
    print_joined(invitation, joined.fingerprint)
    print(
        translate(
            "Cli",
            "Give {file} to the coordinator and read the fingerprint aloud; then import the "
            "coordinator's bundle with `livcr bundle import`.",
        ).format(file=out)
    )
    return EXIT_OK


def print_joined(invitation: Invitation, fingerprint: str) -> None:
    """Which LIVC-R this laptop joined, for whom, and the fingerprint to read aloud."""
    print(
        translate("Cli", "This laptop joined {livcr} for {member}.").format(
            livcr=invitation.livcr_name, member=invitation.display_name
        )
    )
    print(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=fingerprint))


def approve_by_file(workspace: Workspace, args: argparse.Namespace) -> int:
    """Approve the laptop of a join request file after comparing its fingerprint."""
    from livcr_desktop.services.bundles.enrolment import JoinRequest, approve_request

    request = JoinRequest.read(Path(args.request))
    name = approve_request(workspace, request, args.fingerprint)
    print(
        translate(
            "Cli",
            "Laptop {device} of {member} approved. Export a bundle for {member} to give it its "
            "records.",
        ).format(device=request.device_id, member=name)
    )
    return EXIT_OK


def bundle_import(args: argparse.Namespace, signed_import: Callable[[Workspace], int]) -> int:
    """`livcr bundle import`: on a laptop that joined by files and holds no records yet, its
    first bundle is imported with the owner's passphrase alone (nobody can sign in before it);
    any other folder signs in and imports as always (`signed_import`). One passphrase prompt."""
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.bundles.receive import import_first_bundle
    from livcr_desktop.services.sync.first_sync import awaits_first_sync
    from livcr_desktop.store.datafolder import DataFolder

    folder_path = _data_dir(args)
    _finish_interrupted(folder_path)
    access = FolderAccess(DataFolder(folder_path))
    choice = _choose_account(args, access.accounts())
    passphrase = console.read_passphrase(getattr(args, "passphrase_file", None))
    db = access.open_for_sync(choice.account_id, passphrase)
    try:
        first = awaits_first_sync(db, choice.account_id)
        report = import_first_bundle(db, Path(args.file)) if first else None
    finally:
        db.close()
    if report is None:
        workspace = access.sign_in(choice.account_id, passphrase)
        try:
            return signed_import(workspace)
        finally:
            workspace.close()
    print(
        translate("Cli", "Bundle from {sender}: received {pulled}, applied {applied}.").format(
            sender=report.sender, pulled=report.sync.pulled, applied=report.sync.applied
        )
    )
    return EXIT_OK
