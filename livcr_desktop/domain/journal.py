"""The journal's rules: what an operation is, how it is chained, and how a chain is checked.

Every change in LIVC-R Desktop is an operation appended to the journal in the same transaction as
the change itself. Each device's operations form a hash chain (every operation carries the hash of
the device's previous one), so editing, removing or reordering an operation is detectable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from livcr_desktop.domain.canonical import canonical_bytes, canonical_bytes_of_parsed
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message

_PLAIN_TYPES = frozenset({str, int, type(None)})

GENESIS_HASH = "0" * 64
"""The `prev_hash` of a device's first operation."""

ERASED_PAYLOAD = "erased_payload_sha256"
"""A payload that is exactly {ERASED_PAYLOAD: <hex digest>} stands for an erased payload: its
hash can no longer be recomputed, but the signature over the payload's digest still holds."""


def is_erased(payload: Mapping[str, Any]) -> bool:
    """Whether a payload was erased (a case withdrawn from a laptop, later a retention term)."""
    return set(payload) == {ERASED_PAYLOAD} and isinstance(payload[ERASED_PAYLOAD], str)


@dataclass(frozen=True)
class Operation:
    """One journal entry, exactly as it is hashed and (later) shipped to other devices."""

    op_id: str
    device_id: str
    device_seq: int
    actor_id: str | None
    hlc: str
    entity: str
    entity_id: str
    kind: str
    payload: Mapping[str, Any]
    base_version: int | None
    prev_hash: str
    hash: str = ""
    scope_id: str | None = None
    """The case an operation belongs to (its dossier timeline); None for everything else."""

    @classmethod
    def assembled(
        cls,
        *,
        op_id: str,
        device_id: str,
        device_seq: int,
        actor_id: str | None,
        hlc: str,
        entity: str,
        entity_id: str,
        kind: str,
        payload: Mapping[str, Any],
        base_version: int | None,
        prev_hash: str,
        hash: str,
        scope_id: str | None,
    ) -> Operation:
        """The operation `Operation(...)` makes of these fields (equal and frozen alike),
        made without the frozen dataclass's thirteen `object.__setattr__` calls: a fifth of
        opening an envelope, and a first sync opens a hundred thousand."""
        op = object.__new__(cls)
        op.__dict__.update(
            op_id=op_id,
            device_id=device_id,
            device_seq=device_seq,
            actor_id=actor_id,
            hlc=hlc,
            entity=entity,
            entity_id=entity_id,
            kind=kind,
            payload=payload,
            base_version=base_version,
            prev_hash=prev_hash,
            hash=hash,
            scope_id=scope_id,
        )
        return op

    def hashed_fields(self) -> dict[str, Any]:
        """Everything the hash covers: all fields except the hash itself (the scope only when
        there is one, so operations written before scopes existed keep their hashes)."""
        fields: dict[str, Any] = {
            "op_id": self.op_id,
            "device_id": self.device_id,
            "device_seq": self.device_seq,
            "actor_id": self.actor_id,
            "hlc": self.hlc,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "kind": self.kind,
            "payload": dict(self.payload),
            "base_version": self.base_version,
            "prev_hash": self.prev_hash,
        }
        if self.scope_id is not None:
            fields["scope_id"] = self.scope_id
        return fields

    def compute_hash(self, *, parsed: bool = False) -> str:
        """The hash this operation must carry. The payload's canonical bytes are part of what
        is hashed: they are kept for `payload_bytes` (a received operation is hashed, then
        needs them for its signature's digest and its journal row). `parsed`: every field is
        a text or a number and the payload came from `json.loads` without a float, so it need
        not be walked to be known canonical."""
        fields = self.hashed_fields()
        hashed = canonical_bytes_of_parsed(fields) if parsed else canonical_bytes(fields)
        self.keep_payload_bytes(hashed, "prev_hash", plain=parsed)
        return hashlib.sha256(hashed).hexdigest()

    def keep_payload_bytes(self, whole: bytes, next_key: str, *, plain: bool = False) -> None:
        """Keep the payload's canonical bytes as they stand in `whole`, the canonical bytes of
        a mapping of this operation's fields in which "payload" is followed by `next_key` and
        every other value is a plain text or number (so no other "payload" or `next_key` key
        can stand outside the payload itself). `plain`: the caller checked that already (an
        opened envelope's fields, each of an exact type), so it is not checked again."""
        if "_canonical_payload" in self.__dict__ or not (plain or self._plain_fields()):
            return
        start = whole.find(b',"payload":')
        end = whole.rfind(b',"' + next_key.encode() + b'":')
        if 0 <= start < end:
            # A cached_property lives in the instance's __dict__ (frozen or not).
            self.__dict__["_canonical_payload"] = whole[start + len(b',"payload":') : end]

    def keep_stored_payload(self, text: str) -> None:
        """Keep the payload's canonical bytes from the journal's stored text of it, which is
        exactly those bytes (`journal_writer.stored_columns` writes `payload_bytes`; an erased
        payload is written in the same form)."""
        self.__dict__["_canonical_payload"] = text.encode("utf-8")

    def keep_canonical_payload(self, payload: bytes) -> None:
        """Keep bytes known to be the payload's canonical bytes: those an opening process kept
        when it opened and hashed this operation (services/sync/opened.py)."""
        self.__dict__["_canonical_payload"] = payload

    def kept_payload_bytes(self) -> bytes | None:
        """The payload's canonical bytes if they are known already, else None."""
        found: bytes | None = self.__dict__.get("_canonical_payload")
        return found

    def _plain_fields(self) -> bool:
        return all(
            type(value) in _PLAIN_TYPES
            for value in (
                self.op_id,
                self.device_id,
                self.device_seq,
                self.actor_id,
                self.hlc,
                self.entity,
                self.entity_id,
                self.kind,
                self.base_version,
                self.prev_hash,
                self.scope_id,
            )
        )

    def payload_bytes(self) -> bytes:
        """The payload in its canonical, stored form (worked out once per operation: a received
        operation needs it for its signature's digest and again for its journal row)."""
        return self._canonical_payload

    @cached_property
    def _canonical_payload(self) -> bytes:
        return canonical_bytes(dict(self.payload))


