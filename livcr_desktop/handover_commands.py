"""The `livcr handover` commands: a case handed over to another LIVC-R, on top of the same
services the GUI uses (services/handover).

    livcr handover key --out FILE                  this LIVC-R's public hand-over key
    livcr handover register FILE --fingerprint F    register another LIVC-R's key
    livcr handover list                             the LIVC-Rs registered here
    livcr handover export CASE_CODE --out DIR       transfer note + sealed bundle of a decided
                                                    hand-over
    livcr handover import FILE [--municipality M]   import a hand-over from another LIVC-R
        [--case CODE | --new-case]                  (to the known person's case, or a new one)
    livcr handover rotate|keys|retire|accept-key    the LIVC-R's key changes (handover_key_commands)

Commands take --data-dir, --account and --passphrase-file as the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from livcr_desktop.commands import _fail, _signed_in
from livcr_desktop.console import EXIT_OK, EXIT_USAGE, translate
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.handover_key_commands import KEY_COMMANDS, add_key_commands

if TYPE_CHECKING:
    from livcr_desktop.services.workspace import Workspace

HANDOVER_COMMANDS = frozenset({"handover"})


def add_handover_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr handover key|register|list|export|import`."""
    handover = sub.add_parser(
        "handover", help=translate("Cli", "hand a case over to another LIVC-R")
    )
    handover_sub = handover.add_subparsers(
        dest="handover_command", metavar="HANDOVER_COMMAND", required=True
    )
    key = handover_sub.add_parser(
        "key",
        parents=[common, account],
        help=translate("Cli", "write this LIVC-R's public hand-over key for another LIVC-R"),
    )
    key.add_argument("--out", required=True, type=Path, help=translate("Cli", "the key file"))
    key.add_argument(
        "--age-identity",
        type=Path,
        help=translate(
            "Cli",
            "also write the LIVC-R's secret age key to this file (to open hand-overs with age)",
        ),
    )
    register = handover_sub.add_parser(
        "register",
        parents=[common, account],
        help=translate("Cli", "register another LIVC-R by the key its coordinator exported"),
    )
    register.add_argument("file", type=Path, metavar="FILE", help=translate("Cli", "the key file"))
    register.add_argument(
        "--fingerprint",
        required=True,
        help=translate("Cli", "the fingerprint the other coordinator read to you"),
    )
    handover_sub.add_parser(
        "list", parents=[common, account], help=translate("Cli", "the LIVC-Rs registered here")
    )
    export = handover_sub.add_parser(
        "export",
        parents=[common, account],
        help=translate("Cli", "write the transfer note and sealed hand-over of a decided case"),
    )
    export.add_argument("case_code", metavar="CASE_CODE", help=translate("Cli", "the case code"))
    export.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the folder to write them to")
    )
    imported = handover_sub.add_parser(
        "import",
        parents=[common, account],
        help=translate("Cli", "import a hand-over from another LIVC-R"),
    )
    imported.add_argument("file", type=Path, metavar="FILE", help=translate("Cli", "the bundle"))
    imported.add_argument(
        "--municipality",
        help=translate("Cli", "the member municipality where the person now lives"),
    )
    choice = imported.add_mutually_exclusive_group()
    choice.add_argument(
        "--case",
        metavar="CASE_CODE",
        help=translate("Cli", "add the signal to this case of the person already known here"),
    )
    choice.add_argument(
        "--new-case",
        action="store_true",
        help=translate("Cli", "open a new case even when the person is already known here"),
    )
    add_key_commands(handover_sub, common, account)


def run_handover(args: argparse.Namespace) -> int:
    workspace = _signed_in(args)
    if isinstance(workspace, int):
        return workspace
    try:
        return _COMMANDS[args.handover_command](workspace, args)
    except DomainError as error:
        return _fail(error)
    finally:
        workspace.close()


