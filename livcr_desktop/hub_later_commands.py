"""A laptop that lived on bundles reaches the hub later (services/sync/hub_access.py):

    livcr hub connect --dsn DSN                              (coordinator: keeps its keys, tells
                                                              the hub its laptops approved by file)
    livcr devices hub-access --member USERNAME --out FILE    (coordinator, connected)
        [--again] [--device DEVICE_ID]                       (written again: a new password)
    livcr hub take-access FILE                               (that member's laptop)

The hub route of the other commands is in sync_commands.py; the file route in
enrolment_commands.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from livcr_desktop.console import EXIT_OK, translate

if TYPE_CHECKING:
    from livcr_desktop.hub.client import HubClient
    from livcr_desktop.services.workspace import Workspace


def give_hub_access(workspace: Workspace, client: HubClient, args: argparse.Namespace) -> int:
    """Write the hub access of a member's laptop approved by file (one file per laptop)."""
    from livcr_desktop.owner_only import replace_private
    from livcr_desktop.services.sync.hub_access import hub_access_for

    again = bool(getattr(args, "again", False))
    device = getattr(args, "device", None)
    accesses = hub_access_for(
        workspace, client, args.member.strip().lower(), again=again, device_id=device
    )
    out = Path(args.out)
    for number, access in enumerate(accesses):
        target = out if number == 0 else out.with_name(f"{out.stem}-{number + 1}{out.suffix}")
        replace_private(target, access.to_json())
        if again:
            print(
                translate(
                    "Cli",
                    "Hub access for laptop {device} written again to {file}: its old access file "
                    "and password no longer work. Hand it over in person; the laptop takes it "
                    "with `livcr hub take-access`.",
                ).format(device=access.device_id, file=target)
            )
            continue
        print(
            translate(
                "Cli",
                "Hub access for laptop {device} written to {file}. Hand it over in person; "
                "the laptop takes it with `livcr hub take-access`.",
            ).format(device=access.device_id, file=target)
        )
    return EXIT_OK


def take_hub_access(workspace: Workspace, args: argparse.Namespace) -> int:
    """Take the hub address from an access file; the password goes to the keyring."""
    from livcr_desktop.services.sync.hub_access import HubAccess, renews
    from livcr_desktop.services.sync.hub_access import take_hub_access as take
    from livcr_desktop.services.sync.link import remember_password

    access = HubAccess.read(Path(args.file))
    renewal = renews(workspace)
    take(workspace, access)
    kept = remember_password(workspace, access.password)
    if renewal and kept:
        print(translate("Cli", "This laptop's hub access is renewed. Run `livcr sync`."))
    elif renewal:
        print(
            translate(
                "Cli",
                "This laptop's hub access is renewed, but this computer has no keyring: pass "
                "the access file's password with --hub-password-file.",
            )
        )
    elif kept:
        print(translate("Cli", "This laptop now syncs through the hub. Run `livcr sync`."))
    else:
        print(
            translate(
                "Cli",
                "This laptop now syncs through the hub, but this computer has no keyring: "
                "pass the access file's password with --hub-password-file.",
            )
        )
    return EXIT_OK
