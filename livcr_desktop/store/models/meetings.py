"""Meetings, their agenda items and invitees, attendance, action points and minutes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class MeetingRow(Versioned, Base):
    """A meeting of the operational or the strategic table."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_starts", "starts_at"),)

    table_kind: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(200))
    chair_member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    series_id: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(20))
    minutes_remarks: Mapped[str] = mapped_column(Text, default="")
    minutes_approved_at: Mapped[datetime | None]
    minutes_approved_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    minutes_approved_via: Mapped[str | None] = mapped_column(String(36))
    """The later meeting whose table approved these minutes (None: the chair approved)."""
    minutes_hash: Mapped[str | None] = mapped_column(String(64))
    minutes_snapshot: Mapped[str | None] = mapped_column(Text)
    """The approved minutes as canonical JSON: what was approved, independent of later edits
    to names or rows; `minutes_hash` is its SHA-256."""
    minutes_seal_set: Mapped[str | None] = mapped_column(Text)
    """The held draft sealed for approval by the laptop that holds every case (format 3, each
    case item only its seal): what a chair approves on a laptop that holds part of the cases."""
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class MeetingParticipantRow(Versioned, Base):
    """Someone taking part in (invited to) a meeting, with attendance and the secrecy duty."""

    __tablename__ = "meeting_participant"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    attendance: Mapped[str] = mapped_column(String(20))
    secrecy_acknowledged_at: Mapped[datetime | None]
    left_at: Mapped[datetime | None]
    """When a participant present left the room before the end (None: still there, or never
    came): proposals put after that are not put to them."""


class AgendaItemRow(Versioned, Base):
    """An item of a meeting's agenda: a case, or a topic."""

    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting_position", "meeting_id", "position"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    postponed: Mapped[bool] = mapped_column(Boolean, default=False)
    frozen_minutes: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)
    """A case item as its approved minutes froze it (canonical JSON): it travels in the case's
    scope, while the minutes' own snapshot (LIVC-R-wide) holds only its digest (format 3)."""


class ItemInviteeRow(Versioned, Base):
    """Someone invited to one agenda item; `effective` when they took part in its discussion."""

    __tablename__ = "item_invitee"
    __table_args__ = (UniqueConstraint("item_id", "member_id"),)

    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    effective: Mapped[bool] = mapped_column(Boolean, default=False)


class ActionPointRow(Versioned, Base):
    """Who does what by when, agreed on an agenda item."""

    __tablename__ = "action_point"
    __table_args__ = (Index("ix_action_point_owner", "owner_member_id", "done_on", "due_on"),)

    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    owner_member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]


class MinutesAmendmentRow(Versioned, Base):
    """A correction of approved minutes: recorded beside them, never written into them."""

    __tablename__ = "minutes_amendment"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    author_member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime]
    item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    """The agenda item the correction is about, so that it reaches only the extracts that hold
    that item; None for a correction of the minutes as a whole, which every reader gets."""
