"""The need-to-know policy: for every role, every action on every kind of record, who may.

This table is the one place where access is decided. Services ask it before every read and write
and turn its answer into SQL filters for lists; the GUI asks it only to hide what is forbidden
anyway. An answer is a set of scopes, because a person can hold several roles (a chair who is also
a partner sees the cases of their municipality *and* the cases they are invited to).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.errors import PermissionDenied
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


class Resource(StrEnum):
    """A kind of record (or a capability) that access is decided for."""

    LIVCR_PROFILE = "livcr_profile"
    MEMBER_REGISTER = "member_register"
    ACCOUNT = "account"
    AUDIT_TRAIL = "audit_trail"
    BACKUP = "backup"
    SIGNAL = "signal"
    CASE = "case"
    CASE_NOTE = "case_note"
    MEETING = "meeting"
    STRATEGIC_MEETING = "strategic_meeting"
    MINUTES = "minutes"
    DECISION = "decision"
    TRAJECTORY = "trajectory"
    TRAJECTORY_UPDATE = "trajectory_update"
    EVALUATION = "evaluation"
    FEEDBACK_FORM = "feedback_form"
    FLOW_REGISTER = "flow_register"
    STRATEGIC_FIGURES = "strategic_figures"
    RETENTION = "retention"
    SUBJECT_REQUEST = "subject_request"
    """The register of data-subject requests (no case content beyond the case code)."""
    RECORDS_OF_PROCESSING = "records_of_processing"
    """The art. 30 record and the DPIA facts sheet, generated from the configuration."""
    HANDOVER = "handover"
    """Hand-overs of cases to other LIVC-Rs, and the other LIVC-Rs registered by their key."""
    ERASURE_REGISTER = "erasure_register"
    """The register of erased cases (case code, day, rule, decision: no personal data)."""


class Action(StrEnum):
    """What is done to a record."""

    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"
    EXPORT = "export"
    SIGN = "sign"
    APPROVE = "approve"
    TRANSMIT = "transmit"
    VERIFY = "verify"
    RESTORE = "restore"


class Scope(StrEnum):
    """Which records of a kind an allowed action reaches."""

    ALL = "all"
    OWN_MUNICIPALITY = "own_municipality"  # records of a municipality the person chairs for
    INVOLVED = "involved"  # records of cases (or meeting items) the person is invited to
    OWN = "own"  # the person's own records (own account)


@dataclass(frozen=True)
class RecordFacts:
    """What a service knows about one record when it asks whether an action is allowed."""

    municipality_id: str | None = None
    involved: bool = False
    own: bool = False


# Short names keep the table below readable as a table.
A, M, Inv, Own = Scope.ALL, Scope.OWN_MUNICIPALITY, Scope.INVOLVED, Scope.OWN
R, Ac = Resource, Action

_OWN_ACCOUNT = {(R.ACCOUNT, Ac.VIEW): Own, (R.ACCOUNT, Ac.EDIT): Own}

POLICY: dict[Role, dict[tuple[Resource, Action], Scope]] = {
    Role.COORDINATOR: {
        **{(R.LIVCR_PROFILE, a): A for a in (Ac.VIEW, Ac.EDIT)},
        **{(R.MEMBER_REGISTER, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT)},
        **{(R.ACCOUNT, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT)},
        **{(R.AUDIT_TRAIL, a): A for a in (Ac.VIEW, Ac.EXPORT, Ac.VERIFY)},
        **{(R.BACKUP, a): A for a in (Ac.CREATE, Ac.RESTORE)},
        **{(R.SIGNAL, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT)},
        **{(R.CASE, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT, Ac.EXPORT)},
        **{(R.CASE_NOTE, a): A for a in (Ac.VIEW, Ac.CREATE)},
        **{(R.MEETING, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT, Ac.EXPORT)},
        **{(R.STRATEGIC_MEETING, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT, Ac.EXPORT)},
        **{(R.MINUTES, a): A for a in (Ac.VIEW, Ac.EDIT, Ac.EXPORT)},
        **{(R.DECISION, a): A for a in (Ac.VIEW, Ac.CREATE)},
        **{(R.TRAJECTORY, a): A for a in (Ac.VIEW, Ac.EDIT, Ac.EXPORT)},
        **{(R.TRAJECTORY_UPDATE, a): A for a in (Ac.VIEW, Ac.CREATE)},
        **{(R.EVALUATION, a): A for a in (Ac.VIEW, Ac.CREATE)},
        **{(R.FEEDBACK_FORM, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT, Ac.EXPORT)},
        **{(R.FLOW_REGISTER, a): A for a in (Ac.VIEW, Ac.EXPORT)},
        # EDIT: the strategic table's own texts of the yearly report.
        **{(R.STRATEGIC_FIGURES, a): A for a in (Ac.VIEW, Ac.EDIT)},
        **{(R.RETENTION, a): A for a in (Ac.VIEW, Ac.EDIT)},
        (R.ERASURE_REGISTER, Ac.VIEW): A,
        **{(R.SUBJECT_REQUEST, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT, Ac.EXPORT)},
        **{(R.RECORDS_OF_PROCESSING, a): A for a in (Ac.VIEW, Ac.EXPORT)},
        **{(R.HANDOVER, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT, Ac.EXPORT)},
    },
    Role.CHAIR: {
        **_OWN_ACCOUNT,
        (R.LIVCR_PROFILE, Ac.VIEW): A,
        (R.MEMBER_REGISTER, Ac.VIEW): A,
        (R.SIGNAL, Ac.VIEW): M,
        **{(R.CASE, a): M for a in (Ac.VIEW, Ac.EXPORT)},
        **{(R.CASE_NOTE, a): M for a in (Ac.VIEW, Ac.CREATE)},
        (R.MEETING, Ac.VIEW): A,
        **{(R.STRATEGIC_MEETING, a): A for a in (Ac.VIEW, Ac.EXPORT)},
        **{(R.MINUTES, a): A for a in (Ac.VIEW, Ac.EXPORT, Ac.APPROVE)},
        **{(R.DECISION, a): M for a in (Ac.VIEW, Ac.CREATE, Ac.SIGN)},
        **{(R.TRAJECTORY, a): M for a in (Ac.VIEW, Ac.EXPORT)},
        (R.TRAJECTORY_UPDATE, Ac.VIEW): M,
        (R.EVALUATION, Ac.VIEW): M,
        **{(R.FEEDBACK_FORM, a): M for a in (Ac.VIEW, Ac.EXPORT)},
        **{(R.FLOW_REGISTER, a): A for a in (Ac.VIEW, Ac.EXPORT)},
        **{(R.STRATEGIC_FIGURES, a): A for a in (Ac.VIEW, Ac.EDIT)},
        (R.HANDOVER, Ac.VIEW): M,
    },
    Role.INFORMATION_OFFICER: {
        **_OWN_ACCOUNT,
        (R.LIVCR_PROFILE, Ac.VIEW): A,
        (R.MEMBER_REGISTER, Ac.VIEW): A,
        (R.SIGNAL, Ac.CREATE): A,
        (R.SIGNAL, Ac.VIEW): Inv,
        (R.CASE, Ac.VIEW): Inv,
        **{(R.CASE_NOTE, a): Inv for a in (Ac.VIEW, Ac.CREATE)},
        (R.MEETING, Ac.VIEW): Inv,
        (R.MINUTES, Ac.VIEW): Inv,
        (R.DECISION, Ac.VIEW): Inv,
        (R.TRAJECTORY, Ac.VIEW): Inv,
        (R.EVALUATION, Ac.VIEW): Inv,
        **{(R.FEEDBACK_FORM, a): A for a in (Ac.VIEW, Ac.EXPORT, Ac.TRANSMIT)},
    },
    Role.PARTNER: {
        **_OWN_ACCOUNT,
        (R.LIVCR_PROFILE, Ac.VIEW): A,
        # Only the people they work with: those on their shared cases, and the coordinator.
        (R.MEMBER_REGISTER, Ac.VIEW): Inv,
        (R.CASE, Ac.VIEW): Inv,
        **{(R.CASE_NOTE, a): Inv for a in (Ac.VIEW, Ac.CREATE)},
        (R.MEETING, Ac.VIEW): Inv,
        (R.MINUTES, Ac.VIEW): Inv,
        (R.DECISION, Ac.VIEW): Inv,
        **{(R.TRAJECTORY, a): Inv for a in (Ac.VIEW, Ac.EDIT)},
        **{(R.TRAJECTORY_UPDATE, a): Inv for a in (Ac.VIEW, Ac.CREATE)},
        **{(R.EVALUATION, a): Inv for a in (Ac.VIEW, Ac.CREATE)},
        (R.FEEDBACK_FORM, Ac.VIEW): Inv,
    },
    Role.STRATEGIC_MEMBER: {
        **_OWN_ACCOUNT,
        (R.LIVCR_PROFILE, Ac.VIEW): A,
        (R.STRATEGIC_MEETING, Ac.VIEW): A,
        (R.STRATEGIC_FIGURES, Ac.VIEW): A,
    },
    Role.DATA_PROTECTION_OFFICER: {
        **_OWN_ACCOUNT,
        (R.LIVCR_PROFILE, Ac.VIEW): A,
        (R.MEMBER_REGISTER, Ac.VIEW): A,
        **{(R.AUDIT_TRAIL, a): A for a in (Ac.VIEW, Ac.EXPORT, Ac.VERIFY)},
        **{(R.FLOW_REGISTER, a): A for a in (Ac.VIEW, Ac.EXPORT)},
        (R.RETENTION, Ac.VIEW): A,
        # The DPO confirms an erasure where the house rules let the coordinator decide with
        # the DPO, and reads the erasure register; carrying it out is the coordinator's.
        (R.RETENTION, Ac.APPROVE): A,
        (R.ERASURE_REGISTER, Ac.VIEW): A,
        # Read-only: the DPO oversees the answers, the coordinator gives them.
        (R.SUBJECT_REQUEST, Ac.VIEW): A,
        **{(R.RECORDS_OF_PROCESSING, a): A for a in (Ac.VIEW, Ac.EXPORT)},
    },
    Role.IT_ADMINISTRATOR: {
        (R.LIVCR_PROFILE, Ac.VIEW): A,
        (R.MEMBER_REGISTER, Ac.VIEW): A,
        **{(R.ACCOUNT, a): A for a in (Ac.VIEW, Ac.CREATE, Ac.EDIT)},
        **{(R.BACKUP, a): A for a in (Ac.CREATE, Ac.RESTORE)},
        (R.AUDIT_TRAIL, Ac.VERIFY): A,
    },
}

CONTENT_RESOURCES = frozenset(
    {
        R.SIGNAL,
        R.CASE,
        R.CASE_NOTE,
        R.MEETING,
        R.MINUTES,
        R.DECISION,
        R.TRAJECTORY,
        R.TRAJECTORY_UPDATE,
        R.EVALUATION,
        R.FEEDBACK_FORM,
        R.HANDOVER,
    }
)
"""Records with case content: never seen by the DPO, the IT administrator or the strategic table."""

DENIED = QT_TRANSLATE_NOOP("Permissions", "Your role does not allow this action.")


def scopes(roles: Iterable[Role], resource: Resource, action: Action) -> frozenset[Scope]:
    """Every scope in which these roles may do the action (empty: not at all)."""
    return frozenset(
        scope for role in roles if (scope := POLICY[role].get((resource, action))) is not None
    )


def allows(
    actor: Actor, day: date, resource: Resource, action: Action, facts: RecordFacts | None = None
) -> bool:
    """Whether the actor may do the action on a record with these facts, on this day."""
    granted = scopes(actor.roles_on(day), resource, action)
    if Scope.ALL in granted:
        return True
    facts = facts or RecordFacts()
    if (
        Scope.OWN_MUNICIPALITY in granted
        and facts.municipality_id is not None
        and facts.municipality_id in actor.chair_municipalities(day)
    ):
        return True
    if Scope.INVOLVED in granted and facts.involved:
        return True
    return Scope.OWN in granted and facts.own


def may_ever(actor: Actor, day: date, resource: Resource, action: Action) -> bool:
    """Whether the actor may do the action on at least some record (to show a menu or area)."""
    return bool(scopes(actor.roles_on(day), resource, action))


def require(
    actor: Actor,
    day: date,
    resource: Resource,
    action: Action,
    facts: RecordFacts | None = None,
    *,
    message: Text = DENIED,
) -> None:
    """Raise PermissionDenied unless `allows(...)`."""
    if not allows(actor, day, resource, action, facts):
        raise PermissionDenied(message)
