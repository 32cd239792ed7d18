"""The signed journal: what a transaction's signature covers, and how signatures are checked.

A hash chain alone can be recomputed by anyone who holds the data key. So each committed
transaction's operations are also covered by one Ed25519 signature of their author (a device key
for what the device does on its own). The signature covers a digest of the operations' ids,
device sequence numbers, chain hashes and a digest of each payload, never the payload itself: a
later erasure can replace a payload by its digest and every signature still verifies.

Journals written before signing existed are vouched for by one checkpoint per device, signed by
the device key at the migration. The checker here is pure: the caller passes the signature check
itself (cryptography lives in the store).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.journal import ERASED_PAYLOAD, Operation, is_erased
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text

SIGNATURE_FORMAT = "livcr-journal-signature/1"

KEY_CREATED_KINDS = frozenset({"signing_key.created"})
"""The operations that bring a member's public key into the journal (its `fields.public_key`).
Device keys are not journaled: their private half is in the database, so they are worth what
the data key is worth, and may sign only what `DEVICE_VOUCHED_KINDS` allows."""

DEVICE_VOUCHED_KINDS = (
    "auth.",
    "backup.",
    "access.",
    "audit.",
    "export.",
    "account.remembered",
    "account.forgotten",
    "sync.case_withdrawn",
    "account.slot_retired",
)
"""Records of what happened around a person's session that the device may sign for them when
their key is not at hand (a sign-in with a remembered key, a restore): never a change to a
record, so a device signature on a changed case, note or role is always a finding."""

SignatureCheck = Callable[[str, bytes, str], bool]
"""(public key hex, signed bytes, signature hex) -> whether the signature holds."""


def payload_digest(payload: Mapping[str, Any]) -> str:
    """The SHA-256 of the payload's canonical bytes (or the recorded one of an erased payload)."""
    if is_erased(payload):
        return str(payload[ERASED_PAYLOAD])
    return hashlib.sha256(canonical_bytes(dict(payload))).hexdigest()


_ERASED_START = b'{"' + ERASED_PAYLOAD.encode() + b'":'
"""How the canonical bytes of an erased payload, `{ERASED_PAYLOAD: digest}`, begin."""


def operation_digest(op: Operation) -> str:
    """`payload_digest` of an operation's payload, from the canonical bytes the operation keeps
    (the same value, without serialising the payload once more). Kept bytes that do not
    begin as an erased payload's must (its one key first) are hashed without reading the
    payload itself (a push leaves payloads nobody reads unparsed)."""
    kept = op.kept_payload_bytes()
    if kept is not None and not kept.startswith(_ERASED_START):
        return hashlib.sha256(kept).hexdigest()
    if is_erased(op.payload):
        return str(op.payload[ERASED_PAYLOAD])
    return hashlib.sha256(op.payload_bytes()).hexdigest()


class RangeDigest:
    """The bytes one signature covers, built one operation at a time (a checkpoint can cover a
    hundred thousand operations without holding them)."""

    def __init__(self, device_id: str, first_seq: int, last_seq: int) -> None:
        self._sha = hashlib.sha256(
            f"{SIGNATURE_FORMAT}\n{device_id}\n{first_seq}\n{last_seq}\n".encode()
        )

    def add(self, op: Operation) -> None:
        """Cover the next operation of the range."""
        self.add_entry(op.op_id, op.device_seq, op.hash, operation_digest(op))

    def add_entry(self, op_id: str, device_seq: int, op_hash: str, digest_of_payload: str) -> None:
        """Cover the next operation from its manifest line (a laptop that received only some of
        a transaction's operations checks the signature over all of them this way)."""
        self._sha.update(f"{op_id} {device_seq} {op_hash} {digest_of_payload}\n".encode())

    def digest(self) -> bytes:
        """What is signed."""
        return self._sha.digest()


def range_digest(operations: Iterable[Operation]) -> tuple[str, int, int, bytes]:
    """(device, first seq, last seq, digest) of one transaction's operations, in order."""
    ops = list(operations)
    first, last = ops[0], ops[-1]
    digest = RangeDigest(first.device_id, first.device_seq, last.device_seq)
    for op in ops:
        digest.add(op)
    return first.device_id, first.device_seq, last.device_seq, digest.digest()


@dataclass(frozen=True)
class SignatureRecord:
    """One stored signature over operations first_seq..last_seq of a device."""

    device_id: str
    first_seq: int
    last_seq: int
    key_id: str
    signature: str
    checkpoint: bool = False


