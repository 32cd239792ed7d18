"""Guests at an operational-table item, and partners' refusals and representations there."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class ItemGuestRow(Versioned, Base):
    """A one-off guest who signed the secrecy acknowledgement for one item."""

    __tablename__ = "item_guest"

    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(160))
    organisation: Mapped[str] = mapped_column(String(160))
    function_title: Mapped[str] = mapped_column(String(160), default="")
    secrecy_acknowledged_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(ForeignKey("member.id"))


class ItemStanceRow(Versioned, Base):
    """A partner invited to an item who refused to take part, or was represented."""

    __tablename__ = "item_stance"

    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    kind: Mapped[str] = mapped_column(String(20))
    motivation: Mapped[str] = mapped_column(Text, default="")
    representative_name: Mapped[str] = mapped_column(String(160), default="")
    representative_function: Mapped[str] = mapped_column(String(160), default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(ForeignKey("member.id"))
