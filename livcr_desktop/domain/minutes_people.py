"""Who else was at an item, as the minutes record it: one-off guests with the moment they
acknowledged the secrecy duty, and partners who refused to take part (with their motivation)
or were represented by a supervisor (domain/item_people.py says why each is recorded).

Kept in the item's frozen content only when there is one (`people_content`), so minutes
approved before guests and refusals were part of them keep their hash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from livcr_desktop.domain.item_people import StanceKind


@dataclass(frozen=True)
class GuestLine:
    """A one-off guest at an item."""

    full_name: str
    organisation: str
    function_title: str
    acknowledged_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name,
            "organisation": self.organisation,
            "function_title": self.function_title,
            "acknowledged_at": self.acknowledged_at.isoformat(),
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> GuestLine:
        return cls(
            value["full_name"],
            value["organisation"],
            value["function_title"],
            datetime.fromisoformat(value["acknowledged_at"]),
        )


@dataclass(frozen=True)
class StanceLine:
    """A partner invited to an item who refused to take part, or was represented."""

    member_id: str
    name: str
    organisation: str
    kind: StanceKind
    motivation: str = ""
    representative_name: str = ""
    representative_function: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "member_id": self.member_id,
            "name": self.name,
            "organisation": self.organisation,
            "kind": self.kind.value,
            "motivation": self.motivation,
            "representative_name": self.representative_name,
            "representative_function": self.representative_function,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> StanceLine:
        return cls(
            value["member_id"],
            value["name"],
            value["organisation"],
            StanceKind(value["kind"]),
            value["motivation"],
            value["representative_name"],
            value["representative_function"],
        )


def people_content(
    guests: tuple[GuestLine, ...], stances: tuple[StanceLine, ...]
) -> dict[str, Any]:
    """The item's guests and stances in its frozen content, each only when there is one."""
    content: dict[str, Any] = {}
    if guests:
        content["guests"] = [g.to_json() for g in guests]
    if stances:
        content["stances"] = [s.to_json() for s in stances]
    return content


def guests_from_content(item: Mapping[str, Any]) -> tuple[GuestLine, ...]:
    """The item's guests back from its frozen content (none in older minutes)."""
    return tuple(GuestLine.from_json(g) for g in item.get("guests", ()))


def stances_from_content(item: Mapping[str, Any]) -> tuple[StanceLine, ...]:
    """The item's refusals and representations back from its frozen content."""
    return tuple(StanceLine.from_json(s) for s in item.get("stances", ()))