@dataclass(frozen=True)
class PublicKey:
    """A public key as the tables hold it, with whose it is (a member's or a device's)."""

    key_id: str
    public_key: str
    member_id: str | None = None
    device_id: str | None = None


@dataclass
class SignatureReport:
    """What checking the signatures found."""

    signed: int = 0
    """Operations covered by a valid signature of a transaction."""
    under_checkpoint: int = 0
    """Operations written before signing existed, vouched for by a device's checkpoint."""
    problems: list[Message] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """True when every operation is covered by a valid signature of the right key."""
        return not self.problems


def _pair(one: Text, many: Text) -> tuple[Text, Text]:
    return one, many


_CHANGED = _pair(
    QT_TRANSLATE_NOOP(
        "Journal", "operation {first} of device {device} was changed after it was signed"
    ),
    QT_TRANSLATE_NOOP(
        "Journal",
        "operations {first} to {last} of device {device} were changed after they were signed",
    ),
)
_UNSIGNED = _pair(
    QT_TRANSLATE_NOOP("Journal", "operation {first} of device {device} is covered by no signature"),
    QT_TRANSLATE_NOOP(
        "Journal", "operations {first} to {last} of device {device} are covered by no signature"
    ),
)
_WRONG_SIGNER = _pair(
    QT_TRANSLATE_NOOP(
        "Journal",
        "operation {first} of device {device} is signed with a key that is not its author's",
    ),
    QT_TRANSLATE_NOOP(
        "Journal",
        "operations {first} to {last} of device {device} are signed with a key that is not "
        "their author's",
    ),
)
_UNVOUCHED_KEY = _pair(
    QT_TRANSLATE_NOOP(
        "Journal",
        "operation {first} of device {device} is signed with a key that no signed operation added",
    ),
    QT_TRANSLATE_NOOP(
        "Journal",
        "operations {first} to {last} of device {device} are signed with a key that no signed "
        "operation added",
    ),
)
_MISSING = QT_TRANSLATE_NOOP(
    "Journal",
    "a signature covers operations {first} to {last} of device {device}, but some of them are "
    "missing (removed after they were signed)",
)
_BAD_CHECKPOINT = QT_TRANSLATE_NOOP(
    "Journal",
    "device {device} has a checkpoint over operations {first} to {last} that does not start at "
    "its first operation or is not its only one",
)


def _finding(pair: tuple[Text, Text], device: str, first: int, last: int) -> Message:
    one, many = pair
    return Message(one if first == last else many, {"device": device, "first": first, "last": last})


@dataclass
class _Open:
    """A signature whose operations are being read."""

    record: SignatureRecord
    digest: RangeDigest
    next_seq: int
    actors: set[str | None] = field(default_factory=set)
    only_device_kinds: bool = True
    created_keys: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Closed:
    record: SignatureRecord
    valid: bool


