"""The manifest of a sealed bundle (services/bundles): who sent it to which laptops, and which
operations of each device it brings; and the gaps a bundle leaves.

Pure: the manifest is read back from untrusted bytes (the bundle's signature and encryption are
checked before, but a laptop of the LIVC-R can still sign nonsense), so every field is checked
for its type and size here, and anything else is the one message "not a bundle".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

FORMAT = "livcr-bundle/1"
MAX_MANIFEST_BYTES = 1_048_576
"""A manifest lists ids and numbers per device: far below this for any LIVC-R."""
MAX_DEVICES = 2_000
MAX_ID = 64

NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Bundles", "This file is not a bundle of changes of an LIVC-R, or it is damaged."
)


@dataclass(frozen=True)
class DeviceRange:
    """The operations of one device a bundle brings: those after `after_seq` up to
    `through_seq` that the recipient may see (others of that range are not for it)."""

    after_seq: int
    through_seq: int


@dataclass(frozen=True)
class BundleManifest:
    bundle_id: str
    livcr_scope_id: str
    sender_device_id: str
    recipients: tuple[str, ...]
    made_at: str
    ranges: Mapping[str, DeviceRange]
    heads: Mapping[str, tuple[int, str]]
    """The sender's chain head of each device (sequence, hash) when it made the bundle."""
    acks: Mapping[str, int] = field(default_factory=dict)
    """What the sender holds of each device (by bundles, without a gap): the recipient's next
    bundle for it starts there."""

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "bundle_id": self.bundle_id,
                "livcr_scope_id": self.livcr_scope_id,
                "sender_device_id": self.sender_device_id,
                "recipients": list(self.recipients),
                "made_at": self.made_at,
                "ranges": {d: [r.after_seq, r.through_seq] for d, r in self.ranges.items()},
                "heads": {d: [s, h] for d, (s, h) in self.heads.items()},
                "acks": dict(self.acks),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> BundleManifest:
        if len(raw) > MAX_MANIFEST_BYTES:
            raise DomainError(NOT_A_BUNDLE)
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise DomainError(NOT_A_BUNDLE)
            ranges = {
                _id(d): DeviceRange(_seq(r[0]), _seq(r[1]))
                for d, r in _mapping(data["ranges"]).items()
            }
            if any(r.after_seq > r.through_seq for r in ranges.values()):
                raise DomainError(NOT_A_BUNDLE)
            return cls(
                bundle_id=_id(data["bundle_id"]),
                livcr_scope_id=_id(data["livcr_scope_id"]),
                sender_device_id=_id(data["sender_device_id"]),
                recipients=tuple(_id(r) for r in _list(data["recipients"])),
                made_at=_id(data["made_at"]),
                ranges=ranges,
                heads={_id(d): (_seq(h[0]), _id(h[1])) for d, h in _mapping(data["heads"]).items()},
                acks={_id(d): _seq(s) for d, s in _mapping(data.get("acks", {})).items()},
            )
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise DomainError(NOT_A_BUNDLE) from exc


def _id(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_ID:
        raise ValueError("id")
    return value


def _seq(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
        raise ValueError("sequence")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_DEVICES:
        raise ValueError("list")
    return value


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or len(value) > MAX_DEVICES:
        raise ValueError("mapping")
    return value


@dataclass(frozen=True)
class Gap:
    """Operations `first`..`last` of a device that no bundle imported here brought."""

    device_id: str
    first: int
    last: int


def covered_through(ranges: Iterable[DeviceRange]) -> int:
    """How far the ranges cover a device's chain from its start without a hole."""
    through = 0
    for rng in sorted(ranges, key=lambda r: r.after_seq):
        if rng.after_seq > through:
            break
        through = max(through, rng.through_seq)
    return through


def gaps(device_id: str, ranges: Iterable[DeviceRange]) -> list[Gap]:
    """The holes between the ranges imported for one device (before the newest one)."""
    found: list[Gap] = []
    through = 0
    for rng in sorted(ranges, key=lambda r: r.after_seq):
        if rng.after_seq > through:
            found.append(Gap(device_id, through + 1, rng.after_seq))
        through = max(through, rng.through_seq)
    return found
