"""What each `livcr` command does, on top of the same services the GUI uses."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from livcr_desktop import console
from livcr_desktop.console import (
    EXIT_AUTH,
    EXIT_BACKUP,
    EXIT_DAMAGED,
    EXIT_FOLDER,
    EXIT_IN_USE,
    EXIT_OK,
    EXIT_USAGE,
    translate,
)
from livcr_desktop.domain.errors import (
    AuthenticationError,
    BackupError,
    DataFolderError,
    DomainError,
    PermissionDenied,
    ValidationError,
)
from livcr_desktop.logs import configure_logging

if TYPE_CHECKING:
    from livcr_desktop.domain.accounts import AccountChoice
    from livcr_desktop.services.workspace import Workspace


def _data_dir(args: argparse.Namespace, *, demo: bool = False) -> Path:
    given = getattr(args, "data_dir", None)
    if given is not None:
        return Path(given)
    from livcr_desktop.paths import default_data_dir, default_demo_dir

    return default_demo_dir() if demo else default_data_dir()


def _fail(error: DomainError) -> int:
    print(error.render(console.translate), file=sys.stderr)
    if isinstance(error, ValidationError | PermissionDenied):
        return EXIT_USAGE if isinstance(error, ValidationError) else EXIT_AUTH
    if isinstance(error, AuthenticationError):
        return EXIT_AUTH
    if isinstance(error, DataFolderError):
        return EXIT_FOLDER
    if isinstance(error, BackupError):
        return EXIT_BACKUP
    return EXIT_USAGE


def run_init(args: argparse.Namespace) -> int:
    """Set up a new LIVC-R without the wizard."""
    from livcr_desktop.domain.languages import parse_language
    from livcr_desktop.domain.recovery import generate_recovery_key
    from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
    from livcr_desktop.store.datafolder import DataFolder
    from livcr_desktop.store.private_files import private_file

    folder = DataFolder(_data_dir(args))
    configure_logging(folder.logs_dir if folder.root.exists() else None)
    try:
        language = parse_language(args.language)
    except ValueError:
        print(translate("Cli", "Unknown language; use nl, fr, de or en."), file=sys.stderr)
        return EXIT_USAGE
    passphrase = console.read_passphrase(args.passphrase_file, confirm=args.passphrase_file is None)
    recovery_key = generate_recovery_key()
    try:
        workspace = initialise(
            folder,
            LivcrDetails(args.name, args.municipality, language),
            CoordinatorDetails(
                args.coordinator_name, args.organisation, args.username, passphrase, passphrase
            ),
            recovery_key,
        )
    except DomainError as error:
        return _fail(error)
    configure_logging(folder.logs_dir)
    try:
        if args.recovery_pdf:
            from livcr_desktop.services.access.recovery import export_recovery_sheet

            export_recovery_sheet(workspace, recovery_key, args.recovery_pdf, language)
        print(translate("Cli", "The LIVC-R was set up in {folder}.").format(folder=folder.root))
        if args.recovery_key_file:
            with private_file(args.recovery_key_file) as partial:
                partial.write_text(recovery_key + "\n", encoding="utf-8")
            print(
                translate(
                    "Cli",
                    "The recovery key was written to {file}. Print it, lock it away "
                    "and delete the file.",
                ).format(file=args.recovery_key_file)
            )
        else:
            print(
                translate("Cli", "Recovery key (shown only now; write it down and lock it away):")
            )
            print(recovery_key)
    finally:
        workspace.close()
    return EXIT_OK


def _choose_account(args: argparse.Namespace, accounts: Sequence[AccountChoice]) -> AccountChoice:
    """The account named with --account, or the only one there is."""
    wanted = getattr(args, "account", None)
    if wanted is None:
        if len(accounts) != 1:
            print(
                translate("Cli", "Name the account with --account (one of: {names}).").format(
                    names=", ".join(a.username for a in accounts)
                ),
                file=sys.stderr,
            )
            raise SystemExit(EXIT_USAGE)
        return accounts[0]
    matches = [a for a in accounts if a.username == wanted.strip().lower()]
    if not matches:
        from livcr_desktop.services.messages import UNKNOWN_ACCOUNT

        raise AuthenticationError(UNKNOWN_ACCOUNT)
    return matches[0]


def _finish_interrupted(folder_path: Path) -> None:
    """Finish or undo a restore or backup a crash cut short, when no app holds the folder (the
    running app did so at its start)."""
    from livcr_desktop.folder_lock import lock_folder
    from livcr_desktop.services.backup.interrupted import finish_interrupted_work
    from livcr_desktop.store.datafolder import DataFolder

    folder = DataFolder(folder_path)
    if not folder.root.is_dir():
        return
    lock = lock_folder(folder.lock_path, wait_ms=0)
    if lock is None:
        return
    try:
        finish_interrupted_work(folder)
    finally:
        lock.unlock()


def _sign_in(args: argparse.Namespace, folder_path: Path) -> object:
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.store.datafolder import DataFolder

    _finish_interrupted(folder_path)
    access = FolderAccess(DataFolder(folder_path))
    choice = _choose_account(args, access.accounts())
    passphrase = console.read_passphrase(getattr(args, "passphrase_file", None))
    return access.sign_in(choice.account_id, passphrase)


def _signed_in(args: argparse.Namespace) -> Workspace | int:
    """The workspace of the account named on the command line, with logging to the data
    folder's logs; the exit code when signing in failed (its message is printed)."""
    from livcr_desktop.services.workspace import Workspace

    try:
        workspace = _sign_in(args, _data_dir(args))
        assert isinstance(workspace, Workspace)
    except DomainError as error:
        return _fail(error)
    configure_logging(workspace.folder.logs_dir)
    return workspace


