"""The seal set: the whole draft minutes, each case item only sealed, for a chair to approve on
a laptop that does not hold every case.

A member's own laptop holds only the cases its owner may see: in a joint LIVC-R, the chair of
one municipality does not hold the case items of another, so the minutes it composes are not
the whole minutes. The laptop that holds every case (the coordinator's) therefore seals the
draft once the meeting is held and whenever it changes: the seal set is the draft in frozen
format 3 (domain/minutes_sealing.py), every case item replaced by the SHA-256 of its content,
and it travels LIVC-R-wide (a case's code and a hash, no text). The items' texts travel in their
cases' scopes. The chair's approval signs the seal set: the items this laptop holds must still
hash to their seal (else the set is stale), the others are taken as sealed.

Pure: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from livcr_desktop.domain.minutes_sealing import is_sealed, seal_case_items
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

NOT_SEALED = QT_TRANSLATE_NOOP(
    "Minutes",
    "Not every item of these minutes is on this laptop, and the coordinator's laptop has not "
    "sealed them for approval yet. Sync this laptop, or ask the coordinator to open the minutes "
    "on their laptop and sync it.",
)
SEAL_STALE = QT_TRANSLATE_NOOP(
    "Minutes",
    "The minutes changed after the coordinator's laptop sealed them for approval. Sync this "
    "laptop, or ask the coordinator to open the minutes on their laptop and sync it; then "
    "approve again.",
)
SEALED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Minutes",
    "Not on this laptop: the items about {items}. You approve them as the coordinator's "
    "laptop sealed them; their text stays with their case.",
)
"""Shown to the chair before approving on their own laptop, so no item is approved unseen
without saying so."""

_HEADER_SKIP = frozenset({"format", "items"})


@dataclass(frozen=True)
class SealSetCheck:
    """How the draft this laptop composes compares to the seal set."""

    stale: bool
    """An item this laptop holds, or the minutes' general part, no longer matches the set, or
    this laptop holds an item the set does not have."""
    elsewhere: tuple[str, ...]
    """The headings (case codes) of the sealed items this laptop does not hold."""


def _aligned_items(seal_set: Mapping[str, Any], here: Mapping[str, Any]) -> list[dict[str, Any]]:
    """This laptop's items numbered as in the seal set: a laptop that misses an item numbers
    the others differently, and the number is part of an item's content."""
    positions = {i["item_id"]: i["position"] for i in seal_set["items"]}
    return [
        {**item, "position": positions.get(item["item_id"], item["position"])}
        for item in here["items"]
    ]


def check_seal_set(seal_set: Mapping[str, Any], here: Mapping[str, Any]) -> SealSetCheck:
    """Compare the seal set with the draft as this laptop composes it (its `content()`)."""
    header = {k: v for k, v in seal_set.items() if k not in _HEADER_SKIP}
    own = {k: v for k, v in here.items() if k not in _HEADER_SKIP}
    sealed_here, _ = seal_case_items({**here, "items": _aligned_items(seal_set, here)})
    by_id = {i["item_id"]: i for i in seal_set["items"]}
    stale = header != own or any(by_id.get(i["item_id"]) != i for i in sealed_here["items"])
    held = {i["item_id"] for i in here["items"]}
    missing = [i for i in seal_set["items"] if i["item_id"] not in held]
    stale = stale or any(not is_sealed(i) and "erased" not in i for i in missing)
    return SealSetCheck(stale, tuple(i["heading"] for i in missing if is_sealed(i)))


def approved_content(seal_set: Mapping[str, Any], here: Mapping[str, Any]) -> dict[str, Any]:
    """What the chair approves on a laptop that holds part of the cases: the seal set with each
    item this laptop holds in full (numbered as in the set). Its hash is the seal set's, and
    `freeze_sealed` writes the held items' texts in their cases' scopes."""
    own = {i["item_id"]: i for i in _aligned_items(seal_set, here)}
    items = [own.get(i["item_id"], dict(i)) for i in seal_set["items"]]
    return {**seal_set, "items": items}


@dataclass(frozen=True)
class ChangedAfter:
    """What a later seal set changed against the one a chair approved (a crossing)."""

    items: tuple[tuple[int, str], ...]
    """(number, heading) of each item added, changed or removed since, in the later set's
    order (removed ones last, with their approved number)."""
    general: bool
    """The general part (attendance, remarks) changed."""


def changed_after(approved: Mapping[str, Any], later: Mapping[str, Any]) -> ChangedAfter:
    """Compare the seal set a chair approved with the one sealed after it (both sealed)."""
    header = {k: v for k, v in approved.items() if k not in _HEADER_SKIP}
    header_later = {k: v for k, v in later.items() if k not in _HEADER_SKIP}
    before = {i["item_id"]: i for i in approved["items"]}
    now = {i["item_id"] for i in later["items"]}
    items = [
        (int(i["position"]), str(i["heading"]))
        for i in later["items"]
        if before.get(i["item_id"]) != i
    ]
    items += [
        (int(i["position"]), str(i["heading"]))
        for i in approved["items"]
        if i["item_id"] not in now
    ]
    return ChangedAfter(tuple(items), header != header_later)
