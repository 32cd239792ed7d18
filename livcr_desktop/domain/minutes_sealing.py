"""Approved minutes whose case items travel in their cases' scopes (frozen format 3).

The snapshot of approved minutes sits on the meeting row, which every laptop of the LIVC-R holds
under the LIVC-R-wide key. From format 3 on it keeps of each case item only its place, kind,
heading (the case's code, which the erasure register keeps too) and the SHA-256 of its content;
the content itself is written on the agenda item by an operation in the case's scope. A laptop
that holds the case puts the item back in place (its digest must match the seal); one that does
not shows a line in its place. Both hash the minutes to the approved value: the format-2 hash is
taken over each item's digest (minutes_erasure.sealed_hash), and a seal is that digest.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

SEALED_FORMAT = 3
"""The first frozen form whose case items are sealed (hashed as format 2)."""

SEALED_KEY = "sealed"

SEALED_ITEM_LINE = QT_TRANSLATE_NOOP(
    "MeetingDocuments",
    "The content of this item is kept with its case, which is not on this laptop.",
)
"""What the minutes show in place of a case item whose case this laptop does not hold."""


def is_sealed(item: Mapping[str, Any]) -> bool:
    """Whether a frozen item holds only the seal of its content."""
    return isinstance(item.get(SEALED_KEY), str)


def seal_case_items(
    content: Mapping[str, Any],
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The minutes' content with every case item replaced by its seal, and the content of each
    case item by item id (to be written in its case's scope)."""
    sealed: list[dict[str, Any]] = []
    held: dict[str, dict[str, Any]] = {}
    for item in content["items"]:
        if item["kind"] != ItemKind.CASE.value or "erased" in item or is_sealed(item):
            sealed.append(dict(item))
            continue
        held[item["item_id"]] = dict(item)
        sealed.append(
            {
                "item_id": item["item_id"],
                "position": item["position"],
                "kind": item["kind"],
                "heading": item["heading"],
                SEALED_KEY: canonical_hash(dict(item)),
            }
        )
    return {**content, "format": SEALED_FORMAT, "items": sealed}, held


def _frozen(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def unseal(content: Mapping[str, Any], frozen: Mapping[str, str | None]) -> dict[str, Any]:
    """The content with each sealed item whose frozen text this laptop holds (by item id) put
    back in place; a text that does not match its seal stays out (see `mismatched`)."""
    items = []
    for item in content["items"]:
        value = _frozen(frozen.get(item["item_id"])) if is_sealed(item) else None
        if value is not None and canonical_hash(value) == item[SEALED_KEY]:
            items.append(value)
        else:
            items.append(dict(item))
    return {**content, "items": items}


def matches_seal(item: Mapping[str, Any], text: str | None) -> bool:
    """Whether a frozen text is the content a sealed item's seal stands for."""
    value = _frozen(text)
    return value is not None and is_sealed(item) and canonical_hash(value) == item[SEALED_KEY]


def mismatched(content: Mapping[str, Any], frozen: Mapping[str, str | None]) -> Collection[str]:
    """The sealed items whose frozen text this laptop holds but which no longer match their
    seal (changed in the database after the approval): for `livcr verify`."""
    return [
        item["item_id"]
        for item in content["items"]
        if is_sealed(item)
        and frozen.get(item["item_id"]) is not None
        and (
            (value := _frozen(frozen[item["item_id"]])) is None
            or canonical_hash(value) != item[SEALED_KEY]
        )
    ]
