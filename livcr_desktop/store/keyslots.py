"""Key slots: the data key wrapped once per account and once for the recovery key.

Like the key slots of an encrypted disk, the random data key of the database is never stored in
clear. Each account's slot holds it encrypted (AES-256-GCM) under a key derived from that
account's passphrase with Argon2id; the recovery slot under a key derived (HKDF) from the random
recovery key. The slots live in a small JSON header beside the database, written atomically and
mirrored to a backup copy, so a torn write can never lose the only copy.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from livcr_desktop.store.errors import HeaderDamaged, SlotLocked
from livcr_desktop.store.private_files import create_private

FORMAT = "livcr-keyslots"
FORMAT_VERSION = 1
SlotKind = Literal["account", "recovery"]


@dataclass(frozen=True)
class KdfParams:
    """How a secret is stretched into a wrapping key; stored with each slot."""

    name: str = "argon2id"
    iterations: int = 3
    memory_kib: int = 65536
    lanes: int = 4

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """The 32-byte wrapping key for this secret and salt."""
        if self.name == "argon2id":
            return Argon2id(
                salt=salt,
                length=32,
                iterations=self.iterations,
                lanes=self.lanes,
                memory_cost=self.memory_kib,
            ).derive(secret)
        if self.name == "hkdf-sha256":
            return HKDF(
                algorithm=hashes.SHA256(), length=32, salt=salt, info=b"livcr-recovery-slot"
            ).derive(secret)
        raise HeaderDamaged(f"unknown KDF {self.name!r}")


ACCOUNT_KDF = KdfParams()
"""Argon2id, 64 MiB, 3 passes, 4 lanes: about 0.2 s on a municipal laptop (OWASP's minimum is
19 MiB / 2 passes). Tests replace this module attribute with cheaper parameters."""

RECOVERY_KDF = KdfParams(name="hkdf-sha256", iterations=0, memory_kib=0, lanes=0)
"""The recovery key has 160 random bits; stretching it would add nothing."""


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC, so é typed either way opens the same slot."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeySlot:
    """One wrapped copy of the data key."""

    id: str
    kind: SlotKind
    kdf: KdfParams
    salt: str
    nonce: str
    wrapped_key: str
    created_at: str
    account_id: str | None = None
    username: str | None = None
    display_name: str | None = None

    def associated_data(self, folder_id: str) -> bytes:
        """Binds the slot to its folder, identity and account, so slots cannot be swapped."""
        parts = (FORMAT, str(FORMAT_VERSION), folder_id, self.id, self.kind, self.account_id or "")
        return "/".join(parts).encode()

    def unwrap(self, folder_id: str, secret: bytes) -> bytes:
        """The data key, or SlotLocked when the secret is wrong (or the slot was altered)."""
        wrapping = self.kdf.derive(secret, _unb64(self.salt))
        try:
            return AESGCM(wrapping).decrypt(
                _unb64(self.nonce), _unb64(self.wrapped_key), self.associated_data(folder_id)
            )
        except InvalidTag as exc:
            raise SlotLocked(self.id) from exc


@dataclass
class KeyHeader:
    """The header file's content: which folder this is and the slots that open it."""

    folder_id: str
    livcr_name: str
    created_at: str
    demo: bool = False
    slots: list[KeySlot] = field(default_factory=list)

    def account_slots(self) -> list[KeySlot]:
        """Slots of accounts, in the order they were created."""
        return [slot for slot in self.slots if slot.kind == "account"]

    def slot_for_account(self, account_id: str) -> KeySlot | None:
        """The slot of an account, if it has one."""
        return next((s for s in self.slots if s.account_id == account_id), None)

    def recovery_slot(self) -> KeySlot | None:
        """The recovery slot, if any."""
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def add_slot(
        self,
        data_key: bytes,
        secret: bytes,
        *,
        kind: SlotKind,
        kdf: KdfParams,
        account_id: str | None = None,
        username: str | None = None,
        display_name: str | None = None,
    ) -> KeySlot:
        """Wrap the data key under a new secret; replaces the account's previous slot."""
        if kind == "account":
            if not account_id:
                raise ValueError("an account slot needs an account id")
            self.slots = [s for s in self.slots if s.account_id != account_id]
        else:
            self.slots = [s for s in self.slots if s.kind != "recovery"]
        salt = os.urandom(16)
        nonce = os.urandom(12)
        slot = KeySlot(
            id=secrets.token_hex(8),
            kind=kind,
            kdf=kdf,
            salt=_b64(salt),
            nonce=_b64(nonce),
            wrapped_key="",
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            account_id=account_id,
            username=username,
            display_name=display_name,
        )
        wrapping = kdf.derive(secret, salt)
        slot.wrapped_key = _b64(
            AESGCM(wrapping).encrypt(nonce, data_key, slot.associated_data(self.folder_id))
        )
        self.slots.append(slot)
        return slot

    def remove_account_slot(self, account_id: str) -> None:
        """Drop an ended account's slot: its passphrase no longer opens anything."""
        self.slots = [s for s in self.slots if s.account_id != account_id]

    def to_json(self) -> str:
        """The header file's text."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "folder_id": self.folder_id,
            "livcr_name": self.livcr_name,
            "created_at": self.created_at,
            "demo": self.demo,
            "slots": [asdict(slot) for slot in self.slots],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyHeader:
        """Parse a header file; HeaderDamaged on anything unexpected."""
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
                raise HeaderDamaged("unknown header format")
            slots = []
            for stored in data["slots"]:
                fields = dict(stored)
                fields["kdf"] = KdfParams(**fields["kdf"])
                slots.append(KeySlot(**fields))
            header = cls(
                folder_id=str(data["folder_id"]),
                livcr_name=str(data["livcr_name"]),
                created_at=str(data["created_at"]),
                demo=bool(data.get("demo", False)),
                slots=slots,
            )
        except HeaderDamaged:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise HeaderDamaged(type(exc).__name__) from exc
        if not header.slots:
            raise HeaderDamaged("no key slots")
        return header


class HeaderFile:
    """The header on disk: an atomically replaced file plus an identical backup copy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backup_path = path.with_name(path.name + ".bak")

    def exists(self) -> bool:
        """True when the header or its backup copy is present."""
        return self.path.exists() or self.backup_path.exists()

    def load(self) -> tuple[KeyHeader, bool]:
        """The header, and whether it had to come from the backup copy (the main one is damaged)."""
        try:
            return KeyHeader.from_json(self.path.read_text(encoding="utf-8")), False
        except (OSError, UnicodeDecodeError, HeaderDamaged) as main_error:
            try:
                header = KeyHeader.from_json(self.backup_path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, HeaderDamaged):
                raise HeaderDamaged("header and its backup are unreadable") from main_error
            return header, True

    def save(self, header: KeyHeader) -> None:
        """Write both copies atomically (temporary file, fsync, rename)."""
        text = header.to_json()
        for target in (self.path, self.backup_path):
            _atomic_write(target, text)


def _atomic_write(target: Path, text: str) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    with create_private(tmp) as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
