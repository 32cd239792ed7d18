"""A journal row's payload, parsed from its stored text only when something reads it.

A push turns every operation it sends into an `Operation`, but seals its payload's stored
bytes as they are (they are its canonical bytes) and hashes them for its signature's digest:
only the few operations whose scope depends on their payload (a note restricted to an
organisation, a signing key) or that bring a public key need it parsed. Parsing every payload
was an eighth of a push's time on the laptop.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any


class StoredPayload(Mapping[str, Any]):
    """The mapping of a payload's stored canonical JSON text, parsed at its first read (the
    same mapping `json.loads` gives, so equal to it and to the operation it came from)."""

    __slots__ = ("_parsed", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._parsed: dict[str, Any] | None = None

    def _mapping(self) -> dict[str, Any]:
        parsed = self._parsed
        if parsed is None:
            parsed = self._parsed = json.loads(self._text)
        return parsed

    def __getitem__(self, key: str) -> Any:
        return self._mapping()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._mapping())

    def __contains__(self, key: object) -> bool:
        return key in self._mapping()

    def get(self, key: str, default: Any = None) -> Any:
        return self._mapping().get(key, default)

    def __repr__(self) -> str:
        return repr(self._mapping())
