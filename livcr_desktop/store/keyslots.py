"""Key slots: the data key wrapped once per account and once for the recovery key.

Like the key slots of an encrypted disk, the random data key of the database is never stored in
clear. Each account's slot holds it encrypted (AES-256-GCM) under a key derived from that
account's passphrase with Argon2id; the recovery slot under a key derived (HKDF) from the random
recovery key. The slots live in a small JSON header beside the database, written atomically and
mirrored to a backup copy, so a torn write can never lose the only copy.

Reading the header is plain JSON and SHA-256: the sign-in screen shows the accounts with that
alone. `cryptography` is imported where a slot is opened, written or a key derived (it is a
noticeable part of the way to the first paint otherwise; see docs/architecture.md).

Each slot and the header carry two checks of their own: a plain checksum, which tells damage
(a flipped byte, an edit) from a wrong passphrase before any attempt is counted, and a MAC keyed
from the data key, checked once a slot has opened, which tells a copy changed by someone who
does not hold the data key. Files of format version 1 (before these checks) are read as they are
and rewritten with them at the next sign-in.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from livcr_desktop.store.errors import HeaderDamaged, HeaderFault, SlotLocked
from livcr_desktop.store.key_derivation import (
    KdfParams,
    Passphrase,
    Secret,
    aead,
    checksum_of,
    is_int,
    mac_key,
    mac_of,
    normalise_passphrase,
    shared_salt,
    wrapping_key,
)

__all__ = [  # the derivations moved to key_derivation.py; this module still offers them
    "ACCOUNT_KDF",
    "RECOVERY_KDF",
    "KdfParams",
    "KeyHeader",
    "KeySlot",
    "Passphrase",
    "RetiredSlot",
    "Secret",
    "mac_key",
    "normalise_passphrase",
]

FORMAT = "livcr-keyslots"
FORMAT_VERSION = 3
"""3 adds the slot rule's state: whether it was applied, and the slots it retired."""
SLOT_RULE_VERSION = 3
CHECKED_VERSION = 2
"""Version 2 files (checks, no slot rule yet) are read as they are, and written as version 2
until the slot rule is applied at a sign-in."""
LEGACY_VERSION = 1
SLOT_BINDING_VERSION = "1"
"""Part of each slot's associated data; it stays 1 so slots written before version 2 still open."""
MAX_HEADER_BYTES = 1_000_000
"""A key file holds a few slots of a few hundred bytes; anything larger is not read at all."""
SlotKind = Literal["account", "recovery"]
SLOT_KINDS = ("account", "recovery")
ATTEMPTS_FIELD = "signin_attempts"


ACCOUNT_KDF = KdfParams()
"""Argon2id, 64 MiB, 3 passes, 4 lanes: about 0.2 s on a municipal laptop (OWASP's minimum is
19 MiB / 2 passes). Tests replace this module attribute with cheaper parameters."""

