"""The `livcr` commands of the sync hub: what IT and the coordinator script, and what the tests
drive, on top of the same services the GUI uses.

    livcr hub init --dsn DSN [--coordinator-login NAME --coordinator-password-file F]
    livcr hub connect --dsn DSN [--hub-password-file F]
    livcr invite --member USERNAME --out FILE [--by-file]
    livcr join FILE --data-dir NEWDIR [--passphrase-file F] [--hub-password-file F]
        [--request-out REQUEST]
    livcr devices list | approve FINGERPRINT [--request REQUEST] | revoke DEVICE_ID
    livcr sync
    livcr bundle export --for USERNAME --out FILE | import FILE | keys --out DIR

The file route (--by-file, --request-out, --request) is in enrolment_commands.py.
Commands that open a data folder take --data-dir, --account and --passphrase-file as the others.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from livcr_desktop import console
from livcr_desktop.commands import _data_dir, _fail, _finish_interrupted, _sign_in
from livcr_desktop.console import EXIT_HUB, EXIT_OK, EXIT_USAGE, translate
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from livcr_desktop.hub.client import HubClient
    from livcr_desktop.services.sync.link import HubLink
    from livcr_desktop.services.workspace import Workspace


def _secret_file(path: Path | None) -> str | None:
    """The first line of a secret file (a password IT keeps for scripts), or None."""
    if path is None:
        return None
    text = path.read_text(encoding="utf-8")
    return text.splitlines()[0].strip() if text.strip() else ""


def _hub_failed(exc: Exception) -> int:
    from livcr_desktop.hub.client import HubUnreachable
    from livcr_desktop.services.sync.hub_errors import unreachable_error

    if isinstance(exc, HubUnreachable):  # what happened in the reader's words, then the details
        print(unreachable_error(exc).render(translate), file=sys.stderr)
        return EXIT_HUB
    print(
        translate("Cli", "The hub: {reason}").format(reason=str(exc) or type(exc).__name__),
        file=sys.stderr,
    )
    return EXIT_HUB


OUT_FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Cli", "The folder {folder} does not exist: choose an existing folder for the file."
)


def _guarded(run: Callable[[], int]) -> int:
    from livcr_desktop.hub.client import HubRefused, HubUnreachable

    try:
        return run()
    except DomainError as error:
        return _fail(error)
    except (HubUnreachable, HubRefused) as exc:
        return _hub_failed(exc)
    except OSError as exc:
        return console.file_failed(exc)


def _writable_out(out: Path) -> Path:
    """The output file's folder exists: checked before the hub makes a login for the laptop,
    so a typo leaves no invitation half made."""
    if not out.parent.is_dir():
        raise DomainError(OUT_FOLDER_MISSING, folder=out.parent)
    return out


@contextmanager
def _signed_in(args: argparse.Namespace) -> Iterator[Workspace]:
    from livcr_desktop.services.workspace import Workspace

    workspace = _sign_in(args, _data_dir(args))
    assert isinstance(workspace, Workspace)
    try:
        yield workspace
    finally:
        workspace.close()


@contextmanager
def _hub_of(workspace: Workspace, args: argparse.Namespace) -> Iterator[tuple[HubLink, HubClient]]:
    from livcr_desktop.hub.client import HubClient
    from livcr_desktop.services.sync.devices import link_of
    from livcr_desktop.services.sync.link import NOT_CONNECTED, dsn_with_password, hub_password

    link = link_of(workspace)
    if link is None:
        raise DomainError(NOT_CONNECTED)
    password = hub_password(workspace, _secret_file(getattr(args, "hub_password_file", None)))
    with HubClient(dsn_with_password(link.dsn, password)) as client:
        yield link, client


def run_hub(args: argparse.Namespace) -> int:
    """`livcr hub init` and `livcr hub connect`."""
    if args.hub_command == "init":
        return _hub_init(args)
    if args.hub_command == "take-access":
        from livcr_desktop.hub_later_commands import take_hub_access

        def take() -> int:
            with _signed_in(args) as workspace:
                return take_hub_access(workspace, args)

        return _guarded(take)
    return _guarded(lambda: _hub_connect(args))


def _hub_init(args: argparse.Namespace) -> int:
    from livcr_desktop.hub.admin import HubAdminError, init_hub

    login = getattr(args, "coordinator_login", None)
    password = _secret_file(getattr(args, "coordinator_password_file", None))
    if login and not password:
        print(
            translate(
                "Cli", "Give the coordinator login's password with --coordinator-password-file."
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        report = init_hub(args.dsn, coordinator_login=login, coordinator_password=password)
    except HubAdminError as error:
        print(error.render(translate), file=sys.stderr)
        return EXIT_HUB
    if report.previous_version is None:
        print(
            translate(
                "Cli", "Hub created in database {database} (schema version {version})."
            ).format(database=report.database, version=report.schema_version)
        )
    else:
        print(
            translate(
                "Cli", "Hub in database {database} is up to date (schema version {version})."
            ).format(database=report.database, version=report.schema_version)
        )
    if login:
        print(translate("Cli", "Coordinator login {login} is ready.").format(login=login))
    return EXIT_OK


def _hub_connect(args: argparse.Namespace) -> int:
    from livcr_desktop.services.sync.link import connect_hub, remember_password

    password = _secret_file(getattr(args, "hub_password_file", None))
    with _signed_in(args) as workspace:
        if password is None:
            password = console.read_secret(translate("Cli", "Hub password: "))
        connect_hub(workspace, args.dsn, password)
        if getattr(args, "hub_password_file", None) is None:
            remember_password(workspace, password)
        print(
            translate(
                "Cli", "Connected to the hub. Run `livcr sync` to send this LIVC-R's journal."
            )
        )
    return EXIT_OK


def run_invite(args: argparse.Namespace) -> int:
    """Write an invitation for a member's own laptop."""

    def run() -> int:
        from livcr_desktop.owner_only import replace_private
        from livcr_desktop.services.sync.devices import invite

        _writable_out(Path(args.out))
        if getattr(args, "by_file", False):
            from livcr_desktop.enrolment_commands import invite_by_file

            with _signed_in(args) as workspace:
                return invite_by_file(workspace, args)
        with _signed_in(args) as workspace, _hub_of(workspace, args) as (link, client):
            invitation = invite(workspace, client, link, args.member.strip().lower())
            replace_private(Path(args.out), invitation.to_json())
        print(
            translate(
                "Cli",
                "Invitation for {member} written to {file}. Hand it over in "
                "person: it opens the hub for one laptop.",
            ).format(member=invitation.display_name, file=args.out)
        )
        return EXIT_OK

    return _guarded(run)


