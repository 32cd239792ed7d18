"""Taking an erased case's items out of approved minutes while their approval stays verifiable.

Approved minutes are frozen as canonical JSON and hashed. From format 2 on, that hash is taken
over the digest of each item rather than over the items themselves, so an erasure can put a stub
("erased under rule … on …", with the SHA-256 of what the item held) in place of an item's
content and the approved hash still checks: the stub's digest stands for the item. Minutes
frozen in format 1 (hashed over everything) are sealed anew in format 2 by the erasure, once
their old hash was checked, since nothing else can still vouch for them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.retention import ERASURE_REQUEST_RULE, RetentionRule
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

ERASED_ITEM_LINE = QT_TRANSLATE_NOOP(
    "MeetingDocuments", "The content of this item was erased on {day} ({rule})."
)
"""What the minutes (and their PDF) show in place of an erased case's item."""

REQUEST_RULE_LABEL = QT_TRANSLATE_NOOP("RetentionRule", "Granted erasure request")


@dataclass(frozen=True)
class ErasedItem:
    """Why and when an item's content left the minutes, and the digest it leaves behind."""

    sha256: str
    """The SHA-256 of the item's canonical content before the erasure."""
    rule: str
    erased_on: date

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "rule": self.rule, "on": self.erased_on.isoformat()}

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> ErasedItem:
        return cls(str(value["sha256"]), str(value["rule"]), date.fromisoformat(value["on"]))

    @property
    def rule_label(self) -> Text:
        """The rule as the register names it (a rule this version does not know: as stored)."""
        if self.rule == ERASURE_REQUEST_RULE:
            return REQUEST_RULE_LABEL
        try:
            return RetentionRule(self.rule).label
        except ValueError:
            return Text("RetentionRule", self.rule)


def item_seal(item: Mapping[str, Any]) -> str:
    """The digest that stands for one item in a format-2 hash (the stub's, once erased)."""
    erased = item.get("erased")
    if isinstance(erased, Mapping):
        return str(erased["sha256"])
    sealed = item.get("sealed")
    if isinstance(sealed, str):
        return sealed  # a case item kept in its case's scope (minutes_sealing.py)
    return canonical_hash(dict(item))


def sealed_hash(content: Mapping[str, Any]) -> str:
    """The format-2 hash: the canonical content with every item replaced by its digest."""
    return canonical_hash({**content, "items": [item_seal(i) for i in content["items"]]})


def stub(item: Mapping[str, Any], rule: str, on: date) -> dict[str, Any]:
    """What stays of an erased item: its place, kind and heading (the case code, which the
    erasure register keeps too) and the digest of the rest; an erased item stays as it is."""
    if isinstance(item.get("erased"), Mapping):
        return dict(item)
    return {
        "item_id": item["item_id"],
        "position": item["position"],
        "kind": item["kind"],
        "heading": item["heading"],
        "erased": ErasedItem(item_seal(item), rule, on).to_json(),
    }


def erase_items(
    content: Mapping[str, Any], erasures: Mapping[str, tuple[str, date]]
) -> dict[str, Any] | None:
    """The frozen content with the items named in `erasures` (item id -> rule, day) stubbed,
    in format 2 (or the sealed format 3 they had); None when none of them is in these minutes
    (or all are stubs already)."""
    items = content["items"]
    if not any(
        i["item_id"] in erasures and not isinstance(i.get("erased"), Mapping) for i in items
    ):
        return None
    return {
        **content,
        "format": max(2, int(content["format"])),
        "items": [
            stub(i, *erasures[i["item_id"]]) if i["item_id"] in erasures else dict(i) for i in items
        ],
    }


def erased_item_ids(content: Mapping[str, Any]) -> Collection[str]:
    """The items of frozen minutes whose content was erased."""
    return [i["item_id"] for i in content["items"] if isinstance(i.get("erased"), Mapping)]
