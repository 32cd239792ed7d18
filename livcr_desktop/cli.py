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
    from livcr_desktop.cli_strategic import add_strategic_commands
    from livcr_desktop.cli_sync import add_sync_commands

    add_strategic_commands(sub, common, account)
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
    add_sync_commands(sub, common, account, _common_options(folder=False))
    from livcr_desktop.handover_commands import add_handover_commands

    add_handover_commands(sub, common, account)
    return parser


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