RECOVERY_KDF = KdfParams(name="hkdf-sha256", iterations=0, memory_kib=0, lanes=0)
"""The recovery key has 160 random bits; stretching it would add nothing."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, sizes: range) -> bytes:
    try:
        if not isinstance(text, str):
            raise ValueError("not text")
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise HeaderDamaged("not base64", HeaderFault.NOT_BASE64) from exc
    if len(data) not in sizes:
        raise HeaderDamaged("wrong length", HeaderFault.NOT_BASE64)
    return data


SALT_SIZES = range(8, 65)
NONCE_SIZES = range(12, 13)
WRAPPED_SIZES = range(48, 49)


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
    mac: str = field(default="", compare=False, repr=False)
    fault: HeaderFault | None = field(default=None, compare=False)
    """Set when this slot was read damaged; it is then never opened, and written back as read."""
    raw: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def body(self) -> dict[str, Any]:
        """What the slot's checksum and MAC cover: every stored field."""
        return {
            "id": self.id,
            "kind": self.kind,
            "kdf": asdict(self.kdf),
            "salt": self.salt,
            "nonce": self.nonce,
            "wrapped_key": self.wrapped_key,
            "created_at": self.created_at,
            "account_id": self.account_id,
            "username": self.username,
            "display_name": self.display_name,
        }

    def checksum(self) -> str:
        """Tells a damaged slot from a wrong passphrase, before any key derivation."""
        return checksum_of(b"livcr-slot", self.body())

    def expected_mac(self, key: bytes, folder_id: str) -> str:
        """The MAC that only the data key's holder can compute, bound to the folder."""
        return mac_of(key, b"livcr-slot", {"folder_id": folder_id, "slot": self.body()})

    def associated_data(self, folder_id: str) -> bytes:
        """Binds the slot to its folder, identity and account, so slots cannot be swapped."""
        parts = (
            FORMAT,
            SLOT_BINDING_VERSION,
            folder_id,
            self.id,
            self.kind,
            self.account_id or "",
        )
        return "/".join(parts).encode()

    def unwrap(self, folder_id: str, secret: Secret) -> bytes:
        """The data key, or SlotLocked when the secret is wrong (or the slot was altered);
        HeaderDamaged when the slot was read damaged."""
        if self.fault is not None:
            raise HeaderDamaged("damaged slot", self.fault)
        from cryptography.exceptions import InvalidTag

        wrapping = wrapping_key(self.kdf, secret, _unb64(self.salt, SALT_SIZES))
        try:
            return aead(wrapping).decrypt(
                _unb64(self.nonce, NONCE_SIZES),
                _unb64(self.wrapped_key, WRAPPED_SIZES),
                self.associated_data(folder_id),
            )
        except InvalidTag as exc:
            raise SlotLocked(self.id) from exc

    def to_stored(self, key: bytes | None, folder_id: str, *, legacy: bool) -> dict[str, Any]:
        """The slot as written to the file (a damaged slot exactly as it was read)."""
        if self.fault is not None and self.raw is not None:
            return self.raw
        stored = self.body()
        if not legacy:
            stored["check"] = self.checksum()
            stored["mac"] = self.expected_mac(key, folder_id) if key is not None else self.mac
        return stored


def _optional_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise HeaderDamaged("not text", HeaderFault.GARBLED)


def _parse_slot(stored: object, *, legacy: bool) -> KeySlot:
    """One slot; HeaderDamaged only when not even its identity can be read (then the whole
    file is garbled); other damage is kept on the slot, so the other accounts still open."""
    if not isinstance(stored, dict):
        raise HeaderDamaged("slot is not an object", HeaderFault.GARBLED)
    slot_id, kind = stored.get("id"), stored.get("kind")
    if not isinstance(slot_id, str) or kind not in SLOT_KINDS:
        raise HeaderDamaged("slot without identity", HeaderFault.GARBLED)
    account_id = _optional_text(stored.get("account_id"))
    if kind == "account" and not account_id:
        raise HeaderDamaged("account slot without account", HeaderFault.GARBLED)
    slot = KeySlot(
        id=slot_id,
        kind=kind,
        kdf=KdfParams(),
        salt="",
        nonce="",
        wrapped_key="",
        created_at="",
        account_id=account_id,
        username=_optional_text(stored.get("username")),
        display_name=_optional_text(stored.get("display_name")),
        raw=stored,
    )
    try:
        kdf = stored.get("kdf")
        if not isinstance(kdf, dict) or set(kdf) != {"name", "iterations", "memory_kib", "lanes"}:
            raise HeaderDamaged("kdf fields", HeaderFault.BAD_PARAMETERS)
        if not isinstance(kdf["name"], str):
            raise HeaderDamaged("kdf name", HeaderFault.UNKNOWN_KDF)
        slot.kdf = KdfParams(**kdf)
        slot.kdf.check()
        for name, sizes in (
            ("salt", SALT_SIZES),
            ("nonce", NONCE_SIZES),
            ("wrapped_key", WRAPPED_SIZES),
        ):
            _unb64(stored.get(name), sizes)
        slot.salt, slot.nonce = stored["salt"], stored["nonce"]
        slot.wrapped_key = stored["wrapped_key"]
        created = stored.get("created_at")
        if not isinstance(created, str):
            raise HeaderDamaged("created_at", HeaderFault.GARBLED)
        slot.created_at = created
        if not legacy:
            check, mac = stored.get("check"), stored.get("mac")
            if not isinstance(mac, str) or check != slot.checksum():
                raise HeaderDamaged("slot checksum", HeaderFault.SLOT_DAMAGED)
            slot.mac = mac
    except HeaderDamaged as exc:
        slot.fault = exc.fault
    return slot


