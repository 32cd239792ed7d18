"""The guests, refusals and representations of a meeting's items, as the minutes record them
(read from the rows services/meetings/item_people.py writes, in the order they were recorded)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.item_people import StanceKind
from livcr_desktop.domain.minutes_people import GuestLine, StanceLine
from livcr_desktop.store.models import ItemGuestRow, ItemStanceRow


def guests_by_item(session: Session, item_ids: Sequence[str]) -> dict[str, tuple[GuestLine, ...]]:
    """Each item's one-off guests, in the order they acknowledged the secrecy duty."""
    found: dict[str, list[GuestLine]] = {}
    for row in session.scalars(
        select(ItemGuestRow)
        .where(ItemGuestRow.item_id.in_(item_ids))
        .order_by(ItemGuestRow.secrecy_acknowledged_at)
    ):
        found.setdefault(row.item_id, []).append(
            GuestLine(
                row.full_name, row.organisation, row.function_title, row.secrecy_acknowledged_at
            )
        )
    return {item: tuple(lines) for item, lines in found.items()}


def stances_by_item(
    session: Session, item_ids: Sequence[str], names: Mapping[str, tuple[str, str]]
) -> dict[str, tuple[StanceLine, ...]]:
    """Each item's refusals and representations, in the order they were recorded; `names` is
    every member's (name, organisation)."""
    found: dict[str, list[StanceLine]] = {}
    for row in session.scalars(
        select(ItemStanceRow)
        .where(ItemStanceRow.item_id.in_(item_ids))
        .order_by(ItemStanceRow.recorded_at)
    ):
        name, organisation = names.get(row.member_id, ("", ""))
        found.setdefault(row.item_id, []).append(
            StanceLine(
                row.member_id,
                name,
                organisation,
                StanceKind(row.kind),
                row.motivation,
                row.representative_name,
                row.representative_function,
            )
        )
    return {item: tuple(lines) for item, lines in found.items()}
