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

Pure: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.life_domains import DefaultDomain, default_domains
from livcr_desktop.domain.permissions import Action, Resource, Scope, scopes

Right = tuple[Resource, Action]

SIGNAL_REGISTERED_KINDS = frozenset({"case.opened", "person.recorded", "signal.registered"})
"""What registering a signal journals (services/cases/writes.open_case and add_signal)."""

_REGISTER_SIGNAL: tuple[Right, ...] = ((Resource.SIGNAL, Action.CREATE),)
_RATE_TRAJECTORY: tuple[Right, ...] = (
    (Resource.TRAJECTORY, Action.EDIT),
    (Resource.EVALUATION, Action.CREATE),
)
_CONFIGURE: tuple[Right, ...] = ((Resource.LIVCR_PROFILE, Action.EDIT),)


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


def write_rights(kind: str, entity_id: str, payload: Mapping[str, Any]) -> tuple[Right, ...]:
    """The rights of which the author needs one to have written this operation; empty when the
    kind is not in this table (the caller's general rule applies)."""
    if kind in SIGNAL_REGISTERED_KINDS:
        return _REGISTER_SIGNAL
    if kind == "life_domain.added":
        return _RATE_TRAJECTORY if _is_default_domain(entity_id, payload) else _CONFIGURE
    if kind.startswith("life_domain."):
        return _CONFIGURE
    return ()


def holds_any(actor: Actor, day: date, rights: Iterable[Right]) -> bool:
    """Whether the actor had one of these rights on some record on `day`."""
    roles = actor.roles_on(day)
    return any(scopes(roles, resource, action) for resource, action in rights)


def holds_any_everywhere(actor: Actor, day: date, rights: Iterable[Right]) -> bool:
    """Whether the actor had one of these rights over ALL records on `day` (so on a case it
    cannot see, like the Information Officer's signals)."""
    roles = actor.roles_on(day)
    return any(Scope.ALL in scopes(roles, resource, action) for resource, action in rights)
