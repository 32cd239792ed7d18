"""The `livcr` command: start the app, or run an administrator's command on a data folder.

    livcr [--data-dir DIR] [--demo] [--lang nl|fr|de|en] [--smoke]   start the app
    livcr init    ...      set up a new LIVC-R without the wizard
    livcr verify  ...      check the database and the journal's hash chain
    livcr demo    ...      create a demo data folder with fictional data
    livcr backup  FILE     write an encrypted, self-checking backup (also while the app runs)
    livcr restore FILE     check a backup, keep the current data aside, and put the backup in place
    livcr figures --year YYYY [--municipality M] --out FILE.csv   the strategic figures as CSV
    livcr report  ...      write the strategic table's yearly report (PDF, nl, fr or de)
    livcr retention list   what has reached its retention term (codes, rule, due date; no names)
    livcr hub, invite, join, devices, sync   the sync hub (see sync_commands.py)
    livcr handover ...                       a case handed over to another LIVC-R
                                             (see handover_commands.py)
    livcr records art30|dpia --lang L --out F.pdf   the DPO's accountability documents
    livcr bundle export|import|keys          sync without a network (sealed bundles)

Exit codes: see console.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from livcr_desktop import earlyinit
from livcr_desktop.console import EXIT_OK, choose_cli_language, translate


def _common_options(*, folder: bool) -> argparse.ArgumentParser:
    """The options every command takes. Without `folder` (a command that works on no data
    folder, `hub init`) `--data-dir` is left out of the help yet still accepted, so an IT
    script that passed it keeps running."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help=(
            translate("Cli", "the data folder (default: the user's application data folder)")
            if folder
            else argparse.SUPPRESS
        ),
    )
    common.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        help=translate("Cli", "language of messages and the interface: nl, fr, de or en"),
    )
    common.add_argument(
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help=translate("Cli", "write debug lines to the log file (never personal data)"),
    )
    return common


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The argument parser (texts in the chosen language); without `commands` only the
    app's own start options (see `_starts_the_app`)."""
    common = _common_options(folder=True)
    account = argparse.ArgumentParser(add_help=False)
    account.add_argument(
        "--account",
        default=argparse.SUPPRESS,
        help=translate("Cli", "user name of the account to sign in with"),
    )
    account.add_argument(
        "--passphrase-file",
        type=Path,
        default=argparse.SUPPRESS,
        help=translate("Cli", "read the passphrase from this file instead of a prompt"),
    )

    parser = argparse.ArgumentParser(
        prog="livcr",
        description=translate(
            "Cli", "LIVC-R Desktop: the operational and strategic tables of an LIVC-R."
        ),
        parents=[common, account],
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the demo data folder (fictional data), creating it if needed"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate("Cli", "start, paint the main window once, and quit (for tests and builds)"),
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser(
        "init",
        parents=[common],
        help=translate("Cli", "set up a new LIVC-R in an empty data folder"),
    )
    init.add_argument("--name", required=True, help=translate("Cli", "name of the LIVC-R"))
    init.add_argument(
        "--municipality",
        action="append",
        required=True,
        help=translate("Cli", "a member municipality (repeat for a joint LIVC-R)"),
    )
    init.add_argument(
        "--language",
        default="nl",
        help=translate("Cli", "working language of the LIVC-R: nl, fr, de or en"),
    )
    init.add_argument(
        "--coordinator-name", required=True, help=translate("Cli", "full name of the coordinator")
    )
    init.add_argument(
        "--organisation", required=True, help=translate("Cli", "the coordinator's organisation")
    )
    init.add_argument(
        "--username", required=True, help=translate("Cli", "the coordinator's user name")
    )
    init.add_argument(
        "--passphrase-file",
        type=Path,
        help=translate("Cli", "read the passphrase from this file instead of a prompt"),
    )
    init.add_argument(
        "--recovery-key-file",
        type=Path,
        help=translate("Cli", "write the recovery key to this file instead of the screen"),
    )
    init.add_argument(
        "--recovery-pdf",
        type=Path,
        help=translate("Cli", "also write the recovery-key sheet as a PDF to print"),
    )

    sub.add_parser(
        "verify",
        parents=[common, account],
        help=translate("Cli", "check the database's integrity and the journal's hash chain"),
    )
    backup = sub.add_parser(
        "backup",
        parents=[common, account],
        help=translate("Cli", "write an encrypted backup of the data folder to a file"),
    )
    backup.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Cli", "the backup file to write")
    )
    restore = sub.add_parser(
        "restore",
        parents=[common, account],
        help=translate("Cli", "check a backup and put it in place; the current data is kept aside"),
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Cli", "the backup file to restore")
    )
    restore.add_argument(
        "--recovery-key-file",
        type=Path,
        default=None,
        help=translate("Cli", "read the recovery key from this file instead of using a passphrase"),
    )
    demo = sub.add_parser(
        "demo",
        parents=[common],
        help=translate("Cli", "create a demo data folder with fictional data"),
    )
    demo.add_argument(
        "--cases",
        type=int,
        default=None,
        help=translate("Cli", "number of fictional cases to generate (default 60)"),
    )
    figures = sub.add_parser(
        "figures",
        parents=[common, account],
        help=translate("Cli", "write the strategic table's figures of a year as CSV"),
    )
    figures.add_argument(
        "--year", type=int, required=True, help=translate("Cli", "the calendar year")
    )
    figures.add_argument(
        "--municipality",
        default=None,
        metavar="M",
        help=translate("Cli", "only this municipality of a joint LIVC-R (its name)"),
    )
    figures.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=translate("Cli", "the CSV file")
    )
    _add_report_command(sub, common, account)
    retention = sub.add_parser(
        "retention",
        parents=[common, account],
        help=translate("Cli", "what has reached its retention term under the house rules"),
    )
    retention_sub = retention.add_subparsers(dest="retention_command", metavar="ACTION")
    retention_sub.required = True
    listing = retention_sub.add_parser(
        "list",
        parents=[common, account],
        help=translate(
            "Cli", "list the cases that reached their term (case codes, rule, due date; no names)"
        ),
    )
    listing.add_argument(
        "--as-of",
        type=_iso_date,
        default=None,
        metavar="DATE",
        help=translate("Cli", "the day to check, as YYYY-MM-DD (default: today)"),
    )
    _add_records_commands(sub, common, account)
    folders = sub.add_parser(
        "folders", help=translate("Cli", "the LIVC-Rs (data folders) on this laptop")
    )
    folders_sub = folders.add_subparsers(
        dest="folders_command", metavar="FOLDERS_COMMAND", required=True
    )
    folders_sub.add_parser(
        "list",
        parents=[common],
        help=translate("Cli", "list this laptop's LIVC-Rs: name, place, last opened (no secrets)"),
    )
    _add_sync_commands(sub, common, account)
    from livcr_desktop.handover_commands import add_handover_commands

    add_handover_commands(sub, common, account)
    return parser


