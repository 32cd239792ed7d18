"""The LIVC-R's own records: profile, municipalities, organisations, members, accounts, roles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from livcr_desktop.store.models.base import Base, Versioned


class LivcrProfileRow(Versioned, Base):
    """The one row that describes this LIVC-R."""

    __tablename__ = "livcr_profile"

    name: Mapped[str] = mapped_column(String(120))
    working_language: Mapped[str] = mapped_column(String(2))
    case_code_scheme: Mapped[str] = mapped_column(
        String(60), default="TER-{year}-{number:03d}", server_default="TER-{year}-{number:03d}"
    )
    small_count_threshold: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    """Counts below this are never shown in the strategic table's figures."""
    meeting_interval_months: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    """The figures warn when the operational table has not met for longer than this."""
    created_at: Mapped[datetime]


class MunicipalityRow(Versioned, Base):
    """A member municipality (a joint LIVC-R has several)."""

    __tablename__ = "municipality"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(default=0)


class OrganisationRow(Versioned, Base):
    """An organisation taking part in the LIVC-R (municipal service, police, OCMW/CPAS, CAW ...)."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(40))
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Member(Versioned, Base):
    """A person in the member register of the LIVC-R (a professional, never a person concerned)."""

    __tablename__ = "member"

    full_name: Mapped[str] = mapped_column(String(160))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    function_title: Mapped[str | None] = mapped_column(String(160))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    organisation: Mapped[OrganisationRow] = relationship(lazy="joined")
    roles: Mapped[list[RoleAssignment]] = relationship(
        back_populates="member", order_by="RoleAssignment.starts_on"
    )


class RoleAssignment(Versioned, Base):
    """A role held by a member for a period; an ended mandate stays as history."""

    __tablename__ = "role_assignment"
    __table_args__ = (Index("ix_role_assignment_member_role", "member_id", "role"),)

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    role: Mapped[str] = mapped_column(String(40))
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    member: Mapped[Member] = relationship(back_populates="roles")


class Account(Versioned, Base):
    """A member's sign-in on this data folder; its key slot lives in the header file."""

    __tablename__ = "account"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), unique=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    ui_language: Mapped[str | None] = mapped_column(String(2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_passphrase: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    created_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]

    member: Mapped[Member] = relationship(lazy="joined")