@dataclass(frozen=True)
class ChainBreak:
    """The first place where a device's chain does not hold."""

    device_id: str
    device_seq: int
    op_id: str | None
    reason: Message


@dataclass
class ChainReport:
    """The result of walking every device's chain."""

    operations_checked: int = 0
    devices: int = 0
    breaks: list[ChainBreak] = field(default_factory=list)
    not_held: int = 0
    """Operations of other laptops that this laptop does not hold because they are not its to
    see (a member's laptop holds only its scopes): their links cannot be checked here."""

    @property
    def healthy(self) -> bool:
        """True when no chain is broken anywhere."""
        return not self.breaks


_HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "Journal", "operation {seq} was changed after it was written (its hash does not match)"
)
_LINK_MISMATCH = QT_TRANSLATE_NOOP(
    "Journal",
    "operation {seq} does not link to operation {previous} (an operation was removed or changed)",
)
_GAP = QT_TRANSLATE_NOOP("Journal", "operation {expected} is missing (the next one found is {seq})")


_REMOVED_AT_END = QT_TRANSLATE_NOOP(
    "Journal",
    "operations {expected} to {seq} are missing: the hub holds them, this laptop no longer does "
    "(removed after they were sent)",
)


class ChainChecker:
    """Checks operations one device at a time, in device order, without holding them all.

    A synced laptop holds its own chain whole but the other laptops' chains only in part: a
    member's laptop receives only the operations it may see. With `whole_device` set, only that
    device's chain must be complete; in the others a gap is counted in `not_held` rather than
    reported, and a link is checked where both of its ends are held. `anchor` adds what the hub
    acknowledged holding of a chain, so removing a laptop's last operations is still caught."""

    def __init__(self, whole_device: str | None = None) -> None:
        self.report = ChainReport()
        self._last: dict[str, tuple[int, str]] = {}
        self._broken: set[str] = set()
        self._whole = whole_device
        self._anchors: dict[str, int] = {}

    def anchor(self, device: str, seq: int) -> None:
        """The chain of `device` is known to reach at least `seq` (the hub acknowledged it)."""
        self._anchors[device] = max(seq, self._anchors.get(device, 0))

    def finish(self) -> ChainReport:
        """The report, with the anchored chains that end short of their anchor."""
        for device, seq in sorted(self._anchors.items()):
            last = self._last.get(device, (0, GENESIS_HASH))[0]
            if device not in self._broken and last < seq:
                self.report.breaks.append(
                    ChainBreak(
                        device,
                        last + 1,
                        None,
                        Message(_REMOVED_AT_END, {"expected": last + 1, "seq": seq}),
                    )
                )
                self._broken.add(device)
        return self.report

    def feed(self, op: Operation) -> None:
        """Check the next operation of its device (operations must come in device_seq order)."""
        self.report.operations_checked += 1
        device = op.device_id
        if device in self._broken:
            return
        previous_seq, previous_hash = self._last.get(device, (0, GENESIS_HASH))
        if device not in self._last:
            self.report.devices += 1
        expected_seq = previous_seq + 1
        problem: Message | None = None
        in_part = self._whole is not None and device != self._whole
        if in_part and op.device_seq > expected_seq:
            # Not this laptop's to see: the link into this operation cannot be checked here.
            self.report.not_held += op.device_seq - expected_seq
            if not is_erased(op.payload) and op.compute_hash() != op.hash:
                problem = Message(_HASH_MISMATCH, {"seq": op.device_seq})
        elif op.device_seq != expected_seq:
            problem = Message(_GAP, {"expected": expected_seq, "seq": op.device_seq})
        elif op.prev_hash != previous_hash:
            problem = Message(_LINK_MISMATCH, {"seq": op.device_seq, "previous": previous_seq})
        elif not is_erased(op.payload) and op.compute_hash() != op.hash:
            # An erased payload keeps its link and its signed digest; its own hash cannot be
            # recomputed without the payload, which is the point of erasing it.
            problem = Message(_HASH_MISMATCH, {"seq": op.device_seq})
        if problem is not None:
            self.report.breaks.append(ChainBreak(device, op.device_seq, op.op_id, problem))
            self._broken.add(device)
            return
        self._last[device] = (op.device_seq, op.hash)


def verify_chain(operations: Iterable[Operation]) -> ChainReport:
    """Check a whole journal given in (device, device_seq) order."""
    checker = ChainChecker()
    for op in operations:
        checker.feed(op)
    return checker.report
