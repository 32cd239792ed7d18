"""The statement by which an LIVC-R announces its new hand-over key, signed by its previous key.

The statement is the new key's text (domain/handover_keys: a coordinator who never registered
this LIVC-R can register it from this file as from any key file) with two more lines: the
previous key's fingerprint and the previous key's Ed25519 signature over the canonical bytes
below. An LIVC-R that registered the previous key (after comparing its fingerprint) accepts the
new one when that signature holds against the key it registered, never against a key the file
carries: the registered key is the anchor of the trust, and what it signs is what the hand-overs
it signed already were trusted for.

Pure: the text comes from outside, so anything but a complete statement is one message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.handover_keys import PublicHandoverKey, parse_key_text
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message

ROTATION_FORMAT = "livcr-handover-key-rotation/1"

NOT_A_ROTATION = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "This is not a key change of an LIVC-R (or it was changed on the way). Ask its coordinator "
    "for the file the app writes when the key is changed.",
)
_SIGNATURE = re.compile(r"[0-9a-f]{128}")
_FINGERPRINT = re.compile(r"([0-9A-F]{4} ){7}[0-9A-F]{4}")


@dataclass(frozen=True)
class RotationStatement:
    """A new key, the previous key's fingerprint, and the previous key's signature."""

    key: PublicHandoverKey
    previous_fingerprint: str
    signature_hex: str

    def signed_bytes(self) -> bytes:
        return rotation_bytes(self.key, self.previous_fingerprint)

    def to_text(self, minisign_line: str) -> str:
        return (
            self.key.to_text(minisign_line)
            + f"rotation: {ROTATION_FORMAT}\n"
            + f"previous-fingerprint: {self.previous_fingerprint}\n"
            + f"previous-signature: {self.signature_hex}\n"
        )


def rotation_bytes(key: PublicHandoverKey, previous_fingerprint: str) -> bytes:
    """What the previous key signs: the format, both fingerprints, the new keys, the LIVC-R."""
    return "\n".join(
        (
            ROTATION_FORMAT,
            previous_fingerprint,
            key.fingerprint,
            key.age_recipient,
            key.sign_public_hex,
            key.name,
            key.language.value,
            key.municipality,
        )
    ).encode()


def parse_rotation(text: str) -> RotationStatement:
    """The statement a text holds; ValidationError (not a key change) for anything else."""
    try:
        key = parse_key_text(text)
    except ValidationError as exc:
        raise ValidationError(NOT_A_ROTATION, field="key") from exc
    fields: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip().lower()] = value.strip()
    previous = " ".join(fields.get("previous-fingerprint", "").upper().split())
    signature = fields.get("previous-signature", "").lower()
    if (
        fields.get("rotation") != ROTATION_FORMAT
        or not _FINGERPRINT.fullmatch(previous)
        or not _SIGNATURE.fullmatch(signature)
        or previous == key.fingerprint
    ):
        raise ValidationError(NOT_A_ROTATION, field="key")
    return RotationStatement(key, previous, signature)


ROTATE_FIXES = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "This LIVC-R gets a new hand-over key. From now on hand-overs are sealed and signed with "
    "the new key only; the current key ({fingerprint}) is kept read-only, so that a hand-over "
    "already sealed to it still opens.",
)
ROTATE_AFTERWARDS = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "Save the key change and give it to the coordinator of every registered LIVC-R: their app "
    "accepts it because the current key signed it. If the current key was stolen, also retire "
    "it and phone them: they then register the new key by comparing its fingerprint.",
)
RETIRE_FIXES = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "The previous key {fingerprint} is retired for good: a hand-over sealed to it is refused "
    "from now on, even one sent in good faith before the change.",
)
RETIRE_AFTERWARDS = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "Ask the LIVC-Rs that still have a hand-over on its way to accept the new key and send it "
    "again.",
)


def rotation_step(fingerprint: str) -> FinalStep:
    """What the coordinator confirms before the LIVC-R's key is changed."""
    return FinalStep(
        fixes=(Message(ROTATE_FIXES, {"fingerprint": fingerprint}),),
        afterwards=(Message(ROTATE_AFTERWARDS),),
    )


def retire_step(fingerprint: str) -> FinalStep:
    """What the coordinator confirms before a previous key is retired."""
    return FinalStep(
        fixes=(Message(RETIRE_FIXES, {"fingerprint": fingerprint}),),
        afterwards=(Message(RETIRE_AFTERWARDS),),
    )
