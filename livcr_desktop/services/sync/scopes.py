"""Which scope an operation belongs to, and which scopes a member's laptop may hold.

A case is a scope (its dossier: person, table notes, trajectory, decisions, forms); the
LIVC-R-wide records (members, organisations, roles, meetings, the profile) are one more scope.
Membership follows the need-to-know rules of the case list (services/cases/access.py), so no
path puts on a laptop more than its owner could open in the app: a role that may not view cases
(strategic member, DPO, IT administrator) gets no case scope at all.

Some records of a case are seen by fewer roles than the case itself, so they cannot travel in
the case's scope (every laptop that may see the case holds its key). They travel in a
*part* of the case instead: a sub-scope with its own key, whose members are the laptops whose
owners may view that kind of record on that case, and the coordinator's laptop (the full copy
that shares the keys):

- the signal (who reported what): a partner sees the case but not the signal;
- the trajectory's updates: the information officer sees the trajectory but not its updates;
- the data-subject requests about the case's person: the coordinator keeps that register and the
  data-protection officer oversees it, without holding the case (WITHOUT_CASE);
- the feedback forms to the LTF and their items: the Information Officer hands every approved
  form over, on cases it is not invited to as well, without holding the case (WITHOUT_CASE);
- notes and updates written "for my organisation only" (NoteVisibility.ORGANISATION): one part
  per (case, kind, organisation), for that organisation's members who may see them
  (access.visible_notes shows such a note to its author's organisation only).

Meetings follow their payloads (docs/sync.md, "Scopes and keys"): everything said about a case
at a table carries the case as `scope_id` and so travels in the case's scope: a case item and its
summary, invitees, guests and stances, its action points, the proposals and positions on its
decisions, corrections of the minutes about it, and its frozen text in approved minutes
(`minutes.item_frozen`) or in the draft sealed for approval (`minutes.item_sealed`). The
meeting row (date, table, place, chair, status, the minutes' remarks), its participants and
their attendance, strategic and general items, and the approval of the minutes stay LIVC-R-wide:
the approval carries the minutes' hash and a snapshot in which each case item is only sealed
(domain/minutes_sealing.py, format 3).

The operation keeps its case as `scope_id` in the journal (the dossier's history is per case);
only the envelope's scope differs, derived from the operation itself (its entity, and for
restricted records the visibility and organisation its creation carries), so every laptop
computes the same one and a hub cannot move an envelope from one part to another.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.permissions import Action, Resource, Scope, scopes
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.access import visible_cases
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.models import (
    CaseNoteRow,
    CaseRow,
    Member,
    OrganisationRow,
    SigningKeyRow,
    TrajectoryUpdateRow,
)

_LIVCR_SCOPE_NAMESPACE = uuid.UUID("8d3f2a53-7c0e-4b55-9a59-0b4f8f6f2c11")
_PART_SCOPE_NAMESPACE = uuid.UUID("3b0e6c4e-2f7d-4a8e-9d51-6a1c2f9e7b40")
_MEMBER_SCOPE_NAMESPACE = uuid.UUID("3b7e9c1d-52a4-4f0e-8e61-6c2d0a9b7f45")

RESTRICTED_ENTITIES: dict[str, Resource] = {
    "case_note": Resource.CASE_NOTE,
    "trajectory_update": Resource.TRAJECTORY_UPDATE,
}
"""Records that may be written for the author's organisation only, with the permission to see
them."""

SEPARATE_ENTITIES: dict[str, Resource] = {
    "signal": Resource.SIGNAL,
    "trajectory_update": Resource.TRAJECTORY_UPDATE,
    "subject_request": Resource.SUBJECT_REQUEST,
    "feedback_form": Resource.FEEDBACK_FORM,
    "feedback_item": Resource.FEEDBACK_FORM,
}
"""Records some roles that see the case may not see: each travels in a part of its case."""


WITHOUT_CASE = frozenset({Resource.SUBJECT_REQUEST, Resource.FEEDBACK_FORM})
"""Parts held by laptops that may see them even where the case itself is not theirs to see: the
DPO's register of requests, the Information Officer's forms (each names its case's code)."""


def parts_held_without_case(
    session: Session, member_id: str, day: date, case_id: str
) -> frozenset[str]:
    """The parts of a case a member's laptop keeps when the case itself is taken off it: those
    held without the case (WITHOUT_CASE) that the member may view on every case, as the
    Information Officer its feedback forms when an invitation to one of the cases ends."""
    member = session.get(Member, member_id)
    if member is None:
        return frozenset()
    roles = member_actor(session, member).roles_on(day)
    return frozenset(
        part_scope_id(case_id, entity)
        for entity, resource in SEPARATE_ENTITIES.items()
        if resource in WITHOUT_CASE and Scope.ALL in scopes(roles, resource, Action.VIEW)
    )


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


def key_owners(session: Session) -> dict[str, str]:
    """The member of every signing key this laptop holds, by key id."""
    rows = session.execute(select(SigningKeyRow.id, SigningKeyRow.member_id)).all()
    return {str(row[0]): str(row[1]) for row in rows}


def part_scope_id(case_id: str, part: str) -> str:
    """The sub-scope of one part of a case (see `part_of`)."""
    return str(uuid.uuid5(_PART_SCOPE_NAMESPACE, f"{case_id}/{part}"))


def case_part_scopes(session: Session, case_id: str) -> set[str]:
    """Every part a case may have: its separate records, and its restricted records of each
    organisation this laptop knows. Part ids are derived, not stored, so this is how a laptop
    taking a case off finds the parts' keys and held operations to remove with it."""
    return parts_of(case_id, list(session.scalars(select(OrganisationRow.id))))


def parts_of(case_id: str, organisation_ids: Iterable[str]) -> set[str]:
    """`case_part_scopes` with the organisations read once for many cases."""
    parts = {part_scope_id(case_id, entity) for entity in SEPARATE_ENTITIES}
    for organisation_id in organisation_ids:
        parts.update(
            part_scope_id(case_id, organisation_part(entity, organisation_id))
            for entity in RESTRICTED_ENTITIES
        )
    return parts


def organisation_part(entity: str, organisation_id: str) -> str:
    """The part of a case's records of one kind restricted to one organisation."""
    return f"{entity}@{organisation_id}"


def restricted_organisation(op: Operation) -> str | None:
    """The organisation an operation's record is restricted to, or None for the whole table.

    Notes and updates are append-only (a correction is a new record with its own visibility),
    so the creating operation carries the visibility and the author's organisation."""
    if op.entity not in RESTRICTED_ENTITIES:
        return None
    fields = op.payload.get("fields")
    if not isinstance(fields, dict):
        return None
    if fields.get("visibility") != NoteVisibility.ORGANISATION.value:
        return None
    organisation = fields.get("author_organisation_id")
    return str(organisation) if organisation else None


def part_of(op: Operation) -> str | None:
    """The part of its case an operation travels in, or None for the case's own scope."""
    organisation = restricted_organisation(op)
    if organisation is not None:
        return organisation_part(op.entity, organisation)
    if op.entity in SEPARATE_ENTITIES:
        return op.entity
    return None


def scope_of(op: Operation, livcr_scope: str, owners: Mapping[str, str] | None = None) -> str:
    """The scope an operation travels in: its case (or the part of its case, see `part_of`),
    its member's own scope for a signing key (see PRIVATE_KEY_ENTITY; `owners` maps key ids to
    members), else the LIVC-R-wide scope."""
    if op.scope_id is None:
        if op.entity == PRIVATE_KEY_ENTITY:
            member = key_owner(op, owners or {})
            if member is not None:
                return member_scope_id(livcr_scope, member)
        return livcr_scope
    part = part_of(op)
    return part_scope_id(op.scope_id, part) if part is not None else op.scope_id


def case_scopes_of_member(
    session: Session, member_id: str, day: date, resource: Resource = Resource.CASE
) -> set[str]:
    """The cases on which a member may view `resource` on a day (by default: the cases whose
    scope the member's laptop may hold)."""
    member = session.get(Member, member_id)
    if member is None:
        return set()
    actor = member_actor(session, member)
    return set(session.scalars(select(CaseRow.id).where(visible_cases(actor, day, resource))))


def all_case_scopes(session: Session) -> set[str]:
    """Every case of this LIVC-R (the coordinator's laptop holds them all)."""
    return set(session.scalars(select(CaseRow.id)))


def restricted_triples(session: Session) -> set[tuple[str, str, str]]:
    """Every (case, entity, organisation) that already has records restricted to that
    organisation."""
    pairs: set[tuple[str, str, str]] = set()
    for table in (CaseNoteRow, TrajectoryUpdateRow):
        pairs.update(
            (str(case), table.__tablename__, str(org))
            for case, org in session.execute(
                select(table.case_id, table.author_organisation_id)
                .where(table.visibility == NoteVisibility.ORGANISATION.value)
                .distinct()
            )
        )
    return pairs


def organisation_of(session: Session, member_id: str) -> str | None:
    member = session.get(Member, member_id)
    return member.organisation_id if member is not None else None


def scope_members(
    session: Session,
    devices: list[tuple[str, str, bool]],
    day: date,
    livcr_scope: str,
) -> dict[str, list[str]]:
    """Who may pull which scope on a day: (device id, member id, is the coordinator's device)
    for every approved device in, every scope with its member devices out.

    Every device gets the LIVC-R-wide scope; the coordinator's device every scope; a member's
    device the cases its owner may see, and of each the parts its owner may see."""
    cases = all_case_scopes(session)
    coordinators = [device for device, _member, coordinator in devices if coordinator]
    wanted: dict[str, list[str]] = {livcr_scope: [device for device, _m, _c in devices]}
    resources = {Resource.CASE, *SEPARATE_ENTITIES.values(), *RESTRICTED_ENTITIES.values()}
    seen: dict[str, dict[Resource, set[str]]] = {}
    organisation: dict[str, str | None] = {}
    for device, member, coordinator in devices:
        if not coordinator:
            seen[device] = {
                r: case_scopes_of_member(session, member, day, r) & cases for r in resources
            }
            organisation[device] = organisation_of(session, member)

    def members(case: str, resource: Resource, org: str | None = None) -> list[str]:
        # A part is held with its case, except the register of data-subject requests and the
        # feedback forms: the DPO oversees the register and the IO hands the forms over without
        # seeing the case (each names only its code).
        return coordinators + [
            device
            for device, views in seen.items()
            if case in views[resource]
            and (resource in WITHOUT_CASE or case in views[Resource.CASE])
            and (org is None or organisation[device] == org)
        ]

    for case in cases:
        wanted[case] = members(case, Resource.CASE)
        for entity, resource in SEPARATE_ENTITIES.items():
            wanted[part_scope_id(case, entity)] = members(case, resource)
    # Parts restricted to one organisation are made before anyone writes there, so a member's
    # laptop holds the key when it needs it.
    triples = restricted_triples(session) | {
        (case, entity, org)
        for device, org in organisation.items()
        if org is not None
        for entity, resource in RESTRICTED_ENTITIES.items()
        for case in seen[device][resource]
    }
    for case, entity, org in triples:
        if case in cases:
            part = part_scope_id(case, organisation_part(entity, org))
            wanted[part] = members(case, RESTRICTED_ENTITIES[entity], org)
    return wanted