def run_verify(args: argparse.Namespace) -> int:
    """Check integrity and the hash chain; exit 1 and name the first broken link on damage."""
    from livcr_desktop.services.audit.verify import verify_workspace
    from livcr_desktop.services.workspace import Workspace

    folder_path = _data_dir(args)
    try:
        workspace = _sign_in(args, folder_path)
        assert isinstance(workspace, Workspace)
    except DomainError as error:
        return _fail(error)
    configure_logging(workspace.folder.logs_dir)
    try:
        report = verify_workspace(workspace)
    except DomainError as error:
        workspace.close()
        return _fail(error)
    workspace.close()
    ok = translate("Cli", "ok")
    broken = translate("Cli", "BROKEN")
    print(
        translate("Cli", "Database integrity (SQLite): {state}").format(
            state=ok if report.sqlite_ok else broken
        )
    )
    for problem in report.sqlite_problems:
        print(f"  {problem}")
    print(
        translate("Cli", "Encryption check (SQLCipher): {state}").format(
            state=ok if report.cipher_ok else broken
        )
    )
    print(
        translate(
            "Cli", "Journal hash chain: {state} ({count} operations, {devices} devices)"
        ).format(
            state=ok if report.chain.healthy else broken,
            count=report.chain.operations_checked,
            devices=report.chain.devices,
        )
    )
    if report.chain.not_held:
        print(
            translate(
                "Cli",
                "  not checked here: {count} operations of other laptops that are not this "
                "laptop's to see (the hub and the coordinator's laptop hold them)",
            ).format(count=report.chain.not_held)
        )
    for chain_break in report.chain.breaks:
        print(
            translate("Cli", "  first broken link on device {device}: {reason}").format(
                device=chain_break.device_id, reason=chain_break.reason.render(console.translate)
            )
        )
    print(
        translate(
            "Cli",
            "Journal signatures: {state} ({signed} operations signed by their author, "
            "{checkpoint} under the checkpoint of the upgrade)",
        ).format(
            state=ok if report.signatures.healthy else broken,
            signed=report.signatures.signed,
            checkpoint=report.signatures.under_checkpoint,
        )
    )
    for signature_problem in report.signatures.problems:
        print("  " + signature_problem.render(console.translate))
    for record_problem in report.record_problems:
        print("  " + record_problem.render(console.translate))
    for not_checked in report.not_checked:
        print("  " + not_checked.render(console.translate))
    if report.healthy:
        print(translate("Cli", "The database is healthy."))
        return EXIT_OK
    print(translate("Cli", "The database is damaged or was tampered with."), file=sys.stderr)
    return EXIT_DAMAGED