@dataclass(frozen=True)
class RetiredSlot:
    """An account whose slot the slot rule retired: what its owner is told at sign-in."""

    account_id: str
    username: str
    display_name: str
    retired_at: str

    def stored(self) -> list[str]:
        return [self.account_id, self.username, self.display_name, self.retired_at]


def _parse_retired(stored: object) -> list[RetiredSlot]:
    if not isinstance(stored, list) or not all(
        isinstance(item, list) and len(item) == 4 and all(isinstance(v, str) for v in item)
        for item in stored
    ):
        raise HeaderDamaged("retired slots", HeaderFault.GARBLED)
    return [RetiredSlot(*item) for item in stored]


@dataclass
class KeyHeader:
    """The header file's content: which folder this is and the slots that open it."""

    folder_id: str
    livcr_name: str
    created_at: str
    demo: bool = False
    slots: list[KeySlot] = field(default_factory=list)
    legacy: bool = False
    """Read from a version-1 file, which had no checks; rewritten with them once a slot opens."""
    mac: str = field(default="", repr=False)
    attempts: dict[str, Any] = field(default_factory=dict, repr=False)
    """The copy of the failed sign-in counters (not covered by the checks: it changes while
    nobody holds the key)."""
    _mac_key: bytes | None = field(default=None, repr=False, compare=False)
    version: int = FORMAT_VERSION
    """The version read (or FORMAT_VERSION for a new header): its checks cover its own fields."""
    slot_rule_applied: bool = True
    """False on a folder made before the slot rule, until a sign-in applied it."""
    retired: list[RetiredSlot] = field(default_factory=list)

    def written_version(self) -> int:
        """The version this header is written (and checked) as."""
        if self.legacy and self._mac_key is None:
            return LEGACY_VERSION
        return SLOT_RULE_VERSION if self.version >= SLOT_RULE_VERSION else CHECKED_VERSION

    def retired_for(self, account_id: str) -> RetiredSlot | None:
        """The account's retired slot, when the slot rule retired it (and no new slot came)."""
        if self.slot_for_account(account_id) is not None:
            return None
        return next((r for r in self.retired if r.account_id == account_id), None)

    def apply_slot_rule(self, retire: list[str], data_key: bytes, now: str) -> None:
        """Retire the slots of these accounts (their passphrase no longer opens the folder) and
        mark the rule applied; written as the current version from now on."""
        self.seal(data_key)
        for slot in self.account_slots():
            if slot.account_id in retire:
                self.retired.append(
                    RetiredSlot(
                        slot.account_id or "", slot.username or "", slot.display_name or "", now
                    )
                )
        self.slots = [s for s in self.slots if s.account_id not in retire]
        self.slot_rule_applied = True
        self.version = FORMAT_VERSION
        self.legacy = False

    def account_slots(self) -> list[KeySlot]:
        """Slots of accounts, in the order they were created."""
        return [slot for slot in self.slots if slot.kind == "account"]

    def slot_for_account(self, account_id: str) -> KeySlot | None:
        """The slot of an account, if it has one."""
        return next((s for s in self.slots if s.account_id == account_id), None)

    def recovery_slot(self) -> KeySlot | None:
        """The recovery slot, if any."""
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def seal(self, data_key: bytes) -> None:
        """From now on this header is written with MACs made with the data key."""
        self._mac_key = mac_key(data_key)

    def add_slot(
        self,
        data_key: bytes,
        secret: Secret,
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
        self.seal(data_key)
        salt = shared_salt(secret, kdf) or os.urandom(16)
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
        wrapping = wrapping_key(kdf, secret, salt)
        slot.wrapped_key = _b64(
            aead(wrapping).encrypt(nonce, data_key, slot.associated_data(self.folder_id))
        )
        self.slots.append(slot)
        return slot

    def remove_account_slot(self, account_id: str, data_key: bytes) -> None:
        """Drop an ended account's slot: its passphrase no longer opens anything."""
        self.seal(data_key)
        self.slots = [s for s in self.slots if s.account_id != account_id]

    def body(self) -> dict[str, Any]:
        """What the header's checksum and MAC cover: its fields and the list of its slots."""
        version = self.written_version()
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": max(version, CHECKED_VERSION),
            "folder_id": self.folder_id,
            "livcr_name": self.livcr_name,
            "created_at": self.created_at,
            "demo": self.demo,
            "slots": [[s.id, s.kind, s.account_id] for s in self.slots],
        }
        if version >= SLOT_RULE_VERSION:
            body["slot_rule_applied"] = self.slot_rule_applied
            body["retired"] = [r.stored() for r in self.retired]
        return body

    def checksum(self) -> str:
        """Tells a damaged header from a wrong passphrase, before any key derivation."""
        return checksum_of(b"livcr-header", self.body())

    def verify(self, data_key: bytes, slot: KeySlot) -> bool:
        """Whether the header and `slot` are as the data key's holder wrote them (a version-1
        file has nothing to check yet)."""
        if self.legacy:
            return True
        key = mac_key(data_key)
        return hmac.compare_digest(
            self.mac, mac_of(key, b"livcr-header", self.body())
        ) and hmac.compare_digest(slot.mac, slot.expected_mac(key, self.folder_id))

    def fully_verified(self, data_key: bytes) -> bool:
        """Every slot undamaged and every check right: a copy fit to repair the other from."""
        if any(s.fault is not None for s in self.slots):
            return False
        return self.legacy or all(self.verify(data_key, s) for s in self.slots)

    def to_json(self) -> str:
        """The header file's text."""
        legacy = self.legacy and self._mac_key is None
        version = self.written_version()
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": version,
            "folder_id": self.folder_id,
            "livcr_name": self.livcr_name,
            "created_at": self.created_at,
            "demo": self.demo,
            "slots": [
                s.to_stored(self._mac_key, self.folder_id, legacy=legacy) for s in self.slots
            ],
        }
        if version >= SLOT_RULE_VERSION:
            data["slot_rule_applied"] = self.slot_rule_applied
            data["retired"] = [r.stored() for r in self.retired]
        if not legacy:
            data["check"] = self.checksum()
            key = self._mac_key
            data["mac"] = mac_of(key, b"livcr-header", self.body()) if key else self.mac
        if self.attempts:
            data[ATTEMPTS_FIELD] = self.attempts
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyHeader:
        """Parse a header file; HeaderDamaged (with what is wrong) on anything unexpected."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise HeaderDamaged("not JSON", HeaderFault.GARBLED) from exc
        if not isinstance(data, dict):
            raise HeaderDamaged("not an object", HeaderFault.GARBLED)
        version = data.get("version")
        if data.get("format") != FORMAT or not is_int(version):
            raise HeaderDamaged("not a key file", HeaderFault.GARBLED)
        if version not in (LEGACY_VERSION, CHECKED_VERSION, SLOT_RULE_VERSION):
            raise HeaderDamaged("unknown header format", HeaderFault.UNKNOWN_FORMAT)
        legacy = version == LEGACY_VERSION
        texts = [data.get(name) for name in ("folder_id", "livcr_name", "created_at")]
        demo, stored_slots = data.get("demo", False), data.get("slots")
        if not all(isinstance(t, str) for t in texts) or not isinstance(demo, bool):
            raise HeaderDamaged("header fields", HeaderFault.GARBLED)
        if not isinstance(stored_slots, list):
            raise HeaderDamaged("no slot list", HeaderFault.GARBLED)
        attempts = data.get(ATTEMPTS_FIELD, {})
        header = cls(
            folder_id=str(texts[0]),
            livcr_name=str(texts[1]),
            created_at=str(texts[2]),
            demo=demo,
            slots=[_parse_slot(s, legacy=legacy) for s in stored_slots],
            legacy=legacy,
            attempts=attempts if isinstance(attempts, dict) else {},
            version=int(version),
            slot_rule_applied=False,
        )
        if version >= SLOT_RULE_VERSION:
            applied = data.get("slot_rule_applied")
            if not isinstance(applied, bool):
                raise HeaderDamaged("slot rule", HeaderFault.GARBLED)
            header.slot_rule_applied = applied
            header.retired = _parse_retired(data.get("retired"))
        if not legacy:
            mac = data.get("mac")
            if not isinstance(mac, str) or data.get("check") != header.checksum():
                raise HeaderDamaged("header checksum", HeaderFault.CHANGED)
            header.mac = mac
        if not header.slots:
            raise HeaderDamaged("no key slots", HeaderFault.SLOT_MISSING)
        return header
