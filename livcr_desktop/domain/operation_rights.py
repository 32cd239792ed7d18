"""Which rights of the permission table (domain/permissions.py) an operation of a kind needs.

A laptop that receives another laptop's operation checks that its author may have made it
(services/sync/checker.py). For most operations "the author may see the case" is the rule; this
table names the kinds where that rule is too coarse, by the rights the services check when they
write them, so the hub path and the app agree:

- registering a signal opens its case and records its person; the Information Officer registers
  signals about people in cases it is not (yet) invited to (SIGNAL CREATE over all records);
- the default life domains are written by whoever first rates a trajectory on a laptop that has
  none yet (services/trajectories/life_domains.ensure_domains): a partner's goal or evaluation
  brings them, while a domain of the LIVC-R's own stays the coordinator's (LIVCR_PROFILE EDIT).

Every kind of operation that changes a record names its rights here: the record's table gives
the resource (ENTITY_RIGHTS: creating or changing a case note takes CASE_NOTE CREATE, a goal
TRAJECTORY EDIT), a few kinds differ from their table (KIND_RIGHTS: signing a decision takes
DECISION SIGN, handing a form over FEEDBACK_FORM TRANSMIT, approving minutes MINUTES APPROVE).
A table that is not listed is the coordinator's alone (CASE EDIT, or LIVCR_PROFILE EDIT). An
access (a read journaled, a refusal) changes nothing and needs no right.

What a chair's signature causes (a case moved on, a trajectory started, a form approved) is
written in the signing transaction by the chair, who holds none of those records' rights: such
an operation is legitimate as the signature's effect (SIGNATURE_EFFECT), which the checker
grants only when the same transaction holds the author's signature of a decision of that case.

Pure: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.life_domains import DefaultDomain, default_domains
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource, Scope, allows, scopes

Right = tuple[Resource, Action]

SIGNAL_REGISTERED_KINDS = frozenset({"case.opened", "person.recorded", "signal.registered"})
"""What registering a signal journals (services/cases/writes.open_case and add_signal)."""

_REGISTER_SIGNAL: tuple[Right, ...] = ((Resource.SIGNAL, Action.CREATE),)
_RATE_TRAJECTORY: tuple[Right, ...] = (
    (Resource.TRAJECTORY, Action.EDIT),
    (Resource.EVALUATION, Action.CREATE),
)
_CONFIGURE: tuple[Right, ...] = ((Resource.LIVCR_PROFILE, Action.EDIT),)
_HAND_OVER_FORM: tuple[Right, ...] = ((Resource.FEEDBACK_FORM, Action.TRANSMIT),)

FORM_HANDED_OVER_KINDS = frozenset({"feedback_form.transmitted", "feedback_form.acknowledged"})
"""The Information Officer's steps on an approved form (services/feedback/transmission.py), on
cases it is not invited to as well (FEEDBACK_FORM TRANSMIT over all records)."""


SIGNATURE_EFFECT: Right = (Resource.DECISION, Action.SIGN)
"""The right under which a signature's effects are written (see the module's docstring)."""

SIGNED_KIND = "decision.signed"
"""The operation a signature's effects follow in their transaction."""

_R, _A = Resource, Action


def _both(resource: Resource, action: Action) -> tuple[tuple[Right, ...], tuple[Right, ...]]:
    return ((resource, action),), ((resource, action),)


def _create_edit(resource: Resource) -> tuple[tuple[Right, ...], tuple[Right, ...]]:
    return ((resource, Action.CREATE),), ((resource, Action.EDIT),)


_MEETING_EDIT = ((_R.MEETING, _A.EDIT), (_R.STRATEGIC_MEETING, _A.EDIT))

ENTITY_RIGHTS: dict[str, tuple[tuple[Right, ...], tuple[Right, ...]]] = {
    # A case and its content.
    "case_file": (_REGISTER_SIGNAL, ((_R.CASE, _A.EDIT),)),
    "person": (_REGISTER_SIGNAL, ((_R.CASE, _A.EDIT), (_R.SIGNAL, _A.EDIT))),
    "signal": (_REGISTER_SIGNAL, ((_R.SIGNAL, _A.EDIT),)),
    "case_link": _both(_R.CASE, _A.EDIT),
    "case_participant": _both(_R.CASE, _A.EDIT),
    "case_note": _both(_R.CASE_NOTE, _A.CREATE),  # append-only: a correction is a new note
    "decision": _both(_R.DECISION, _A.CREATE),
    "decision_position": _both(_R.DECISION, _A.CREATE),  # one's own: see OWN_RECORD_FIELDS
    "trajectory": _both(_R.TRAJECTORY, _A.EDIT),
    "trajectory_action": _both(_R.TRAJECTORY, _A.EDIT),
    "trajectory_goal": _both(_R.TRAJECTORY, _A.EDIT),
    "trajectory_partner": _both(_R.TRAJECTORY, _A.EDIT),
    "trajectory_evaluation": _both(_R.EVALUATION, _A.CREATE),
    "trajectory_update": _both(_R.TRAJECTORY_UPDATE, _A.CREATE),
    "feedback_form": _create_edit(_R.FEEDBACK_FORM),
    "feedback_item": _both(_R.FEEDBACK_FORM, _A.EDIT),
    "referral": _both(_R.CASE, _A.EDIT),  # a referral's effect, see SIGNATURE_EFFECT
    "handover": _create_edit(_R.HANDOVER),
    "subject_request": _create_edit(_R.SUBJECT_REQUEST),
    # Meetings (LIVC-R-wide, or their case items in the case).
    "meeting": (_MEETING_EDIT, _MEETING_EDIT),
    "meeting_participant": (_MEETING_EDIT, _MEETING_EDIT),
    "agenda_item": (_MEETING_EDIT, _MEETING_EDIT),
    "item_invitee": (_MEETING_EDIT, _MEETING_EDIT),
    "item_guest": (_MEETING_EDIT, _MEETING_EDIT),
    "item_stance": (_MEETING_EDIT, _MEETING_EDIT),
    "action_point": (_MEETING_EDIT, _MEETING_EDIT),  # its owner ticks it off: OWN_RECORD_FIELDS
    "minutes_amendment": _both(_R.MINUTES, _A.EDIT),
    # The LIVC-R's other registers.
    "strategic_year": _both(_R.STRATEGIC_FIGURES, _A.EDIT),
    "other_livcr": _create_edit(_R.HANDOVER),
    "handover_received": _create_edit(_R.HANDOVER),
    "retention_proposal": _both(_R.RETENTION, _A.EDIT),
    "erasure_confirmation": _both(_R.RETENTION, _A.APPROVE),
}
"""Per table: (the rights to create a record, the rights to change one)."""