def _add_report_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr report --year YYYY --lang nl|fr|de --out FILE.pdf`: the strategic table's yearly
    report. `--lang` is the document's language here (the messages follow it too)."""
    report = sub.add_parser(
        "report",
        parents=[common, account],
        help=translate("Cli", "write the strategic table's yearly report as a PDF"),
    )
    report.add_argument(
        "--year", required=True, type=int, help=translate("Cli", "the calendar year, e.g. 2025")
    )
    report.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the PDF file to write")
    )


def _add_records_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr records art30|dpia --lang L --out F.pdf`: the DPO's accountability documents."""
    records = sub.add_parser(
        "records",
        help=translate("Cli", "print the record of processing (art. 30) or the DPIA facts sheet"),
    )
    records_sub = records.add_subparsers(
        dest="records_command", metavar="RECORDS_COMMAND", required=True
    )
    for name, help_text in (
        ("art30", translate("Cli", "the record of processing activities (GDPR art. 30)")),
        ("dpia", translate("Cli", "the facts sheet for the data-protection impact assessment")),
    ):
        document = records_sub.add_parser(name, parents=[common, account], help=help_text)
        document.add_argument(
            "--out", required=True, type=Path, help=translate("Cli", "the PDF file to write")
        )
        if name == "dpia":
            document.add_argument(
                "--faults",
                type=Path,
                default=None,
                help=translate(
                    "Cli",
                    "a fault-suite report (python -m benchmarks.faults --json FILE) to print "
                    "instead of the recorded run",
                ),
            )


def _iso_date(text: str) -> date:
    """A date given on the command line as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a date as YYYY-MM-DD: {text}").format(text=text)
        ) from None


def _add_sync_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr hub ...`, `invite`, `join`, `devices ...` and `sync` (sync_commands.py)."""
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
        parents=[_common_options(folder=False)],
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


_START_VALUE_OPTIONS = frozenset({"--data-dir", "--lang", "--account", "--passphrase-file"})


def _starts_the_app(argv: Sequence[str]) -> bool:
    """Whether `argv` names no command and asks for no help: the app's start, whose parser
    needs only the top-level options. Building every command's parser (a hundred translated
    help texts) cost about 6 ms of CPU on the way to the sign-in screen; anything unusual (a
    word, an abbreviated option) gets the whole parser and its messages."""
    expects_value = False
    for arg in argv:
        if expects_value:
            expects_value = False
        elif arg in _START_VALUE_OPTIONS:
            expects_value = True
        elif not arg.startswith("--") or arg == "--help":
            return False
    return True


SYNC_COMMANDS = frozenset({"hub", "invite", "join", "devices", "sync", "bundle"})
STRATEGIC_COMMANDS = frozenset({"figures", "report", "retention", "records"})


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `livcr` console script."""
    earlyinit.check_python()
    earlyinit.check_modules()
    argv = list(sys.argv[1:] if argv is None else argv)
    choose_cli_language(argv)
    args = build_parser(commands=not _starts_the_app(argv)).parse_args(argv)
    command = args.command or "gui"
    if command in SYNC_COMMANDS:
        from livcr_desktop import sync_commands

        handler = getattr(sync_commands, f"run_{command}")
    elif command == "handover":
        from livcr_desktop import handover_commands

        handler = handover_commands.run_handover
    elif command == "gui":
        from livcr_desktop import gui_commands

        handler = gui_commands.run_gui
    elif command in STRATEGIC_COMMANDS:
        from livcr_desktop import strategic_commands

        handler = getattr(strategic_commands, f"run_{command}")
    else:
        from livcr_desktop import commands

        handler = getattr(commands, f"run_{command}")
    try:
        return int(handler(args))
    except BrokenPipeError:
        # The reader stopped reading (`livcr retention list | head`): what was asked is done
        # and journaled; only the rest of the listing had nowhere to go.
        _stdout_to_nowhere()
        return EXIT_OK


def _stdout_to_nowhere() -> None:
    """Point stdout at the null device, so Python's flush at exit meets no closed pipe."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 (lives until the process ends)