class SignatureChecker:
    """Checks every operation against the signatures of its device, fed in device order (the
    same stream the chain checker reads), then `finish()` for the findings."""

    def __init__(
        self,
        signatures: Iterable[SignatureRecord],
        keys: Mapping[str, PublicKey],
        member_of_account: Mapping[str, str],
        check: SignatureCheck,
        vouched: Mapping[str, str] | None = None,
    ) -> None:
        """`vouched`: public keys by key id known to be vouched for elsewhere (a synced laptop
        learns a member's key from the signed manifest of the transaction that created it, when
        that transaction is not its to see)."""
        self.report = SignatureReport()
        self._keys = keys
        self._member_of = member_of_account
        self._check = check
        self._by_start: dict[tuple[str, int], SignatureRecord] = {}
        for record in signatures:
            key = (record.device_id, record.first_seq)
            if key in self._by_start or record.last_seq < record.first_seq:
                self._problem(_MISSING, record)
                continue
            self._by_start[key] = record
        self._open: dict[str, _Open] = {}
        self._unsigned: dict[str, tuple[int, int]] = {}
        self._closed: list[_Closed] = []
        self._vouched: dict[str, str] = dict(vouched or {})
        self._checkpoints: dict[str, int] = {}

    def _problem(self, text: Text, record: SignatureRecord) -> None:
        self.report.problems.append(
            Message(
                text,
                {"device": record.device_id, "first": record.first_seq, "last": record.last_seq},
            )
        )

    def feed(self, op: Operation) -> None:
        """Take the next operation of its device."""
        device = op.device_id
        current = self._open.get(device)
        if current is not None and op.device_seq != current.next_seq:
            self._problem(_MISSING, current.record)
            del self._open[device]
            current = None
        if current is None:
            record = self._by_start.pop((device, op.device_seq), None)
            if record is None:
                self._note_unsigned(device, op.device_seq)
                return
            self._flush_unsigned(device)
            current = _Open(record, RangeDigest(device, record.first_seq, record.last_seq), 0)
            current.next_seq = record.first_seq
            self._open[device] = current
        current.digest.add(op)
        current.actors.add(op.actor_id)
        if op.actor_id is not None and not op.kind.startswith(DEVICE_VOUCHED_KINDS):
            current.only_device_kinds = False
        if op.kind in KEY_CREATED_KINDS:
            fields = op.payload.get("fields")
            if isinstance(fields, Mapping) and isinstance(fields.get("public_key"), str):
                current.created_keys[op.entity_id] = fields["public_key"]
        current.next_seq = op.device_seq + 1
        if op.device_seq == current.record.last_seq:
            del self._open[device]
            self._close(current)

    def _note_unsigned(self, device: str, seq: int) -> None:
        span = self._unsigned.get(device)
        if span is not None and seq != span[1] + 1:
            self._flush_unsigned(device)
            span = None
        self._unsigned[device] = (seq if span is None else span[0], seq)

    def _flush_unsigned(self, device: str) -> None:
        span = self._unsigned.pop(device, None)
        if span is not None:
            self.report.problems.append(_finding(_UNSIGNED, device, *span))

    def _close(self, current: _Open) -> None:
        record = current.record
        key = self._keys.get(record.key_id)
        count = record.last_seq - record.first_seq + 1
        valid = key is not None and self._check(
            key.public_key, current.digest.digest(), record.signature
        )
        if not valid:
            self.report.problems.append(
                _finding(_CHANGED, record.device_id, record.first_seq, record.last_seq)
            )
        elif not self._right_signer(record, key, current):
            valid = False
            self.report.problems.append(
                _finding(_WRONG_SIGNER, record.device_id, record.first_seq, record.last_seq)
            )
        if valid:
            self._vouched.update(current.created_keys)
            if record.checkpoint:
                self.report.under_checkpoint += count
            else:
                self.report.signed += count
        self._closed.append(_Closed(record, valid))

    def _right_signer(self, record: SignatureRecord, key: PublicKey | None, current: _Open) -> bool:
        if key is None:
            return False
        if record.checkpoint:
            if record.first_seq != 1 or record.device_id in self._checkpoints:
                self._problem(_BAD_CHECKPOINT, record)
            self._checkpoints[record.device_id] = record.last_seq
            return key.device_id is not None
        if key.device_id is not None:
            return key.device_id == record.device_id and current.only_device_kinds
        for actor in current.actors:
            if (
                actor is None
                or key.member_id is None
                or self._member_of.get(actor) != key.member_id
            ):
                return False
        return True

    def finish(self) -> SignatureReport:
        """The findings, once every operation was fed."""
        for current in self._open.values():
            self._problem(_MISSING, current.record)
        self._open.clear()
        for device in list(self._unsigned):
            self._flush_unsigned(device)
        for record in self._by_start.values():
            self._problem(_MISSING, record)
        self._by_start.clear()
        unvouched: list[tuple[str, int, int]] = []
        for closed in self._closed:
            record = closed.record
            key = self._keys[record.key_id] if closed.valid else None
            if key is None or key.device_id is not None:
                continue  # device keys are not journaled (see KEY_CREATED_KINDS)
            if self._vouched.get(record.key_id) != key.public_key:
                unvouched.append((record.device_id, record.first_seq, record.last_seq))
        self.report.problems += [
            _finding(_UNVOUCHED_KEY, device, first, last)
            for device, first, last in _adjacent_ranges(unvouched)
        ]
        return self.report


def _adjacent_ranges(ranges: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Ranges of one device that follow each other as one: a key that lost its vouching taints
    every transaction it signed after, and a reader needs that said once, not per transaction."""
    merged: list[tuple[str, int, int]] = []
    for device, first, last in sorted(ranges):
        if merged and merged[-1][0] == device and merged[-1][2] + 1 == first:
            merged[-1] = (device, merged[-1][1], last)
        else:
            merged.append((device, first, last))
    return merged
