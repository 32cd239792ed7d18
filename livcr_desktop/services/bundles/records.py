"""The records inside a bundle after its manifest: scope keys wrapped for the recipients,
sealed signature manifests and sealed envelopes, one JSON line each, exactly as the hub would
hold them (so the same landing takes them). Read back with every field checked."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from livcr_desktop.domain.bundle_manifest import NOT_A_BUNDLE
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.hub.client import SignatureEnvelope, WrappedKey
from livcr_desktop.hub.envelopes import Envelope

MAX_RECORD_BYTES = 4 * 1024 * 1024
"""An operation's sealed body is at most a few hundred kilobytes (a long note)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def key_line(device_id: str, scope_id: str, epoch: int, wrapped: bytes) -> bytes:
    return _line({"t": "key", "d": device_id, "s": scope_id, "e": epoch, "w": _b64(wrapped)})


def signature_line(sealed: SignatureEnvelope) -> bytes:
    return _line(
        {
            "t": "sig",
            "d": sealed.device_id,
            "f": sealed.first_seq,
            "l": sealed.last_seq,
            "e": sealed.key_epoch,
            "b": _b64(sealed.body),
        }
    )


def envelope_line(env: Envelope) -> bytes:
    return _line(
        {
            "t": "env",
            "o": env.op_id,
            "s": env.scope_id,
            "d": env.device_id,
            "q": env.device_seq,
            "h": env.hlc,
            "p": env.prev_hash,
            "x": env.hash,
            "e": env.key_epoch,
            "v": env.schema_version,
            "b": _b64(env.body),
        }
    )


def peer_line(device_id: str, member_id: str, sign_public: str, box_public: str) -> bytes:
    """One approved laptop of the roster (only the coordinator's bundles carry it)."""
    return _line({"t": "peer", "d": device_id, "m": member_id, "k": sign_public, "x": box_public})


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, separators=(",", ":")).encode() + b"\n"


@dataclass
class BundleRecords:
    """What a bundle brings, for this laptop (keys wrapped for other laptops left out)."""

    keys: list[WrappedKey] = field(default_factory=list)
    signatures: list[SignatureEnvelope] = field(default_factory=list)
    envelopes: list[Envelope] = field(default_factory=list)
    peers: list[tuple[str, str, str, str]] = field(default_factory=list)
    """The roster: (device, member, signing key, box key) of every approved laptop."""


def _lines(raw: bytes, start: int) -> Iterator[bytes]:
    """The lines of `raw` from `start`, none longer than a record may be."""
    while start < len(raw):
        end = raw.find(b"\n", start, start + MAX_RECORD_BYTES + 1)
        if end < 0:
            raise DomainError(NOT_A_BUNDLE)
        yield raw[start:end]
        start = end + 1


def _text(value: Any, limit: int = 64) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("text")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
        raise ValueError("number")
    return value


def _bytes(value: Any) -> bytes:
    return base64.b64decode(_text(value, MAX_RECORD_BYTES), validate=True)


def read_records(raw: bytes, start: int, device_id: str) -> BundleRecords:
    """Every record from `start` (after the manifest); DomainError (not a bundle) on anything
    malformed."""
    records = BundleRecords()
    try:
        for line in _lines(raw, start):
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("record")
            kind = item.get("t")
            if kind == "key":
                if _text(item["d"]) == device_id:
                    records.keys.append(
                        WrappedKey(0, _text(item["s"]), _int(item["e"]), _bytes(item["w"]))
                    )
            elif kind == "sig":
                records.signatures.append(
                    SignatureEnvelope(
                        _text(item["d"]),
                        _int(item["f"]),
                        _int(item["l"]),
                        _int(item["e"]),
                        _bytes(item["b"]),
                    )
                )
            elif kind == "env":
                records.envelopes.append(
                    Envelope(
                        op_id=_text(item["o"]),
                        scope_id=_text(item["s"]),
                        device_id=_text(item["d"]),
                        device_seq=_int(item["q"]),
                        hlc=_text(item["h"]),
                        prev_hash=_text(item["p"], 64),
                        hash=_text(item["x"], 64),
                        key_epoch=_int(item["e"]),
                        schema_version=_int(item["v"]),
                        body=_bytes(item["b"]),
                    )
                )
            elif kind == "peer":
                keys = (_text(item["k"]), _text(item["x"]))
                if any(len(k) != 64 for k in keys):
                    raise ValueError("key")
                bytes.fromhex(keys[0] + keys[1])
                records.peers.append((_text(item["d"]), _text(item["m"]), *keys))
            else:
                raise ValueError("record kind")
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise DomainError(NOT_A_BUNDLE) from exc
    return records
