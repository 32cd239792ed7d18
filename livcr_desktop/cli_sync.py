"""The parsers of the sync commands: `livcr hub ...`, `invite`, `join`, `devices ...`, `sync`
and `bundle ...` (run by sync_commands.py).

Kept apart from cli.py so that each module holds one concept; like cli.py it imports nothing
heavy, since the parser is built on the way to every command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from livcr_desktop.console import translate


def add_sync_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
    folderless: argparse.ArgumentParser,
) -> None:
    """`livcr hub ...`, `invite`, `join`, `devices ...` and `sync` (sync_commands.py);
    `folderless` is the common options of a command that works on no data folder (`hub
    init`)."""
    hub_password = argparse.ArgumentParser(add_help=False)
    hub_password.add_argument(
        "--hub-password-file",
        type=Path,
        default=argparse.SUPPRESS,
        help=translate("Cli", "read the hub password from this file instead of the keyring"),
    )
    hub = sub.add_parser("hub", help=translate("Cli", "set up the sync hub or connect to it"))
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)
    init = hub_sub.add_parser(
        "init",
        parents=[folderless],
        help=translate("Cli", "create or upgrade the hub's schema in a PostgreSQL database"),
    )
    init.add_argument("--dsn", required=True, help=translate("Cli", "the hub database (libpq)"))
    init.add_argument(
        "--coordinator-login",
        default=None,
        help=translate("Cli", "also create the login the coordinator's laptop connects with"),
    )
    init.add_argument(
        "--coordinator-password-file",
        type=Path,
        default=None,
        help=translate("Cli", "the file holding that login's password"),
    )
    connect = hub_sub.add_parser(
        "connect",
        parents=[common, account, hub_password],
        help=translate("Cli", "connect this LIVC-R to its hub (coordinator)"),
    )
    connect.add_argument(
        "--dsn", required=True, help=translate("Cli", "the hub database, with the login")
    )
    take = hub_sub.add_parser(
        "take-access",
        parents=[common, account],
        help=translate("Cli", "sync a laptop that lived on bundles through the hub too"),
    )
    take.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Cli", "the hub access file")
    )
    invite = sub.add_parser(
        "invite",
        parents=[common, account, hub_password],
        help=translate("Cli", "write an invitation for a member's own laptop"),
    )
    invite.add_argument("--member", required=True, help=translate("Cli", "the member's user name"))
    invite.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the invitation file to write")
    )
    invite.add_argument(
        "--by-file",
        action="store_true",
        help=translate(
            "Cli", "for a laptop that never reaches the hub: it joins by files and bundles"
        ),
    )
    join = sub.add_parser(
        "join",
        parents=[common],
        help=translate("Cli", "set up this laptop for an LIVC-R with an invitation"),
    )
    join.add_argument("file", type=Path, metavar="FILE", help=translate("Cli", "the invitation"))
    join.add_argument(
        "--request-out",
        type=Path,
        default=None,
        help=translate(
            "Cli", "with an invitation for a laptop without a network: the join request to write"
        ),
    )
    join.add_argument(
        "--passphrase-file",
        type=Path,
        default=None,
        help=translate("Cli", "read the passphrase from this file instead of a prompt"),
    )
    devices = sub.add_parser(
        "devices", help=translate("Cli", "list, approve or revoke the laptops of the LIVC-R")
    )
    devices_sub = devices.add_subparsers(
        dest="devices_command", metavar="DEVICES_COMMAND", required=True
    )
    listing = devices_sub.add_parser(
        "list",
        parents=[common, account, hub_password],
        help=translate("Cli", "list the laptops the hub knows"),
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "Cli", "print JSON for scripts (status codes, ISO moments) instead of a table"
        ),
    )
    approve = devices_sub.add_parser(
        "approve",
        parents=[common, account, hub_password],
        help=translate("Cli", "approve a laptop after comparing its fingerprint"),
    )
    approve.add_argument(
        "fingerprint", metavar="FINGERPRINT", help=translate("Cli", "the fingerprint it shows")
    )
    approve.add_argument(
        "--request",
        type=Path,
        default=None,
        help=translate("Cli", "the join request file of a laptop without a network"),
    )
    revoke = devices_sub.add_parser(
        "revoke",
        parents=[common, account, hub_password],
        help=translate("Cli", "revoke a lost or retired laptop"),
    )
    revoke.add_argument("device", metavar="DEVICE_ID", help=translate("Cli", "the laptop's id"))
    access = devices_sub.add_parser(
        "hub-access",
        parents=[common, account, hub_password],
        help=translate("Cli", "write the hub access of a member's laptop approved by file"),
    )
    access.add_argument("--member", required=True, help=translate("Cli", "the member's user name"))
    access.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the access file to write")
    )
    access.add_argument(
        "--again",
        action="store_true",
        help=translate(
            "Cli",
            "write it again for a laptop that already has its hub login (a lost access file or "
            "password): a new password, the old one stops working",
        ),
    )
    access.add_argument(
        "--device",
        default=None,
        metavar="DEVICE_ID",
        help=translate("Cli", "only this laptop of the member"),
    )
    sub.add_parser(
        "sync",
        parents=[common, account, hub_password],
        help=translate("Cli", "run one sync round with the hub"),
    )
    _add_bundle_commands(sub, common, account)


def _add_bundle_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr bundle export|import|keys`: sync without a network (sync_commands.py)."""
    bundle = sub.add_parser(
        "bundle", help=translate("Cli", "carry changes to a laptop without a network")
    )
    bundle_sub = bundle.add_subparsers(
        dest="bundle_command", metavar="BUNDLE_COMMAND", required=True
    )
    export = bundle_sub.add_parser(
        "export",
        parents=[common, account],
        help=translate("Cli", "write the changes a member's laptop lacks to a bundle file"),
    )
    export.add_argument(
        "--for", dest="for_member", required=True, help=translate("Cli", "the member's user name")
    )
    export.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the bundle file to write")
    )
    imported = bundle_sub.add_parser(
        "import",
        parents=[common, account],
        help=translate("Cli", "import a bundle of changes made for this laptop"),
    )
    imported.add_argument("file", type=Path, metavar="FILE", help=translate("Cli", "the bundle"))
    keys = bundle_sub.add_parser(
        "keys",
        parents=[common, account],
        help=translate(
            "Cli", "write this laptop's keys for checking bundles with age and minisign"
        ),
    )
    keys.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the folder to write them to")
    )
    keys.add_argument(
        "--with-age-identity",
        action="store_true",
        help=translate("Cli", "also write this laptop's secret age key (to open bundles with age)"),
    )
