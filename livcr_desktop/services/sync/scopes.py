"""Which scope an operation belongs to, and which scopes a member's laptop may hold.

A case is a scope (its dossier: person, signals, notes, trajectory, decisions, forms); the
LIVC-R-wide records (members, organisations, roles, meetings, the profile) are one more scope.
Membership follows the need-to-know rules of the case list (services/cases/access.py), so no
path puts on a laptop more than its owner could open in the app.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.services.cases.access import visible_cases
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.models import CaseRow, Member, SigningKeyRow

_LIVCR_SCOPE_NAMESPACE = uuid.UUID("8d3f2a53-7c0e-4b55-9a59-0b4f8f6f2c11")
_MEMBER_SCOPE_NAMESPACE = uuid.UUID("3b7e9c1d-52a4-4f0e-8e61-6c2d0a9b7f45")


def livcr_scope_id(livcr_id: str) -> str:
    """The scope of the LIVC-R-wide records: derived from the LIVC-R's id, the same everywhere."""
    return str(uuid.uuid5(_LIVCR_SCOPE_NAMESPACE, livcr_id))


def member_scope_id(livcr_scope: str, member_id: str) -> str:
    """The scope of what only a member's own laptops (and the coordinator's, where that member
    acts on top) may hold: the private half of their signing key, wrapped under their
    passphrase. Derived, so every laptop computes the same id."""
    return str(uuid.uuid5(_MEMBER_SCOPE_NAMESPACE, f"{livcr_scope}/{member_id}"))


PRIVATE_KEY_ENTITY = "signing_key"
"""Its rows hold the private half of a member's signing key, wrapped under their passphrase:
guessable offline by anyone who holds it, so it travels only in its member's own scope."""


def key_owner(op: Operation, owners: Mapping[str, str]) -> str | None:
    """The member whose signing key an operation creates or changes: named in the operation
    (`fields.member_id` when created, `member_id` beside the changes since this version), or
    known from the key's row for operations journaled before."""
    fields = op.payload.get("fields")
    for named in (
        fields.get("member_id") if isinstance(fields, Mapping) else None,
        op.payload.get("member_id"),
    ):
        if isinstance(named, str):
            return named
    return owners.get(op.entity_id)


def scope_of(op: Operation, livcr_scope: str, owners: Mapping[str, str] | None = None) -> str:
    """The scope an operation travels in: its case, its member's own scope for a signing key
    (see PRIVATE_KEY_ENTITY; `owners` maps key ids to members), else the LIVC-R-wide scope."""
    if op.entity == PRIVATE_KEY_ENTITY and op.scope_id is None:
        member = key_owner(op, owners or {})
        if member is not None:
            return member_scope_id(livcr_scope, member)
    return op.scope_id or livcr_scope


def key_owners(session: Session) -> dict[str, str]:
    """The member of every signing key this laptop holds, by key id."""
    rows = session.execute(select(SigningKeyRow.id, SigningKeyRow.member_id)).all()
    return {str(row[0]): str(row[1]) for row in rows}


def case_scopes_of_member(session: Session, member_id: str, day: date) -> set[str]:
    """The cases whose scope a member's laptop may hold on a day."""
    member = session.get(Member, member_id)
    if member is None:
        return set()
    actor = member_actor(session, member)
    return set(session.scalars(select(CaseRow.id).where(visible_cases(actor, day))))


def all_case_scopes(session: Session) -> set[str]:
    """Every case of this LIVC-R (the coordinator's laptop holds them all)."""
    return set(session.scalars(select(CaseRow.id)))
