"""The recovery key: a random key shown once at setup that reopens the data when every
passphrase is lost.

It is 160 random bits written as eight groups of four base32 characters, plus a ninth group that
is a checksum, so a typo is caught before any key derivation is tried. Reading is forgiving:
case, spaces, dashes and the look-alikes 0/O, 1/I and 8/B do not matter.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

KEY_BYTES = 20
GROUP = 4
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})  # not in the base32 alphabet

INVALID_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "RecoveryKey",
    "This is not a valid recovery key. It has nine groups of four letters and digits; "
    "check each group against the printed sheet.",
)


def _checksum(raw: bytes) -> str:
    return base64.b32encode(hashlib.sha256(raw).digest()[:5]).decode("ascii")[:GROUP]


def generate_recovery_key() -> str:
    """A new recovery key in its display form (nine dash-separated groups)."""
    raw = secrets.token_bytes(KEY_BYTES)
    body = base64.b32encode(raw).decode("ascii") + _checksum(raw)
    return "-".join(body[i : i + GROUP] for i in range(0, len(body), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The key's 20 raw bytes; ValidationError(field='recovery_key') when it is not valid."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != 9 * GROUP:
        raise ValidationError(INVALID_RECOVERY_KEY, field="recovery_key")
    body, check = cleaned[: 8 * GROUP], cleaned[8 * GROUP :]
    try:
        raw = base64.b32decode(body)
    except ValueError as exc:
        raise ValidationError(INVALID_RECOVERY_KEY, field="recovery_key") from exc
    if _checksum(raw) != check:
        raise ValidationError(INVALID_RECOVERY_KEY, field="recovery_key")
    return raw
