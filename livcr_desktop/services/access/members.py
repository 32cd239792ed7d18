"""The member register: organisations, the professionals in them, and their roles over time.

Only professionals are recorded here, never the persons a case is about. Roles are never deleted:
a mandate that ends gets an end date, so who held which role on which day stays provable (a
chair's signature is checked against the role on the day it was given).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import (
    RoleGrant,
    validate_organisation_name,
    validate_person_name,
)
from livcr_desktop.domain.errors import NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.members import check_role_grant, clean_email, clean_optional, clean_phone
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.permissions import Action, Resource, Scope, scopes
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import active_participation
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    Account,
    CaseParticipantRow,
    Member,
    MunicipalityRow,
    OrganisationRow,
    RoleAssignment,
)

MEMBER_NOT_FOUND = QT_TRANSLATE_NOOP("Members", "This member does not exist.")
ORGANISATION_NOT_FOUND = QT_TRANSLATE_NOOP("Members", "This organisation does not exist.")
ROLE_NOT_FOUND = QT_TRANSLATE_NOOP("Members", "This role assignment does not exist.")
MUNICIPALITY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Members", "This municipality is not a member of the LIVC-R."
)
MEMBER_INACTIVE = QT_TRANSLATE_NOOP("Members", "This member is no longer active.")
ALREADY_ENDED = QT_TRANSLATE_NOOP("Members", "This role has already ended.")


@dataclass(frozen=True)
class OrganisationView:
    """An organisation as lists and forms show it."""

    id: str
    name: str
    kind: OrganisationKind
    municipality_id: str | None
    municipality_name: str | None
    active: bool


@dataclass(frozen=True)
class RoleView:
    """One role held (or once held) by a member."""

    id: str
    role: Role
    municipality_id: str | None
    municipality_name: str | None
    starts_on: date
    ends_on: date | None
    note: str | None

    def active_on(self, day: date) -> bool:
        """True when the mandate covers that day."""
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


@dataclass(frozen=True)
class AccountView:
    """A member's sign-in account on this data folder."""

    id: str
    username: str
    active: bool
    must_change_passphrase: bool


@dataclass(frozen=True)
class MemberView:
    """A professional in the register, with roles and account."""

    id: str
    full_name: str
    organisation_id: str
    organisation_name: str
    function_title: str | None
    email: str | None
    phone: str | None
    active: bool
    version: int
    roles: tuple[RoleView, ...]
    account: AccountView | None

    def roles_on(self, day: date) -> tuple[RoleView, ...]:
        """The roles active on a day."""
        return tuple(r for r in self.roles if r.active_on(day))


def _municipality_names(session: Session) -> dict[str, str]:
    return {m.id: m.name for m in session.scalars(select(MunicipalityRow))}


def _member_views(
    session: Session, members: list[Member], names: dict[str, str]
) -> list[MemberView]:
    """Members with their roles and accounts, in three queries whatever their number."""
    ids = [m.id for m in members]
    roles: dict[str, list[RoleView]] = {i: [] for i in ids}
    for r in session.scalars(
        select(RoleAssignment)
        .where(RoleAssignment.member_id.in_(ids))
        .order_by(RoleAssignment.starts_on, RoleAssignment.role)
    ):
        roles[r.member_id].append(
            RoleView(
                r.id,
                Role(r.role),
                r.municipality_id,
                names.get(r.municipality_id or ""),
                r.starts_on,
                r.ends_on,
                r.note,
            )
        )
    accounts = {
        a.member_id: AccountView(a.id, a.username, a.active, a.must_change_passphrase)
        for a in session.scalars(select(Account).where(Account.member_id.in_(ids)))
    }
    return [
        MemberView(
            id=m.id,
            full_name=m.full_name,
            organisation_id=m.organisation_id,
            organisation_name=m.organisation.name,
            function_title=m.function_title,
            email=m.email,
            phone=m.phone,
            active=m.active,
            version=m.version,
            roles=tuple(roles[m.id]),
            account=accounts.get(m.id),
        )
        for m in members
    ]


