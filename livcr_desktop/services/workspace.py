"""A workspace: one signed-in person working on one open data folder.

Every service is constructed with a workspace, so it always knows who acts, on which database,
with which clock. Refused actions are journaled too: the data-protection officer must be able to
see that a partner tried to open a case they were not invited to. A check made inside an open
unit of work refuses that unit of work (rolled back, then the refusal journaled); a check made
for a read journals the refusal in a short transaction of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor, RoleGrant
from livcr_desktop.domain.clock import Clock
from livcr_desktop.domain.errors import AuthenticationError, DomainError, PermissionDenied
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import (
    DENIED,
    Action,
    RecordFacts,
    Resource,
    allows,
    may_ever,
)
from livcr_desktop.domain.text import Text
from livcr_desktop.services.changes import ChangeNotifier
from livcr_desktop.services.messages import ACCOUNT_ENDED
from livcr_desktop.services.unit_of_work import Refusal, UnitOfWork
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import Account, Member, RoleAssignment
from livcr_desktop.store.signing import Signer


def load_actor(session: Session, account_id: str) -> Actor | None:
    """The actor of an active account, with all its role grants (past ones included)."""
    account = session.get(Account, account_id)
    if account is None or not account.active:
        return None
    return member_actor(session, account.member, account_id=account.id, username=account.username)


def member_actor(
    session: Session, member: Member, *, account_id: str = "", username: str = ""
) -> Actor:
    """A member as the policy sees them, with or without an account: to ask what someone
    else may see (may this partner be invited to that case item?)."""
    grants = tuple(
        RoleGrant(
            role=Role(ra.role),
            starts_on=ra.starts_on,
            ends_on=ra.ends_on,
            municipality_id=ra.municipality_id,
            grant_id=ra.id,
        )
        for ra in session.scalars(
            select(RoleAssignment)
            .where(RoleAssignment.member_id == member.id)
            .order_by(RoleAssignment.starts_on)
        )
    )
    return Actor(
        account_id=account_id,
        member_id=member.id,
        username=username,
        display_name=member.full_name,
        organisation_id=member.organisation_id,
        organisation_name=member.organisation.name,
        grants=grants,
    )


def _access_denied(resource: Resource, action: Action, entity: str, entity_id: str) -> Refusal:
    """The journal's record of an action the policy refused (what was tried, on which record)."""
    return Refusal(
        entity, entity_id, "access.denied", {"resource": resource.value, "action": action.value}
    )


class Workspace:
    """The signed-in context every service works in."""

    def __init__(
        self,
        folder: DataFolder,
        db: Database,
        actor: Actor,
        *,
        demo: bool = False,
        on_top_of: Actor | None = None,
        changes: ChangeNotifier | None = None,
        signer: Signer | None = None,
    ) -> None:
        self.folder = folder
        self.db = db
        self.actor = actor
        self.demo = demo
        self.on_top_of = on_top_of
        """The person whose session this one sits on (the chair signing on the coordinator's
        laptop during a meeting); None for an ordinary sign-in."""
        self.changes = changes or ChangeNotifier()
        """Announces every committed unit of work; a session on top shares the one below, so
        what the chair signs refreshes the coordinator's screens."""
        self.signer = signer
        """The person's unwrapped signing key, which signs every transaction they commit; only
        in memory, dropped with the data key (lock, sign-out). None after a sign-in without the
        passphrase (a remembered key): the device's key signs instead, and `verify` says so."""

    @property
    def clock(self) -> Clock:
        """The clock services read 'now' from."""
        return self.db.clock

    def today(self) -> date:
        """Today's date, for role mandates and due dates."""
        return self.db.clock.today()

    def uow(self) -> UnitOfWork:
        """A new write transaction on behalf of the signed-in person, announced once committed."""
        return UnitOfWork(
            self.db, self.actor.account_id, signer=self.signer, after_commit=self.changes.announce
        )

    def may(self, resource: Resource, action: Action, facts: RecordFacts | None = None) -> bool:
        """Whether the signed-in person may do this (no journal entry: for showing and hiding)."""
        return allows(self.actor, self.today(), resource, action, facts)

    def require(
        self,
        resource: Resource,
        action: Action,
        facts: RecordFacts | None = None,
        *,
        entity: str = "",
        entity_id: str = "",
        message: Text = DENIED,
    ) -> None:
        """Raise PermissionDenied, journaled as a refused access, unless the policy allows it.

        The person's roles are read again first: a role or account ended by someone else while
        this person is signed in stops working at their very next action.
        """
        self.refresh_actor()
        if allows(self.actor, self.today(), resource, action, facts):
            return
        self.refuse(resource, action, entity=entity, entity_id=entity_id, message=message)

    def refuse(
        self,
        resource: Resource,
        action: Action,
        *,
        entity: str = "",
        entity_id: str = "",
        message: Text = DENIED,
        params: Mapping[str, Any] | None = None,
    ) -> NoReturn:
        """Journal a refused access and raise PermissionDenied: for refusals that depend on
        more than the policy table (a meeting the person has no part in)."""
        self.refuse_with(
            _access_denied(resource, action, entity or resource.value, entity_id or "-"),
            PermissionDenied(message, **(params or {})),
        )

    def refuse_with(self, refusal: Refusal, error: DomainError) -> NoReturn:
        """Journal `refusal` and raise `error`. Inside an open unit of work the refusal ends it:
        every change it made is rolled back and only the refusal is kept. Outside one (a read),
        the refusal is journaled in a short transaction of its own."""
        active = UnitOfWork.active(self.db)
        if active is not None:
            active.refuse(refusal, error)
        with self.uow() as own:
            refusal.journal(own.journal)
        raise error

    def require_some(self, resource: Resource, action: Action) -> None:
        """Raise PermissionDenied (journaled) unless the person may do this to at least some
        records (to open a list that the need-to-know filter then narrows)."""
        self.refresh_actor()
        if may_ever(self.actor, self.today(), resource, action):
            return
        self.refuse_with(
            _access_denied(resource, action, resource.value, "-"), PermissionDenied(DENIED)
        )

    def refresh_actor(self) -> None:
        """Reload the signed-in person's roles; AuthenticationError when the account was ended.
        Inside a unit of work they are read with its session, under the write lock."""
        active = UnitOfWork.active(self.db)
        if active is not None:
            actor = load_actor(active.session, self.actor.account_id)
        else:
            with self.db.read_session() as session:
                actor = load_actor(session, self.actor.account_id)
        if actor is None:
            raise AuthenticationError(ACCOUNT_ENDED)
        self.actor = actor

    @property
    def locked(self) -> bool:
        """True while the idle lock holds the database closed."""
        return self.db.closed

    def close(self) -> None:
        """Close the database and wipe the key (sign out, lock, quit). A session on top of
        another shares its database and leaves it open."""
        self.signer = None
        if self.on_top_of is None:
            self.db.close()
