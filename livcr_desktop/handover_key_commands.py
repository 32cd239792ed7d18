"""The `livcr handover` commands about the LIVC-R's own hand-over keys and another LIVC-R's key
change, on top of services/handover/key_rotation (the same as the GUI's):

    livcr handover rotate --out FILE [--compromised]   a new key; FILE is the key change signed
                                                      by the previous key, for the others
    livcr handover keys                               this LIVC-R's keys: current, previous,
                                                      retired
    livcr handover retire FINGERPRINT                 retire a previous key (lost, compromised)
    livcr handover accept-key FILE                    accept another LIVC-R's key change
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from livcr_desktop.console import EXIT_OK, EXIT_USAGE, translate

if TYPE_CHECKING:
    from livcr_desktop.services.workspace import Workspace


def add_key_commands(
    handover_sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    rotate = handover_sub.add_parser(
        "rotate",
        parents=[common, account],
        help=translate("Cli", "change this LIVC-R's hand-over key"),
    )
    rotate.add_argument(
        "--out",
        required=True,
        type=Path,
        help=translate("Cli", "the key change, signed by the previous key, for the other LIVC-Rs"),
    )
    rotate.add_argument(
        "--compromised",
        action="store_true",
        help=translate("Cli", "retire the previous key at once (lost or compromised)"),
    )
    handover_sub.add_parser(
        "keys",
        parents=[common, account],
        help=translate("Cli", "this LIVC-R's hand-over keys: current, previous, retired"),
    )
    retire = handover_sub.add_parser(
        "retire",
        parents=[common, account],
        help=translate("Cli", "retire a previous hand-over key of this LIVC-R"),
    )
    retire.add_argument(
        "fingerprint", metavar="FINGERPRINT", help=translate("Cli", "the key's fingerprint")
    )
    accept = handover_sub.add_parser(
        "accept-key",
        parents=[common, account],
        help=translate("Cli", "accept another LIVC-R's key change"),
    )
    accept.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Cli", "the key change file")
    )


def _rotate(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.domain.handover_keys import parse_key_text
    from livcr_desktop.services.handover.key_rotation import KeyRotation

    text = KeyRotation(workspace).rotate(compromised=args.compromised)
    Path(args.out).write_text(text, encoding="utf-8")
    print(
        translate(
            "Cli", "New key; the key change is written to {file}. New fingerprint: {fingerprint}"
        ).format(file=args.out, fingerprint=parse_key_text(text).fingerprint)
    )
    return EXIT_OK


def _keys(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.services.handover.key_rotation import KeyRotation

    for key in KeyRotation(workspace).own_keys():
        print(f"{key.fingerprint}\t{key.state.value}\t{key.created_at:%Y-%m-%d}")
    return EXIT_OK


def _retire(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.domain.handover_keys import same_fingerprint
    from livcr_desktop.services.handover.key_rotation import KeyRotation

    rotation = KeyRotation(workspace)
    key = next(
        (k for k in rotation.own_keys() if same_fingerprint(args.fingerprint, k.fingerprint)),
        None,
    )
    if key is None:
        print(
            translate("Cli", "This LIVC-R has no hand-over key with this fingerprint."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    rotation.retire(key.id)
    print(translate("Cli", "Key {fingerprint} retired.").format(fingerprint=key.fingerprint))
    return EXIT_OK


def _accept(workspace: Workspace, args: argparse.Namespace) -> int:
    from livcr_desktop.services.handover.key_rotation import KeyRotation

    rotation = KeyRotation(workspace)
    text = Path(args.file).read_text(encoding="utf-8", errors="replace")
    name, statement = rotation.read_rotation(text)
    rotation.accept_rotation(text)
    print(
        translate("Cli", "{name}: key {previous} replaced by {fingerprint}.").format(
            name=name,
            previous=statement.previous_fingerprint,
            fingerprint=statement.key.fingerprint,
        )
    )
    return EXIT_OK


KEY_COMMANDS = {"rotate": _rotate, "keys": _keys, "retire": _retire, "accept-key": _accept}