class MemberService:
    """Reading and keeping the member register (coordinator edits, every member reads)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- organisations -------------------------------------------------------------------------

    def organisations(self, *, include_inactive: bool = False) -> list[OrganisationView]:
        """Organisations by name (no personal data: a partner, who sees only the people they
        work with, still chooses among all organisations)."""
        self._ws.require_some(Resource.MEMBER_REGISTER, Action.VIEW)
        with self._ws.db.read_session() as session:
            names = _municipality_names(session)
            stmt = select(OrganisationRow).order_by(OrganisationRow.name)
            if not include_inactive:
                stmt = stmt.where(OrganisationRow.active.is_(True))
            return [
                OrganisationView(
                    o.id,
                    o.name,
                    OrganisationKind(o.kind),
                    o.municipality_id,
                    names.get(o.municipality_id or ""),
                    o.active,
                )
                for o in session.scalars(stmt)
            ]

    def save_organisation(
        self,
        organisation_id: str | None,
        name: str,
        kind: OrganisationKind,
        municipality_id: str | None,
        *,
        active: bool = True,
    ) -> str:
        """Add an organisation (id None) or change one; returns its id."""
        with self._ws.uow() as uow:
            self._ws.require(
                Resource.MEMBER_REGISTER, Action.CREATE if organisation_id is None else Action.EDIT
            )
            name = validate_organisation_name(name, "name")
            if (
                municipality_id is not None
                and uow.session.get(MunicipalityRow, municipality_id) is None
            ):
                raise ValidationError(MUNICIPALITY_UNKNOWN, field="municipality")
            if organisation_id is None:
                row = OrganisationRow(
                    id=new_id(),
                    name=name,
                    kind=kind.value,
                    municipality_id=municipality_id,
                    active=True,
                    version=1,
                )
                uow.journal.created(row, "organisation.added")
                return row.id
            existing = uow.session.get(OrganisationRow, organisation_id)
            if existing is None:
                raise NotFound(ORGANISATION_NOT_FOUND)
            row = existing
            wanted = {
                "name": name,
                "kind": kind.value,
                "municipality_id": municipality_id,
                "active": active,
            }
            changes = {k: v for k, v in wanted.items() if getattr(row, k) != v}
            if changes:
                uow.journal.updated(row, "organisation.updated", changes)
            return row.id

    # -- members -------------------------------------------------------------------------------

    def members(self, *, include_inactive: bool = False) -> list[MemberView]:
        """The register, by name (for a partner: only the people they work with)."""
        self._ws.require_some(Resource.MEMBER_REGISTER, Action.VIEW)
        with self._ws.db.read_session() as session:
            names = _municipality_names(session)
            stmt = select(Member).order_by(Member.full_name)
            if not include_inactive:
                stmt = stmt.where(Member.active.is_(True))
            colleagues = self._colleagues(session)
            if colleagues is not None:
                stmt = stmt.where(Member.id.in_(sorted(colleagues)))
            views = _member_views(session, list(session.scalars(stmt)), names)
            return [self._as_seen(view, colleagues) for view in views]

    def member(self, member_id: str) -> MemberView:
        """One member with roles and account (for a partner: only someone they work with)."""
        self._ws.require_some(Resource.MEMBER_REGISTER, Action.VIEW)
        with self._ws.db.read_session() as session:
            member = session.get(Member, member_id)
            colleagues = self._colleagues(session)
            if member is None or (colleagues is not None and member_id not in colleagues):
                raise NotFound(MEMBER_NOT_FOUND)
            view = _member_views(session, [member], _municipality_names(session))[0]
            return self._as_seen(view, colleagues)

    def _colleagues(self, session: Session) -> set[str] | None:
        """Whom a person who sees only the people they work with may see (None: everyone):
        themselves, everyone invited to a case they are invited to today, and whoever
        coordinates the LIVC-R today (their point of contact)."""
        actor, today = self._ws.actor, self._ws.today()
        if Scope.ALL in scopes(actor.roles_on(today), Resource.MEMBER_REGISTER, Action.VIEW):
            return None
        my_cases = select(CaseParticipantRow.case_id).where(
            active_participation(actor.member_id, today)
        )
        shared = session.scalars(
            select(CaseParticipantRow.member_id).where(
                CaseParticipantRow.case_id.in_(my_cases),
                CaseParticipantRow.since <= today,
                (CaseParticipantRow.until.is_(None)) | (CaseParticipantRow.until >= today),
            )
        )
        return {actor.member_id, *shared, *self._coordinators(session)}

    def _coordinators(self, session: Session) -> set[str]:
        today = self._ws.today()
        return set(
            session.scalars(
                select(RoleAssignment.member_id).where(
                    RoleAssignment.role == Role.COORDINATOR.value,
                    RoleAssignment.starts_on <= today,
                    (RoleAssignment.ends_on.is_(None)) | (RoleAssignment.ends_on >= today),
                )
            )
        )

    def _as_seen(self, view: MemberView, colleagues: set[str] | None) -> MemberView:
        """A member as this reader may see them: someone who sees only their colleagues gets
        the contact details of the coordinator (whom they must be able to reach) and their
        own, and no one else's e-mail or phone."""
        if colleagues is None or view.id == self._ws.actor.member_id:
            return view
        if any(r.role is Role.COORDINATOR for r in view.roles_on(self._ws.today())):
            return view
        return replace(view, email=None, phone=None)

    def save_member(
        self,
        member_id: str | None,
        *,
        full_name: str,
        organisation_id: str,
        function_title: str | None = None,
        email: str | None = None,
        phone: str | None = None,
    ) -> str:
        """Add a member (id None) or change one's details; returns the id."""
        fields = {
            "full_name": validate_person_name(full_name),
            "organisation_id": organisation_id,
            "function_title": clean_optional(function_title, "function_title"),
            "email": clean_email(email),
            "phone": clean_phone(phone),
        }
        with self._ws.uow() as uow:
            self._ws.require(
                Resource.MEMBER_REGISTER, Action.CREATE if member_id is None else Action.EDIT
            )
            if uow.session.get(OrganisationRow, organisation_id) is None:
                raise ValidationError(ORGANISATION_NOT_FOUND, field="organisation")
            if member_id is None:
                member = Member(id=new_id(), active=True, version=1, **fields)
                uow.journal.created(member, "member.added")
                return member.id
            existing = uow.session.get(Member, member_id)
            if existing is None:
                raise NotFound(MEMBER_NOT_FOUND)
            changes = {k: v for k, v in fields.items() if getattr(existing, k) != v}
            if changes:
                uow.journal.updated(existing, "member.updated", changes)
            return existing.id

    def deactivate_member(self, member_id: str) -> None:
        """Take a member out of the register: open roles end today; the history stays."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.MEMBER_REGISTER, Action.EDIT)
            today = self._ws.today()
            member = uow.session.get(Member, member_id)
            if member is None:
                raise NotFound(MEMBER_NOT_FOUND)
            for role in uow.session.scalars(
                select(RoleAssignment).where(RoleAssignment.member_id == member_id)
            ):
                if role.ends_on is None or role.ends_on > today:
                    uow.journal.updated(role, "role.ended", {"ends_on": max(today, role.starts_on)})
            uow.journal.updated(member, "member.deactivated", {"active": False})

    # -- roles ---------------------------------------------------------------------------------

    def grant_role(
        self,
        member_id: str,
        role: Role,
        starts_on: date,
        *,
        ends_on: date | None = None,
        municipality_id: str | None = None,
        note: str | None = None,
    ) -> str:
        """Give a member a role from a date (and until a date, if known); returns its id."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.MEMBER_REGISTER, Action.EDIT)
            grant = RoleGrant(role, starts_on, ends_on, municipality_id, grant_id=None)
            member = uow.session.get(Member, member_id)
            if member is None:
                raise NotFound(MEMBER_NOT_FOUND)
            if not member.active:
                raise ValidationError(MEMBER_INACTIVE, field="member")
            if municipality_id is not None:
                municipality = uow.session.get(MunicipalityRow, municipality_id)
                if municipality is None or not municipality.active:
                    raise ValidationError(MUNICIPALITY_UNKNOWN, field="municipality")
            check_role_grant(grant, self._grants(uow.session, member_id))
            row = RoleAssignment(
                id=new_id(),
                member_id=member_id,
                role=role.value,
                municipality_id=municipality_id,
                starts_on=starts_on,
                ends_on=ends_on,
                note=clean_optional(note, "note", 500),
                version=1,
            )
            uow.journal.created(row, "role.granted")
            return row.id

    def end_role(self, role_id: str, ends_on: date) -> None:
        """End a mandate on a date (the last day it is held); the assignment stays as history."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.MEMBER_REGISTER, Action.EDIT)
            row = uow.session.get(RoleAssignment, role_id)
            if row is None:
                raise NotFound(ROLE_NOT_FOUND)
            if row.ends_on is not None and row.ends_on < self._ws.today():
                raise ValidationError(ALREADY_ENDED, field="ends_on")
            grant = RoleGrant(Role(row.role), row.starts_on, ends_on, row.municipality_id, row.id)
            check_role_grant(grant, self._grants(uow.session, row.member_id))
            uow.journal.updated(row, "role.ended", {"ends_on": ends_on})

    @staticmethod
    def _grants(session: Session, member_id: str) -> tuple[RoleGrant, ...]:
        return tuple(
            RoleGrant(Role(r.role), r.starts_on, r.ends_on, r.municipality_id, r.id)
            for r in session.scalars(
                select(RoleAssignment).where(RoleAssignment.member_id == member_id)
            )
        )