KIND_RIGHTS: dict[str, tuple[Right, ...]] = {
    SIGNED_KIND: (SIGNATURE_EFFECT,),
    "minutes.approved": ((_R.MINUTES, _A.APPROVE),),
    "minutes.item_frozen": ((_R.MINUTES, _A.APPROVE),),  # a case item's part of the approval
    "minutes.sealed": ((_R.MINUTES, _A.EDIT),),  # the draft sealed for approval
    "minutes.item_sealed": ((_R.MINUTES, _A.EDIT),),  # a case item's part of the seal set
    "minutes.remarks_written": ((_R.MINUTES, _A.EDIT),),
    "minutes.amended": ((_R.MINUTES, _A.EDIT),),
    "strategic_year.report_approved": ((_R.STRATEGIC_FIGURES, _A.EDIT),),
}
"""Kinds whose right is not their table's."""

OWN_RECORD_FIELDS: dict[str, str] = {
    "decision.position_recorded": "member_id",
    "decision.position_changed": "member_id",
    "meeting.action_point_done": "owner_member_id",
    "meeting.action_point_reopened": "owner_member_id",
}
"""Kinds a member may write on their own record without the table's right: their position on a
decision (DecisionService.record_position), their action point ticked off (set_action_done);
the value names the record's field that says whose it is."""

_UNLISTED: tuple[Right, ...] = ((_R.CASE, _A.EDIT), (_R.LIVCR_PROFILE, _A.EDIT))
"""A table not listed above: the coordinator's alone (no other role holds either right)."""


def _is_default_domain(entity_id: str, payload: Mapping[str, Any]) -> bool:
    """Whether a `life_domain.added` writes exactly one of the default domains (same id, key,
    position, no name of its own, active), as ensure_domains does on any laptop."""
    fields = payload.get("fields")
    if not isinstance(fields, Mapping):
        return False
    try:
        key = DefaultDomain(str(fields.get("key")))
    except ValueError:
        return False
    default = next(d for d in default_domains() if d.key is key)
    return (
        entity_id == key.domain_id
        and fields.get("custom_name", "") == ""
        and fields.get("position") == default.position
        and fields.get("active", True) is True
    )


def write_rights(
    kind: str,
    entity_id: str,
    payload: Mapping[str, Any],
    *,
    entity: str | None = None,
    creates: bool = False,
) -> tuple[Right, ...]:
    """The rights of which the author needs one to have written this operation (`creates`: it
    makes a new record of `entity`). Without `entity`, only the kinds whose right does not
    follow from their table (an empty answer: the caller's general rule applies)."""
    if kind in SIGNAL_REGISTERED_KINDS:
        return _REGISTER_SIGNAL
    if kind in FORM_HANDED_OVER_KINDS:
        return _HAND_OVER_FORM
    if kind == "life_domain.added":
        return _RATE_TRAJECTORY if _is_default_domain(entity_id, payload) else _CONFIGURE
    if kind.startswith("life_domain."):
        return _CONFIGURE
    if kind in KIND_RIGHTS:
        return KIND_RIGHTS[kind]
    if entity is None:
        return ()
    listed = ENTITY_RIGHTS.get(entity)
    if listed is None:
        return _UNLISTED
    return listed[0] if creates else listed[1]


def allowed_on(actor: Actor, day: date, rights: Iterable[Right], facts: RecordFacts) -> bool:
    """Whether the actor held one of these rights on a record with these facts on `day`."""
    return any(allows(actor, day, resource, action, facts) for resource, action in rights)


def holds_any(actor: Actor, day: date, rights: Iterable[Right]) -> bool:
    """Whether the actor had one of these rights on some record on `day`."""
    roles = actor.roles_on(day)
    return any(scopes(roles, resource, action) for resource, action in rights)


def holds_any_everywhere(actor: Actor, day: date, rights: Iterable[Right]) -> bool:
    """Whether the actor had one of these rights over ALL records on `day` (so on a case it
    cannot see, like the Information Officer's signals)."""
    roles = actor.roles_on(day)
    return any(Scope.ALL in scopes(roles, resource, action) for resource, action in rights)
