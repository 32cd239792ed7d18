"""Persons concerned, cases, signals, who is involved, links to other LIVC-Rs, and notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import LOCAL_ONLY, Base, Versioned


class PersonRow(Versioned, Base):
    """The person (or group) a case is about: as little as needed."""

    __tablename__ = "person"

    kind: Mapped[str] = mapped_column(String(20))
    first_names: Mapped[str] = mapped_column(String(160), default="")
    last_name: Mapped[str] = mapped_column(String(160), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(400), default="")
    group_name: Mapped[str] = mapped_column(String(160), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    residence_municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"))
    intends_to_settle: Mapped[bool] = mapped_column(Boolean, default=False)
    match_key: Mapped[str] = mapped_column(String(400), index=True)
    created_at: Mapped[datetime]


class CaseRow(Versioned, Base):
    """A case. The subject's name is copied here (kept in step by the service) so that the
    list of 100,000 cases sorts and pages without a join."""

    __tablename__ = "case_file"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        Index("ix_case_file_status_code", "status", "code"),
        Index("ix_case_file_municipality_code", "municipality_id", "code"),
        Index("ix_case_file_subject_sort", "subject_sort"),
        Index("ix_case_file_follow_up", "next_follow_up"),
        Index("ix_case_file_updated", "updated_at"),
        Index("ix_case_file_search_key", "search_key", unique=True),
        Index("ix_case_file_code_search_key", "code", "search_key"),
        Index(
            "ix_case_file_figures_opened",
            "opened_on",
            "municipality_id",
            "closed_on",
            "status",
            "close_reason",
        ),
        Index(
            "ix_case_file_figures_closed",
            "closed_on",
            "opened_on",
            "municipality_id",
            "status",
            "close_reason",
        ),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"))
    status: Mapped[str] = mapped_column(String(30))
    close_reason: Mapped[str | None] = mapped_column(String(30))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    subject_name: Mapped[str] = mapped_column(String(400))
    subject_sort: Mapped[str] = mapped_column(String(400))
    subject_kind: Mapped[str] = mapped_column(String(20))
    ltf_primary_follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    ggb_category: Mapped[str] = mapped_column(String(20), default="unknown")
    ltf_priority: Mapped[str] = mapped_column(String(10), default="unknown")
    updated_at: Mapped[datetime]
    search_key: Mapped[int | None] = mapped_column(Integer, info={LOCAL_ONLY: True})
    """The case's key in this database's search index (models/search.py): a local number, left
    out of the journal, so two databases may number the same case differently."""


class SignalRow(Versioned, Base):
    """A concern as it reached the LIVC-R, and its screening."""

    __tablename__ = "signal"
    __table_args__ = (
        Index(
            "ix_signal_figures",
            "received_on",
            "municipality_id",
            "source",
            "signalling_organisation_id",
            "screened_on",
            "screening_outcome",
            "case_id",
        ),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"))
    description: Mapped[str] = mapped_column(Text)
    signalling_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    signalling_person: Mapped[str] = mapped_column(String(160), default="")
    ltf_shared_info: Mapped[str] = mapped_column(Text, default="")
    other_livcr_name: Mapped[str] = mapped_column(String(160), default="")
    other_livcr_contact: Mapped[str] = mapped_column(String(300), default="")
    registered_by: Mapped[str | None] = mapped_column(String(36))
    registered_at: Mapped[datetime]
    screening_outcome: Mapped[str | None] = mapped_column(String(30))
    screening_reason: Mapped[str | None] = mapped_column(Text)
    screened_on: Mapped[date | None] = mapped_column(Date)


class CaseParticipantRow(Versioned, Base):
    """A member invited to discuss a case: the need-to-know grant (history kept on removal)."""

    __tablename__ = "case_participant"
    __table_args__ = (Index("ix_case_participant_member", "member_id", "until", "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class CaseLinkRow(Versioned, Base):
    """Another LIVC-R that also discusses the person."""

    __tablename__ = "case_link"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    livcr_name: Mapped[str] = mapped_column(String(160))
    contact: Mapped[str] = mapped_column(String(300), default="")
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class CaseNoteRow(Versioned, Base):
    """A confidential note; append-only (a correction is a new note that points to the old)."""

    __tablename__ = "case_note"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    author_member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    author_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    visibility: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime]
    corrects_note_id: Mapped[str | None] = mapped_column(ForeignKey("case_note.id"))
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), index=True)
    """The meeting item during which the note was written (kept as a plain id: meetings
    live in their own module and a note outlives its meeting)."""


class CaseStatusChangeRow(Base):
    """One step of a case's status history: the status it took and the day it took it.

    The figures count cases by their status at a period's end and the reopenings in a period;
    the case row only knows its status now. Derived from the journal's operations on the case
    (store/status_history.py), written by the same transaction that journals the move, here
    and on every laptop that receives it, so it is not journaled itself. Nothing personal: a
    case id, a status, a day, so an erased case can keep it among the anonymised facts the
    figures need.
    """

    __tablename__ = "case_status_change"
    __table_args__ = (
        Index("ix_case_status_change_case", "case_id", "case_version", "since", "status"),
        Index("ix_case_status_change_since", "since", "status", "case_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    """The id of the journal operation that made the move."""
    case_id: Mapped[str] = mapped_column(String(36))
    """A plain id, not a foreign key: the history outlives an erased case's row."""
    status: Mapped[str] = mapped_column(String(30))
    close_reason: Mapped[str | None] = mapped_column(String(30))
    """Why it was closed (a closure only): a case reopened since still counts as closed, for
    that reason, in the period it was closed."""
    since: Mapped[date] = mapped_column(Date)
    case_version: Mapped[int] = mapped_column(Integer)
    """The case's version this status came with: orders the steps of one case (several may
    share a day), the same on every laptop that replays the case's operations."""
