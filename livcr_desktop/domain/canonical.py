"""Canonical serialisation: one byte string per value, the same on every platform and run.

Hashes of journal operations and signatures of decisions are computed over these bytes, so the
form must never depend on dict order, float formatting or the platform's line endings. Only JSON
types without floats are allowed; dates and decimals must be converted to text by the caller.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

JsonValue = None | bool | int | str | Sequence["JsonValue"] | Mapping[str, "JsonValue"]


def _check(value: Any, path: str = "$") -> None:
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        raise TypeError(f"floats are not canonical: {path}")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"non-text key at {path}")
            _check(item, f"{path}.{key}")
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check(item, f"{path}[{index}]")
        return
    raise TypeError(f"{type(value).__name__} is not canonical JSON: {path}")


_SCALARS = frozenset({str, int, bool, type(None)})
_WALK_BUDGET = 1_000_000


def _plain(value: Any) -> bool:
    """Whether `value` is canonical JSON, without naming where it is not: the common case, run
    for every operation a sync receives, so it walks without recursion or path strings."""
    stack = [value]
    budget = _WALK_BUDGET  # a value that contains itself must end in the slow walk's error
    while stack:
        budget -= 1
        if budget < 0:
            return False
        item = stack.pop()
        kind = type(item)
        if kind in _SCALARS:
            continue
        if kind is dict:
            for key in item:
                if type(key) is not str:
                    return False
            stack.extend(item.values())
        elif kind is list or kind is tuple:
            stack.extend(item)
        else:
            return False
    return True


_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
"""What `json.dumps` with these options builds anew at every call (a quarter of the time of
serialising an operation's payload; a sync serialises every operation it sends or receives)."""


def canonical_bytes(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no insignificant whitespace (RFC 8785 for this subset)."""
    if not _plain(value):
        _check(value)  # the slow walk names the place (other mappings and subclasses pass it)
    return _ENCODER.encode(value).encode("utf-8")


def canonical_bytes_of_parsed(value: Any) -> bytes:
    """`canonical_bytes` of what `json.loads` made of a text without floats (nor NaN or
    Infinity): every key is a text and every value canonical, so the walk that checks it is
    left out (every operation a sync receives is hashed again)."""
    return _ENCODER.encode(value).encode("utf-8")


def canonical_hash(value: Any) -> str:
    """SHA-256 of the canonical bytes, as lowercase hex."""
    return hashlib.sha256(canonical_bytes(value)).hexdigest()