def run_demo(args: argparse.Namespace) -> int:
    """Create a demo data folder with fictional data (and `--cases N` fictional cases)."""
    from livcr_desktop.services.demo.folder import DEMO_CASES, create_demo
    from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE

    if args.cases is None:
        args.cases = DEMO_CASES
    if args.cases < 0:
        print(translate("Cli", "The number of cases cannot be negative."), file=sys.stderr)
        return EXIT_USAGE
    folder_path = _data_dir(args, demo=True)

    def progress(done: int) -> None:
        if args.cases >= 5000:
            print(
                translate("Cli", "{done} of {total} cases generated").format(
                    done=done, total=args.cases
                ),
                flush=True,
            )

    try:
        workspace = create_demo(folder_path, cases=args.cases, progress=progress)
    except DomainError as error:
        return _fail(error)
    workspace.close()
    print(translate("Cli", "Demo data folder created in {folder}.").format(folder=folder_path))
    print(
        translate("Cli", "Every demo account uses the passphrase: {passphrase}").format(
            passphrase=DEMO_PASSPHRASE
        )
    )
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    """Write an encrypted, self-checking backup (the app may keep running meanwhile)."""
    from livcr_desktop.services.backup.backups import make_backup

    workspace = _signed_in(args)
    if isinstance(workspace, int):
        return workspace
    try:
        info = make_backup(workspace, Path(args.file))
    except DomainError as error:
        return _fail(error)
    finally:
        workspace.close()
    print(
        translate("Cli", "Backup written to {file} ({operations} journal operations).").format(
            file=info.file, operations=info.operations
        )
    )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Check a backup, keep the current data aside and put the backup in place."""
    from livcr_desktop.folder_lock import lock_folder
    from livcr_desktop.services.backup.backups import check_backup_file
    from livcr_desktop.services.backup.interrupted import finish_interrupted_work
    from livcr_desktop.services.backup.restore import (
        RestoreCredentials,
        accounts_for_restore,
        restore_with_credentials,
    )
    from livcr_desktop.services.messages import FOLDER_IN_USE
    from livcr_desktop.store.datafolder import DataFolder

    folder = DataFolder(_data_dir(args))
    backup = Path(args.file)
    try:
        check_backup_file(backup)  # a FIFO or a device: refused before the lock is taken
    except DomainError as error:
        return _fail(error)
    lock = lock_folder(folder.lock_path)
    if lock is None:
        print(FOLDER_IN_USE.render(console.translate), file=sys.stderr)
        return EXIT_IN_USE
    try:
        configure_logging(folder.logs_dir)
        finish_interrupted_work(folder)
        try:
            choice = _choose_account(args, accounts_for_restore(folder, backup))
            if args.recovery_key_file is not None:
                key_text = args.recovery_key_file.read_text(encoding="utf-8").strip()
                credentials = RestoreCredentials(choice.username, recovery_key=key_text)
            else:
                passphrase = console.read_passphrase(getattr(args, "passphrase_file", None))
                credentials = RestoreCredentials(choice.username, passphrase=passphrase)
            result = restore_with_credentials(folder, backup, credentials)
        except DomainError as error:
            return _fail(error)
        except OSError as error:  # the passphrase or recovery-key file
            print(
                translate("Cli", "The file {file} cannot be read.").format(file=error.filename),
                file=sys.stderr,
            )
            return EXIT_USAGE
        result.workspace.close()
    finally:
        lock.unlock()
    print(
        translate(
            "Cli", "The backup of {date} was restored ({operations} journal operations)."
        ).format(
            date=result.backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            operations=result.backup.operations,
        )
    )
    if result.replaced_dir is not None:
        print(
            translate("Cli", "The data it replaced is kept in {folder}.").format(
                folder=result.replaced_dir
            )
        )
    if args.recovery_key_file is not None:
        print(
            translate(
                "Cli",
                "To choose a new passphrase, start LIVC-R Desktop and sign in with the "
                "recovery key.",
            )
        )
    return EXIT_OK


def run_folders(args: argparse.Namespace) -> int:
    """`livcr folders list`: this laptop's LIVC-Rs as the start screen lists them."""
    from livcr_desktop.paths import default_data_dir
    from livcr_desktop.services.folder_list import default_registry, overview

    found = overview(default_registry(), default_data_dir())
    if found.list_damaged:
        print(translate("Cli", "The list was damaged; it was made again from the folders found."))
    if not found.folders:
        print(translate("Cli", "No LIVC-R on this laptop yet."))
    for listing in found.folders:
        name = listing.name or listing.path.name
        if listing.missing:
            name = translate("Cli", "{name} (folder not found)").format(name=name)
        print(name)
        if listing.municipalities:
            print("  " + ", ".join(listing.municipalities))
        print("  " + str(listing.path))
        opened = listing.last_opened.isoformat(timespec="minutes") if listing.last_opened else "-"
        synced = listing.last_sync.isoformat(timespec="minutes") if listing.last_sync else "-"
        print(
            "  "
            + translate("Cli", "last opened: {opened}; last sync: {synced}").format(
                opened=opened, synced=synced
            )
        )
    return EXIT_OK