def run_join(args: argparse.Namespace) -> int:
    """Enrol this laptop with an invitation and print its fingerprint."""

    def run() -> int:
        from livcr_desktop.enrolment_commands import print_joined
        from livcr_desktop.services.sync.devices import Invitation, join

        invitation = Invitation.read(Path(args.file))
        if invitation.by_file:
            from livcr_desktop.enrolment_commands import join_by_file

            return join_by_file(args, invitation)
        passphrase = console.read_passphrase(getattr(args, "passphrase_file", None), confirm=True)
        joined = join(_data_dir(args), invitation, passphrase)
        _remember_invitation_password(_data_dir(args), joined.device_id, invitation.password)
        print_joined(invitation, joined.fingerprint)
        print(
            translate("Cli", "Read it to the coordinator, who approves it; then run `livcr sync`.")
        )
        return EXIT_OK

    return _guarded(run)


def run_devices(args: argparse.Namespace) -> int:
    """List, approve or revoke the laptops of this LIVC-R (coordinator)."""

    def run() -> int:
        from livcr_desktop.services.sync.devices import approve, revoke

        if args.devices_command == "approve" and getattr(args, "request", None) is not None:
            from livcr_desktop.enrolment_commands import approve_by_file

            with _signed_in(args) as workspace:
                return approve_by_file(workspace, args)
        with _signed_in(args) as workspace, _hub_of(workspace, args) as (_link, client):
            if args.devices_command == "approve":
                device = approve(workspace, client, args.fingerprint)
                print(translate("Cli", "Laptop {device} approved.").format(device=device.device_id))
            elif args.devices_command == "hub-access":
                from livcr_desktop.hub_later_commands import give_hub_access

                return give_hub_access(workspace, client, args)
            elif args.devices_command == "revoke":
                revoke(workspace, client, args.device)
                print(
                    translate(
                        "Cli", "Laptop {device} revoked: the hub serves it nothing from now on."
                    ).format(device=args.device)
                )
            else:
                from livcr_desktop.device_list_commands import print_devices

                print_devices(workspace, client, as_json=getattr(args, "json", False))
        return EXIT_OK

    return _guarded(run)


LONG_ROUND = 5000
"""A round that receives more changes than this (one batch of the hub) prints its progress:
a first sync of a long-lived LIVC-R takes a while, and a silent terminal looks stuck."""


def print_progress(done: int, total: int) -> None:
    """One line per batch received during a long round."""
    if total > LONG_ROUND and done:
        print(
            translate("Cli", "Received {done} of {total} changes…").format(
                done=f"{done:,}".replace(",", " "), total=f"{total:,}".replace(",", " ")
            ),
            flush=True,
        )