def _key(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.domain.handover_keys import parse_key_text
    from livcr_desktop.services.handover.keys import HandoverKeys

    keys = HandoverKeys(workspace)
    text = keys.own_public_text()
    Path(args.out).write_text(text, encoding="utf-8")
    if args.age_identity is not None:
        keys.write_own_identity(Path(args.age_identity))
    print(
        translate("Cli", "Key written to {file}. Fingerprint: {fingerprint}").format(
            file=args.out, fingerprint=parse_key_text(text).fingerprint
        )
    )
    return EXIT_OK


def _register(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.services.handover.keys import HandoverKeys

    keys = HandoverKeys(workspace)
    text = Path(args.file).read_text(encoding="utf-8", errors="replace")
    key = keys.read_key(text)
    keys.register(text, args.fingerprint)
    print(
        translate("Cli", "{name} registered ({fingerprint}).").format(
            name=key.name, fingerprint=key.fingerprint
        )
    )
    return EXIT_OK


def _list(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.services.handover.keys import HandoverKeys

    for other in HandoverKeys(workspace).others():
        print(f"{other.name}\t{other.language.value}\t{other.municipality}\t{other.fingerprint}")
    return EXIT_OK


def _export(workspace: Workspace, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from livcr_desktop.domain.handover import HandoverStatus
    from livcr_desktop.services.handover.sending import send
    from livcr_desktop.store.models import CaseRow, HandoverRow

    with workspace.db.read_session() as session:
        handover_id = session.scalars(
            select(HandoverRow.id)
            .join(CaseRow, CaseRow.id == HandoverRow.case_id)
            .where(
                CaseRow.code == args.case_code,
                HandoverRow.status.in_([HandoverStatus.SIGNED.value, HandoverStatus.SENT.value]),
            )
            .order_by(HandoverRow.approved_at.desc())
        ).first()
    if handover_id is None:
        print(
            translate("Cli", "Case {code} has no decided hand-over.").format(code=args.case_code),
            file=sys.stderr,
        )
        return EXIT_USAGE
    files = send(workspace, handover_id, Path(args.out))
    print(files.note)
    print(files.bundle)
    return EXIT_OK


def _import(workspace: Workspace, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from livcr_desktop.services.handover.receiving import import_handover
    from livcr_desktop.store.models import MunicipalityRow

    municipality_id = None
    if args.municipality:
        with workspace.db.read_session() as session:
            municipality_id = session.scalars(
                select(MunicipalityRow.id).where(MunicipalityRow.name == args.municipality)
            ).first()
        if municipality_id is None:
            print(
                translate("Cli", "No member municipality is called {name}.").format(
                    name=args.municipality
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
    link_case_id = _known_case(workspace, args)
    if isinstance(link_case_id, int):
        return link_case_id
    imported = import_handover(
        workspace,
        Path(args.file),
        translate,
        municipality_id=municipality_id,
        link_case_id=link_case_id,
    )
    print(
        translate(
            "Cli",
            "Hand-over from {livcr} (their case {sending}) imported as case {code}; decision "
            "signature {fingerprint} verified.",
        ).format(
            livcr=imported.sender,
            sending=imported.sending_case_code,
            code=imported.case_code,
            fingerprint=imported.decision_fingerprint,
        )
    )
    return EXIT_OK


def _known_case(workspace: Workspace, args: argparse.Namespace) -> str | int | None:
    """The case the signal goes to (None: a new case); when the person is already known here
    and the coordinator chose neither --case nor --new-case, the known cases and EXIT_USAGE."""
    from livcr_desktop.services.handover.known_person import case_by_code, read_incoming

    if args.case:
        return case_by_code(workspace, args.case).case_id
    if args.new_case:
        return None
    matches = read_incoming(workspace, Path(args.file)).matches
    if not matches:
        return None
    for known in matches:
        print(f"{known.code}\t{known.subject_name}\t{known.status.value}", file=sys.stderr)
    print(
        translate(
            "Cli",
            "The person is already known here (same names and birth date). Add --case "
            "CASE_CODE to add the signal to that case, or --new-case to open a new one.",
        ),
        file=sys.stderr,
    )
    return EXIT_USAGE


_COMMANDS = {
    "key": _key,
    "register": _register,
    "list": _list,
    "export": _export,
    "import": _import,
    **KEY_COMMANDS,
}
