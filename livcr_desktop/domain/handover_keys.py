"""The public hand-over key of an LIVC-R as one coordinator gives it to another.

A short text file (or the same text pasted): the LIVC-R's name, language and municipalities, its
age X25519 recipient (what a hand-over is encrypted to) and its minisign Ed25519 public key (what
its hand-overs are signed with). The fingerprint covers the two keys only; both coordinators read
it aloud or compare it on paper before the key is saved, so a key swapped on the way is caught.

Pure: the text comes from outside, so every line is checked and anything else is one message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

KEY_FORMAT = "livcr-handover-key/1"
MAX_KEY_TEXT = 4096
_AGE_PREFIX = "age1"
_MINISIGN_RAW = 42  # "Ed" + 8-byte key id + 32-byte public key

NOT_A_KEY = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "This is not the hand-over key of an LIVC-R (or it was changed on the way). Ask its "
    "coordinator for the file the app exports.",
)
FINGERPRINT_MISMATCH = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "The fingerprint you typed is not the fingerprint of this key. Do not register it: compare "
    "again with the other coordinator, aloud or on paper.",
)
NAME_REQUIRED = QT_TRANSLATE_NOOP("HandoverKeys", "The key names no LIVC-R.")


@dataclass(frozen=True)
class PublicHandoverKey:
    """Another (or this) LIVC-R's public hand-over key with what it says about the LIVC-R."""

    name: str
    language: Language
    municipality: str
    age_recipient: str
    sign_public_hex: str

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.age_recipient, self.sign_public_hex)

    def to_text(self, minisign_line: str) -> str:
        """The file a coordinator gives the other coordinator."""
        return (
            f"format: {KEY_FORMAT}\n"
            f"name: {self.name}\n"
            f"language: {self.language.value}\n"
            f"municipality: {self.municipality}\n"
            f"age: {self.age_recipient}\n"
            f"minisign: {minisign_line}\n"
            f"fingerprint: {self.fingerprint}\n"
        )


def key_fingerprint(age_recipient: str, sign_public_hex: str) -> str:
    """Eight groups of four characters over both keys, easy to read aloud."""
    digest = hashlib.sha256(f"{age_recipient}\n{sign_public_hex}".encode()).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def same_fingerprint(typed: str, fingerprint: str) -> bool:
    """Whether what a coordinator typed is the fingerprint (spaces and case ignored)."""
    return "".join(typed.split()).upper() == fingerprint.replace(" ", "")


def parse_key_text(text: str) -> PublicHandoverKey:
    """The key a text holds; ValidationError (not a key) for anything else."""
    if len(text) > MAX_KEY_TEXT:
        raise ValidationError(NOT_A_KEY, field="key")
    fields: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip().lower()] = value.strip()
    try:
        if fields.get("format") != KEY_FORMAT:
            raise ValueError("format")
        language = Language(fields["language"])
        if language not in DOCUMENT_LANGUAGES:
            raise ValueError("language")
        age = fields["age"]
        if not age.startswith(_AGE_PREFIX) or len(age) > 100:
            raise ValueError("age")
        raw = base64.b64decode(fields["minisign"], validate=True)
        if len(raw) != _MINISIGN_RAW or raw[:2] != b"Ed":
            raise ValueError("minisign")
        sign_public = raw[10:].hex()
        if raw[2:10] != minisign_key_id(sign_public):
            raise ValueError("key id")
        key = PublicHandoverKey(
            name=" ".join(fields["name"].split())[:160],
            language=language,
            municipality=" ".join(fields.get("municipality", "").split())[:300],
            age_recipient=age,
            sign_public_hex=sign_public,
        )
    except (KeyError, ValueError, binascii.Error) as exc:
        raise ValidationError(NOT_A_KEY, field="key") from exc
    if not key.name:
        raise ValidationError(NAME_REQUIRED, field="key")
    stated = fields.get("fingerprint")
    if stated is not None and not same_fingerprint(stated, key.fingerprint):
        raise ValidationError(NOT_A_KEY, field="key")
    return key


def minisign_key_id(sign_public_hex: str) -> bytes:
    """The minisign key id of an Ed25519 public key (as services/bundles derives it)."""
    return hashlib.blake2b(bytes.fromhex(sign_public_hex), digest_size=32).digest()[:8]


def minisign_line(sign_public_hex: str) -> str:
    """The base64 line of a minisign public key file."""
    raw = b"Ed" + minisign_key_id(sign_public_hex) + bytes.fromhex(sign_public_hex)
    return base64.standard_b64encode(raw).decode()