def run_sync(args: argparse.Namespace) -> int:
    """One sync round and what follows it, as the app's (services/sync/full_round.py); prints
    what moved, what waits and what followed."""

    def run() -> int:
        from livcr_desktop.commands import _choose_account
        from livcr_desktop.numbering_commands import say_follow_ups
        from livcr_desktop.services.access.sign_in import FolderAccess
        from livcr_desktop.services.sync.full_round import round_and_follow_ups
        from livcr_desktop.services.sync.link import NOT_CONNECTED, read_link
        from livcr_desktop.store.datafolder import DataFolder

        folder_path = _data_dir(args)
        _finish_interrupted(folder_path)
        access = FolderAccess(DataFolder(folder_path))
        choice = _choose_account(args, access.accounts())
        passphrase = console.read_passphrase(getattr(args, "passphrase_file", None))
        db = access.open_for_sync(choice.account_id, passphrase)

        @contextmanager
        def signed_in() -> Iterator[Workspace]:  # only when a follow-up is due
            workspace = access.sign_in(choice.account_id, passphrase)
            try:
                yield workspace
            finally:
                workspace.close()

        try:
            with db.read_session() as session:
                if read_link(session, db.device_id) is None:
                    raise DomainError(NOT_CONNECTED)
            password = _secret_file(getattr(args, "hub_password_file", None))
            if password is None:
                password = _stored_password(access, db.device_id)
            outcome = round_and_follow_ups(db, password, signed_in, progress=print_progress)
        finally:
            db.close()
        report = outcome.report
        print(
            translate("Cli", "Pushed {pushed}, pulled {pulled}, applied {applied}.").format(
                pushed=report.pushed, pulled=report.pulled, applied=report.applied
            )
        )
        print(
            translate(
                "Cli", "Waiting {waiting}, quarantined {quarantined}, conflicts {conflicts}."
            ).format(
                waiting=report.waiting, quarantined=report.quarantined, conflicts=report.conflicts
            )
        )
        say_follow_ups(outcome)
        return EXIT_OK

    return _guarded(run)


def run_bundle(args: argparse.Namespace) -> int:
    """`livcr bundle export`, `import` and `keys`: sync without a network."""

    def run() -> int:
        if args.bundle_command == "import":
            from livcr_desktop.enrolment_commands import bundle_import

            return bundle_import(args, lambda workspace: _bundle_import(workspace, args))
        with _signed_in(args) as workspace:
            if args.bundle_command == "export":
                return _bundle_export(workspace, args)
            return _bundle_keys(workspace, args)

    return _guarded(run)


def _bundle_export(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.services.bundles.export import export_bundle

    report = export_bundle(workspace, args.for_member.strip().lower(), Path(args.out))
    print(
        QT_TRANSLATE_NOOP(
            "Cli", "Bundle for {member} ({laptops}) written to {file}: %n operation(s).", None, 1
        ).render(
            translate,
            member=report.recipient,
            laptops=QT_TRANSLATE_NOOP("Cli", "%n laptop(s)", None, 1).render(
                translate, count=report.laptops
            ),
            file=args.out,
            count=report.operations,
        )
    )
    return EXIT_OK


def _bundle_import(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.numbering_commands import say_numbered
    from livcr_desktop.services.bundles.receive import GAP, import_bundle

    report = import_bundle(workspace, Path(args.file))
    sync = report.sync
    print(
        translate("Cli", "Bundle from {sender}: received {pulled}, applied {applied}.").format(
            sender=report.sender, pulled=sync.pulled, applied=sync.applied
        )
    )
    print(
        translate(
            "Cli", "Waiting {waiting}, quarantined {quarantined}, conflicts {conflicts}."
        ).format(waiting=sync.waiting, quarantined=sync.quarantined, conflicts=sync.conflicts)
    )
    say_numbered(report.numbered)
    for notice in report.gaps:
        print(
            GAP.render(translate, first=notice.gap.first, last=notice.gap.last, owner=notice.owner),
            file=sys.stderr,
        )
    return EXIT_OK


def _bundle_keys(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.services.bundles.device_keys import write_key_files

    written = write_key_files(workspace, Path(args.out), with_identity=args.with_age_identity)
    for path in written:
        print(path)
    return EXIT_OK


def _remember_invitation_password(folder_path: Path, device_id: str, password: str) -> None:
    """Keep the new laptop's hub password in the OS keyring (shared with the app's join); say
    so when there is none."""
    from livcr_desktop.services.sync.first_sync import remember_invitation_password

    if not remember_invitation_password(folder_path, device_id, password):
        print(
            translate(
                "Cli",
                "No keyring on this computer: pass the hub password with "
                "--hub-password-file when you sync.",
            ),
            file=sys.stderr,
        )


def _stored_password(access: object, device_id: str) -> str:
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.sync.first_sync import stored_hub_password

    assert isinstance(access, FolderAccess)
    return stored_hub_password(access.folder, device_id, access.vault)
